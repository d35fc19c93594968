// `gosim lesson check`: every claim of a lesson, proved against its runs.
//
// After the loader's checks (sim/lesson/lesson.h): the program builds; every stop happens, in
// order; every expectation holds at its step's stop; every question's answer is what the run
// does at the reveal (a choice question: the answer's expect is true there and every other
// choice's expect, where given, is false; a goroutine or number question: answer_path's value
// equals answer); every view's select and highlight names something at its stop or, with a
// question, at its reveal (sim/lesson/view_check.h). The comparison with real Go (matches_go)
// needs the go tool and lives in the CLI (cli/lesson_go.cpp).
#pragma once

#include <cstddef>

#include "sim/base/diag.h"
#include "sim/lesson/lesson.h"
#include "sim/lesson/run.h"

namespace gosim::lesson {

struct CheckReport {
  Diagnostics failures;  // one per failed claim, file:line:col
  size_t expectations = 0;  // claims proved
  size_t questions = 0;
};

// Checks a loaded lesson whose program was prepared with prepare_lesson.
CheckReport check_lesson(const Lesson& lesson, const PreparedLesson& prepared);

}  // namespace gosim::lesson
