#include "anatomy/set_description.h"

#include "anatomy/anatomy_model.h"

#include <algorithm>
#include <cmath>
#include <system_error>

#include <nlohmann/json.hpp>

#include "anatomy/limits.h"
#include "core/files.h"

namespace soleus::anatomy {
namespace {

namespace fs = std::filesystem;
using DescriptionJson = nlohmann::ordered_json;

constexpr std::uint64_t kMaxDescriptionBytes = 1 << 20;  // a description lists parts, not geometry
constexpr int kFormatVersion = 1;

[[noreturn]] void refuse(const fs::path& json, const std::string& reason) {
  throw ModelLoadError("cannot read model set description '" + json.string() + "': " + reason);
}

// One of `names` (the first is the value false/0, the second true/1, ...), else refused.
template <typename T>
T choice(const fs::path& json, const DescriptionJson& value, const char* key, std::initializer_list<std::pair<const char*, T>> names) {
  std::string allowed;
  if (value.is_string())
    for (const auto& [name, result] : names)
      if (value.get<std::string>() == name) return result;
  for (const auto& [name, result] : names) allowed += (allowed.empty() ? "" : "|") + std::string(name);
  refuse(json, "\"" + std::string(key) + "\" must be " + allowed + " (got " + value.dump() + ")");
}

// The part's file: relative, with no "..", and (links followed) inside the folder. Returned as
// written (relative).
fs::path checked_part_file(const fs::path& json, const fs::path& folder, const std::string& file) {
  const fs::path relative(file);
  if (file.empty() || relative.is_absolute()) refuse(json, "part file \"" + file + "\" must be a path relative to the description's folder");
  for (const fs::path& piece : relative)
    if (piece == "..") refuse(json, "part file \"" + file + "\" leaves the description's folder");
  std::error_code error;
  const fs::path path = folder / relative;
  if (!fs::exists(path, error)) refuse(json, "part file \"" + file + "\" is not there (" + path.string() + ")");
  const fs::path real = fs::canonical(path, error);
  const fs::path real_folder = fs::canonical(folder.empty() ? fs::path(".") : folder, error);
  if (error) refuse(json, "part file \"" + file + "\": " + error.message());
  const auto [folder_end, real_rest] = std::mismatch(real_folder.begin(), real_folder.end(), real.begin(), real.end());
  if (folder_end != real_folder.end()) refuse(json, "part file \"" + file + "\" is a link out of the description's folder");
  return relative;
}

// [x, y, z], each finite and within +-limit, else refused naming `where` and `limit_text`.
Vec3 read_vec3(const fs::path& json, const DescriptionJson& value, const std::string& where, float limit,
               const std::string& limit_text) {
  if (!value.is_array() || value.size() != 3 || !value[0].is_number() || !value[1].is_number() || !value[2].is_number())
    refuse(json, where + " must be [x, y, z]");
  Vec3 v(0.0f);
  for (int k = 0; k < 3; ++k) {
    const double x = value[static_cast<std::size_t>(k)].get<double>();
    if (!std::isfinite(x) || std::fabs(x) > limit)
      refuse(json, where + " must be within +-" + limit_text);
    v[k] = static_cast<float>(x);
  }
  return v;
}

JointNudge read_nudge(const fs::path& json, const std::string& joint, const DescriptionJson& value) {
  const std::string where = "joints." + joint;
  if (std::find_if(std::begin(kNudgeableJoints), std::end(kNudgeableJoints),
                   [&](const char* name) { return joint == name; }) == std::end(kNudgeableJoints))
    refuse(json, "\"joints\" names \"" + joint + "\"; the joints are thigh, knee, ankle, subtalar, mtp");
  if (!value.is_object()) refuse(json, where + " must be an object with offset_m and/or axis");
  JointNudge nudge;
  for (const auto& [key, entry] : value.items()) {
    if (key == "offset_m") {
      nudge.offset_m = read_vec3(json, entry, where + ".offset_m", kMaxJointNudge_m, "0.05 m");
    } else if (key == "axis") {
      const Vec3 axis = read_vec3(json, entry, where + ".axis", 1.0e3f, "1000");
      if (glm::length(axis) < 1e-6f) refuse(json, where + ".axis must not be [0, 0, 0]");
      nudge.axis = glm::normalize(axis);
    } else {
      refuse(json, "unknown key \"" + key + "\" in " + where + " (offset_m, axis)");
    }
  }
  return nudge;
}

}  // namespace

const char* placement_id(SetPlacement placement) {
  switch (placement) {
    case SetPlacement::Assembled: return "assembled";
    case SetPlacement::Gait2392: return "gait2392";
    case SetPlacement::Rajagopal: return "rajagopal";
  }
  return "assembled";
}

SetDescription read_set_description(const fs::path& json) {
  std::string text;
  if (const std::string unreadable = core::read_file(json, kMaxDescriptionBytes, text); !unreadable.empty())
    refuse(json, unreadable);
  const DescriptionJson root = DescriptionJson::parse(text, nullptr, false);
  if (root.is_discarded()) refuse(json, "not valid JSON");
  if (!root.is_object()) refuse(json, "not a JSON object");
  if (!root.contains("soleus_model_set") || root["soleus_model_set"] != kFormatVersion)
    refuse(json, "\"soleus_model_set\": " + std::to_string(kFormatVersion) + " is missing (is it a model set description?)");
  const fs::path folder = json.parent_path();
  SetDescription description;
  for (const auto& [key, value] : root.items()) {
    if (key == "soleus_model_set") continue;
    if (key == "units") {
      description.millimetres = choice<bool>(json, value, "units", {{"m", false}, {"mm", true}});
    } else if (key == "up") {
      description.z_up = choice<bool>(json, value, "up", {{"y", false}, {"z", true}});
    } else if (key == "side") {
      description.side = choice<LegSide>(json, value, "side", {{"right", LegSide::Right}, {"left", LegSide::Left}});
    } else if (key == "placement") {
      description.placement = choice<SetPlacement>(
          json, value, "placement",
          {{"assembled", SetPlacement::Assembled}, {"gait2392", SetPlacement::Gait2392}, {"rajagopal", SetPlacement::Rajagopal}});
    } else if (key == "parts") {
      if (!value.is_array() || value.empty()) refuse(json, "\"parts\" must be a non-empty list");
      if (value.size() > limits::kMaxSetFiles) refuse(json, "more than " + std::to_string(limits::kMaxSetFiles) + " parts");
      for (std::size_t i = 0; i < value.size(); ++i) {
        const DescriptionJson& entry = value[i];
        const std::string where = "parts[" + std::to_string(i) + "]";
        if (!entry.is_object() || !entry.contains("file") || !entry["file"].is_string())
          refuse(json, where + " needs \"file\": a path");
        SetPart part;
        part.file = checked_part_file(json, folder, entry["file"].get<std::string>());
        if (entry.contains("role")) {
          // "none": no role, whatever the names say (a part shown, never coloured or rigged as anything).
          const bool none = entry["role"] == kNoRoleId;
          const std::optional<StructureRole> role =
              none ? StructureRole::Unknown
                   : entry["role"].is_string() ? role_from_id(entry["role"].get<std::string>()) : std::nullopt;
          if (!role)
            refuse(json, where + ".role " + entry["role"].dump() + " is not a role id (soleus, tibia, ..., or none: docs/architecture.md)");
          part.role = role;
        }
        if (entry.contains("offset_m")) part.offset_m = read_vec3(json, entry["offset_m"], where + ".offset_m", 10.0f, "10 m");
        description.parts.push_back(std::move(part));
      }
    } else if (key == "joints") {
      if (!value.is_object()) refuse(json, "\"joints\" must be an object: {\"ankle\": {\"offset_m\": [x, y, z]}}");
      for (const auto& [joint, nudge] : value.items()) description.joints[joint] = read_nudge(json, joint, nudge);
    } else {
      refuse(json, "unknown key \"" + key + "\" (soleus_model_set, units, up, side, placement, parts, joints)");
    }
  }
  return description;
}

std::string set_description_json(const SetDescription& description) {
  DescriptionJson root;
  root["soleus_model_set"] = kFormatVersion;
  if (description.millimetres) root["units"] = *description.millimetres ? "mm" : "m";
  if (description.z_up) root["up"] = *description.z_up ? "z" : "y";
  if (description.side) root["side"] = *description.side == LegSide::Left ? "left" : "right";
  if (description.placement) root["placement"] = placement_id(*description.placement);
  DescriptionJson parts = DescriptionJson::array();
  for (const SetPart& part : description.parts) {
    DescriptionJson entry;
    entry["file"] = part.file.generic_string();
    if (part.role) entry["role"] = *part.role == StructureRole::Unknown ? kNoRoleId : role_info(*part.role).id;
    if (part.offset_m != Vec3(0.0f)) entry["offset_m"] = {part.offset_m.x, part.offset_m.y, part.offset_m.z};
    parts.push_back(std::move(entry));
  }
  root["parts"] = std::move(parts);
  for (const auto& [joint, nudge] : description.joints) {
    DescriptionJson entry = DescriptionJson::object();
    if (nudge.offset_m != Vec3(0.0f)) entry["offset_m"] = {nudge.offset_m.x, nudge.offset_m.y, nudge.offset_m.z};
    if (nudge.axis) entry["axis"] = {nudge.axis->x, nudge.axis->y, nudge.axis->z};
    if (!entry.empty()) root["joints"][joint] = std::move(entry);
  }
  return root.dump(2) + "\n";
}

}  // namespace soleus::anatomy
