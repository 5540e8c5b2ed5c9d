#include "content/quiz.h"

#include <algorithm>
#include <random>

namespace soleus::content {
namespace {

constexpr std::size_t kMaxChoices = 4;  // one right answer and three others, as a printed quiz

bool shown(const std::vector<std::string>& structures_shown, const std::string& id) {
  return std::find(structures_shown.begin(), structures_shown.end(), id) != structures_shown.end();
}

const std::string& attachment(const StructureEntry& entry, QuizKind kind) {
  return kind == QuizKind::Origin ? entry.muscle->origin : entry.muscle->insertion;
}

// Origin or insertion of `subject`, against other muscles whose texts differ from its own and
// from each other's (the two heads of the gastrocnemius share an insertion).
QuizQuestion attachment_question(const StructureCatalog& catalog, const StructureEntry& subject, QuizKind kind,
                                 const std::vector<std::string>& structures_shown, std::mt19937& random) {
  std::vector<const StructureEntry*> candidates;
  for (const StructureEntry& other : catalog.structures)
    if (other.muscle && other.id != subject.id && shown(structures_shown, other.id)) candidates.push_back(&other);
  std::shuffle(candidates.begin(), candidates.end(), random);
  std::vector<std::string> others;
  std::vector<std::string> texts{attachment(subject, kind)};
  for (const StructureEntry* other : candidates) {
    if (others.size() == kMaxChoices - 1) break;
    if (std::find(texts.begin(), texts.end(), attachment(*other, kind)) != texts.end()) continue;
    texts.push_back(attachment(*other, kind));
    others.push_back(other->id);
  }
  others.push_back(subject.id);
  std::shuffle(others.begin(), others.end(), random);
  return {kind, subject.id, others, subject.id, {}};
}

// The shuffled questions reordered so that no two in a row share a subject: each next one is the
// first left about another subject; one left over goes where neither neighbour shares it.
std::vector<QuizQuestion> without_repeats(std::vector<QuizQuestion> shuffled) {
  std::vector<QuizQuestion> order;
  while (!shuffled.empty()) {
    auto next = std::find_if(shuffled.begin(), shuffled.end(), [&](const QuizQuestion& q) {
      return order.empty() || q.subject != order.back().subject;
    });
    if (next == shuffled.end()) {
      const std::string& subject = shuffled.front().subject;
      std::size_t at = 0;
      while (at < order.size() && (order[at].subject == subject || (at > 0 && order[at - 1].subject == subject))) ++at;
      order.insert(order.begin() + static_cast<std::ptrdiff_t>(at), std::move(shuffled.front()));
      shuffled.erase(shuffled.begin());
      continue;
    }
    order.push_back(std::move(*next));
    shuffled.erase(next);
  }
  return order;
}

}  // namespace

const char* quiz_prompt_key(QuizKind kind) {
  switch (kind) {
    case QuizKind::FindStructure: return "quiz.prompt.find";
    case QuizKind::Origin: return "quiz.prompt.origin";
    case QuizKind::Insertion: return "quiz.prompt.insertion";
    case QuizKind::Exercise: return "quiz.prompt.exercise";
    case QuizKind::MythVerdict: return "quiz.prompt.myth";
  }
  return "quiz.prompt.find";
}

const std::vector<std::string>& quiz_verdicts() {
  static const std::vector<std::string> verdicts{"false", "misleading", "partly true", "true"};
  return verdicts;
}

std::vector<QuizQuestion> build_quiz(const StructureCatalog& catalog, const LearnContent& learn,
                                     const std::vector<std::string>& structures_shown, std::uint32_t seed) {
  std::mt19937 random(seed);
  std::vector<QuizQuestion> questions;
  for (const StructureEntry& entry : catalog.structures) {
    // The skin covers everything: clicking it finds nothing a student learns.
    if (entry.group == StructureGroup::Skin || !shown(structures_shown, entry.id)) continue;
    questions.push_back({QuizKind::FindStructure, entry.id, {}, entry.id, {}});
    if (!entry.muscle) continue;
    questions.push_back(attachment_question(catalog, entry, QuizKind::Origin, structures_shown, random));
    questions.push_back(attachment_question(catalog, entry, QuizKind::Insertion, structures_shown, random));
  }
  for (const Exercise& exercise : learn.exercises) {
    if (!catalog.find(exercise.target_muscle)) continue;
    std::vector<std::string> choices;
    for (const Exercise& other : learn.exercises) {
      if (other.kind == exercise.kind && other.target_muscle != exercise.target_muscle) choices.push_back(other.id);
    }
    if (choices.empty()) continue;  // nothing to tell it from
    std::shuffle(choices.begin(), choices.end(), random);
    if (choices.size() > kMaxChoices - 1) choices.resize(kMaxChoices - 1);
    choices.push_back(exercise.id);
    std::shuffle(choices.begin(), choices.end(), random);
    questions.push_back({QuizKind::Exercise, exercise.target_muscle, choices, exercise.id, exercise.pose});
  }
  for (const Myth& myth : learn.myths) {
    questions.push_back({QuizKind::MythVerdict, myth.id, quiz_verdicts(), myth.verdict, {}});
  }
  std::shuffle(questions.begin(), questions.end(), random);
  return without_repeats(std::move(questions));
}

}  // namespace soleus::content
