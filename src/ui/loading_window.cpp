#include "ui/loading_window.h"

#include <imgui.h>

#include <cmath>
#include <string>

#include "ui/text.h"

namespace soleus::ui {

void draw_loading_window(LoadingState& state, const Rect& view) {
  if (!state.active) return;
  // Over the foot of the view, clear of the leg's middle, where a status line goes.
  ImGui::SetNextWindowPos(ImVec2((view.left + view.right) * 0.5f, view.bottom - ImGui::GetFontSize()), ImGuiCond_Always,
                          ImVec2(0.5f, 1.0f));
  if (ImGui::Begin(tr_id("loading.title").c_str(), nullptr,
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove |
                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing)) {
    ImGui::TextUnformatted(trf(state.stopping ? "loading.stopping" : "loading.what", {{"name", state.name}}).c_str());
    const std::string seconds = std::to_string(static_cast<long long>(std::floor(state.seconds)));
    const std::string overlay = state.fraction < 0.0f
                                    ? trf("loading.seconds", {{"s", seconds}})
                                    : trf("loading.percent", {{"percent", std::to_string(std::lround(state.fraction * 100.0f))},
                                                              {"s", seconds}});
    ImGui::ProgressBar(state.fraction < 0.0f ? 0.0f : state.fraction, ImVec2(20.0f * ImGui::GetFontSize(), 0.0f),
                       overlay.c_str());
    ImGui::SameLine();
    ImGui::BeginDisabled(state.stopping);
    if (ImGui::Button(tr_id("loading.stop").c_str())) state.stop_requested = true;
    ImGui::EndDisabled();
  }
  ImGui::End();
}

}  // namespace soleus::ui
