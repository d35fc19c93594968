// The real-Go half of `gosim lesson check`: a lesson with "matches_go": true claims its program
// prints what real Go 1.19 prints; where the go tool is installed, that claim is checked by
// building the program with it and running it under the lesson's GOMAXPROCS.
#pragma once

#include <string>

#include "sim/lesson/lesson.h"
#include "sim/lesson/run.h"

namespace gosim::cli {

// `go` is an executable on PATH.
bool go_available();

// Builds l's program with real Go, runs it (GOMAXPROCS from the lesson's config, stdout and
// stderr together) and compares output and exit status with gosim's run. "" when they agree,
// else one sentence saying where they differ.
std::string compare_with_real_go(const lesson::Lesson& l, const lesson::RunRecord& gosim_run);

}  // namespace gosim::cli
