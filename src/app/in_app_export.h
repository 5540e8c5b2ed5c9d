#pragma once
/// Carries out what the Export dialog asks (ui/export_dialog.h) inside the running app: the
/// window or the 3D view as PNG, the stride as CSV, the handout, and the video, which renders
/// a slice of frames per app frame so the window stays live, with its progress and Cancel.
#include <memory>
#include <optional>

#include "app/picture.h"
#include "app/video_export.h"
#include "content/learn.h"
#include "content/strings.h"
#include "document/document.h"
#include "render/render_target.h"
#include "ui/export_dialog.h"

namespace soleus::app {

class InAppExport {
 public:
  /// `learn` may be null (the handout then has the built-in note only). The handout is in the
  /// language of `strings` (the app's table, which follows View > Language).
  InAppExport(PictureRenderer& pictures, const content::LearnContent* learn, const content::Strings& strings);

  /// Once a frame, after the window's picture (panels included) is drawn in `window` and before
  /// it is shown: starts the dialog's new request, or renders the running video's next slice.
  void step(const document::Document& doc, render::RenderTarget& window, ui::ExportDialogState& dialog);

  /// A video is being rendered: the loop must keep drawing.
  bool busy() const { return video_.has_value(); }

 private:
  struct VideoJob {
    document::Document doc;  // as it was when the export started: edits meanwhile do not leak in
    std::unique_ptr<VideoWriter> writer;
    PictureRequest picture;
    int total = 0;
    double stride_time_s = 0.0;
  };
  void start(const document::Document& doc, render::RenderTarget& window, const ui::ExportRequest& request,
             ui::ExportDialogState& dialog);
  void advance_video(ui::ExportDialogState& dialog);

  PictureRenderer& pictures_;
  const content::LearnContent* learn_;
  const content::Strings& strings_;
  std::optional<VideoJob> video_;
};

}  // namespace soleus::app
