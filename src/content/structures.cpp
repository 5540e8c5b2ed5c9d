#include "content/structures.h"

#include <algorithm>
#include <set>

#include "content/json_reader.h"

namespace soleus::content {
namespace {

using detail::Json;
using detail::Where;

StructureAliases parse_aliases(const Json& entry, const Where& where) {
  StructureAliases aliases;
  if (!entry.contains("aliases")) return aliases;
  const Json& object = detail::get_object(entry, "aliases", where);
  const Where w = where.at("aliases");
  aliases.names = detail::get_optional_string_list(object, "names", w);
  aliases.fma = detail::get_optional_string_list(object, "fma", w);
  aliases.opensim = detail::get_optional_string_list(object, "opensim", w);
  for (std::size_t i = 0; i < aliases.fma.size(); ++i) {
    const std::string& id = aliases.fma[i];
    if (id.size() < 4 || id.compare(0, 3, "FMA") != 0 ||
        id.find_first_not_of("0123456789", 3) != std::string::npos) {
      w.at("fma").index(i).fail("FMA ids look like 'FMA22558', got '" + id + "'");
    }
  }
  return aliases;
}

StructureEntry parse_structure(const Json& value, const Where& base, std::optional<Audience> audience) {
  detail::require_object(value, base);
  StructureEntry e;
  e.id = detail::get_string(value, "id", base);
  const Where where = base.with_id(e.id);
  e.name = detail::get_text(value, "name", where);
  const std::string group = detail::get_string(value, "group", where);
  const auto g = group_from_id(group);
  if (!g) where.at("group").fail("unknown group '" + group + "' (bone, muscle, tendon, fascia, skin)");
  e.group = *g;
  const bool muscle = detail::get_string(value, "group", where) == "muscle";
  std::vector<detail::AudienceText::Field> versioned = {{"description", false}};
  if (muscle) versioned.push_back({"running_role", false});
  const detail::AudienceText text(value, where, audience, versioned);
  e.description = text.string("description");
  e.landmarks = detail::get_optional_text_list(value, "landmarks", where);
  e.see_also = detail::get_optional_string_list(value, "see_also", where);
  if (e.group == StructureGroup::Muscle) {
    MuscleFacts m;
    m.origin = detail::get_text(value, "origin", where);
    m.insertion = detail::get_text(value, "insertion", where);
    m.action = detail::get_text(value, "action", where);
    m.innervation = detail::get_text(value, "innervation", where);
    m.running_role = text.string("running_role");
    e.muscle = m;
  } else {
    for (const char* key : {"origin", "insertion", "innervation"}) {
      if (value.contains(key)) where.at(key).fail("only muscle entries carry this field");
    }
  }
  if (e.group == StructureGroup::Bone && e.landmarks.empty()) {
    where.at("landmarks").fail("bone entries need at least one landmark");
  }
  e.aliases = parse_aliases(value, where);
  return e;
}

Topic parse_topic(const Json& value, const Where& base, std::optional<Audience> audience) {
  detail::require_object(value, base);
  Topic t;
  t.id = detail::get_string(value, "id", base);
  const Where where = base.with_id(t.id);
  t.title = detail::get_text(value, "title", where);
  t.paragraphs = detail::AudienceText(value, where, audience, {{"paragraphs", true}}).list("paragraphs");
  t.evidence = detail::parse_evidence(value, "evidence", where, true);
  return t;
}

StructureCatalog parse_catalog(const Json& root, const std::string& source, std::optional<Audience> audience,
                    Language language) {
  std::vector<std::string> untranslated;
  const detail::TextReading reading{language, &untranslated};
  const Where where(source, &reading);
  detail::require_object(root, where);
  StructureCatalog catalog;
  catalog.source = source;

  if (root.contains("topics")) {
    const Json& topics = detail::get_array(root, "topics", where);
    std::set<std::string> ids;
    for (std::size_t i = 0; i < topics.size(); ++i) {
      Topic t = parse_topic(topics[i], where.at("topics").index(i), audience);
      if (!ids.insert(t.id).second) where.at("topics").index(i).fail("duplicate topic id '" + t.id + "'");
      catalog.topics.push_back(std::move(t));
    }
  }

  const Json& structures = detail::get_array(root, "structures", where);
  if (structures.empty()) where.at("structures").fail("must not be empty");
  std::set<std::string> ids;
  for (std::size_t i = 0; i < structures.size(); ++i) {
    const Where w = where.at("structures").index(i);
    StructureEntry e = parse_structure(structures[i], w, audience);
    if (!ids.insert(e.id).second) w.fail("duplicate structure id '" + e.id + "'");
    for (std::size_t k = 0; k < e.see_also.size(); ++k) {
      if (!catalog.find_topic(e.see_also[k])) {
        w.with_id(e.id).at("see_also").index(k).fail("no topic with id '" + e.see_also[k] + "'");
      }
    }
    catalog.structures.push_back(std::move(e));
  }
  std::sort(untranslated.begin(), untranslated.end());  // an audience's version is checked and read: once
  untranslated.erase(std::unique(untranslated.begin(), untranslated.end()), untranslated.end());
  catalog.language = language;
  catalog.untranslated = std::move(untranslated);
  return catalog;
}

}  // namespace

const char* group_id(StructureGroup group) {
  switch (group) {
    case StructureGroup::Bone: return "bone";
    case StructureGroup::Muscle: return "muscle";
    case StructureGroup::Tendon: return "tendon";
    case StructureGroup::Fascia: return "fascia";
    case StructureGroup::Skin: return "skin";
  }
  return "bone";
}

std::optional<StructureGroup> group_from_id(std::string_view id) {
  for (StructureGroup g : {StructureGroup::Bone, StructureGroup::Muscle, StructureGroup::Tendon,
                           StructureGroup::Fascia, StructureGroup::Skin}) {
    if (id == group_id(g)) return g;
  }
  return std::nullopt;
}

const StructureEntry* StructureCatalog::find(std::string_view id) const {
  for (const StructureEntry& e : structures) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

const Topic* StructureCatalog::find_topic(std::string_view id) const {
  for (const Topic& t : topics) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

std::vector<std::pair<std::string, std::string>> StructureCatalog::alias_table() const {
  std::vector<std::pair<std::string, std::string>> table;
  for (const StructureEntry& e : structures) {
    table.emplace_back(e.id, e.id);
    table.emplace_back(e.name, e.id);
    for (const auto* list : {&e.aliases.names, &e.aliases.fma, &e.aliases.opensim}) {
      for (const std::string& alias : *list) table.emplace_back(alias, e.id);
    }
  }
  return table;
}

StructureCatalog load_structure_catalog(const std::string& path, std::optional<Audience> audience, Language language) {
  return parse_catalog(detail::read_json_file(path), path, audience, language);
}

StructureCatalog parse_structure_catalog(const std::string& json_text, const std::string& source_name,
                                         std::optional<Audience> audience, Language language) {
  return parse_catalog(detail::parse_json_text(json_text, source_name), source_name, audience, language);
}

}  // namespace soleus::content
