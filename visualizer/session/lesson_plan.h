// LessonPlan: a lesson as the window plays it — every stop already turned into an event number.
//
// The lesson file (lessons/NN-slug/lesson.json, /work docs/lessons.md) is read and checked by
// the headless engine (sim/lesson/); lesson_load.cpp turns what the engine gives into this
// plan: for each step the run it shows, the cursor of its stop and of its reveal (cursor N =
// "right after event N", the Session's and `gosim state --at N`'s meaning), what the screen
// shows and the texts in both languages. The player (lesson_player.h) only moves a Session
// between these numbers, so Back returns to exactly the state Next showed.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sim/base/config.h"
#include "sim/base/lang.h"

namespace gosim::viz {

// A text in both languages; a missing translation falls back to English.
struct LText {
  std::string en, zh;
  const std::string& in(Lang l) const { return l == Lang::kZhCN && !zh.empty() ? zh : en; }
};

enum class QuestionKind : uint8_t { kChoice, kGoroutine, kNumber };

struct PlanQuestion {
  QuestionKind kind = QuestionKind::kChoice;
  LText prompt;
  std::vector<LText> choices;  // kChoice only
  double answer = 0;           // choice index, goid or number
  LText reveal;
};

// What the screen shows at a step (lesson_format.md "view").
struct PlanView {
  std::vector<std::string> panels;     // gosim-viz panel ids, in the lesson's order
  std::string detail;                  // "scheduler" | "memory" | "all"
  std::string select;                  // g:N | p:N | span:0xADDR | object:0xADDR | var:G.NAME
  std::vector<std::string> highlight;  // p:N.runnext, p:N.runq, sched.runq, g:N, frame:G.FUNC, span:, object:
  float zoom = 0;                      // 0: the panel's own
};

struct PlanStep {
  std::string run = "main";
  uint64_t stop = 0;    // the cursor the step shows
  uint64_t reveal = 0;  // the cursor after the reveal (== stop when the question has no reveal_at)
  PlanView view;
  LText text;
  int32_t duration_ms = 0;  // lesson.json's duration_ms (video time in a recording); 0: from the text
  std::optional<PlanQuestion> question;
};

struct LessonPlan {
  std::string id;    // the folder name, "04-work-stealing"
  std::string path;  // the lesson.json as opened
  LText title, summary;
  int minutes = 0;
  std::map<std::string, Config> runs;  // "main" and the named variants, configs merged
  std::vector<PlanStep> steps;
  int questions() const;
};

}  // namespace gosim::viz
