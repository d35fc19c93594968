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

// A program built by real Go into a temporary folder of its own.
struct RealGoBuild {
  std::string dir;          // the temporary folder ("" when none was made)
  std::string bin;          // the executable in it
  std::string build_error;  // "" when it built
};

// Builds `program_file` with real Go. Touches nothing but a new temporary folder, so builds can
// run on their own threads while gosim checks lessons. remove_real_go_build deletes the folder
// (gosim caches nothing).
RealGoBuild build_real_go(const std::string& program_file);
void remove_real_go_build(const RealGoBuild& b);

// What the built program did under GOMAXPROCS=gomaxprocs: stdout and stderr together, and its
// exit status.
struct RealGoRun {
  std::string output;
  int status = 0;
};
RealGoRun run_real_go(const RealGoBuild& b, int gomaxprocs);

// "" when gosim's run printed and exited as real Go did, else one sentence saying where they differ.
std::string compare_with_real_go(const RealGoRun& go, const lesson::RunRecord& gosim_run, int gomaxprocs);

}  // namespace gosim::cli
