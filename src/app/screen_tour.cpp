#include "app/screen_tour.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cctype>
#include <cstdio>
#include <iostream>
#include <stdexcept>
#include <system_error>
#include <utility>

#include "app/imgui_session.h"
#include "content/strings.h"
#include "render/gl_context.h"
#include "render/image_io.h"
#include "ui/learn_panels.h"
#include "ui/quiz_panel.h"

namespace soleus::app {
namespace {

// The UI's windows drawn this frame (the side columns, the timeline, the menu bar, ...).
std::vector<ScreenRect> panel_rects() {
  std::vector<ScreenRect> rects;
  for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
    if (!w->Active || w->Hidden || (w->Flags & (ImGuiWindowFlags_ChildWindow | ImGuiWindowFlags_Tooltip))) continue;
    rects.push_back({w->Name, w->Pos.x, w->Pos.y, w->Pos.x + w->Size.x, w->Pos.y + w->Size.y});
  }
  return rects;
}

}  // namespace

ScreenTour::ScreenTour(std::vector<Screen> screens, int frames_per_screen)
    : screens_(std::move(screens)), frames_per_screen_(frames_per_screen) {
  if (screens_.empty()) return;
  previous_sink_ = core::set_log_sink([this](core::LogLevel level, std::string_view message) {
    if (level >= core::LogLevel::Warning) ++warnings_;
    if (previous_sink_) previous_sink_(level, message);
  });
}

ScreenTour::~ScreenTour() {
  if (!screens_.empty()) core::set_log_sink(previous_sink_);
}

void ScreenTour::save_picture(const std::filesystem::path& folder, int width, int height, const std::vector<std::uint8_t>& rgba) const {
  std::string slug;
  for (const char c : screens_[visit_].name) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
      slug += c;
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  char number[8];
  std::snprintf(number, sizeof number, "%03zu-", visit_ + 1);
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) throw std::runtime_error("cannot create the --screens-dir folder " + folder.string() + ": " + error.message());
  render::write_png(folder / (number + slug + ".png"), width, height, rgba);
}

void ScreenTour::go_to_screen(const document::Document& doc, const ui::UiContent& content, ui::AppUiState& ui_state,
                  document::CommandQueue& commands) {
  const Screen& screen = screens_[visit_];
  commands.push(document::ClosePage{});
  commands.push(document::ShowAll{});
  commands.push(document::StopCompare{});
  commands.push(document::StopQuiz{});
  commands.push(document::EditModelSet{screen.model_set ? doc.model->set : std::nullopt});
  commands.push(document::SetViewMode{document::ViewMode::Run});
  if (screen.model_set) commands.push(document::SetView{scene::ViewPreset::Lateral});  // not the quiz's view before it
  ui_state.learn = ui::LearnUiState{};
  ui_state.show_panels = !screen.panels_hidden;
  if (!screen.learn_page.empty() && content.learn) {
    ui::open_learn_page(*content.learn, screen.learn_page, document::own_conditions(doc), ui_state.learn, commands);
    ui_state.show_learn_tab = true;
  }
  if (screen.mode) commands.push(document::SetViewMode{*screen.mode});
  if (screen.layout) commands.push(document::SetCompareLayout{*screen.layout});
  commands.push(document::SetLabels{screen.labels});
  if (screen.section) commands.push(document::SetSection{*screen.section});
  if (screen.quiz) {
    std::vector<content::QuizQuestion> questions = ui::quiz_questions(
        doc, content.structures ? &*content.structures : nullptr, content.learn ? &*content.learn : nullptr, kScreenQuizSeed);
    const std::size_t count = questions.size();
    commands.push(document::StartQuiz{std::move(questions)});
    if (screen.quiz_finished)
      for (std::size_t i = 0; i < count; ++i) commands.push(document::NextQuestion{});
  }
  warnings_at_start_ = warnings_;
}

bool ScreenTour::screen_drawn(const document::Document& doc, const scene::FrameSpec& spec, const scene::Frame& built,
                  scene::FrameBuffers& buffers, float width, float height) {
  if (++frame_ < frames_per_screen_) return false;
  frame_ = 0;
  const Screen& screen = screens_[visit_];
  std::vector<std::string> problems;
  if (render::check_gl_errors(screen.name.c_str()) > 0) problems.push_back("OpenGL errors");
  scene::FrameSpec as_drawn = spec;  // this instant's content, not the stride's envelope
  as_drawn.subject = scene::Subject::Standing;
  std::vector<Vec3> points = scene::framing_points(as_drawn, built, buffers);
  for (const scene::FrameLabel& label : built.labels) points.push_back(label.point);  // "A", "B" stay in the clear too
  const ScreenRect shown = project_points(points, doc.camera, width, height);
  for (std::string& problem : layout_problems(shown, panel_rects(), width, height)) problems.push_back(std::move(problem));
  if (warnings_ > warnings_at_start_) problems.push_back(std::to_string(warnings_ - warnings_at_start_) + " warning(s)");
  // Every word in the language shown: none drawn as the missing-glyph box, none shown as its key.
  if (const int boxes = missing_glyphs_drawn(*ImGui::GetDrawData()); boxes > 0)
    problems.push_back(std::to_string(boxes) + " character(s) drawn as the missing-glyph box");
  for (const std::string& key : content::Strings::missing_keys_read())
    if (keys_reported_.insert(key).second) problems.push_back("shown as its key, not in the string table: " + key);
  std::cout << screen.name << ": " << (problems.empty() ? "ok" : "") << "\n";
  for (const std::string& problem : problems) std::cout << "  PROBLEM: " << problem << "\n";
  problems_ += problems.size();
  return ++visit_ >= screens_.size();
}

int ScreenTour::report(int width, int height) const {
  std::cout << "check-screens: " << screens_.size() << " screens at " << width << "x" << height << ", " << problems_
            << " problems\n";
  return problems_ == 0 ? 0 : 1;
}

}  // namespace soleus::app
