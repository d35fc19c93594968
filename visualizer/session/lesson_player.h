// LessonPlayer: where a learner is in a lesson, and the Session moved to match.
//
// The player owns the lesson's plan and the learner's progress; it moves the session only to
// the event numbers the plan holds (a step's stop, or its reveal), so every visit to a step
// shows exactly the same state, forwards or back (the Session seeks exactly). Headless: the
// narration pane, keys and scripts all call these methods; tests call them directly.
//
// A step with a question starts unrevealed: the learner answers (a choice, a goroutine, a
// number) and the run goes on to the reveal point; or presses Next, which shows the reveal
// without an answer (a teacher asks the room, then clicks). Next on a revealed step moves on.
// Coming back to a step whose reveal was shown shows it revealed, at the reveal's cursor.
#pragma once

#include <optional>
#include <string>

#include "visualizer/session/lesson_plan.h"
#include "visualizer/session/lesson_progress.h"

namespace gosim::viz {

class Session;

class LessonPlayer {
 public:
  explicit LessonPlayer(LessonPlan plan) : plan_(std::move(plan)) {}

  const LessonPlan& plan() const { return plan_; }
  const LessonProgress& progress() const { return progress_; }
  size_t step() const { return progress_.step; }
  size_t steps() const { return plan_.steps.size(); }
  const PlanStep& current() const { return plan_.steps[progress_.step]; }
  bool revealed() const { return progress_.revealed.count(progress_.step) != 0; }
  std::optional<double> answer() const;
  // The answer given at the current step was right (nullopt: no answer given, or no question).
  std::optional<bool> answered_right() const;
  // Questions answered in the whole lesson.
  int answered() const { return static_cast<int>(progress_.answers.size()); }
  // The run the session shows ("main" or a variant's name).
  const std::string& run() const { return run_; }

  // Puts the session where the current step (or its reveal) is: switches runs if needed.
  void show(Session& s);
  // Next: reveal an unrevealed question, else the next step. False at the last step.
  bool next(Session& s);
  bool back(Session& s);
  void restart(Session& s);
  // Answers the current step's question and runs on to the reveal. False (nothing changes) when
  // the step has no question, or it is a choice and `value` is not a choice's index.
  bool answer(double value, Session& s);
  // Takes saved progress (clamped to the plan) and shows its step.
  void resume(const LessonProgress& p, Session& s);
  // Changes whenever the step, the reveal or an answer changes (for saving and redrawing).
  uint64_t revision() const { return revision_; }

 private:
  LessonPlan plan_;
  LessonProgress progress_;
  std::string run_ = "main";
  uint64_t revision_ = 0;
};

// Whether `value` answers question `q` correctly (choice index, goid or number, exactly).
bool answer_is_right(const PlanQuestion& q, double value);

}  // namespace gosim::viz
