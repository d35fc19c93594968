// The terminal player's picture of a step: a compact text drawing of what the step's
// view.panels and view.highlight need, drawn from the `gosim state --json` object at the stop.
//
// One concept per view (docs TEACHING.md): a scheduler step shows the Ps with runnext and their
// local queues, the global queue and the program's goroutines with where each one is; a
// memory step shows stacks with their frames, the heap's object spans and the collector's
// phase; runtime goroutines appear only when highlighted or at detail "all". Highlighted
// things are marked with "▶" (the only emphasis a terminal is sure to have).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "sim/base/lang.h"
#include "sim/lesson/lesson.h"

namespace gosim::lesson {

// `source` is the program text (for the source panel's current line); `detail` the level in
// force at this step ("scheduler", "memory", "all").
std::string step_picture(const nlohmann::ordered_json& state, const View& view, const std::string& detail,
                         const std::string& source, Lang lang);

}  // namespace gosim::lesson
