#include "ui/export_dialog.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace soleus::ui {
namespace {

struct KindInfo {
  ExportKind kind;
  const char* menu;
  const char* placeholder;  // a path to start from
  const char* hint;
  bool sized;               // has a width and height
};

const KindInfo kKinds[] = {
    {ExportKind::WindowPng, "Window as PNG...", "soleus_window.png", "The window as it is now, panels included.",
     false},
    {ExportKind::ViewPng, "3D view as PNG...", "soleus_view.png", "The 3D view alone, at the size below.", true},
    {ExportKind::StrideCsv, "Stride as CSV...", "stride.csv", "The stride's time series; units in the header row.",
     false},
    {ExportKind::Video, "Video...", "stride.mp4",
     "30 frames a second, 4x slow motion. A name ending in .mp4 needs ffmpeg; a folder ending in / gets PNG frames.",
     true},
    {ExportKind::Handout, "Coach handout...", "handout/",
     "A folder with index.html (opens offline in any browser) and its pictures.", true},
};

const KindInfo& info(ExportKind kind) {
  return *std::find_if(std::begin(kKinds), std::end(kKinds), [kind](const KindInfo& k) { return k.kind == kind; });
}

}  // namespace

void draw_export_menu(ExportDialogState& state) {
  if (!ImGui::BeginMenu("Export")) return;
  for (const KindInfo& k : kKinds) {
    if (ImGui::MenuItem(k.menu, nullptr, false, !state.busy)) {
      state.kind = k.kind;
      std::snprintf(state.path, sizeof state.path, "%s", k.placeholder);
      state.open_popup = true;
    }
  }
  ImGui::EndMenu();
}

void draw_export_dialog(ExportDialogState& state) {
  if (state.open_popup) {
    ImGui::OpenPopup("Export");
    state.open_popup = false;
  }
  if (ImGui::BeginPopupModal("Export", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    const KindInfo& k = info(state.kind);
    ImGui::TextUnformatted(k.menu);
    ImGui::TextDisabled("%s", k.hint);
    ImGui::TextUnformatted("Save to:");
    ImGui::SetNextItemWidth(29.0f * ImGui::GetFontSize());
    const bool entered =
        ImGui::InputText("##export_path", state.path, sizeof(state.path), ImGuiInputTextFlags_EnterReturnsTrue);
    if (k.sized) {
      ImGui::SetNextItemWidth(12.0f * ImGui::GetFontSize());
      ImGui::InputInt("width (px)", &state.width, 16, 256);
      ImGui::SetNextItemWidth(12.0f * ImGui::GetFontSize());
      ImGui::InputInt("height (px)", &state.height, 16, 256);
      state.width = std::clamp(state.width, 64, 8192);
      state.height = std::clamp(state.height, 64, 8192);
    }
    if (state.kind == ExportKind::Video) {
      ImGui::SetNextItemWidth(12.0f * ImGui::GetFontSize());
      ImGui::SliderInt("strides", &state.strides, 1, 20);
    }
    if ((ImGui::Button("Export") || entered) && state.path[0] != '\0') {
      state.request = ExportRequest{state.kind, state.path, state.width, state.height, state.strides};
      state.status.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  if (!state.busy && state.status.empty()) return;
  // Progress (and then the result) in a small window that does not block the app.
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::Begin("Export progress", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse)) {
    if (state.busy) {
      ImGui::ProgressBar(state.progress, ImVec2(24.0f * ImGui::GetFontSize(), 0.0f));
      if (ImGui::Button("Cancel")) state.cancel_requested = true;
    } else {
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
      ImGui::TextUnformatted(state.status.c_str());
      ImGui::PopTextWrapPos();
      if (ImGui::Button("OK")) state.status.clear();
    }
  }
  ImGui::End();
}

}  // namespace soleus::ui
