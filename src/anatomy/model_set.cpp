#include "anatomy/model_set.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "anatomy/auto_rig.h"
#include "anatomy/import_file.h"
#include "anatomy/limits.h"

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

// The OpenSim body of a file, from its name with the side left out; none when it names no body.
// A side before the name ("r_tibia") is Rajagopal's naming, after it or none is Gait2392's.
std::optional<Vec3> opensim_origin(const fs::path& file) {
  std::string name;
  bool side_first = false;
  for (const std::string& token : tokenize_name(file.stem().string())) {
    if (token == "r" || token == "l" || token == "right" || token == "left") {
      side_first = side_first || name.empty();
      continue;
    }
    name += (name.empty() ? "" : "_") + token;
  }
  for (const OpenSimGeometry& geometry : kOpenSimGeometry)
    if (name == geometry.name) return side_first ? geometry.rajagopal : geometry.gait2392;
  return std::nullopt;
}

// OpenSim (x anterior, y up, z right) to ours (x left, y up, z anterior): a rotation.
Vec3 from_opensim(const Vec3& p) { return Vec3(-p.z, p.y, p.x); }

bool in_millimetres(const AnatomyModel& part) {
  const Vec3 size = part.bounds.size();
  return std::max({size.x, size.y, size.z}) > 5.0f;  // no part of a leg is 5 m long
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

AnatomyModel load_model_set(const fs::path& folder, const RoleTable& roles) {
  const std::vector<fs::path> files = mesh_files(folder);
  bool opensim = true;
  for (const fs::path& file : files) opensim = opensim && opensim_origin(file).has_value();

  AnatomyModel model;
  model.source = folder;
  std::optional<fs::path> first_in_mm, first_in_m;
  std::map<StructureRole, fs::path> file_of_role;
  for (const fs::path& file : files) {
    AnatomyModel part = import_model_file(file, roles);  // throws, naming the file
    if (part.has_rig())
      refuse_set(file, "it has a rig of its own; a set's files are plain meshes (open it alone instead)");
    (in_millimetres(part) ? first_in_mm : first_in_m) = file;
    if (first_in_mm && first_in_m)
      refuse_set(folder, "mixed units: " + first_in_mm->filename().string() + " is in millimetres and " +
                       first_in_m->filename().string() + " in metres");
    for (Structure& structure : part.structures) {
      if (opensim) {
        const Vec3 origin = *opensim_origin(file);
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
  }
  model.notes.insert(model.notes.begin(), "a set of " + std::to_string(files.size()) + " files");
  if (opensim) model.notes.push_back("placed at the OpenSim body offsets (Gait2392, Delp et al. 1990; r_ names: Rajagopal et al. 2016)");
  normalise_frame(model);
  if (model.find(StructureRole::Soleus) < 0) model.notes.push_back("no soleus in the set: nothing takes the load colour");
  const std::string unrigged = rig_from_bones(model);
  model.notes.push_back(unrigged.empty() ? "rigged from its bones: knee, ankle" +
                                               std::string(model.rig.find(JointKind::Subtalar) >= 0 ? ", subtalar" : "") +
                                               std::string(model.rig.find(JointKind::Mtp) >= 0 ? ", toes" : "")
                                         : "shown static: " + unrigged);
  for (const Structure& s : model.structures) model.bounds.expand(s.mesh.bounds());
  return model;
}

}  // namespace soleus::anatomy
