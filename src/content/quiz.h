#pragma once
/// The students' quiz: questions made from the content already loaded (structures.json's names,
/// origins and insertions; learn.json's exercises and myths), never written one by one. Pure: the
/// document keeps the quiz's state, the ui says each question in the language shown from its ids.
#include <cstdint>
#include <string>
#include <vector>

#include "content/learn.h"
#include "content/structures.h"

namespace soleus::content {

enum class QuizKind {
  FindStructure,  ///< "Click the <name>": answered by picking the structure on the leg
  Origin,         ///< "Where does the <name> start?": choices are muscles' origins
  Insertion,      ///< "Where does the <name> attach below?": choices are muscles' insertions
  Exercise,       ///< "Which <stretch|strength exercise> targets the <name> most?": choices are exercises
  MythVerdict,    ///< "<claim>: what does the evidence say?": choices are the verdicts
};

/// One question. Every text is said from ids, so the quiz survives a language switch.
struct QuizQuestion {
  QuizKind kind = QuizKind::FindStructure;
  /// Structure role id (FindStructure, Origin, Insertion: what is asked about and shown on the leg;
  /// Exercise: the target muscle), or the myth id (MythVerdict).
  std::string subject;
  /// Choice ids: structure role ids (Origin, Insertion: said as their origin or insertion), exercise
  /// ids, or verdict ids ("false", "misleading", "partly true", "true"); empty for FindStructure.
  std::vector<std::string> choices;
  std::string answer;  ///< the right choice id (FindStructure: the subject)
  std::string pose;    ///< Exercise: the right exercise's pose id, shown on the leg with the answer
};

/// The string table key of a kind's prompt (quiz.prompt.*; its args: {name}, {kind}, {claim}).
const char* quiz_prompt_key(QuizKind kind);

/// The verdict ids a myth may carry, in the order they are offered.
const std::vector<std::string>& quiz_verdicts();

/// Every question the content supports, in a random order from `seed` (the same seed, the same
/// order) with no two in a row about the same subject. Structure questions only name structures in
/// `structures_shown` (role ids the loaded model has); multiple choices are shuffled as well.
/// Origin and insertion: up to 4 choices, the other muscles' texts differing from the answer's.
/// Exercise: each soleus exercise against the exercises of its kind that target another muscle.
std::vector<QuizQuestion> build_quiz(const StructureCatalog& catalog, const LearnContent& learn,
                                     const std::vector<std::string>& structures_shown, std::uint32_t seed);

}  // namespace soleus::content
