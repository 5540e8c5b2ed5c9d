// File > Model set (issue 16): a loaded set's roles and joints corrected in a draft, marked on the
// leg, tried, saved beside the files (atomically) and shown; failures keep the model and the draft.
#include "document/model_set_edit.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "anatomy/model_set.h"
#include "document_fixtures.h"

namespace soleus::document {
namespace {

namespace fs = std::filesystem;

// A closed box of `size` metres with its corner at the origin, as an OBJ.
void write_box(const fs::path& path, double size) {
  std::ofstream out(path);
  for (int i = 0; i < 8; ++i) out << "v " << size * (i & 1) << " " << size * ((i >> 1) & 1) << " " << size * ((i >> 2) & 1) << "\n";
  out << "f 1 3 2\nf 2 3 4\nf 5 6 7\nf 6 8 7\nf 1 2 5\nf 2 6 5\nf 3 7 4\nf 4 7 8\nf 1 5 3\nf 3 5 7\nf 2 4 6\nf 4 8 6\n";
}

// A set of two parts, a tibia and a soleus, in a folder of its own, loaded as File > Open does.
struct OpenSet {
  // A folder per test: ctest runs the tests of this file at once, each in its own process.
  fs::path folder = fs::temp_directory_path() /
                    ("soleus_document_set_edit_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
  Document doc = testing::fixture_document();
  OpenSet() {
    fs::remove_all(folder);
    fs::create_directories(folder);
    write_box(folder / "my_tibia.obj", 0.38);
    write_box(folder / "my_soleus.obj", 0.3);
    apply_command(doc, LoadModel{folder});
    if (!doc.model->set) throw std::runtime_error("the set did not load: " + testing::english().say(doc.last_error));
  }
  ~OpenSet() { fs::remove_all(folder); }
};

std::string read_text_of(const fs::path& file) {
  std::ifstream in(file);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// By value: joint_markers' vector is a temporary.
scene::JointMarker marker(const Document& doc, anatomy::JointKind kind) {
  const scene::JointMarker none;
  const int joint = doc.model->rig.find(kind);
  for (const scene::JointMarker& m : joint_markers(doc))
    if (m.joint == joint) return m;
  ADD_FAILURE() << "no marker for joint " << joint;
  return none;
}

}  // namespace

TEST(ModelSetEdit, TheDraftMarksTheJointsAndShowsANudgeBeforeItIsSaved) {
  OpenSet set;
  Document& doc = set.doc;
  ASSERT_TRUE(doc.last_error.empty()) << testing::english().say(doc.last_error);
  ASSERT_TRUE(doc.model->set && doc.model->has_rig());
  EXPECT_TRUE(joint_markers(doc).empty());  // nothing marked until the panel opens
  apply_command(doc, EditModelSet{doc.model->set});
  ASSERT_TRUE(doc.set_draft);
  EXPECT_EQ(joint_markers(doc).size(), 2u);  // knee, ankle: no talus or toes in this set (the root is not marked)
  EXPECT_EQ(describe_frame(doc, nullptr).joint_markers.size(), 2u);
  const Vec3 placed = marker(doc, anatomy::JointKind::Ankle).centre;
  EXPECT_FALSE(marker(doc, anatomy::JointKind::Ankle).moved);

  anatomy::SetDescription draft = *doc.set_draft;
  draft.joints["ankle"].offset_m = Vec3(0.0f, 0.01f, 0.0f);
  draft.joints["mtp"].offset_m = Vec3(0.01f);       // no toes: no such joint, dropped
  draft.joints["knee"].offset_m = Vec3(0.0f, 0.5f, 0.0f);  // beyond a nudge: clamped
  apply_command(doc, EditModelSet{draft});
  EXPECT_TRUE(marker(doc, anatomy::JointKind::Ankle).moved);
  EXPECT_NEAR(marker(doc, anatomy::JointKind::Ankle).centre.y - placed.y, 0.01f, 1e-6f);
  EXPECT_EQ(doc.set_draft->joints.count("mtp"), 0u);
  EXPECT_EQ(doc.set_draft->joints.at("knee").offset_m.y, anatomy::kMaxJointNudge_m);
  EXPECT_FALSE(fs::exists(set.folder / anatomy::kSetDescriptionFile));  // nothing written until saved

  // Parts other than the set's are not a draft of it.
  anatomy::SetDescription other = *doc.set_draft;
  other.parts.pop_back();
  apply_command(doc, EditModelSet{other});
  EXPECT_EQ(doc.set_draft->parts.size(), 2u);
  apply_command(doc, EditModelSet{std::nullopt});
  EXPECT_FALSE(doc.set_draft);
  EXPECT_TRUE(joint_markers(doc).empty());
}

TEST(ModelSetEdit, SavingWritesTheDescriptionAndShowsTheSetItDescribes) {
  OpenSet set;
  Document& doc = set.doc;
  apply_command(doc, EditModelSet{doc.model->set});
  const Vec3 placed = marker(doc, anatomy::JointKind::Ankle).centre;
  anatomy::SetDescription draft = *doc.set_draft;
  for (anatomy::SetPart& part : draft.parts)
    if (part.file == "my_soleus.obj") part.role = anatomy::StructureRole::GastrocnemiusMedial;  // a wrong guess corrected
  draft.joints["ankle"].offset_m = Vec3(0.0f, 0.01f, 0.0f);
  apply_command(doc, EditModelSet{draft});
  const auto before = doc.model;
  apply_command(doc, SaveModelSet{});
  ASSERT_TRUE(doc.last_error.empty()) << testing::english().say(doc.last_error);
  EXPECT_NE(doc.model, before);
  EXPECT_LT(doc.model->find(anatomy::StructureRole::Soleus), 0);
  EXPECT_GE(doc.model->find(anatomy::StructureRole::GastrocnemiusMedial), 0);
  // The rig has the nudge now; the draft is the saved description, nothing pending.
  ASSERT_TRUE(doc.set_draft);
  EXPECT_FALSE(marker(doc, anatomy::JointKind::Ankle).moved);
  EXPECT_NEAR(marker(doc, anatomy::JointKind::Ankle).centre.y - placed.y, 0.01f, 1e-5f);
  // On disk, and what the next File > Open reads.
  const anatomy::SetDescription saved = anatomy::read_set_description(set.folder / anatomy::kSetDescriptionFile);
  EXPECT_EQ(saved.joints.at("ankle").offset_m, Vec3(0.0f, 0.01f, 0.0f));
  apply_command(doc, LoadModel{set.folder});
  EXPECT_GE(doc.model->find(anatomy::StructureRole::GastrocnemiusMedial), 0);
  EXPECT_FALSE(doc.set_draft);  // another load closes the panel's draft
}

TEST(ModelSetEdit, ASaveThatCannotWriteKeepsTheModelAndTheDraft) {
  OpenSet set;
  Document& doc = set.doc;
  apply_command(doc, EditModelSet{doc.model->set});
  anatomy::SetDescription draft = *doc.set_draft;
  draft.joints["ankle"].offset_m = Vec3(0.0f, 0.01f, 0.0f);
  apply_command(doc, EditModelSet{draft});
  fs::create_directories(set.folder / anatomy::kSetDescriptionFile);  // a directory where the file goes
  const auto before = doc.model;
  apply_command(doc, SaveModelSet{});
  EXPECT_EQ(doc.model, before);
  ASSERT_TRUE(doc.set_draft);
  EXPECT_TRUE(marker(doc, anatomy::JointKind::Ankle).moved);
  const std::string said = testing::english().say(doc.last_error);
  EXPECT_NE(said.find("not saved"), std::string::npos) << said;
  EXPECT_NE(said.find(anatomy::kSetDescriptionFile), std::string::npos) << said;
  EXPECT_TRUE(fs::is_directory(set.folder / anatomy::kSetDescriptionFile));
}

// A set without a soleus (Gait2392's bones, say) runs, and nothing claims the load colour: no
// colours, no legend naming a structure that is not there.
TEST(ModelSetEdit, ASetWithoutASoleusColoursNothing) {
  OpenSet set;
  Document& doc = set.doc;
  anatomy::SetDescription draft = *doc.model->set;
  for (anatomy::SetPart& part : draft.parts)
    if (part.file == "my_soleus.obj") part.role = anatomy::StructureRole::Unknown;  // "Other (no role)"
  apply_command(doc, EditModelSet{draft});
  apply_command(doc, SaveModelSet{});
  ASSERT_TRUE(doc.last_error.empty()) << testing::english().say(doc.last_error);
  ASSERT_LT(doc.model->find(anatomy::StructureRole::Soleus), 0);
  ASSERT_EQ(shown_mode(doc), ViewMode::Run);
  EXPECT_NE(read_text_of(set.folder / anatomy::kSetDescriptionFile).find("\"role\": \"none\""), std::string::npos);
  const scene::FrameSpec spec = describe_frame(doc, nullptr);
  EXPECT_TRUE(spec.colours.empty());
  EXPECT_EQ(spec.legend.kind, scene::LegendKind::None);
}

// Only a model set has a description to correct.
TEST(ModelSetEdit, AModelThatIsNotASetHasNoDraft) {
  Document doc = testing::fixture_document();
  apply_command(doc, EditModelSet{anatomy::SetDescription{}});
  EXPECT_FALSE(doc.set_draft);
  apply_command(doc, SaveModelSet{});
  EXPECT_TRUE(doc.last_error.empty());
}

}  // namespace soleus::document
