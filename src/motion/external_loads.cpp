#include "motion/external_loads.h"

#include <algorithm>
#include <cctype>

#include "core/files.h"
#include "motion/motion_error.h"

namespace soleus::motion {
namespace {

constexpr std::uint64_t kMaxXmlBytes = 1u << 20;

std::string trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

std::size_t line_of(std::string_view text, std::size_t position) {
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(position), '\n'));
}

// The text with every <!-- comment --> blanked (newlines kept, so line numbers stay right).
std::string without_comments(std::string_view text, const std::string& file) {
  std::string out(text);
  std::size_t start = 0;
  while ((start = out.find("<!--", start)) != std::string::npos) {
    const std::size_t end = out.find("-->", start + 4);
    if (end == std::string::npos) fail_at(file, line_of(text, start), "a comment '<!--' is never closed");
    for (std::size_t i = start; i < end + 3; ++i) {
      if (out[i] != '\n') out[i] = ' ';
    }
    start = end + 3;
  }
  return out;
}

// The text of <tag>...</tag> (or "" for <tag/>) inside `element`, if the tag is there.
std::optional<std::string> child_text(std::string_view element, const std::string& tag) {
  const std::string empty = "<" + tag + "/>";
  const std::string open = "<" + tag + ">";
  if (element.find(empty) != std::string_view::npos) return std::string();
  const std::size_t start = element.find(open);
  if (start == std::string_view::npos) return std::nullopt;
  const std::size_t end = element.find("</" + tag + ">", start);
  if (end == std::string_view::npos) return std::nullopt;
  return trimmed(element.substr(start + open.size(), end - start - open.size()));
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// calcn_r, talus_l, toes_r, foot_l: the leg; anything else is not a foot.
std::optional<Leg> foot_leg(const std::string& body) {
  const std::string low = lower(body);
  if (low.size() < 3 || low[low.size() - 2] != '_') return std::nullopt;
  const std::string segment = low.substr(0, low.size() - 2);
  if (segment != "calcn" && segment != "talus" && segment != "toes" && segment != "foot") return std::nullopt;
  return parse_leg(low.substr(low.size() - 1));
}

}  // namespace

std::vector<FootLoadColumns> parse_external_loads(std::string_view text, const std::string& file) {
  const std::string xml = without_comments(text, file);
  if (xml.find("<ExternalLoads") == std::string::npos)
    fail(file, "no <ExternalLoads> element: not an OpenSim external-loads file");
  std::vector<FootLoadColumns> loads;
  std::size_t position = 0;
  while ((position = xml.find("<ExternalForce", position)) != std::string::npos) {
    const char after = position + 14 < xml.size() ? xml[position + 14] : '\0';
    if (after != '>' && after != ' ' && after != '\t' && after != '\n' && after != '\r') {
      position += 14;
      continue;
    }
    const std::size_t line = line_of(xml, position);
    const std::size_t end = xml.find("</ExternalForce>", position);
    if (end == std::string::npos) fail_at(file, line, "<ExternalForce> is never closed");
    const std::string_view element(xml.data() + position, end - position);
    position = end;
    if (lower(child_text(element, "appliesForce").value_or("true")) == "false") continue;
    if (lower(child_text(element, "isDisabled").value_or("false")) == "true") continue;
    const auto required = [&](const char* tag) {
      const std::optional<std::string> value = child_text(element, tag);
      if (!value || value->empty()) fail_at(file, line, std::string("this ExternalForce has no <") + tag + ">");
      return *value;
    };
    FootLoadColumns load{};
    load.body = required("applied_to_body");
    const std::optional<Leg> leg = foot_leg(load.body);
    if (!leg)
      fail_at(file, line, "the force is applied to " + load.body +
                              ", not a foot body of one side (calcn_r, calcn_l, talus_*, toes_*)");
    load.leg = *leg;
    for (const char* frame : {"force_expressed_in_body", "point_expressed_in_body"}) {
      const std::string in = child_text(element, frame).value_or("ground");
      if (!in.empty() && in != "ground")
        fail_at(file, line, std::string("<") + frame + "> is " + in + ": only forces and points in ground are read");
    }
    load.force_prefix = required("force_identifier");
    load.point_prefix = required("point_identifier");
    load.torque_prefix = child_text(element, "torque_identifier").value_or("");
    load.source = file + " line " + std::to_string(line);
    for (const FootLoadColumns& other : loads) {
      if (other.leg == load.leg)
        fail_at(file, line, "a second force on the " + std::string(leg_name(load.leg)) + " foot (the first is at " +
                                other.source + ")");
    }
    loads.push_back(load);
  }
  if (loads.empty()) fail(file, "no enabled <ExternalForce>");
  return loads;
}

std::vector<FootLoadColumns> read_external_loads(const std::string& path) {
  std::string text;
  const std::string reason = core::read_file(path, kMaxXmlBytes, text);
  if (!reason.empty()) fail(path, "cannot read: " + reason);
  return parse_external_loads(text, path);
}

std::optional<FootLoadColumns> conventional_columns(Leg leg, const std::vector<std::string>& labels) {
  const std::string side = leg == Leg::kRight ? "R" : "L";
  FootLoadColumns load{leg, "calcn_" + std::string(leg_suffix(leg)), side + "_ground_force_v", side + "_ground_force_p",
                       side + "_ground_torque_", "the " + side + "_ column names"};
  if (std::find(labels.begin(), labels.end(), load.force_prefix + "y") == labels.end()) return std::nullopt;
  return load;
}

}  // namespace soleus::motion
