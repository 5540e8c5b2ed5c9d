// A folder of mesh files loads as one leg (model_set.h) and is rigged from its bones (auto_rig.h):
// on the real sets of ../shared/reference-anatomy, and on small sets written here for the errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>

#include "anatomy/anatomy_model.h"
#include "anatomy/pose.h"
#include "anatomy/set_description.h"
#include "common/paths.h"
#include "load_error.h"

namespace soleus::anatomy {
namespace {

namespace fs = std::filesystem;
using testing::kTestDataDir;

const Structure& structure(const AnatomyModel& model, StructureRole role) {
  const int index = model.find(role);
  EXPECT_GE(index, 0) << role_info(role).id;
  return model.structures[static_cast<std::size_t>(std::max(index, 0))];
}

core::Aabb box(const Structure& s) { return s.mesh.bounds(); }

double signed_volume(const core::TriangleMesh& mesh) {
  double volume = 0.0;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const Vec3& a = mesh.positions[mesh.indices[t]];
    const Vec3& b = mesh.positions[mesh.indices[t + 1]];
    const Vec3& c = mesh.positions[mesh.indices[t + 2]];
    volume += glm::dot(a, glm::cross(b, c)) / 6.0;
  }
  return volume;
}

Vec3 joint_centre(const AnatomyModel& model, JointKind kind) {
  const int j = model.rig.find(kind);
  EXPECT_GE(j, 0);
  return Vec3(glm::inverse(model.rig.joints[static_cast<std::size_t>(std::max(j, 0))].inverse_bind)[3]);
}

// A folder of its own for a test's small files (removed first).
fs::path fresh_folder(const std::string& name) {
  const fs::path folder = fs::temp_directory_path() / ("soleus_set_" + name);
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder;
}

// A closed box of the given size (in the file's units) at `at`, as an OBJ.
void write_box(const fs::path& path, float size, float at = 0.0f) {
  std::ofstream out(path);
  for (int i = 0; i < 8; ++i)
    out << "v " << at + size * (i & 1) << " " << at + size * ((i >> 1) & 1) << " " << at + size * ((i >> 2) & 1) << "\n";
  out << "f 1 3 2\nf 2 3 4\nf 5 6 7\nf 6 8 7\nf 1 2 5\nf 2 6 5\nf 3 7 4\nf 4 7 8\nf 1 5 3\nf 3 5 7\nf 2 4 6\nf 4 8 6\n";
}

class ReferenceSet : public ::testing::TestWithParam<const char*> {};

}  // namespace

// Each real set: roles found, metres and Y-up on the ground, the parts where anatomy puts them,
// joints at the landmarks of the bones, weights that sum to one, and a pose that moves the foot.
TEST_P(ReferenceSet, AssemblesStandsAndIsRiggedFromItsBones) {
  const fs::path folder = testing::kReferenceAnatomyDir / GetParam();
  if (!fs::exists(folder)) GTEST_SKIP() << "no reference anatomy at " << folder;
  const AnatomyModel model = load_anatomy_model(folder, RoleTable::with_defaults());
  ASSERT_TRUE(model.has_rig()) << ::testing::PrintToString(model.notes);
  const core::Aabb tibia = box(structure(model, StructureRole::Tibia));
  const core::Aabb fibula = box(structure(model, StructureRole::Fibula));
  const core::Aabb talus = box(structure(model, StructureRole::Talus));
  // Metres, Y-up, on the ground: a tibia 30-45 cm long, the set's lowest point at 0.
  EXPECT_GT(tibia.size().y, 0.30f);
  EXPECT_LT(tibia.size().y, 0.45f);
  EXPECT_NEAR(model.bounds.min.y, 0.0f, 1e-4f);
  // The talus under the tibial plafond: the top of its dome up between the malleoli, above the
  // tibia's lowest point (the medial malleolus's tip) by less than 1.5 cm, and beneath the
  // tibia's distal end; the fibula lateral to the tibia (lateral is -X, a right leg).
  EXPECT_GT(talus.max.y, tibia.min.y);
  EXPECT_LT(talus.max.y - tibia.min.y, 0.015f);
  EXPECT_GT(talus.centre().x, tibia.min.x);
  EXPECT_LT(talus.centre().x, tibia.max.x);
  EXPECT_LT(fibula.centre().x, tibia.centre().x);
  // Joints at the bones' landmarks: the ankle axis through the body of the talus, within 2.5 cm
  // of the top of its dome (the axis runs through the malleolar tips, 1-2 cm below it); the knee
  // on the tibial plateau.
  const Vec3 ankle = joint_centre(model, JointKind::Ankle);
  EXPECT_GT(ankle.y, talus.min.y);
  EXPECT_LT(ankle.y, talus.max.y);
  EXPECT_LT(glm::distance(ankle, Vec3(talus.centre().x, talus.max.y, talus.centre().z)), 0.025f) << GetParam();
  const Vec3 knee = joint_centre(model, JointKind::Knee);
  EXPECT_NEAR(knee.y, tibia.max.y, 0.015f);
  EXPECT_GT(knee.x, tibia.min.x);
  EXPECT_LT(knee.x, tibia.max.x);
  std::printf("[ %s ] ankle (%.3f %.3f %.3f) talar dome (%.3f %.3f %.3f); knee y %.3f, tibia top %.3f; "
              "talus top %.3f, tibia bottom %.3f (m)\n", GetParam(), ankle.x, ankle.y, ankle.z, talus.centre().x,
              talus.max.y, talus.centre().z, knee.y, tibia.max.y, talus.max.y, tibia.min.y);
  for (const Structure& s : model.structures) {
    ASSERT_EQ(s.skin.size(), s.mesh.positions.size()) << s.name;
    for (const VertexWeights& w : s.skin) {
      ASSERT_NEAR(w.weights[0] + w.weights[1] + w.weights[2] + w.weights[3], 1.0f, 1e-5f) << s.name;
      for (const std::uint16_t j : w.joints) ASSERT_LT(j, model.rig.joints.size());
    }
  }
  // Dorsiflexing the ankle moves the heel forward (the toes up) and leaves the tibia where it was.
  PoseBuffers rest, flexed;
  pose_model(model, JointAngles{}, Mat4(1.0f), rest);
  JointAngles angles;
  angles.ankle_dorsiflexion = 0.3f;
  pose_model(model, angles, Mat4(1.0f), flexed);
  const auto index = [&](StructureRole role) { return static_cast<std::size_t>(model.find(role)); };
  EXPECT_GT(flexed.bounds[index(StructureRole::Calcaneus)].centre().z - rest.bounds[index(StructureRole::Calcaneus)].centre().z, 0.003f);
  EXPECT_LT(glm::distance(flexed.bounds[index(StructureRole::Tibia)].centre(), rest.bounds[index(StructureRole::Tibia)].centre()), 1e-5f);
}

// The sign the set's rig is checked against above is the default leg's (the rig contract).
TEST(ModelSet, TheDefaultLegDorsiflexesTheSameWay) {
  const AnatomyModel model = load_anatomy_model(testing::kLiteLeg, RoleTable::with_defaults());
  PoseBuffers rest, flexed;
  pose_model(model, JointAngles{}, Mat4(1.0f), rest);
  JointAngles angles;
  angles.ankle_dorsiflexion = 0.3f;
  pose_model(model, angles, Mat4(1.0f), flexed);
  const auto calcaneus = static_cast<std::size_t>(model.find(StructureRole::Calcaneus));
  EXPECT_GT(flexed.bounds[calcaneus].centre().z - rest.bounds[calcaneus].centre().z, 0.005f);
}

INSTANTIATE_TEST_SUITE_P(Sets, ReferenceSet, ::testing::Values("bodyparts3d", "opensim_gait2392", "myosim"));

TEST(ModelSet, BodyParts3DKeepsItsSoleusBehindTheTibia) {
  const fs::path folder = testing::kReferenceAnatomyDir / "bodyparts3d";
  if (!fs::exists(folder)) GTEST_SKIP() << "no reference anatomy";
  const AnatomyModel model = load_anatomy_model(folder, RoleTable::with_defaults());
  EXPECT_EQ(model.structures.size(), 5u);
  const core::Aabb soleus = box(structure(model, StructureRole::Soleus));
  EXPECT_LT(soleus.centre().z, box(structure(model, StructureRole::Tibia)).centre().z);  // posterior is -Z
  EXPECT_NEAR(soleus.size().y, 0.326f, 0.002f);  // header bounds: z 32.5..358.6 mm
  EXPECT_GE(model.rig.find(JointKind::Subtalar), 0);
}

TEST(ModelSet, AFolderWithoutMeshFilesSaysSo) {
  const fs::path folder = fresh_folder("empty");
  std::ofstream(folder / "readme.txt") << "not a mesh";
  const std::string error = load_error(folder);
  EXPECT_NE(error.find("no mesh files"), std::string::npos) << error;
  EXPECT_NE(error.find(folder.string()), std::string::npos) << error;
  fs::remove_all(folder);
}

TEST(ModelSet, MixedUnitsAreRefusedNamingBothFiles) {
  const fs::path folder = fresh_folder("mixed_units");
  write_box(folder / "tibia_mm.obj", 380.0f);  // millimetres
  write_box(folder / "talus_m.obj", 0.05f);    // metres
  const std::string error = load_error(folder);
  EXPECT_NE(error.find("mixed units"), std::string::npos) << error;
  EXPECT_NE(error.find("tibia_mm.obj"), std::string::npos) << error;
  EXPECT_NE(error.find("talus_m.obj"), std::string::npos) << error;
  fs::remove_all(folder);
}

TEST(ModelSet, AFileThatFailsNamesThatFile) {
  const fs::path folder = fresh_folder("one_bad");
  write_box(folder / "tibia.obj", 0.38f);
  fs::copy_file(kTestDataDir / "corrupt.glb", folder / "talus.glb");
  const std::string error = load_error(folder);
  EXPECT_NE(error.find("talus.glb"), std::string::npos) << error;
  fs::remove_all(folder);
}

TEST(ModelSet, WithoutATibiaItIsShownStaticAndSaysWhy) {
  const fs::path folder = fresh_folder("no_tibia");
  write_box(folder / "soleus.obj", 0.3f);
  write_box(folder / "calcaneus.obj", 0.06f, 0.3f);
  const AnatomyModel model = load_anatomy_model(folder, RoleTable::with_defaults());
  EXPECT_FALSE(model.has_rig());
  EXPECT_EQ(model.structures.size(), 2u);
  const std::string notes = ::testing::PrintToString(model.notes);
  EXPECT_NE(notes.find("shown static"), std::string::npos) << notes;
  EXPECT_NE(notes.find("no tibia"), std::string::npos) << notes;
  fs::remove_all(folder);
}

TEST(ModelSet, AnInsideOutPartIsTurnedRightSideOutAndNoted) {
  const fs::path folder = fresh_folder("inside_out");
  write_box(folder / "tibia.obj", 0.38f);
  {  // the same box with every triangle wound the other way: facing in
    std::ofstream out(folder / "talus.obj");
    for (int i = 0; i < 8; ++i)
      out << "v " << 0.05f * (i & 1) << " " << 0.05f * ((i >> 1) & 1) << " " << 0.05f * ((i >> 2) & 1) << "\n";
    out << "f 1 2 3\nf 2 4 3\nf 5 7 6\nf 6 7 8\nf 1 5 2\nf 2 5 6\nf 3 4 7\nf 4 8 7\nf 1 3 5\nf 3 7 5\nf 2 6 4\nf 4 6 8\n";
  }
  const AnatomyModel model = load_anatomy_model(folder, RoleTable::with_defaults());
  const std::string notes = ::testing::PrintToString(model.notes);
  EXPECT_NE(notes.find("talus.obj was inside out"), std::string::npos) << notes;
  EXPECT_EQ(notes.find("tibia.obj was inside out"), std::string::npos) << notes;
  for (const Structure& s : model.structures) EXPECT_GT(signed_volume(s.mesh), 0.0) << s.name;
  fs::remove_all(folder);
}

TEST(ModelSet, TheSameRoleTwiceIsNoted) {
  const fs::path folder = fresh_folder("twice");
  write_box(folder / "tibia.obj", 0.38f);
  write_box(folder / "tibia_copy.obj", 0.38f);
  const AnatomyModel model = load_anatomy_model(folder, RoleTable::with_defaults());
  const std::string notes = ::testing::PrintToString(model.notes);
  EXPECT_NE(notes.find("Tibia twice"), std::string::npos) << notes;
  EXPECT_EQ(notes.find("edges not shared"), std::string::npos) << notes;  // closed boxes
  fs::remove_all(folder);
}

// A part that is not a closed surface (a box without its lid: four open edges) is drawn as it
// is, and the notes say so, naming the file.
TEST(ModelSet, AnOpenSurfaceIsNoted) {
  const fs::path folder = fresh_folder("open");
  write_box(folder / "tibia.obj", 0.38f);
  {
    std::ofstream out(folder / "soleus.obj");
    for (int i = 0; i < 8; ++i) out << "v " << 0.1f * (i & 1) << " " << 0.3f * ((i >> 1) & 1) << " " << 0.1f * ((i >> 2) & 1) << "\n";
    out << "f 1 3 2\nf 2 3 4\nf 5 6 7\nf 6 8 7\nf 1 2 5\nf 2 6 5\nf 1 5 3\nf 3 5 7\nf 2 4 6\nf 4 8 6\n";  // no lid (3 7 4 8)
  }
  const AnatomyModel model = load_anatomy_model(folder, RoleTable::with_defaults());
  const std::string notes = ::testing::PrintToString(model.notes);
  EXPECT_NE(notes.find("soleus.obj: 4 edges not shared by two triangles"), std::string::npos) << notes;
  EXPECT_EQ(notes.find("tibia.obj: "), std::string::npos) << notes;
  fs::remove_all(folder);
}

}  // namespace soleus::anatomy

namespace soleus::anatomy {
namespace {

// A copy of the BodyParts3D set in a folder of its own, or empty when ../shared is absent.
fs::path bodyparts3d_copy(const std::string& name) {
  const fs::path source = testing::kReferenceAnatomyDir / "bodyparts3d";
  if (!fs::exists(source)) return {};
  const fs::path folder = fresh_folder(name);
  for (const auto& entry : fs::directory_iterator(source)) fs::copy_file(entry.path(), folder / entry.path().filename());
  return folder;
}


}  // namespace

// A description beside the parts says what would be guessed: here a role, a part's offset and
// the side. A leg declared left is mirrored (this right leg's fibula, at -X, comes to +X) with
// its triangles still facing out; the offset moves that part alone.
TEST(ModelSetDescription, RolesOffsetsAndSideAreTakenFromIt) {
  const fs::path folder = bodyparts3d_copy("described");
  if (folder.empty()) GTEST_SKIP() << "no reference anatomy";
  const AnatomyModel guessed = load_anatomy_model(folder, RoleTable::with_defaults());
  std::ofstream(folder / kSetDescriptionFile) << R"({"soleus_model_set": 1, "side": "left", "parts": [
      {"file": "FJ3387_right_tibia.obj"}, {"file": "FJ3366_right_fibula.obj"},
      {"file": "FJ3385_right_talus.obj"}, {"file": "FJ3360_right_calcaneus.obj", "offset_m": [0, 0, -0.01]},
      {"file": "FJ1437_right_soleus.obj", "role": "gastrocnemius_medial"}]})";
  const AnatomyModel described = load_anatomy_model(folder, RoleTable::with_defaults());
  EXPECT_EQ(described.structures.size(), 5u);
  EXPECT_LT(described.find(StructureRole::Soleus), 0);
  EXPECT_GE(described.find(StructureRole::GastrocnemiusMedial), 0);
  const std::string notes = ::testing::PrintToString(described.notes);
  EXPECT_NE(notes.find("mirrored"), std::string::npos) << notes;
  EXPECT_NE(notes.find("described by soleus-model.json"), std::string::npos) << notes;
  // Mirrored: the fibula on the other side of the tibia, every part still enclosing a positive volume.
  EXPECT_GT(box(structure(described, StructureRole::Fibula)).centre().x, box(structure(described, StructureRole::Tibia)).centre().x);
  for (const Structure& s : described.structures) EXPECT_GT(signed_volume(s.mesh), 0.0) << s.name;
  // The calcaneus 1 cm further back relative to the talus than the guessed set has it.
  const auto relative_z = [](const AnatomyModel& m) {
    return box(structure(m, StructureRole::Calcaneus)).centre().z - box(structure(m, StructureRole::Talus)).centre().z;
  };
  EXPECT_NEAR(relative_z(described) - relative_z(guessed), -0.01f, 1e-4f);
  // The description itself can be given to --model.
  EXPECT_EQ(load_anatomy_model(folder / kSetDescriptionFile, RoleTable::with_defaults()).structures.size(), 5u);
  fs::remove_all(folder);
}

// Every mistake in a description is refused with the file's name and what is wrong.
TEST(ModelSetDescription, ABadDescriptionSaysWhatAndWhere) {
  const fs::path folder = fresh_folder("bad_description");
  write_box(folder / "tibia.obj", 0.38f);
  const fs::path outside = fs::temp_directory_path() / "soleus_set_outside.obj";
  write_box(outside, 0.05f);
  fs::create_symlink(outside, folder / "link.obj");
  const std::pair<const char*, const char*> cases[] = {
      {"{not json", "not valid JSON"},
      {R"({"parts": [{"file": "tibia.obj"}]})", "soleus_model_set"},
      {R"({"soleus_model_set": 1, "units": "cm"})", "\"units\" must be m|mm"},
      {R"({"soleus_model_set": 1, "colour": "red"})", "unknown key \"colour\""},
      {R"({"soleus_model_set": 1, "parts": [{"file": "fibula.obj"}]})", "\"fibula.obj\" is not there"},
      {R"({"soleus_model_set": 1, "parts": [{"file": "../tibia.obj"}]})", "leaves the description's folder"},
      {R"({"soleus_model_set": 1, "parts": [{"file": "/etc/passwd"}]})", "relative"},
      {R"({"soleus_model_set": 1, "parts": [{"file": "link.obj"}]})", "a link out of"},
      {R"({"soleus_model_set": 1, "parts": [{"file": "tibia.obj", "role": "shin"}]})", "\"shin\" is not a role id"},
      {R"({"soleus_model_set": 1, "parts": [{"file": "tibia.obj", "offset_m": [0, 1]}]})", "offset_m must be [x, y, z]"},
      {R"({"soleus_model_set": 1, "placement": "gait2392", "parts": [{"file": "link.obj"}]})", "a link out of"},
      {R"({"soleus_model_set": 1, "joints": {"hip": {"offset_m": [0, 0, 0]}}})", "names \"hip\""},
      {R"({"soleus_model_set": 1, "joints": {"ankle": {"offset_m": [0, 0.2, 0]}}})", "joints.ankle.offset_m must be within +-0.05 m"},
      {R"({"soleus_model_set": 1, "joints": {"ankle": {"axis": [0, 0, 0]}}})", "joints.ankle.axis must not be [0, 0, 0]"},
      {R"({"soleus_model_set": 1, "joints": {"knee": {"turn": 3}}})", "unknown key \"turn\" in joints.knee"},
  };
  for (const auto& [text, expected] : cases) {
    std::ofstream(folder / kSetDescriptionFile) << text;
    const std::string error = load_error(folder);
    EXPECT_NE(error.find(expected), std::string::npos) << text << "\n" << error;
    EXPECT_NE(error.find(kSetDescriptionFile), std::string::npos) << text << "\n" << error;
  }
  fs::remove_all(folder);
  fs::remove(outside);
}

// A joint nudged in the description (File > Model set saves one) moves from where the bones put
// it by the offset, turns about the axis given, and says so in the notes; the description read
// back and written again is the same.
TEST(ModelSetDescription, ANudgedJointMovesByItsOffsetAndTurnsAboutItsAxis) {
  const fs::path folder = fresh_folder("nudged");
  write_box(folder / "my_tibia.obj", 0.38f);
  const AnatomyModel placed = load_anatomy_model(folder, RoleTable::with_defaults());
  std::ofstream(folder / kSetDescriptionFile) << R"({"soleus_model_set": 1,
      "joints": {"ankle": {"offset_m": [0.003, -0.004, 0.01], "axis": [0, 0, 2]}, "knee": {"offset_m": [0, 0.02, 0]}}})";
  const AnatomyModel nudged = load_anatomy_model(folder, RoleTable::with_defaults());
  const Vec3 moved = joint_centre(nudged, JointKind::Ankle) - joint_centre(placed, JointKind::Ankle);
  EXPECT_NEAR(moved.x, 0.003f, 1e-5f);
  EXPECT_NEAR(moved.y, -0.004f, 1e-5f);
  EXPECT_NEAR(moved.z, 0.01f, 1e-5f);
  EXPECT_NEAR(joint_centre(nudged, JointKind::Knee).y - joint_centre(placed, JointKind::Knee).y, 0.02f, 1e-5f);
  const Mat4 ankle_frame = glm::inverse(nudged.rig.joints[static_cast<std::size_t>(nudged.rig.find(JointKind::Ankle))].inverse_bind);
  EXPECT_NEAR(ankle_frame[0].z, 1.0f, 1e-5f);  // the joint's +X, its axis: normalised
  const std::string notes = ::testing::PrintToString(nudged.notes);
  EXPECT_NE(notes.find("2 joints moved by hand"), std::string::npos) << notes;
  ASSERT_TRUE(nudged.set);
  EXPECT_EQ(nudged.set->joints.at("ankle").axis, Vec3(0.0f, 0.0f, 1.0f));
  std::ofstream(folder / kSetDescriptionFile) << set_description_json(*nudged.set);
  EXPECT_EQ(read_set_description(folder / kSetDescriptionFile).joints, nudged.set->joints);
  fs::remove_all(folder);
}

// A load reports how far it has come (File > Open's progress bar): from the first file to the
// last, never back; told to stop, it stops with a message that says so and names the file.
TEST(ModelSet, ALoadReportsItsProgressAndStopsWhenTold) {
  const fs::path folder = fresh_folder("progress");
  write_box(folder / "my_tibia.obj", 0.38f);
  write_box(folder / "my_fibula.obj", 0.36f, 0.05f);
  write_box(folder / "my_soleus.obj", 0.3f);
  std::vector<float> heard;
  const AnatomyModel model = load_anatomy_model(folder, RoleTable::with_defaults(), [&](float fraction) {
    heard.push_back(fraction);
    return true;
  });
  EXPECT_EQ(model.structures.size(), 3u);
  ASSERT_FALSE(heard.empty());
  EXPECT_TRUE(std::is_sorted(heard.begin(), heard.end()));
  EXPECT_GE(heard.front(), 0.0f);
  EXPECT_LE(heard.back(), 1.0f);
  EXPECT_GE(heard.back(), 2.0f / 3.0f);  // into the last of three files
  int calls = 0;
  try {
    load_anatomy_model(folder, RoleTable::with_defaults(), [&](float) { return ++calls < 2; });
    ADD_FAILURE() << "a stopped load returned a model";
  } catch (const ModelLoadError& e) {
    EXPECT_NE(std::string(e.what()).find(kLoadStopped), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("my_"), std::string::npos) << e.what();
  }
  EXPECT_EQ(calls, 2);  // not asked again once told to stop
  fs::remove_all(folder);
}

TEST(ModelSetDescription, DeclaredUnitsWinOverTheGuessAndAWrongPlacementIsRefused) {
  const fs::path folder = fresh_folder("declared");
  write_box(folder / "my_tibia.obj", 0.38f);  // not OpenSim's names: taken as assembled
  write_box(folder / "my_talus.obj", 0.05f);
  // 0.38 "mm" is a tibia 0.38 mm long: declared, believed.
  std::ofstream(folder / kSetDescriptionFile) << R"({"soleus_model_set": 1, "units": "mm"})";
  EXPECT_NEAR(load_anatomy_model(folder, RoleTable::with_defaults()).bounds.size().y, 0.00038f, 1e-6f);
  write_box(folder / "soleus.obj", 0.3f);
  std::ofstream(folder / kSetDescriptionFile) << R"({"soleus_model_set": 1, "placement": "gait2392", "parts": [
      {"file": "soleus.obj"}]})";
  const std::string error = load_error(folder);
  EXPECT_NE(error.find("names no OpenSim body"), std::string::npos) << error;
  EXPECT_NE(error.find("soleus.obj"), std::string::npos) << error;
  fs::remove_all(folder);
}

}  // namespace soleus::anatomy
