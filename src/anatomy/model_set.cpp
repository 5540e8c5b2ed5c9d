#include "anatomy/model_set.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string>
#include <system_error>
#include <tuple>
#include <vector>

#include "anatomy/auto_rig.h"
#include "anatomy/import_file.h"
#include "anatomy/limits.h"
#include "anatomy/set_description.h"

namespace soleus::anatomy {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void refuse_set(const fs::path& where, const std::string& reason) {
  throw ModelLoadError("cannot load model set '" + where.string() + "': " + reason);
}

bool is_mesh_file(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const char* known : {".obj", ".stl", ".ply", ".glb", ".gltf", ".fbx", ".dae", ".off", ".3ds"})
    if (extension == known) return true;
  return false;
}

// OpenSim geometry: each file is drawn in its body's frame. The body origins in the tibia's
// frame at rest (m; OpenSim axes: +x anterior, +y up, +z right), from the models' joints:
//  - Gait2392 (Delp et al. 1990; files "tibia", "talus", ... or "tibia_r"): ankle_r (0, -0.426, 0)
//    in the tibia; subtalar_r (-0.04877, -0.04195, 0.00792) in the talus; mtp_r (0.1788, -0.002,
//    0.00108) in the calcaneus; the tibia at (-0.00525, -0.396, 0) in the femur at full extension.
//  - Rajagopal et al. 2016 (files "r_tibia", ...: MyoLeg uses them too): the ankle at
//    (-0.01, -0.4, 0) in the tibia; the foot's joints as Gait2392's.
struct OpenSimGeometry {
  const char* name;    // the file's name without its side
  Vec3 gait2392;       // its body's origin in the tibia's frame (m)
  Vec3 rajagopal;
};
const Vec3 kSubtalar(-0.04877f, -0.04195f, 0.00792f);
const Vec3 kMtp(0.1788f, -0.002f, 0.00108f);
const Vec3 kGait2392Talus(0.0f, -0.426f, 0.0f);
const Vec3 kRajagopalTalus(-0.01f, -0.4f, 0.0f);
const OpenSimGeometry kOpenSimGeometry[] = {
    {"tibia", Vec3(0.0f), Vec3(0.0f)},
    {"fibula", Vec3(0.0f), Vec3(0.0f)},
    {"talus", kGait2392Talus, kRajagopalTalus},
    {"foot", kGait2392Talus + kSubtalar, kRajagopalTalus + kSubtalar},
    {"bofoot", kGait2392Talus + kSubtalar + kMtp, kRajagopalTalus + kSubtalar + kMtp},
    {"femur", Vec3(0.00525f, 0.396f, 0.0f), Vec3(0.00525f, 0.396f, 0.0f)},
};

// A file's name without its side, and whether the side came first ("r_tibia": Rajagopal's
// naming) or said left.
struct NameWithoutSide {
  std::string name;
  bool side_first = false;
  bool left = false;
};
NameWithoutSide name_without_side(const fs::path& file) {
  NameWithoutSide out;
  for (const std::string& token : tokenize_name(file.stem().string())) {
    if (token == "r" || token == "l" || token == "right" || token == "left") {
      out.side_first = out.side_first || out.name.empty();
      out.left = out.left || token == "l" || token == "left";
      continue;
    }
    out.name += (out.name.empty() ? "" : "_") + token;
  }
  return out;
}

const OpenSimGeometry* opensim_geometry(const fs::path& file) {
  const std::string name = name_without_side(file).name;
  for (const OpenSimGeometry& geometry : kOpenSimGeometry)
    if (name == geometry.name) return &geometry;
  return nullptr;
}

// Placement from the names: OpenSim's when every file names an OpenSim body, Rajagopal's when
// they put the side first.
SetPlacement placement_from_names(const std::vector<fs::path>& files) {
  bool side_first = true;
  for (const fs::path& file : files) {
    if (!opensim_geometry(file)) return SetPlacement::Assembled;
    side_first = side_first && name_without_side(file).side_first;
  }
  return side_first ? SetPlacement::Rajagopal : SetPlacement::Gait2392;
}

// OpenSim (x anterior, y up, z right) to ours (x left, y up, z anterior): a rotation.
Vec3 from_opensim(const Vec3& p) { return Vec3(-p.z, p.y, p.x); }

bool in_millimetres(const AnatomyModel& part) {
  const Vec3 size = part.bounds.size();
  return std::max({size.x, size.y, size.z}) > 5.0f;  // no part of a leg is 5 m long
}

// Mirrors a part across its file's plane `axis` = 0: the triangles turned round so they still face out.
void mirror_across(Structure& structure, int axis) {
  for (Vec3& p : structure.mesh.positions) p[axis] = -p[axis];
  for (Vec3& n : structure.mesh.normals) n[axis] = -n[axis];
  for (std::size_t t = 0; t + 2 < structure.mesh.indices.size(); t += 3)
    std::swap(structure.mesh.indices[t + 1], structure.mesh.indices[t + 2]);
}

// Six times the volume a part's triangles enclose, + when they face out (file units cubed).
double signed_volume6(const core::TriangleMesh& mesh) {
  double volume = 0.0;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::dvec3 a(mesh.positions[mesh.indices[t]]);
    const glm::dvec3 b(mesh.positions[mesh.indices[t + 1]]);
    const glm::dvec3 c(mesh.positions[mesh.indices[t + 2]]);
    volume += glm::dot(a, glm::cross(b, c));
  }
  return volume;
}

// An inside-out part (its triangles facing in: negative enclosed volume) turned right side out.
bool turn_right_side_out(Structure& structure) {
  if (signed_volume6(structure.mesh) >= 0.0) return false;
  for (std::size_t t = 0; t + 2 < structure.mesh.indices.size(); t += 3)
    std::swap(structure.mesh.indices[t + 1], structure.mesh.indices[t + 2]);
  for (Vec3& n : structure.mesh.normals) n = -n;
  return true;
}

// Edges not shared by exactly two triangles (corners welded by position, whatever their normals
// or texcoords): a closed surface has none. Such a part is drawn as it is, but a cross-section
// shows it hollow and its volume is uncertain, so the notes say so.
std::size_t open_edges(const core::TriangleMesh& mesh) {
  std::map<std::tuple<float, float, float>, std::uint32_t> welded;
  std::vector<std::uint32_t> corner(mesh.positions.size());
  for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
    const Vec3& p = mesh.positions[v];
    corner[v] = welded.emplace(std::make_tuple(p.x, p.y, p.z), static_cast<std::uint32_t>(welded.size())).first->second;
  }
  std::map<std::pair<std::uint32_t, std::uint32_t>, int> uses;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3)
    for (int k = 0; k < 3; ++k) {
      const std::uint32_t a = corner[mesh.indices[t + k]], b = corner[mesh.indices[t + (k + 1) % 3]];
      if (a != b) ++uses[std::minmax(a, b)];
    }
  return static_cast<std::size_t>(std::count_if(uses.begin(), uses.end(), [](const auto& edge) { return edge.second != 2; }));
}

std::vector<fs::path> mesh_files(const fs::path& folder) {
  std::vector<fs::path> files;
  std::error_code error;
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    if (!is_mesh_file(it->path())) continue;
    std::error_code type_error;
    if (!it->is_regular_file(type_error)) continue;
    files.push_back(it->path());
    if (files.size() > limits::kMaxSetFiles)
      refuse_set(folder, "more than " + std::to_string(limits::kMaxSetFiles) + " mesh files");
  }
  if (error) refuse_set(folder, "cannot list the folder: " + error.message());
  if (files.empty()) refuse_set(folder, "the folder holds no mesh files (.obj, .stl, .ply, .glb, .gltf, .fbx, .dae, .off, .3ds)");
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

fs::path set_description_path(const fs::path& path) {
  std::error_code error;
  return fs::is_directory(path, error) ? path / kSetDescriptionFile : path;
}

AnatomyModel load_model_set(const fs::path& path, const RoleTable& roles, const LoadProgress& progress) {
  const fs::path description_file = set_description_path(path);
  std::error_code error;
  if (description_file == path || fs::exists(description_file, error))
    return load_model_set(path, roles, read_set_description(description_file), true, progress);
  return load_model_set(path, roles, SetDescription{}, false, progress);
}

AnatomyModel load_model_set(const fs::path& path, const RoleTable& roles, SetDescription description, bool described,
                            const LoadProgress& progress) {
  const fs::path description_file = set_description_path(path);
  const fs::path folder = description_file.parent_path();
  if (description.parts.empty())
    for (const fs::path& file : mesh_files(folder)) description.parts.push_back({file.lexically_relative(folder), {}, Vec3(0.0f)});
  std::vector<fs::path> files;
  for (const SetPart& part : description.parts) files.push_back(folder / part.file);

  if (!description.placement) description.placement = placement_from_names(files);
  if (!description.side) {
    bool left = true;
    for (const fs::path& file : files) left = left && name_without_side(file).left;
    description.side = left ? LegSide::Left : LegSide::Right;
  }
  const bool opensim = *description.placement != SetPlacement::Assembled;
  const bool mirror = *description.side == LegSide::Left;

  AnatomyModel model;
  model.source = path;
  std::optional<fs::path> first_in_mm, first_in_m;
  std::map<StructureRole, fs::path> file_of_role;
  for (std::size_t index = 0; index < description.parts.size(); ++index) {
    SetPart& part = description.parts[index];
    const fs::path file = folder / part.file;
    // Each file a like share of the whole (their sizes differ, but a count is what the user sees).
    const LoadProgress file_progress = [&](float fraction) {
      return !progress || progress((static_cast<float>(index) + fraction) / static_cast<float>(description.parts.size()));
    };
    AnatomyModel loaded = import_model_file(file, roles, file_progress);  // throws, naming the file
    if (loaded.has_rig())
      refuse_set(file, "it has a rig of its own; a set's files are plain meshes (open it alone instead)");
    if (!description.millimetres) {
      (in_millimetres(loaded) ? first_in_mm : first_in_m) = file;
      if (first_in_mm && first_in_m)
        refuse_set(folder, "mixed units: " + first_in_mm->filename().string() + " is in millimetres and " +
                               first_in_m->filename().string() + " in metres (or say \"units\" in a " +
                               kSetDescriptionFile + ")");
    }
    const OpenSimGeometry* geometry = opensim ? opensim_geometry(file) : nullptr;
    if (opensim && !geometry)
      refuse_set(file, std::string("the placement is ") + placement_id(*description.placement) +
                           " but the file names no OpenSim body (tibia, fibula, talus, foot, bofoot, femur)");
    const std::size_t first_structure = model.structures.size();
    for (Structure& structure : loaded.structures) {
      structure.part = static_cast<int>(index);
      if (part.role) {
        structure.role = *part.role;
        structure.group = role_info(structure.role).group;
      }
      if (turn_right_side_out(structure))
        model.notes.push_back(file.filename().string() + " was inside out: turned right side out");
      if (const std::size_t open = open_edges(structure.mesh); open > 0)
        model.notes.push_back(file.filename().string() + ": " + std::to_string(open) +
                              " edges not shared by two triangles (not a closed surface: a cross-section shows it hollow)");
      if (mirror) mirror_across(structure, opensim ? 2 : 0);  // the file's left-right axis
      if (geometry) {
        const float file_units_per_m = description.millimetres.value_or(in_millimetres(loaded)) ? 1000.0f : 1.0f;
        const Vec3 origin = file_units_per_m *
                            (*description.placement == SetPlacement::Rajagopal ? geometry->rajagopal : geometry->gait2392);
        for (Vec3& p : structure.mesh.positions) p = from_opensim(p + origin);
        for (Vec3& n : structure.mesh.normals) n = from_opensim(n);
      }
      if (structure.role != StructureRole::Unknown) {
        const auto [at, inserted] = file_of_role.emplace(structure.role, file);
        if (!inserted && at->second != file)
          model.notes.push_back(std::string(role_info(structure.role).display_name) + " twice: in " +
                                at->second.filename().string() + " and " + file.filename().string() +
                                " (the first is the one the app uses)");
      }
      model.structures.push_back(std::move(structure));
    }
    if (!part.role && model.structures.size() > first_structure) {
      part.role = model.structures[first_structure].role;
      if (part.role == StructureRole::Unknown) part.role.reset();  // nothing guessed: left to the names
    }
  }
  model.notes.insert(model.notes.begin(), "a set of " + std::to_string(files.size()) + " files" +
                                              (described ? " described by " + description_file.filename().string() : ""));
  if (opensim)
    model.notes.push_back(*description.placement == SetPlacement::Rajagopal
                              ? "placed at the OpenSim body offsets of Rajagopal et al. 2016"
                              : "placed at the OpenSim Gait2392 body offsets (Delp et al. 1990)");
  if (mirror) model.notes.push_back("a left leg, mirrored to run as a right one");
  const FrameDecision frame = normalise_frame(model, description.millimetres, description.z_up);
  description.millimetres = frame.millimetres;
  description.z_up = frame.z_up;
  // Each part's own offset, once assembled; then back on the ground.
  bool moved = false;
  for (Structure& structure : model.structures) {
    const Vec3 offset = description.parts[static_cast<std::size_t>(structure.part)].offset_m;
    if (offset == Vec3(0.0f)) continue;
    moved = true;
    for (Vec3& p : structure.mesh.positions) p += offset;
  }
  if (moved) normalise_frame(model, false, false);
  if (model.find(StructureRole::Soleus) < 0) model.notes.push_back("no soleus in the set: nothing takes the load colour");
  const std::string unrigged = rig_from_bones(model, description.joints);
  model.notes.push_back(unrigged.empty() ? "rigged from its bones: knee, ankle" +
                                               std::string(model.rig.find(JointKind::Subtalar) >= 0 ? ", subtalar" : "") +
                                               std::string(model.rig.find(JointKind::Mtp) >= 0 ? ", toes" : "")
                                         : "shown static: " + unrigged);
  if (!description.joints.empty() && unrigged.empty())
    model.notes.push_back(std::to_string(description.joints.size()) + " joint" + (description.joints.size() == 1 ? "" : "s") +
                          " moved by hand (the description's \"joints\")");
  for (const Structure& s : model.structures) model.bounds.expand(s.mesh.bounds());
  model.set = std::move(description);
  return model;
}

}  // namespace soleus::anatomy
