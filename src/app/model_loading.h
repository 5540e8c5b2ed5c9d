#pragma once
/// File > Open's load on a thread of its own, so the window stays live (the leg keeps running)
/// while a large model or set loads: how far it has come for the progress bar, a way to stop it,
/// and, once done, the document command that shows it (document::ShowModel).
#include <atomic>
#include <chrono>
#include <filesystem>
#include <future>
#include <memory>
#include <optional>

#include "anatomy/anatomy_model.h"
#include "document/document.h"

namespace soleus::app {

class BackgroundModelLoad {
 public:
  BackgroundModelLoad() = default;
  BackgroundModelLoad(const BackgroundModelLoad&) = delete;
  BackgroundModelLoad& operator=(const BackgroundModelLoad&) = delete;
  ~BackgroundModelLoad() { stop(); }  // the window closes: the load stops where it next checks
  /// Starts loading `path` (through the processed cache, as at start-up), then simplifying it to
  /// `display_budget` triangles (anatomy/display_mesh.h; 0: as loaded). False when a load is
  /// already running or no thread is to be had (the caller may then load in turn).
  bool start(const std::filesystem::path& path, anatomy::RoleTable roles, std::size_t display_budget = 0);
  bool running() const { return future_.valid(); }
  /// 0..1 as the loader reports it; -1 before its first report.
  float fraction() const { return shared_->fraction.load(); }
  double seconds() const;
  const std::filesystem::path& path() const { return path_; }
  /// Asks the load to stop where the loader next checks; its result is then dropped.
  void stop() { shared_->stop = true; }
  bool stopping() const { return shared_->stop.load(); }
  /// Once the load has ended: what to show (the model, or why not). None while it runs, after a
  /// stop, or with nothing started.
  std::optional<document::ShowModel> take_finished();
  /// Waits for the load to end (a test, or the window closing while one runs).
  void wait() const;

 private:
  struct Shared {
    std::atomic<float> fraction{-1.0f};
    std::atomic<bool> stop{false};
  };
  std::shared_ptr<Shared> shared_ = std::make_shared<Shared>();
  std::future<document::ShowModel> future_;
  std::filesystem::path path_;
  std::chrono::steady_clock::time_point started_;
};

}  // namespace soleus::app
