#pragma once
/// The structure catalogue (assets/content/structures.json): what the info panel says about each
/// structure of the leg, keyed by the role ids of docs/architecture.md, plus short teaching
/// topics (e.g. "why the soleus differs from the gastrocnemius") and alias lists that let the
/// anatomy module's name -> role table be extended from data.
///
/// File schema: {topics[]: {id, title, paragraphs[], evidence[cite]?},
///   structures[]: {id (role id), name, group: bone|muscle|tendon|fascia|skin, description,
///     origin, insertion, action, innervation, running_role (muscles only, all required),
///     landmarks[] (required for bones), see_also[topic id]?,
///     aliases?: {names[]?, fma[] ("FMA" + digits)?, opensim[]?},
///     by_audience?: {student|coach|runner: {description?, running_role? (muscles)}}}}
/// A topic's by_audience may give its paragraphs[] (content/json_reader.h, AudienceText). Every text
/// (name, description, origin, ..., landmarks, titles, paragraphs, findings) is a string, the
/// English, or {"en": ..., "zh-Hans": ...} (content/json_reader.h, get_text).
/// with cite = {authors, year, journal, finding, doi?, url?}. Unknown extra fields are ignored.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "content/audience.h"
#include "content/language.h"
#include "content/citation.h"
#include "content/content_error.h"

namespace soleus::content {

/// The structure's tissue group; ids in the file are "bone", "muscle", "tendon", "fascia", "skin".
enum class StructureGroup { Bone, Muscle, Tendon, Fascia, Skin };

/// "bone", "muscle", ... (the id used in the file).
const char* group_id(StructureGroup group);
/// The group for an id; nullopt for anything else.
std::optional<StructureGroup> group_from_id(std::string_view id);

/// Anatomy facts that every muscle entry carries.
struct MuscleFacts {
  std::string origin;        ///< where it starts (proximal attachment), plain words
  std::string insertion;     ///< where it ends (distal attachment), plain words
  std::string action;        ///< what it does at which joints
  std::string innervation;   ///< nerve (and spinal roots)
  std::string running_role;  ///< one line: what it does while running
};

/// Names other models use for this structure, so foreign files map onto our roles.
struct StructureAliases {
  std::vector<std::string> names;    ///< English names, incl. BodyParts3D ("Right soleus")
  std::vector<std::string> fma;      ///< FMA ids ("FMA22558"), right side first, then side-neutral
  std::vector<std::string> opensim;  ///< OpenSim / MyoSuite geometry or body names ("tibia_r.vtp", "r_tibia")
};

/// One structure of the leg as the info panel shows it.
struct StructureEntry {
  std::string id;                     ///< role id, e.g. "soleus" (unique; matches anatomy's role ids)
  std::string name;                   ///< display name, e.g. "Soleus"
  StructureGroup group = StructureGroup::Bone;  ///< tissue group
  std::string description;            ///< one plain-words paragraph
  std::optional<MuscleFacts> muscle;  ///< present exactly when group == Muscle
  std::vector<std::string> landmarks; ///< key landmarks (bones: non-empty; others may list some)
  std::vector<std::string> see_also;  ///< ids of topics in the same catalogue
  StructureAliases aliases;           ///< foreign names for the role table
};

/// A short teaching piece reachable from one or more structures.
struct Topic {
  std::string id;                       ///< unique id, e.g. "soleus_vs_gastrocnemius"
  std::string title;                    ///< panel heading
  std::vector<std::string> paragraphs;  ///< short paragraphs, plain words
  std::vector<Citation> evidence;       ///< sources (may be empty for pure anatomy)
};

/// The whole structures.json.
struct StructureCatalog {
  std::string source;                     ///< path (or name) it was loaded from
  std::vector<StructureEntry> structures; ///< in file order (anatomical order)
  std::vector<Topic> topics;              ///< in file order
  Language language = Language::English;  ///< the language its texts are in
  std::vector<std::string> untranslated;   ///< "file: path" of each text without that language (read in English)

  /// The entry with this role id, or nullptr.
  const StructureEntry* find(std::string_view id) const;
  /// The topic with this id, or nullptr.
  const Topic* find_topic(std::string_view id) const;
  /// Every (alias, role id) pair: names, FMA ids and OpenSim names of every entry, for
  /// RoleTable::add_alias. The role ids themselves and display names are included too.
  std::vector<std::pair<std::string, std::string>> alias_table() const;
};

/// Loads and validates structures.json. Throws ContentError naming the file and the bad entry
/// when the file is missing, not JSON, or breaks the schema (missing field, unknown group,
/// duplicate id, muscle without origin/insertion/action/innervation/running_role, bone without
/// landmarks, see_also naming an unknown topic).
/// `audience`: whose text (by_audience) the entries carry; none: everyone's.
/// `language`: which of each text's languages (content/json_reader.h, get_text) they carry.
StructureCatalog load_structure_catalog(const std::string& path, std::optional<Audience> audience = std::nullopt,
                                 Language language = Language::English);
/// The same from text already in memory; source_name is used in messages.
StructureCatalog parse_structure_catalog(const std::string& json_text, const std::string& source_name,
                                         std::optional<Audience> audience = std::nullopt,
                                 Language language = Language::English);

}  // namespace soleus::content
