// Leader-line labels on the posed default leg, without GL: which structures carry one, and the
// anchor each label's line ends at.
#include "scene/labels.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <numeric>

#include "anatomy/pose.h"
#include "scene/camera.h"
#include "scene/frame.h"
#include "common/paths.h"

namespace soleus::scene {
namespace {

using testing::kLiteLeg;

struct LabelsFixture {
  anatomy::AnatomyModel model = anatomy::load_anatomy_model(kLiteLeg, anatomy::RoleTable::with_defaults());
  biomech::SolvedStride stride = biomech::solve_stride({});
};

LabelsFixture& labels_fixture() {
  static LabelsFixture f;
  return f;
}

struct Built {
  Layers layers;
  LabelSet labels;
  FrameBuffers buffers;
  Frame frame;
};

// The running leg at the soleus's peak, labels on.
void build_running(Built& b, int selected = -1) {
  LabelsFixture& f = labels_fixture();
  FrameSpec spec;
  spec.subject = Subject::Running;
  spec.model = &f.model;
  spec.layers = &b.layers;
  spec.labels = &b.labels;
  spec.selected = selected;
  spec.stride = &f.stride;
  spec.sample = f.stride.sample_at_phase(f.stride.summary.peak_soleus_phase);
  b.frame = build_frame(spec, b.buffers);
}

Built labelled_leg() {
  Built b;
  b.layers = Layers::for_model(labels_fixture().model);
  b.labels = LabelSet::for_model(labels_fixture().model);
  b.labels.shown = true;
  return b;
}

const StructureLabel* label_of(const Frame& frame, int structure) {
  const auto found = std::find_if(frame.structure_labels.begin(), frame.structure_labels.end(),
                                  [&](const StructureLabel& l) { return l.structure == structure; });
  return found == frame.structure_labels.end() ? nullptr : &*found;
}

bool inside(const core::Aabb& box, const Vec3& p, float tolerance) {
  return glm::all(glm::greaterThanEqual(p, box.min - tolerance)) && glm::all(glm::lessThanEqual(p, box.max + tolerance));
}

}  // namespace

TEST(StructureLabels, TheTeachingSetIsLabelledAndNothingElse) {
  Built b = labelled_leg();
  build_running(b);
  const anatomy::AnatomyModel& model = labels_fixture().model;
  for (const anatomy::StructureRole role :
       {anatomy::StructureRole::Soleus, anatomy::StructureRole::GastrocnemiusMedial,
        anatomy::StructureRole::GastrocnemiusLateral, anatomy::StructureRole::AchillesTendon,
        anatomy::StructureRole::Tibia, anatomy::StructureRole::Fibula, anatomy::StructureRole::Calcaneus}) {
    ASSERT_GE(model.find(role), 0) << anatomy::role_info(role).id;
    EXPECT_TRUE(label_of(b.frame, model.find(role))) << anatomy::role_info(role).id;
  }
  for (const StructureLabel& label : b.frame.structure_labels)
    EXPECT_TRUE(labelled_by_default(model.structures[static_cast<std::size_t>(label.structure)].role));
  EXPECT_FALSE(label_of(b.frame, model.find(anatomy::StructureRole::Talus)));
}

// The soleus's anchor is one of its own posed vertices: inside its posed box (measured here by
// skinning every vertex), on the side of the camera.
TEST(StructureLabels, TheSoleusAnchorLiesOnItsPosedSurfaceFacingTheCamera) {
  Built b = labelled_leg();
  build_running(b);
  const anatomy::AnatomyModel& model = labels_fixture().model;
  const int soleus = model.find(anatomy::StructureRole::Soleus);
  const StructureLabel* label = label_of(b.frame, soleus);
  ASSERT_TRUE(label);
  ASSERT_GE(label->candidates.size(), 4u);
  const anatomy::Structure& structure = model.structures[static_cast<std::size_t>(soleus)];
  const core::TriangleMesh posed = anatomy::posed_mesh(structure, b.buffers.pose);
  const core::Aabb posed_box = posed.bounds();
  const core::Aabb rest_box = structure.mesh.bounds();
  ASSERT_GT(glm::length(posed_box.centre() - rest_box.centre()), 0.005f) << "the peak pose should move the soleus";

  OrbitCamera camera;
  for (const ViewPreset view : {ViewPreset::Lateral, ViewPreset::Posterior, ViewPreset::Medial}) {
    camera.set_view(view, posed_box, 16.0f / 9.0f);
    const Vec3 anchor = facing_anchor(*label, camera.eye());
    EXPECT_TRUE(inside(posed_box, anchor, 1e-4f)) << to_string(view);
    // A posed vertex of the soleus, not just a point in its box.
    const float nearest = std::accumulate(posed.positions.begin(), posed.positions.end(), 1e9f,
                                          [&](float d, const Vec3& p) { return std::min(d, glm::length(p - anchor)); });
    EXPECT_LT(nearest, 1e-4f) << to_string(view);
    // On the camera's side of the structure.
    EXPECT_GT(glm::dot(anchor - posed_box.centre(), camera.eye() - posed_box.centre()), 0.0f) << to_string(view);
  }
  // Lateral and medial views pin the label on opposite sides of the muscle.
  camera.set_view(ViewPreset::Lateral, posed_box, 1.0f);
  const Vec3 lateral = facing_anchor(*label, camera.eye());
  camera.set_view(ViewPreset::Medial, posed_box, 1.0f);
  const Vec3 medial = facing_anchor(*label, camera.eye());
  EXPECT_LT(lateral.x, medial.x);  // -X is lateral
}

TEST(StructureLabels, HiddenStructuresAndLabelsOffGiveNone) {
  Built b = labelled_leg();
  const anatomy::AnatomyModel& model = labels_fixture().model;
  const int soleus = model.find(anatomy::StructureRole::Soleus);
  b.layers.structures[static_cast<std::size_t>(soleus)].visible = false;
  build_running(b);
  EXPECT_FALSE(label_of(b.frame, soleus));
  EXPECT_TRUE(label_of(b.frame, model.find(anatomy::StructureRole::Tibia)));

  b.layers.group_visible[group_index(anatomy::StructureGroup::Bone)] = false;
  build_running(b);
  EXPECT_FALSE(label_of(b.frame, model.find(anatomy::StructureRole::Tibia)));

  b.labels.shown = false;
  build_running(b);
  EXPECT_TRUE(b.frame.structure_labels.empty());
}

// The picked structure is labelled (first) even outside the set; an isolated one alone.
TEST(StructureLabels, TheSelectedStructureComesFirstAndIsolationLabelsItAlone) {
  Built b = labelled_leg();
  const anatomy::AnatomyModel& model = labels_fixture().model;
  const int talus = model.find(anatomy::StructureRole::Talus);
  build_running(b, talus);
  ASSERT_FALSE(b.frame.structure_labels.empty());
  EXPECT_EQ(b.frame.structure_labels.front().structure, talus);

  const int tibia = model.find(anatomy::StructureRole::Tibia);
  b.labels.structures[static_cast<std::size_t>(tibia)] = false;  // untick the tibia
  build_running(b);
  EXPECT_FALSE(label_of(b.frame, tibia));

  b.layers.isolated = model.find(anatomy::StructureRole::Soleus);
  build_running(b);
  ASSERT_EQ(b.frame.structure_labels.size(), 1u);
  EXPECT_EQ(b.frame.structure_labels.front().structure, b.layers.isolated);
}

}  // namespace soleus::scene
