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
          const std::optional<StructureRole> role =
              entry["role"].is_string() ? role_from_id(entry["role"].get<std::string>()) : std::nullopt;
          if (!role) refuse(json, where + ".role " + entry["role"].dump() + " is not a role id (soleus, tibia, ...: docs/architecture.md)");
          part.role = role;
        }
        if (entry.contains("offset_m")) {
          const DescriptionJson& offset = entry["offset_m"];
          if (!offset.is_array() || offset.size() != 3 || !offset[0].is_number() || !offset[1].is_number() || !offset[2].is_number())
            refuse(json, where + ".offset_m must be [x, y, z] in metres");
          for (int k = 0; k < 3; ++k) {
            const double v = offset[static_cast<std::size_t>(k)].get<double>();
            if (!std::isfinite(v) || std::fabs(v) > 10.0) refuse(json, where + ".offset_m must be within +-10 m");
            part.offset_m[k] = static_cast<float>(v);
          }
        }
        description.parts.push_back(std::move(part));
      }
    } else {
      refuse(json, "unknown key \"" + key + "\" (soleus_model_set, units, up, side, placement, parts)");
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
    if (part.role) entry["role"] = role_info(*part.role).id;
    if (part.offset_m != Vec3(0.0f)) entry["offset_m"] = {part.offset_m.x, part.offset_m.y, part.offset_m.z};
    parts.push_back(std::move(entry));
  }
  root["parts"] = std::move(parts);
  return root.dump(2) + "\n";
}

}  // namespace soleus::anatomy
