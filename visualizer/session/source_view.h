// The Go source at the cursor, arranged the way the Source panel draws it: the file's lines,
// which goroutines are at which line, and what is written beside lines (scenario notes now;
// the compiler's escape decisions, "moved to heap: u", once sim/escape lands).
//
// Headless like scheduler_view.h, so the UI test can compare pixels with the same facts.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "sim/rt/runtime2.h"
#include "sim/scenario/scenario.h"

namespace gosim::viz {

class Session;

// Text written beside a source line. Escape decisions come from the escape module through
// VizApp::set_source_annotations (one call per run), notes from the scenario.
struct LineAnnotation {
  enum class Kind : uint8_t { kNote, kEscape, kOther };
  Kind kind = Kind::kOther;
  std::string text;
};
using LineAnnotations = std::map<int32_t, std::vector<LineAnnotation>>;  // by line (1-based)

struct SourceG {
  GIdx gi = kNoG;
  int64_t goid = 0;
  GStatus status = GStatus::kIdle;
  WaitReason reason = WaitReason::kZero;
};

// Where a goroutine is when its innermost frame is outside the file the panel shows
// (runtime.main in proc.go at program start, a standard-library function): its function and
// that file's line, so the header never shows a proc.go line number against main.go.
struct ElsewhereG {
  std::string func;  // Go's symbol: "runtime.main"
  std::string file;  // the base name: "proc.go"
  int32_t line = 0;
};

struct SourceView {
  std::string name;                // the .go file as the scenario names it
  std::vector<std::string> lines;  // lines[i] is line i+1, tabs expanded to 4 columns
  std::map<int32_t, std::vector<SourceG>> gs_at;  // line -> the Gs there, by goid
  LineAnnotations notes;           // the scenario's line notes
  std::map<int64_t, ElsewhereG> elsewhere;  // goid -> its place in another file
  bool empty() const { return lines.empty(); }
  // The line G `goid` is at, or 0.
  int32_t line_of_goid(int64_t goid) const;
  const ElsewhereG* elsewhere_of_goid(int64_t goid) const;
};

// `lang`: the language of the scenario's notes beside the lines.
SourceView build_source_view(const Session& s, Lang lang = Lang::kEn);

// The goroutine the step at the cursor is about: the current event's G; for an event that
// belongs to no goroutine (sysmon's retake, a proc_wake starting an M, a GC phase change) the
// G of the latest event before it that had one, so the story stays on the goroutine it was
// following (G7 in its system call) instead of jumping to G1. 1 before any such event.
int64_t story_goid(const Session& s);

// The scenario's notes that name a line, as annotations.
LineAnnotations note_annotations(const Scenario& sc, Lang lang = Lang::kEn);

// Splits text into display lines (tabs to 4-column stops, no trailing '\r').
std::vector<std::string> split_source_lines(const std::string& text);

}  // namespace gosim::viz
