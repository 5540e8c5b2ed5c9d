#include "app/handout_export.h"

#include <exception>
#include <system_error>

#include "handout/handout.h"
#include "render/image_io.h"

namespace soleus::app {
namespace {

// A picture of one condition at its soleus peak (the moment the colour says most), saved as
// `name` in the folder.
handout::ConditionResult picture_of(const document::Document& doc, const HandoutRequest& request,
                                    const biomech::Conditions& conditions, const std::string& label,
                                    const std::string& name, PictureRenderer& pictures) {
  handout::ConditionResult result{label + ": " + handout::condition_label(conditions),
                                  biomech::solve_stride(conditions), name};
  PictureRequest picture{request.width, request.height, conditions, result.stride.summary.peak_soleus_phase,
                         request.view};
  render::write_png(request.folder / name, request.width, request.height, pictures.render(doc, picture));
  return result;
}

}  // namespace

std::string export_handout(const document::Document& doc, const HandoutRequest& request, PictureRenderer& pictures,
                           const content::LearnContent* learn) {
  std::error_code error;
  std::filesystem::create_directories(request.folder, error);
  if (error) return "cannot create the handout folder " + request.folder.string() + ": " + error.message();
  try {
    handout::ConditionResult a = picture_of(doc, request, doc.run.conditions, "A", "a_side.png", pictures);
    std::optional<handout::ConditionResult> b;
    if (request.compare) b = picture_of(doc, request, *request.compare, "B", "b_side.png", pictures);
    return handout::write_handout(request.folder, handout::make_handout(std::move(a), std::move(b), learn));
  } catch (const std::exception& e) {
    return e.what();
  }
}

}  // namespace soleus::app
