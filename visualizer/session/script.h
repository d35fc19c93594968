// Scripts: a session driven without a person, for tests, lessons and (later) recordings.
//
// A script is a JSON array of one-key objects, carried out in order:
//
//   [{"step": 40}, {"run_until": "go_park"}, {"select": {"g": 3}}, {"panel": "scheduler"},
//    {"caption": "G3 blocks on the semaphore"}, {"wait_ms": 500}, {"step_back": 2},
//    {"screenshot": "out.png"}, {"presenter": true}, {"seek": 120}, {"panel": "heap"},
//    {"select": {"span": 12}}, {"select": {"object": 824633786368}}, {"pin_span": 12}]
//
// pin_span puts span N in the Heap span view's side-by-side strip (as right-clicking its label
// does), to compare spans of different size classes.
//
// {"runtime_objects": true} shows the runtime's own objects (g objects, allgs's arrays…) one by
// one in the heap graph; false (the default) folds them into a chip (session/runtime_chip.h).
//
// With a lesson open: {"lesson_next": 1} and {"lesson_back": 1} move N steps (Next first
// reveals an unrevealed question, as the button does); {"answer": 1} answers the step's question
// (a choice's index, a goid or a number); {"keys": "PageDown PageDown Left"} sends those key
// presses to the window's own key callback, all before the next frame, as a fast clicker would
// (names: Right Left PageDown PageUp Space Backspace Escape B F5, and Ctrl+= Ctrl+- Ctrl+0,
// which zoom in, out and back to 100%).
//
// Animation (visualizer/anim): a script's run does not advance the animation clock by itself, so
// its pictures never depend on how fast frames are drawn. {"settle": false} keeps screenshots
// from jumping to the settled picture (the default, {"settle": true}, takes every screenshot at
// t = 1); {"advance_ms": N} moves the animation clock N ms at the start of the next frame. So
// [{"settle": false}, {"step": 1}, {"advance_ms": 200}, {"screenshot": "mid.png"}] captures the
// step's tween halfway (a tween lasts 400 ms at 1×). A step less than 400 clock ms after the one
// before is drawn settled at once, as held keys are in the window.
//
// A screenshot is a bare file name ending in .png ("out.png"; no folder, no control character),
// written in the folder the user gave with --shots-dir or else the script's own folder.
//
// run_until takes an event kind name ("go_park") or an object {"kind": "go_park", "g": 7,
// "time_ns": 5000} whose fields must all hold. A script is checked completely before anything
// runs: an unknown step, a wrong type or an unknown event kind or panel is refused with the
// file:line:col of the step and its index in the array ("step [3]"). Parsing and the session
// part of running are headless; the window's part (selection, panels, captions, presenter mode,
// screenshots) goes through ScriptHost, which the app implements and tests fake.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sim/base/diag.h"
#include "visualizer/session/breakpoint.h"
#include "visualizer/session/selection.h"

namespace gosim::viz {

class Session;

enum class StepOp : uint8_t {
  kStep, kStepBack, kRunUntil, kSeek, kSelect, kPanel, kCaption, kWaitMs, kScreenshot, kPresenter,
  kLessonNext, kLessonBack, kAnswer, kKeys, kSettle, kAdvanceMs, kPinSpan, kRuntimeObjects,
};

struct ScriptStep {
  StepOp op = StepOp::kStep;
  size_t index = 0;  // position in the script's array
  Pos pos;           // where the step is written
  int64_t n = 0;     // step, step_back, seek, wait_ms, advance_ms
  std::string text;  // panel, caption, screenshot
  BreakCondition until;
  Selection select;
  bool flag = false;  // presenter, settle, runtime_objects
  double value = 0;   // answer
  std::vector<std::string> keys;  // keys
};

// The key names {"keys": "..."} takes.
const std::vector<std::string_view>& script_key_names();

// The panels a script may name ({"panel": "..."}); scheduler, stacks, heap, gc, channels, sync,
// timers and netpoll share the
// big left region of the tiled layout, so naming one of them switches that region to it.
// "heap_graph" is the Heap view with its Graph toggle on (the object graph); "heap" turns the
// toggle off again (the span view).
const std::vector<std::string_view>& script_panel_names();

struct ScriptParse {
  std::vector<ScriptStep> steps;
  Diagnostics errors;
  bool ok() const { return errors.empty(); }
};

ScriptParse parse_script(const std::string& name, std::string_view text);
// Reads a script (a regular file of at most 4 MiB, like every file gosim reads). Its screenshot
// steps name bare .png file names; they are written in `shots_dir`, or when that is empty in
// the script's own folder: where the user asked, never where the script points.
ScriptParse load_script(const std::string& path, const std::string& shots_dir = "");

// What a script asks of the window. The app implements it; tests record the calls.
class ScriptHost {
 public:
  virtual ~ScriptHost() = default;
  virtual void select(const Selection& s) = 0;
  virtual void show_panel(const std::string& name) = 0;
  virtual void set_caption(const std::string& text) = 0;
  virtual void set_presenter(bool on) = 0;
  // Asks for a screenshot of the next finished frame.
  virtual void screenshot(const std::string& path) = 0;
  // True while the host still works on an earlier request (a screenshot not yet written).
  virtual bool busy() const = 0;
  // A step that could not do what it says (run_until found nothing): said, not fatal.
  virtual void note(const std::string& line) = 0;
  // The lesson player (a script without a lesson open gets a note for each).
  virtual void lesson_next() = 0;
  virtual void lesson_back() = 0;
  virtual void lesson_answer(double value) = 0;
  // One key press and release, through the window's key callback.
  virtual void press_key(const std::string& name) = 0;
  // Animation (the window's; a host that draws nothing has none to settle or advance).
  virtual void set_settle(bool /*on*/) {}
  virtual void advance_clock_ms(double /*ms*/) {}
  // The span view's side-by-side strip ({"pin_span": N}); a host without one ignores it.
  virtual void pin_span(int64_t /*span*/) {}
  // The heap graph's runtime objects one by one (true) or folded into a chip (false).
  virtual void show_runtime_objects(bool /*on*/) {}
};

class ScriptRunner {
 public:
  explicit ScriptRunner(std::vector<ScriptStep> steps) : steps_(std::move(steps)) {}

  // Carries out steps until one needs a frame to pass (a screenshot) or host time to pass
  // (wait_ms), or the script ends. `now_ms` is host time; only wait_ms reads it, so the
  // picture at each step never depends on it.
  void advance(Session& session, ScriptHost& host, double now_ms);
  bool done() const { return next_ >= steps_.size() && wait_until_ < 0; }
  size_t next_index() const { return next_; }
  size_t size() const { return steps_.size(); }

 private:
  std::vector<ScriptStep> steps_;
  size_t next_ = 0;
  double wait_until_ = -1;  // host ms a wait_ms step holds until, or -1
};

}  // namespace gosim::viz
