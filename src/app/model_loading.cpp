#include "app/model_loading.h"

#include <system_error>

#include "anatomy/display_mesh.h"
#include "anatomy/model_cache.h"

namespace soleus::app {

bool BackgroundModelLoad::start(const std::filesystem::path& path, anatomy::RoleTable roles, std::size_t display_budget) {
  if (running()) return false;
  shared_ = std::make_shared<Shared>();  // a stopped load still running holds the old one
  path_ = path;
  started_ = std::chrono::steady_clock::now();
  try {
    future_ = std::async(std::launch::async, [path, roles = std::move(roles), display_budget, shared = shared_]() {
      document::ShowModel result;
      try {
        const anatomy::LoadProgress progress = [&shared](float fraction) {
          shared->fraction = fraction;
          return !shared->stop.load();
        };
        auto model = std::make_shared<anatomy::AnatomyModel>(anatomy::load_anatomy_model_cached(path, roles, nullptr, progress));
        if (display_budget > 0) anatomy::simplify_for_display(*model, display_budget);
        result.model = std::move(model);
      } catch (const anatomy::ModelLoadError& e) {
        result.error = e.what();
      }
      return result;
    });
  } catch (const std::system_error&) {
    return false;
  }
  return true;
}

double BackgroundModelLoad::seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
}

std::optional<document::ShowModel> BackgroundModelLoad::take_finished() {
  if (!running() || future_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return std::nullopt;
  document::ShowModel result = future_.get();
  if (shared_->stop) return std::nullopt;
  return result;
}

void BackgroundModelLoad::wait() const {
  if (running()) future_.wait();
}

}  // namespace soleus::app
