#include "handout/gait_plot.h"

#include <gtest/gtest.h>

#include <sstream>

#include "handout_strings.h"

namespace soleus::handout {
namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

biomech::SolvedStride stride_at(double strike_index) {
  biomech::Conditions c;
  c.strike.strike_index = strike_index;
  return biomech::solve_stride(c);
}

TEST(GaitPlotSvg, OneCurveWithAxesInUnits) {
  const biomech::SolvedStride a = stride_at(0.15);
  const std::string svg = gait_plot_svg(english(), {&a, "A"});
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
  EXPECT_NE(svg.find("</svg>"), std::string::npos);
  EXPECT_EQ(count(svg, "<polyline"), 1u);
  EXPECT_NE(svg.find("Soleus force (× body weight)"), std::string::npos);
  EXPECT_NE(svg.find("Gait cycle (% of the stride"), std::string::npos);
  // one point per sample
  const std::size_t start = svg.find("points=\"");
  const std::string points = svg.substr(start, svg.find('"', start + 8) - start);
  EXPECT_EQ(count(points, ","), a.samples.size());
}

TEST(GaitPlotSvg, TwoCurvesTheSecondDashedAndLabelsEscaped) {
  const biomech::SolvedStride a = stride_at(0.15);
  const biomech::SolvedStride b = stride_at(0.8);
  const PlotCurve curve_b{&b, "B <forefoot>"};
  const std::string svg = gait_plot_svg(english(), {&a, "A"}, &curve_b);
  EXPECT_EQ(count(svg, "<polyline"), 2u);
  EXPECT_NE(svg.find("stroke-dasharray"), std::string::npos);
  EXPECT_NE(svg.find("B &lt;forefoot&gt;"), std::string::npos);
  EXPECT_EQ(svg.find("<forefoot>"), std::string::npos);
}

TEST(GaitPlotSvg, CurvesStayInsideThePlot) {
  const biomech::SolvedStride a = stride_at(0.8);
  const std::string svg = gait_plot_svg(english(), {&a, "A"});
  const std::size_t start = svg.find("points=\"") + 8;
  std::istringstream points(svg.substr(start, svg.find('"', start) - start));
  for (std::string pair; points >> pair;) {
    const double x = std::stod(pair.substr(0, pair.find(',')));
    const double y = std::stod(pair.substr(pair.find(',') + 1));
    EXPECT_GE(x, 64.0);
    EXPECT_LE(x, 744.0);
    EXPECT_GE(y, 16.0);
    EXPECT_LE(y, 268.0);
  }
}

}  // namespace
}  // namespace soleus::handout
