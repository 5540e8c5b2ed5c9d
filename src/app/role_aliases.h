#pragma once
// The names the structure catalogue knows for each role (assets/content/structures.json), taught
// to a role table: the viewer and describe-set resolve a file's parts alike.
#include "anatomy/structure_role.h"
#include "content/structures.h"

namespace soleus::app {

inline void add_catalog_aliases(const content::StructureCatalog& catalog, anatomy::RoleTable& roles) {
  for (const auto& [alias, role_id] : catalog.alias_table())
    if (const auto role = anatomy::role_from_id(role_id)) roles.add_alias(alias, *role);
}

}  // namespace soleus::app
