#include "app/in_app_export.h"

#include <chrono>
#include <exception>
#include <stdexcept>

#include "app/handout_export.h"
#include "biomech/stride_csv.h"
#include "core/files.h"
#include "render/image_io.h"

namespace soleus::app {
namespace {

// Rendering time a video may take per app frame: the window still answers at ~20 fps.
constexpr std::chrono::milliseconds kVideoSliceBudget{40};

// The 3D view as the window shows it (conditions, playhead, camera), at another size.
PictureRequest as_shown(int width, int height) {
  PictureRequest request;
  request.width = width;
  request.height = height;
  return request;
}

}  // namespace

InAppExport::InAppExport(PictureRenderer& pictures, const content::LearnContent* learn,
                         const content::Strings& strings)
    : pictures_(pictures), learn_(learn), strings_(strings) {}

void InAppExport::step(const document::Document& doc, render::RenderTarget& window, ui::ExportDialogState& dialog) {
  if (video_) {
    advance_video(dialog);
  } else if (dialog.request) {
    const ui::ExportRequest request = *dialog.request;
    dialog.request.reset();
    start(doc, window, request, dialog);
  }
}

void InAppExport::start(const document::Document& doc, render::RenderTarget& window, const ui::ExportRequest& request,
                        ui::ExportDialogState& dialog) {
  try {
    switch (request.kind) {
      case ui::ExportKind::WindowPng:
        render::write_png(request.path, window.width(), window.height(), window.read_rgba());
        break;
      case ui::ExportKind::ViewPng:
        render::write_png(request.path, request.width, request.height,
                          pictures_.render(doc, as_shown(request.width, request.height)));
        break;
      case ui::ExportKind::StrideCsv:
        if (const std::string reason = core::write_output_file(request.path, biomech::stride_csv(doc.run.stride, doc.compare ? &doc.compare->stride : nullptr));
            !reason.empty())
          throw std::runtime_error("cannot write " + request.path + ": " + reason);
        break;
      case ui::ExportKind::Handout: {
        // With a comparison open, the handout shows both conditions and what changed.
        HandoutRequest handout{request.path, doc.compare ? std::optional(doc.compare->conditions) : std::nullopt,
                               request.width, request.height};
        if (const std::string error = export_handout(doc, handout, pictures_, learn_, strings_); !error.empty())
          throw std::runtime_error(error);
        break;
      }
      case ui::ExportKind::Video: {
        VideoJob job{doc, std::make_unique<VideoWriter>(video_target(request.path), request.width, request.height),
                     as_shown(request.width, request.height), 0, doc.run.stride.summary.stride_time_s};
        job.total = video_frame_count(job.stride_time_s, request.strides);
        video_ = std::move(job);
        dialog.busy = true;
        dialog.progress = 0.0f;
        dialog.cancel_requested = false;
        return;
      }
    }
    dialog.status = ui::ExportStatus::saved(request.path);
  } catch (const std::exception& e) {
    dialog.status = ui::ExportStatus::failed(e.what());
  }
}

void InAppExport::advance_video(ui::ExportDialogState& dialog) {
  VideoJob& job = *video_;
  try {
    if (dialog.cancel_requested) {  // the writer's destructor stops ffmpeg and removes the temporary
      dialog.status = ui::ExportStatus::cancelled(job.writer->frames_written(), job.total);
      video_.reset();
    } else {
      const auto start = std::chrono::steady_clock::now();
      while (job.writer->frames_written() < job.total &&
             std::chrono::steady_clock::now() - start < kVideoSliceBudget) {
        job.picture.phase = video_frame_phase(job.writer->frames_written(), job.stride_time_s);
        job.writer->add_frame(pictures_.render(job.doc, job.picture));
      }
      dialog.progress = static_cast<float>(job.writer->frames_written()) / static_cast<float>(job.total);
      if (job.writer->frames_written() >= job.total) {
        job.writer->finish();
        dialog.status = job.writer->notice().empty() ? ui::ExportStatus::saved(job.writer->output().string())
                                                      : ui::ExportStatus::notice(job.writer->notice());
        video_.reset();
      }
    }
  } catch (const std::exception& e) {
    dialog.status = ui::ExportStatus::failed(e.what());
    video_.reset();
  }
  dialog.busy = video_.has_value();
}

}  // namespace soleus::app
