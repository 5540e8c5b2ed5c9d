#include "document/audience.h"

#include <gtest/gtest.h>

#include "document/document.h"
#include "document_fixtures.h"

namespace soleus::document {

TEST(Audience, EachAudienceOpensItsOwnPanelsFirst) {
  EXPECT_EQ(audiences_end() - audiences_begin(), static_cast<long>(content::kAudienceCount));
  EXPECT_EQ(audience_info(Audience::Student).left_tab, LeftTab::Layers);
  EXPECT_EQ(audience_info(Audience::Student).right_tab, RightTab::Structure);
  EXPECT_EQ(audience_info(Audience::Coach).left_tab, LeftTab::Run);
  EXPECT_EQ(audience_info(Audience::Coach).right_tab, RightTab::Load);
  EXPECT_EQ(audience_info(Audience::Runner).left_tab, LeftTab::Learn);
  EXPECT_EQ(audience_info(Audience::Runner).learn_section, "solutions");
  for (const AudienceInfo* a = audiences_begin(); a != audiences_end(); ++a) {
    EXPECT_EQ(parse_audience(to_string(a->audience)), a->audience);
    EXPECT_FALSE(a->label.empty());
  }
}

// The audience changes words and panels, never a number: the stride and the frame are the same.
TEST(Audience, NumbersAreTheSameForEveryAudience) {
  const auto model = testing::three_parts_model();
  Document reference = make_document(model);
  const scene::FrameSpec expected = describe_frame(reference, nullptr);
  for (Audience a : content::audiences()) {
    Document doc = make_document(model);
    apply_command(doc, SetAudience{a});
    EXPECT_EQ(doc.audience, a);
    EXPECT_EQ(doc.history.undo_size(), 0u);  // a preference, not an edit
    EXPECT_EQ(doc.run.stride.summary.peak_soleus_force_n, reference.run.stride.summary.peak_soleus_force_n);
    EXPECT_EQ(doc.run.stride.summary.soleus_max_force_n, reference.run.stride.summary.soleus_max_force_n);
    const scene::FrameSpec spec = describe_frame(doc, nullptr);
    EXPECT_EQ(spec.sample.soleus_force_n(), expected.sample.soleus_force_n());
    EXPECT_EQ(spec.legend.marker, expected.legend.marker);
    ASSERT_EQ(spec.colours.size(), expected.colours.size());
    for (std::size_t i = 0; i < spec.colours.size(); ++i) EXPECT_EQ(spec.colours[i].fraction, expected.colours[i].fraction);
  }
}

}  // namespace soleus::document
