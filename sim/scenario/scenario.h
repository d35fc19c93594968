// A scenario: one lesson-sized run of a Go program, as a JSON file.
//
// The file names the program (`source_file`, a .go file beside it, or inline `source`), the
// runtime configuration a teacher wants to show (GOMAXPROCS, GOGC, seed, limits, what-if
// switches), breakpoints and notes. The same file drives the CLI, the tests and the visualizer,
// so what a lesson shows on a projector is exactly what CI checked.
//
// Loading never throws: bad input comes back as Diagnostics with file:line:col (or a JSON
// pointer when a value has no position, such as a missing key).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim/base/config.h"
#include "sim/base/diag.h"
#include "sim/base/lang.h"
#include "sim/trace/detail_level.h"

namespace gosim {

// Where the visualizer (and `gosim run --break`) should stop.
struct Breakpoint {
  int32_t line = 0;            // a source line, or 0
  std::string event_kind;      // an event kind name (see sim/trace/event.h), or empty
  int64_t goroutine = 0;       // a goroutine id, or 0
  int64_t virtual_time_ns = -1;  // a virtual time, or -1
  Pos pos;                     // where it is written in the JSON file, for later checks
};

// Text attached to a source line or to an event kind, shown when the cursor reaches it.
struct Note {
  int32_t line = 0;
  std::string event_kind;
  std::string text;     // English ("text")
  std::string text_zh;  // Simplified Chinese ("zh-CN"); every scenario in scenarios/ has it
  Pos pos;  // where it is written in the JSON file
  // The note in `l`; a user's scenario without "zh-CN" shows its English text in both languages.
  const std::string& text_in(Lang l) const { return l == Lang::kZhCN && !text_zh.empty() ? text_zh : text; }
};

struct Scenario {
  std::string path;         // the JSON file as the user named it ("" for a bare .go file)
  std::string id;
  std::string title;
  std::string title_zh;     // Simplified Chinese ("title_zh-CN"); "" when the file has none
  // The title in `l`; without a Chinese title, the English one in both languages.
  const std::string& title_in(Lang l) const { return l == Lang::kZhCN && !title_zh.empty() ? title_zh : title; }
  std::string summary;
  std::string source_name;  // the .go path for diagnostics ("hello.go" or "<path>.json#source")
  std::string source;       // the Go program text
  // The file's name inside the running program (goroutine dumps, panics, so the trace): the
  // path as written relative to the scenario's folder ("hello.go", "../shared/pingpong.go"),
  // the file name of a bare .go file, "x.json#source" for inline source. It never depends on
  // the working directory or on how the user spelled the path, so neither does the trace hash.
  std::string program_name;
  // A directory program (`gosim run DIR`, like `go run .`): DIR holds go.mod and the files of
  // package main; source_name/source are then its file with func main, for the source view.
  std::string source_dir;
  Config config;
  std::vector<Breakpoint> breakpoints;
  std::vector<Note> notes;
  // "viz": {"detail": …}: the level of detail gosim-viz opens the scenario at (unset: all).
  std::optional<DetailLevel> viz_detail;
};

struct ScenarioLoad {
  std::optional<Scenario> scenario;
  Diagnostics errors;  // empty when scenario is set
};

// Reads and validates a scenario file (JSON, checked against scenario.schema.json, then
// against the rules a schema cannot say, such as "source_file must exist").
ScenarioLoad load_scenario(const std::string& path);

// Parses scenario JSON text already in memory; `path` is used for messages and to resolve
// source_file relative to the JSON file's folder.
ScenarioLoad parse_scenario(const std::string& path, const std::string& text);

struct JsonValue;

// `base` with the keys of a "config" object set over it (keys it does not name keep base's
// value). `config` must already satisfy the scenario schema's "config" (a lesson's config and
// its runs' configs are checked against that same part of the schema).
Config overlay_config_json(const JsonValue& config, const Config& base);

// A bare .go file run as a scenario with default configuration.
ScenarioLoad scenario_from_go_file(const std::string& path);

// A directory with go.mod as a scenario with the default config (see Scenario::source_dir).
ScenarioLoad scenario_from_dir(const std::string& path);

}  // namespace gosim
