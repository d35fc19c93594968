// Running a lesson's program: the stops of every step as event numbers, and the exact state
// there.
//
// A run is deterministic (same program, config and seed: same events), so resolving is two
// passes over each run that the steps use:
//   1. record every event (kind, goroutine, P, and the goroutine's source line at emission)
//      and resolve each step's `at` and its question's `reveal_at` against that record;
//   2. run again and copy the state at each stop the instant its event is emitted
//      (Machine::capture_at, armed from the emit hook; see sim/state/at.h), so the state is the
//      one right after that event even when one engine step emits many events.
// Checking all 16 lessons this way takes seconds: each run executes twice, never once per stop.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sim/lesson/lesson.h"
#include "sim/lesson/selector.h"
#include "sim/rt/program.h"
#include "sim/run/build.h"

namespace gosim::lesson {

// Where one step stops, and where its question reveals.
struct StepStop {
  uint64_t seq = 0;         // the event number (0: right after start)
  bool end = false;         // `end`: the final state, after the last event (seq is that event)
  uint64_t reveal_seq = 0;  // the question's reveal stop (== seq without reveal_at)
  bool reveal_end = false;
  bool ok = false;  // both stops resolved (else LessonStops::errors says why)
};

// What one run of the program did, as selectors see it.
struct RunRecord {
  std::vector<EventRecord> events;
  std::string output;  // what the program printed (stdout and stderr interleaved)
  int exit_code = 0;
  std::string exit_kind;  // "exited", "fatal", "limit", "internal" (as gosim state's exit.kind)
};

RunRecord record_run(const Program& program, int32_t main_entry, const Config& config, bool with_lines);

struct LessonStops {
  std::vector<StepStop> steps;            // one per lesson step (valid only when errors is empty)
  std::map<std::string, RunRecord> runs;  // the runs the steps use, by name
  Diagnostics errors;                     // "step 5: kind:steal#3 never happens; the run has 2 matches"
};

// Resolves every step's stop and reveal stop (recording each run the steps use once).
LessonStops resolve_stops(const Lesson& lesson, const Program& program, int32_t main_entry);

// The key states_at uses for the final state (`end`).
inline constexpr uint64_t kEndState = UINT64_MAX;

// The `gosim state --json` object at each of `seqs` (0: right after start; kEndState: the final
// state), exact, in one pass over the run (plus one more per stop that shares an engine step
// with an earlier one).
std::map<uint64_t, nlohmann::ordered_json> states_at(const Program& program, int32_t main_entry, const Config& config,
                                                     const std::vector<uint64_t>& seqs);

// Everything the player needs for one lesson, built once: the program, the stops, the states.
struct PreparedLesson {
  Build build;                       // the program (errors: refused by the compiler front end)
  LessonStops stops;
  // states[run][seq]: the state at each stop of each run (kEndState for `end`).
  std::map<std::string, std::map<uint64_t, nlohmann::ordered_json>> states;
  // Build errors, or stop errors (then the steps whose stops resolved still have their states,
  // so `lesson check` reports every other problem too); empty when the lesson can be played.
  Diagnostics errors;

  // The state at step i's stop / reveal stop (null json when unavailable).
  const nlohmann::ordered_json& state_at_step(const Lesson& l, size_t i) const;
  const nlohmann::ordered_json& state_at_reveal(const Lesson& l, size_t i) const;
};

PreparedLesson prepare_lesson(const Lesson& lesson);

}  // namespace gosim::lesson
