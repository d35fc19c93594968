// A lesson: a Go program, a few named runs of it, and 8–20 steps a learner walks through.
//
// The format is docs/lessons.md (schema: lessons/lesson.schema.json, compiled in). A step stops
// a run at one event (a selector, sim/lesson/selector.h), says in two languages what the
// picture shows, may claim things about the state there (expectations, sim/lesson/expect.h) and
// may ask the learner to predict what comes next before revealing it. `gosim lesson check`
// proves every claim and every answer against the run, so a lesson cannot teach something the
// model does not do.
//
// This header is what every front end uses (the CLI's terminal player and `lesson check`, the
// visualizer's lesson panel):
//
//   LessonLoad l = load_lesson("lessons/04-work-stealing/lesson.json");  // diagnostics or a Lesson
//   LessonRun r = run_lesson(*l.lesson, "main");  // sim/lesson/run.h: every stop of one run as an
//                                                 // event number, and the state JSON there
//   ExpectResult e = evaluate(expr, state_json);  // sim/lesson/expect.h
//
// Plain data throughout: a Lesson is copyable and holds no machine.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sim/base/config.h"
#include "sim/base/diag.h"
#include "sim/base/lang.h"
#include "sim/scenario/json.h"
#include "sim/scenario/scenario.h"

namespace gosim::lesson {

// A text in both of gosim's languages; the loader guarantees both are non-empty.
struct Text {
  std::string en;
  std::string zh_cn;
  Pos pos;  // the text object in the file
  const std::string& get(Lang l) const { return l == Lang::kZhCN ? zh_cn : en; }
  // The text as a learner reads it, in the window's lesson pane and the terminal player alike:
  // lesson texts mark code the Markdown way (`syscalltick`, `go worker(1, &wg)`), and both
  // front ends draw plain text, where the backticks would print as they are. Code reads as code
  // from its own spelling (runtime.retake, _Psyscall), so the marks are dropped.
  std::string shown(Lang l) const { return without_code_marks(get(l)); }
  static std::string without_code_marks(std::string s) {
    std::erase(s, '`');
    return s;
  }
};

// What the screen shows at a step (the visualizer obeys it; the terminal player picks its text
// picture from panels and highlight).
struct View {
  std::vector<std::string> panels;     // gosim-viz panel ids: "scheduler", "stacks", "heap"…
  std::string detail;                  // "" = the lesson's level; else "scheduler" | "memory" | "all"
  std::string select;                  // "" or g:N | p:N | span:0xADDR | object:0xADDR | var:G.NAME
  std::vector<std::string> highlight;  // the same vocabulary plus p:N.runq, p:N.runnext, sched.runq, chan:0xADDR, frame:G.FUNC
  double zoom = 1.0;
  Pos select_pos;                      // where select and each highlight entry are in the file
  std::vector<Pos> highlight_pos;
};

// A claim about the state at a stop, as written ("ps[id=0].runnext == 7"), with where it is.
struct Expectation {
  std::string text;
  Pos pos;  // the JSON string holding it (its opening quote)
};

struct Choice {
  Text text;
  std::optional<Expectation> expect;  // true at the reveal for the answer, false for the others
};

struct Question {
  enum class Kind { kChoice, kGoroutine, kNumber };
  Kind kind = Kind::kChoice;
  Text prompt;
  std::vector<Choice> choices;  // kChoice only, 2..6
  // kChoice: the index of the right choice; kGoroutine: a goid; kNumber: the number.
  int64_t answer = 0;
  Pos answer_pos;
  std::optional<Expectation> answer_path;  // kGoroutine/kNumber: a PATH whose value at the reveal == answer
  std::string reveal_at;                   // "" = this step's own stop
  Pos reveal_at_pos;
  Text reveal;
  Pos pos;
};

struct Step {
  std::string at;  // the stop (selector.h)
  Pos at_pos;
  std::string run = "main";
  Pos run_pos;
  View view;
  Text text;
  int32_t duration_ms = 0;  // a recording's time on this step; 0: from the narration's length
  std::vector<Expectation> expect;
  std::optional<Question> question;
  Pos pos;
};

// A named variant of the program: its config is the lesson's config with these keys merged over.
struct Run {
  std::string name;
  Config config;
  Pos pos;
};

struct Lesson {
  std::string path;  // the lesson.json as named
  std::string id;
  Text title;
  Text summary;
  int32_t minutes = 0;
  // The program and its base configuration: "program" (a .go file beside the lesson) read as a
  // scenario with the lesson's config, or the scenario "scenario" names with the lesson's config
  // merged over its own.
  Scenario scenario;
  std::string program_file;  // the .go file on disk (for the real-Go check); "" for inline source
  bool matches_go = false;
  std::string detail = "scheduler";
  std::vector<Run> runs;  // runs[0] is "main"
  std::vector<Step> steps;

  const Run* find_run(const std::string& name) const;
};

struct LessonLoad {
  std::optional<Lesson> lesson;
  Diagnostics errors;  // file:line:col; empty when lesson is set
};

// Reads, validates (schema, then the rules a schema cannot say: step counts, both languages,
// answer ranges, selector and expectation syntax, run names, safe paths) and fills a Lesson.
LessonLoad load_lesson(const std::string& path);
LessonLoad parse_lesson(const std::string& path, const std::string& text);

// The lesson files in `dir`: DIR/*/lesson.json in name order, or DIR itself when it holds a
// lesson.json. A path to a file is returned as is.
std::vector<std::string> find_lessons(const std::string& path);

// The embedded lessons/lesson.schema.json with its $refs resolved (the config keys come from
// the scenario schema), or null when it does not parse (a build defect: the error says why).
const JsonValue* lesson_schema(std::string* error);

}  // namespace gosim::lesson
