#include "app/handout_export.h"

#include <exception>
#include <cstdio>
#include <system_error>

#include "handout/handout.h"
#include "render/image_io.h"
#include "scene/colormap.h"

namespace soleus::app {
namespace {

constexpr const char* kDifferencePicture = "difference.png";

// A picture of one condition at its soleus peak (the moment the colour says most), saved as
// `name` in the folder.
handout::ConditionResult picture_of(const document::Document& doc, const HandoutRequest& request,
                                    const biomech::Conditions& conditions, const std::string& label,
                                    const std::string& name, PictureRenderer& pictures,
                                    const content::Strings& strings) {
  handout::ConditionResult result{
      strings.format("handout.condition.named",
                     {{"name", label}, {"condition", handout::condition_label(conditions, strings)}}),
      biomech::solve_stride(conditions), name};
  PictureRequest picture{request.width, request.height, conditions, result.stride.summary.peak_soleus_phase,
                         request.view, true, std::nullopt};
  render::write_png(request.folder / name, request.width, request.height, pictures.render(doc, picture));
  return result;
}

// The leg coloured by B minus A at A's soleus peak, saved as difference.png; returns its caption
// with the colour scale's span in the document's units.
std::string difference_picture(const document::Document& doc, const HandoutRequest& request,
                               const handout::ConditionResult& a, const biomech::Conditions& b,
                               PictureRenderer& pictures, const content::Strings& strings) {
  PictureRequest picture{request.width, request.height, doc.run.conditions, a.stride.summary.peak_soleus_phase,
                         request.view, true, b};
  render::write_png(request.folder / kDifferencePicture, request.width, request.height, pictures.render(doc, picture));
  char number[32];
  std::string span;
  if (doc.run.scale == document::LoadScale::BodyWeights) {
    std::snprintf(number, sizeof number, "%.0f", document::kBwScaleMax * scene::kDifferenceSpan);
    span = strings.format("handout.difference.span_bw", {{"value", number}});
  } else {
    std::snprintf(number, sizeof number, "%.0f", 100.0 * scene::kDifferenceSpan);
    span = strings.format("handout.difference.span_capacity", {{"value", number}});
  }
  return strings.format("handout.difference.caption", {{"span", span}});
}

}  // namespace

std::string export_handout(const document::Document& doc, const HandoutRequest& request, PictureRenderer& pictures,
                           const content::LearnContent* learn, const content::Strings& strings) {
  std::error_code error;
  std::filesystem::create_directories(request.folder, error);
  if (error) return "cannot create the handout folder " + request.folder.string() + ": " + error.message();
  try {
    handout::ConditionResult a = picture_of(doc, request, doc.run.conditions, "A", "a_side.png", pictures, strings);
    std::optional<handout::ConditionResult> b;
    std::string caption;
    if (request.compare) {
      b = picture_of(doc, request, *request.compare, "B", "b_side.png", pictures, strings);
      caption = difference_picture(doc, request, a, *request.compare, pictures, strings);
    }
    handout::Handout page = handout::make_handout(std::move(a), std::move(b), learn, strings);
    if (!caption.empty()) {
      page.difference_picture = kDifferencePicture;
      page.difference_caption = caption;
    }
    return handout::write_handout(request.folder, page, strings);
  } catch (const std::exception& e) {
    return e.what();
  }
}

}  // namespace soleus::app
