#include "ui/export_dialog.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "ui/text.h"

namespace soleus::ui {
namespace {

// The menu entry and hint are words in the language shown (ui/text.h), the placeholder a path.
struct KindInfo {
  ExportKind kind;
  const char* (*menu)();
  const char* placeholder;  // a path to start from
  const char* (*hint)();
  bool sized;               // has a width and height
};

const KindInfo kKinds[] = {
    {ExportKind::WindowPng, [] { return tr("export.window_png"); }, "soleus_window.png",
     [] { return tr("export.window_png.tip"); }, false},
    {ExportKind::ViewPng, [] { return tr("export.view_png"); }, "soleus_view.png",
     [] { return tr("export.view_png.tip"); }, true},
    {ExportKind::StrideCsv, [] { return tr("export.stride_csv"); }, "stride.csv",
     [] { return tr("export.stride_csv.tip"); }, false},
    {ExportKind::Video, [] { return tr("export.video"); }, "stride.mp4", [] { return tr("export.video.tip"); }, true},
    {ExportKind::Handout, [] { return tr("export.handout"); }, "handout/", [] { return tr("export.handout.tip"); },
     true},
};

std::string status_text(const ExportStatus& status) {
  switch (status.kind) {
    case ExportStatus::Kind::None: return {};
    case ExportStatus::Kind::Saved: return trf("export.saved", {{"path", status.text}});
    case ExportStatus::Kind::Failed: return trf("export.failed", {{"error", status.text}});
    case ExportStatus::Kind::Cancelled:
      return trf("export.cancelled", {{"done", std::to_string(status.done)}, {"total", std::to_string(status.total)}});
    case ExportStatus::Kind::Notice: return status.text;
  }
  return status.text;
}

const KindInfo& info(ExportKind kind) {
  return *std::find_if(std::begin(kKinds), std::end(kKinds), [kind](const KindInfo& k) { return k.kind == kind; });
}

}  // namespace

void draw_export_menu(ExportDialogState& state) {
  if (!ImGui::BeginMenu(tr_id("menu.export").c_str())) return;
  for (const KindInfo& k : kKinds) {
    if (ImGui::MenuItem(k.menu(), nullptr, false, !state.busy)) {
      state.kind = k.kind;
      std::snprintf(state.path, sizeof state.path, "%s", k.placeholder);
      state.open_popup = true;
    }
  }
  ImGui::EndMenu();
}

void draw_export_dialog(ExportDialogState& state) {
  const std::string title = tr_id("export.title");
  if (state.open_popup) {
    ImGui::OpenPopup(title.c_str());
    state.open_popup = false;
  }
  if (ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    const KindInfo& k = info(state.kind);
    ImGui::TextUnformatted(k.menu());
    ImGui::TextDisabled("%s", k.hint());
    ImGui::TextUnformatted(tr("export.save_to"));
    ImGui::SetNextItemWidth(29.0f * ImGui::GetFontSize());
    const bool entered =
        ImGui::InputText("##export_path", state.path, sizeof(state.path), ImGuiInputTextFlags_EnterReturnsTrue);
    if (k.sized) {
      ImGui::SetNextItemWidth(12.0f * ImGui::GetFontSize());
      ImGui::InputInt(tr_id("export.width").c_str(), &state.width, 16, 256);
      ImGui::SetNextItemWidth(12.0f * ImGui::GetFontSize());
      ImGui::InputInt(tr_id("export.height").c_str(), &state.height, 16, 256);
      state.width = std::clamp(state.width, 64, 8192);
      state.height = std::clamp(state.height, 64, 8192);
    }
    if (state.kind == ExportKind::Video) {
      ImGui::SetNextItemWidth(12.0f * ImGui::GetFontSize());
      ImGui::SliderInt(tr_id("export.strides").c_str(), &state.strides, 1, 20);
    }
    if ((ImGui::Button(tr_id("export.export").c_str()) || entered) && state.path[0] != '\0') {
      state.request = ExportRequest{state.kind, state.path, state.width, state.height, state.strides};
      state.status.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr_id("dialog.cancel").c_str())) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  if (!state.busy && state.status.empty()) return;
  // Progress (and then the result) in a small window that does not block the app.
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::Begin(tr_id("export.progress").c_str(), nullptr,
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse)) {
    if (state.busy) {
      ImGui::ProgressBar(state.progress, ImVec2(24.0f * ImGui::GetFontSize(), 0.0f));
      if (ImGui::Button(tr_id("dialog.cancel").c_str())) state.cancel_requested = true;
    } else {
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
      ImGui::TextUnformatted(status_text(state.status).c_str());
      ImGui::PopTextWrapPos();
      if (ImGui::Button(tr_id("dialog.ok").c_str())) state.status.clear();
    }
  }
  ImGui::End();
}

}  // namespace soleus::ui
