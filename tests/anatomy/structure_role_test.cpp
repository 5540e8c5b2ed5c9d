#include "anatomy/structure_role.h"

#include <gtest/gtest.h>

namespace soleus::anatomy {

TEST(RoleTable, MapsOurIdsAndForeignNames) {
  const RoleTable table = RoleTable::with_defaults();
  EXPECT_EQ(table.resolve("soleus"), StructureRole::Soleus);
  EXPECT_EQ(table.resolve("gastrocnemius_medial"), StructureRole::GastrocnemiusMedial);
  EXPECT_EQ(table.resolve("FJ1437_right_soleus"), StructureRole::Soleus);       // BodyParts3D file
  EXPECT_EQ(table.resolve("Right tibia"), StructureRole::Tibia);                // BodyParts3D name
  EXPECT_EQ(table.resolve("FMA24480"), StructureRole::Fibula);                  // FMA id
  EXPECT_EQ(table.resolve("tibia_r.vtp"), StructureRole::Tibia);                // OpenSim geometry
  EXPECT_EQ(table.resolve("r_bofoot"), StructureRole::Phalanges1);              // MyoSuite
  EXPECT_EQ(table.resolve("Skin_envelope"), StructureRole::Skin);
}

TEST(RoleTable, LongestMatchWinsSoTibialisIsNotTibia) {
  const RoleTable table = RoleTable::with_defaults();
  EXPECT_EQ(table.resolve("tibialis_anterior"), StructureRole::TibialisAnterior);
  EXPECT_EQ(table.resolve("Lateral head of gastrocnemius"), StructureRole::GastrocnemiusLateral);
  // BodyParts3D puts the side inside the name; it must not split the alias.
  EXPECT_EQ(table.resolve("Lateral head of right gastrocnemius"), StructureRole::GastrocnemiusLateral);
  EXPECT_EQ(table.resolve("Medial head of left gastrocnemius"), StructureRole::GastrocnemiusMedial);
  EXPECT_EQ(table.resolve("metatarsal_5"), StructureRole::Metatarsal5);
}

TEST(RoleTable, FallsBackToMeshNameThenUnknown) {
  const RoleTable table = RoleTable::with_defaults();
  EXPECT_EQ(table.resolve("node_17", "achilles_tendon"), StructureRole::AchillesTendon);
  EXPECT_EQ(table.resolve("node_17", "mesh_3"), StructureRole::Unknown);
}

TEST(RoleTable, CanBeExtended) {
  RoleTable table = RoleTable::with_defaults();
  EXPECT_EQ(table.resolve("musculus soleus"), StructureRole::Soleus);
  EXPECT_EQ(table.resolve("Wadenmuskel"), StructureRole::Unknown);
  table.add_alias("Wadenmuskel", StructureRole::Soleus);
  EXPECT_EQ(table.resolve("wadenmuskel"), StructureRole::Soleus);
}

TEST(Roles, EveryRoleHasAnIdThatRoundTripsAndAGroup) {
  for (const RoleInfo& info : all_roles()) {
    ASSERT_TRUE(role_from_id(info.id).has_value()) << info.id;
    EXPECT_EQ(*role_from_id(info.id), info.role);
    EXPECT_NE(info.group, StructureGroup::Other) << info.id;
  }
  EXPECT_EQ(role_info(StructureRole::Soleus).group, StructureGroup::Muscle);
  EXPECT_EQ(role_info(StructureRole::AchillesTendon).group, StructureGroup::Tendon);
  EXPECT_EQ(group_from_id("bones"), StructureGroup::Bone);
  EXPECT_FALSE(group_from_id("organs").has_value());
}

}  // namespace soleus::anatomy
