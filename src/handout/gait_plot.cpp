#include "handout/gait_plot.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "handout/html.h"

namespace soleus::handout {
namespace {

// Plot geometry in SVG user units; the page scales the picture to its column.
constexpr double kWidth = 760.0;
constexpr double kHeight = 320.0;
constexpr double kLeft = 64.0;    // room for the y tick labels and axis title
constexpr double kRight = 16.0;
constexpr double kTop = 16.0;
constexpr double kBottom = 52.0;  // room for the x tick labels and axis title
constexpr const char* kColourA = "#0072b2";  // Okabe-Ito blue and vermillion: colour-blind safe
constexpr const char* kColourB = "#d55e00";

std::string num(double x) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", x);
  return text;
}

double peak_bw(const biomech::SolvedStride& stride) {
  double peak = 0.0;
  for (const biomech::StrideSample& s : stride.samples) peak = std::max(peak, s.soleus_force_n());
  return peak / stride.model.body_weight_n;
}

// A tick step of 1, 2 or 5 times a power of ten giving about five ticks up to `top`.
double tick_step(double top) {
  const double rough = top / 5.0;
  const double power = std::pow(10.0, std::floor(std::log10(rough)));
  for (const double m : {1.0, 2.0, 5.0})
    if (m * power >= rough) return m * power;
  return 10.0 * power;
}

std::string polyline(const biomech::SolvedStride& stride, double y_max, const char* colour, bool dashed) {
  const double w = kWidth - kLeft - kRight;
  const double h = kHeight - kTop - kBottom;
  std::string points;
  for (const biomech::StrideSample& s : stride.samples) {
    const double x = kLeft + s.phase * w;
    const double y = kTop + h * (1.0 - s.soleus_force_n() / stride.model.body_weight_n / y_max);
    points += num(x) + "," + num(y) + " ";
  }
  return std::string("<polyline fill=\"none\" stroke=\"") + colour + "\" stroke-width=\"2.5\"" +
         (dashed ? " stroke-dasharray=\"8 5\"" : "") + " points=\"" + points + "\"/>\n";
}

}  // namespace

std::string gait_plot_svg(const content::Strings& strings, const PlotCurve& a, const PlotCurve* b) {
  const double w = kWidth - kLeft - kRight;
  const double h = kHeight - kTop - kBottom;
  const double peak = std::max(peak_bw(*a.stride), b ? peak_bw(*b->stride) : 0.0);
  const double step = tick_step(std::max(peak, 0.5));
  const double y_max = std::ceil(std::max(peak, 0.5) / step) * step;
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + num(kWidth) + " " + num(kHeight) +
                    "\" role=\"img\" aria-label=\"" + escape_html(strings.get("handout.plot.alt")) +
                    "\" class=\"plot\">\n";
  // Stance of A shaded: the foot is on the ground from contact to toe-off.
  const double toe_off = a.stride->summary.toe_off_phase;
  svg += "<rect x=\"" + num(kLeft) + "\" y=\"" + num(kTop) + "\" width=\"" + num(toe_off * w) + "\" height=\"" +
         num(h) + "\" fill=\"#eef2f6\"/>\n";
  svg += "<text x=\"" + num(kLeft + 6) + "\" y=\"" + num(kTop + 14) + "\" font-size=\"12\" fill=\"#667\">" +
         escape_html(strings.get("handout.plot.stance")) + "</text>\n";
  svg += "<g font-size=\"12\" fill=\"#333\" stroke=\"#ccd\">\n";
  for (double v = 0.0; v <= y_max + 1e-9; v += step) {
    const double y = kTop + h * (1.0 - v / y_max);
    svg += "<line x1=\"" + num(kLeft) + "\" x2=\"" + num(kLeft + w) + "\" y1=\"" + num(y) + "\" y2=\"" + num(y) +
           "\"/><text stroke=\"none\" x=\"" + num(kLeft - 6) + "\" y=\"" + num(y + 4) + "\" text-anchor=\"end\">" +
           num(v) + "</text>\n";
  }
  for (int percent = 0; percent <= 100; percent += 20) {
    const double x = kLeft + w * percent / 100.0;
    svg += "<text stroke=\"none\" x=\"" + num(x) + "\" y=\"" + num(kTop + h + 18) + "\" text-anchor=\"middle\">" +
           std::to_string(percent) + "</text>\n";
  }
  svg += "</g>\n";
  svg += "<line x1=\"" + num(kLeft) + "\" y1=\"" + num(kTop + h) + "\" x2=\"" + num(kLeft + w) + "\" y2=\"" +
         num(kTop + h) + "\" stroke=\"#333\"/><line x1=\"" + num(kLeft) + "\" y1=\"" + num(kTop) + "\" x2=\"" +
         num(kLeft) + "\" y2=\"" + num(kTop + h) + "\" stroke=\"#333\"/>\n";
  svg += "<text x=\"" + num(kLeft + w / 2) + "\" y=\"" + num(kHeight - 10) +
         "\" font-size=\"13\" text-anchor=\"middle\">" + escape_html(strings.get("handout.plot.x_axis")) + "</text>\n";
  svg += "<text transform=\"translate(16 " + num(kTop + h / 2) +
         ") rotate(-90)\" font-size=\"13\" text-anchor=\"middle\">" + escape_html(strings.get("handout.plot.y_axis")) +
         "</text>\n";
  svg += polyline(*a.stride, y_max, kColourA, false);
  if (b) svg += polyline(*b->stride, y_max, kColourB, true);
  // Legend over the swing, where the soleus is silent and the labels have room.
  const double lx = kLeft + 0.4 * w;
  svg += "<g font-size=\"13\"><line x1=\"" + num(lx) + "\" x2=\"" + num(lx + 28) + "\" y1=\"" + num(kTop + 16) +
         "\" y2=\"" + num(kTop + 16) + "\" stroke=\"" + kColourA + "\" stroke-width=\"2.5\"/><text x=\"" +
         num(lx + 34) + "\" y=\"" + num(kTop + 20) + "\">" + escape_html(a.label) + "</text>\n";
  if (b)
    svg += "<line x1=\"" + num(lx) + "\" x2=\"" + num(lx + 28) + "\" y1=\"" + num(kTop + 36) + "\" y2=\"" +
           num(kTop + 36) + "\" stroke=\"" + kColourB + "\" stroke-width=\"2.5\" stroke-dasharray=\"8 5\"/><text x=\"" +
           num(lx + 34) + "\" y=\"" + num(kTop + 40) + "\">" + escape_html(b->label) + "</text>\n";
  svg += "</g>\n</svg>\n";
  return svg;
}

}  // namespace soleus::handout
