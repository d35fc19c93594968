// Opening a lesson in the window: the engine (sim/lesson/) reads and checks the file, the
// Session records the lesson's runs, and every step's stop and reveal is resolved against the
// Session's own recorded events — the events the learner steps through — into a LessonPlan.
#pragma once

#include <optional>
#include <string>

#include "sim/base/diag.h"
#include "visualizer/session/lesson_plan.h"

namespace gosim::viz {

class Session;

struct LessonLoad {
  std::optional<LessonPlan> plan;
  Diagnostics errors;  // file:line:col: … when the lesson cannot be played; empty when plan is set
};

// Loads `path` (a lesson.json) and leaves `session` showing the lesson's "main" run. On failure
// the session keeps what it had (a broken lesson never loses the last good run).
LessonLoad load_lesson_plan(const std::string& path, Session& session);

}  // namespace gosim::viz
