#include "ui/quiz_panel.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "document/quiz.h"
#include "ui/text.h"
#include "ui/widgets.h"

namespace soleus::ui {
namespace {

using content::QuizKind;
using content::QuizQuestion;

const ImVec4& kRightAnswer = colour::kGood;
const ImVec4& kWrongAnswer = colour::kWarning;

std::string structure_words(const content::StructureCatalog* catalog, const std::string& id) {
  const content::StructureEntry* entry = catalog ? catalog->find(id) : nullptr;
  return entry ? entry->name : id;
}

const content::Exercise* find_exercise(const content::LearnContent* learn, const std::string& id) {
  if (!learn) return nullptr;
  const auto it = std::find_if(learn->exercises.begin(), learn->exercises.end(),
                               [&](const content::Exercise& e) { return e.id == id; });
  return it == learn->exercises.end() ? nullptr : &*it;
}

const content::Myth* find_myth(const content::LearnContent* learn, const std::string& id) {
  if (!learn) return nullptr;
  const auto it = std::find_if(learn->myths.begin(), learn->myths.end(), [&](const content::Myth& m) { return m.id == id; });
  return it == learn->myths.end() ? nullptr : &*it;
}

const char* verdict_key(const std::string& verdict) {
  if (verdict == "false") return "learn.verdict.false";
  if (verdict == "misleading") return "learn.verdict.misleading";
  if (verdict == "partly true") return "learn.verdict.partly_true";
  return "learn.verdict.true";
}

// One choice in words: a muscle's origin or insertion, an exercise's title, a verdict.
std::string choice_words(const QuizQuestion& q, const std::string& id, const content::StructureCatalog* catalog,
                         const content::LearnContent* learn) {
  switch (q.kind) {
    case QuizKind::Origin:
    case QuizKind::Insertion: {
      const content::StructureEntry* entry = catalog ? catalog->find(id) : nullptr;
      if (!entry || !entry->muscle) return id;
      return q.kind == QuizKind::Origin ? entry->muscle->origin : entry->muscle->insertion;
    }
    case QuizKind::Exercise: {
      const content::Exercise* e = find_exercise(learn, id);
      return e ? e->title : id;
    }
    case QuizKind::MythVerdict: return tr(verdict_key(id));
    case QuizKind::FindStructure: return structure_words(catalog, id);
  }
  return id;
}

std::string prompt(const QuizQuestion& q, const content::StructureCatalog* catalog, const content::LearnContent* learn) {
  const char* key = content::quiz_prompt_key(q.kind);
  if (q.kind == QuizKind::MythVerdict) {
    const content::Myth* myth = find_myth(learn, q.subject);
    return trf(key, {{"claim", myth ? myth->claim : q.subject}});
  }
  if (q.kind == QuizKind::Exercise) {
    const content::Exercise* e = find_exercise(learn, q.answer);
    const char* kind = e && e->kind == "strength" ? tr("quiz.kind.strength") : tr("quiz.kind.stretch");
    return trf(key, {{"name", structure_words(catalog, q.subject)}, {"kind", kind}});
  }
  return trf(key, {{"name", structure_words(catalog, q.subject)}});
}

// Why the right answer is right, in the content's words (an exercise's "why", a myth's first paragraph).
std::string explanation(const QuizQuestion& q, const content::LearnContent* learn) {
  if (q.kind == QuizKind::Exercise)
    if (const content::Exercise* e = find_exercise(learn, q.answer)) return e->why;
  if (q.kind == QuizKind::MythVerdict)
    if (const content::Myth* m = find_myth(learn, q.subject); m && !m->paragraphs.empty()) return m->paragraphs.front();
  return {};
}

}  // namespace

std::vector<content::QuizQuestion> quiz_questions(const document::Document& doc, const content::StructureCatalog* catalog,
                                                  const content::LearnContent* learn, std::uint32_t seed) {
  if (!catalog || !learn || !doc.model) return {};
  return content::build_quiz(*catalog, *learn, document::quiz_structures(*doc.model), seed);
}

void draw_quiz_start(const document::Document& doc, const content::StructureCatalog* catalog,
                     const content::LearnContent* learn, std::uint32_t seed, document::CommandQueue& commands) {
  if (!catalog || !learn) return;
  if (ImGui::Button(tr_id("quiz.start").c_str()))
    commands.push(document::StartQuiz{quiz_questions(doc, catalog, learn, seed)});
  ImGui::SameLine();
  ImGui::TextDisabled("%s", tr("quiz.start_hint"));
}

namespace {

// After the last question: the score, then the questions again in a new order, or back.
void draw_quiz_end(const document::Document& doc, const content::StructureCatalog* catalog,
                   const content::LearnContent* learn, std::uint32_t& seed, document::CommandQueue& commands) {
  const document::QuizState& quiz = *doc.quiz;
  const int count = static_cast<int>(quiz.questions.size());
  const int percent = count > 0 ? (100 * quiz.right + count / 2) / count : 0;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(tr("quiz.finished"));
  ImGui::PushStyleColor(ImGuiCol_Text, 2 * quiz.right >= count ? kRightAnswer : kWrongAnswer);
  ImGui::TextUnformatted(trf("quiz.final_score", {{"right", std::to_string(quiz.right)},
                                                  {"count", std::to_string(count)},
                                                  {"percent", std::to_string(percent)}})
                             .c_str());
  ImGui::PopStyleColor();
  if (const int skipped = count - quiz.answered; skipped > 0)
    ImGui::TextUnformatted(trf("quiz.skipped", {{"skipped", std::to_string(skipped)}}).c_str());
  ImGui::TextDisabled("%s", tr("quiz.again_hint"));
  ImGui::PopTextWrapPos();
  ImGui::Separator();
  if (ImGui::Button(tr_id("quiz.again").c_str())) {
    ++seed;  // another order than the one just played
    commands.push(document::StartQuiz{quiz_questions(doc, catalog, learn, seed)});
  }
  ImGui::SameLine();
  if (ImGui::Button(tr_id("quiz.close").c_str())) commands.push(document::StopQuiz{});
}

}  // namespace

void draw_quiz_panel(const document::Document& doc, const content::StructureCatalog* catalog,
                     const content::LearnContent* learn, std::uint32_t& seed, document::CommandQueue& commands) {
  const document::QuizState& quiz = *doc.quiz;
  if (quiz.finished) {
    draw_quiz_end(doc, catalog, learn, seed, commands);
    return;
  }
  const QuizQuestion* q = document::current_question(doc);
  if (!q) return;
  ImGui::TextDisabled("%s", trf("quiz.question_number", {{"n", std::to_string(quiz.current + 1)},
                                                          {"count", std::to_string(quiz.questions.size())}})
                                .c_str());
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(prompt(*q, catalog, learn).c_str());
  ImGui::Spacing();
  if (q->kind == QuizKind::FindStructure) {
    if (!quiz.given) ImGui::TextDisabled("%s", tr("quiz.click_hint"));
  } else {
    for (std::size_t i = 0; i < q->choices.size(); ++i) {
      const std::string& choice = q->choices[i];
      const bool shown_right = quiz.given && choice == q->answer;
      const bool shown_wrong = quiz.given && choice == *quiz.given && choice != q->answer;
      if (shown_right || shown_wrong) ImGui::PushStyleColor(ImGuiCol_Text, shown_right ? kRightAnswer : kWrongAnswer);
      const std::string letter = std::string(1, static_cast<char>('A' + i)) + "##choice" + std::to_string(i);
      if (ImGui::Button(letter.c_str()) && !quiz.given) commands.push(document::AnswerQuiz{choice});
      ImGui::SameLine();
      ImGui::TextUnformatted(choice_words(*q, choice, catalog, learn).c_str());
      if (shown_right || shown_wrong) ImGui::PopStyleColor();
    }
  }
  if (quiz.given) {
    ImGui::Separator();
    const bool right = document::answered_right(quiz);
    ImGui::PushStyleColor(ImGuiCol_Text, right ? kRightAnswer : kWrongAnswer);
    ImGui::TextUnformatted(right ? tr("quiz.right")
                                 : trf("quiz.wrong", {{"answer", choice_words(*q, q->answer, catalog, learn)}}).c_str());
    ImGui::PopStyleColor();
    const std::string why = explanation(*q, learn);
    if (!why.empty()) ImGui::TextUnformatted(why.c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::Separator();
  ImGui::TextUnformatted(trf("quiz.score", {{"right", std::to_string(quiz.right)},
                                            {"answered", std::to_string(quiz.answered)}})
                             .c_str());
  const bool last = quiz.current + 1 >= quiz.questions.size();
  if (ImGui::Button(tr_id(last ? "quiz.see_score" : "quiz.next").c_str())) commands.push(document::NextQuestion{});
  ImGui::SameLine();
  if (ImGui::Button(tr_id("quiz.stop").c_str())) commands.push(document::StopQuiz{});
}

}  // namespace soleus::ui
