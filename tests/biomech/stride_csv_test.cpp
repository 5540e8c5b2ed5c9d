#include "biomech/stride_csv.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace soleus::biomech {
namespace {

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) out.push_back(line);
  return out;
}

SolvedStride stride_with(double strike_index, int samples) {
  Conditions c;
  c.strike.strike_index = strike_index;
  c.samples = samples;
  return solve_stride(c);
}

TEST(StrideCsv, OneConditionHasAHeaderWithUnitsAndARowPerSample) {
  const std::vector<std::string> rows = lines(stride_csv(stride_with(0.15, 60)));
  ASSERT_EQ(rows.size(), 61u);
  EXPECT_EQ(rows[0].rfind("time [s],phase [0-1],", 0), 0u) << rows[0];
  EXPECT_NE(rows[0].find("soleus force [N]"), std::string::npos);
  EXPECT_EQ(rows[1].rfind("0,0,1,", 0), 0u) << rows[1];  // initial contact, in stance
}

TEST(StrideCsv, TwoConditionsAreLabelledRowsAThenB) {
  const SolvedStride a = stride_with(0.15, 60);
  const SolvedStride b = stride_with(0.8, 80);  // another sample count: rows are never paired
  const std::vector<std::string> both = lines(stride_csv(a, &b));
  const std::vector<std::string> only_a = lines(stride_csv(a));
  const std::vector<std::string> only_b = lines(stride_csv(b));
  ASSERT_EQ(both.size(), 1u + 60u + 80u);
  EXPECT_EQ(both[0], "condition [A/B]," + only_a[0]);
  for (std::size_t i = 1; i <= 60; ++i) EXPECT_EQ(both[i], "A," + only_a[i]);
  for (std::size_t i = 1; i <= 80; ++i) EXPECT_EQ(both[60 + i], "B," + only_b[i]);
}

}  // namespace
}  // namespace soleus::biomech
