// The cross-section as an edit: one undoable step named after the plane ("Cut Axial at 0.30 m"),
// its offset kept within the model, a slider drag one step, and the frame it describes.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "document/document.h"
#include "document/history.h"
#include "document_fixtures.h"

namespace soleus::document {
namespace {

Document leg_document() { return make_document(testing::leg()); }

scene::Section axial(float offset_m) { return scene::Section{scene::SectionAxis::Axial, offset_m}; }

}  // namespace

TEST(Section, IsOneUndoableStepNamedAfterThePlane) {
  Document doc = leg_document();
  ASSERT_FALSE(doc.layers.section.on());
  apply_command(doc, SetSection{axial(0.30f)});
  EXPECT_EQ(doc.layers.section.axis, scene::SectionAxis::Axial);
  EXPECT_FLOAT_EQ(doc.layers.section.offset_m, 0.30f);
  ASSERT_EQ(doc.history.undo_size(), 1u);
  EXPECT_EQ(testing::english(doc.history.undo_name()), "Cut Axial at 0.30 m");

  apply_command(doc, SetSection{axial(0.30f)});  // the same plane again: no step
  EXPECT_EQ(doc.history.undo_size(), 1u);

  apply_command(doc, Undo{});
  EXPECT_FALSE(doc.layers.section.on());
  apply_command(doc, Redo{});
  EXPECT_FLOAT_EQ(doc.layers.section.offset_m, 0.30f);

  apply_command(doc, SetSection{scene::Section{}});
  EXPECT_FALSE(doc.layers.section.on());
  EXPECT_EQ(testing::english(doc.history.undo_name()), "Remove the cross-section");
}

TEST(Section, StaysWithinTheModelAndItsAngleRanges) {
  Document doc = leg_document();
  const core::Aabb& box = doc.model->bounds;
  apply_command(doc, SetSection{axial(1.9f)});  // above the leg: the top of the leg
  EXPECT_FLOAT_EQ(doc.layers.section.offset_m, box.max.y);
  EXPECT_EQ(testing::english(doc.history.undo_name()), "Cut Axial at " + [&] {
    char text[16];
    std::snprintf(text, sizeof(text), "%.2f", static_cast<double>(box.max.y));
    return std::string(text);
  }() + " m");
  apply_command(doc, SetSection{scene::Section{scene::SectionAxis::Coronal, -1.5f}});
  EXPECT_FLOAT_EQ(doc.layers.section.offset_m, box.min.z);
  apply_command(doc, SetSection{scene::Section{scene::SectionAxis::Free, 0.2f, 500.0f, 95.0f}});
  EXPECT_FLOAT_EQ(doc.layers.section.yaw_deg, 180.0f);
  EXPECT_FLOAT_EQ(doc.layers.section.pitch_deg, 90.0f);
}

TEST(Section, ASliderDragIsOneStep) {
  Document doc = leg_document();
  apply_command(doc, SetSection{axial(0.20f)});
  apply_command(doc, SetSection{axial(0.22f), true});
  apply_command(doc, SetSection{axial(0.25f), true});
  apply_command(doc, SetSection{axial(0.28f), true});
  EXPECT_EQ(doc.history.undo_size(), 1u);
  apply_command(doc, Undo{});
  EXPECT_FALSE(doc.layers.section.on());
}

TEST(Section, TheFrameCarriesThePlaneAndShowAllRemovesIt) {
  Document doc = leg_document();
  apply_command(doc, SetSection{axial(0.30f)});
  const scene::FrameSpec spec = describe_frame(doc, nullptr);
  ASSERT_NE(spec.layers, nullptr);
  EXPECT_EQ(spec.layers->section, axial(0.30f));
  scene::FrameBuffers buffers;
  const scene::Frame frame = scene::build_frame(spec, buffers);
  ASSERT_TRUE(frame.draw_list.section_plane);
  EXPECT_NEAR(scene::kept_distance(*frame.draw_list.section_plane, Vec3(0.0f, 0.30f, 0.0f)), 0.0f, 1e-6f);
  EXPECT_FALSE(frame.labels.empty());  // the running leg's cut structures, named
  apply_command(doc, ShowAll{});        // every layer back to its default: uncut
  EXPECT_FALSE(doc.layers.section.on());
}

}  // namespace soleus::document
