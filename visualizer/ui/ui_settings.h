// Everything the UI remembers that is not the simulation: selection, filters, zoom, modes.
//
// A plain struct (Tracy's ViewData habit, not function-local statics), so drawing is a pure
// function of (session state at the cursor, these settings): a script that sets the same
// settings at the same cursor gets the same picture.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "sim/base/lang.h"
#include "sim/trace/detail_level.h"
#include "sim/trace/event.h"
#include "visualizer/session/selection.h"

namespace gosim::viz {

struct TimelineSettings {
  VTime t0 = 0, t1 = 0;      // the visible window; t1 <= t0 means "fit the whole run"
  bool follow_cursor = true; // pan so the cursor stays in view when zoomed in
  bool show_m = true;        // the M lanes
  bool show_gc = true;       // the GC and sysmon lanes
  bool show_g = true;        // a row per goroutine with its state over time
};

struct EventLogSettings {
  uint32_t category_mask = ~0u;  // bit per EventCategory
  int64_t goid = 0;              // 0: all goroutines
  bool follow_cursor = true;     // keep the current event's row in view
};

struct UiSettings {
  Selection selection;
  // Playing: advance `speed` events per second of host time, or (virtual-time mode) advance
  // virtual time by `vt_rate` virtual nanoseconds per host second.
  bool playing = false;
  double speed = 20;
  bool speed_in_vtime = false;
  double vt_rate = 1'000'000;  // 1 ms of the program per second
  EventCategory next_category = EventCategory::kSched;  // what Shift+Right jumps to
  // Presenter mode: big font, high contrast, only these panels and the caption line.
  bool presenter = false;
  std::vector<std::string> presenter_panels = {"scheduler", "timeline"};
  // While true, presenter mode picks its panels at each step from the event under the cursor
  // (session/presenter_view.h); a script's panel step or the View menu's checkboxes fix them.
  bool presenter_auto = true;
  std::string caption;       // from a script; empty: the current event's sentence
  std::string banner;        // an error to show over everything (a broken file on reload)
  std::string focus_panel;   // a panel a script asked to bring forward (consumed once)
  // Which view fills the big left region in the tiled layout: scheduler, stacks, heap or gc.
  std::string main_view = "scheduler";
  bool heap_graph = false;   // the Heap view draws the object graph (small heaps) instead of spans
  bool graph_focus = false;  // the graph shows only the selected object's neighbourhood
  // The graph shows the runtime's own objects (g objects, allgs's arrays…) one by one instead of
  // folded into a chip (session/runtime_chip.h): the chip, View menu, R, script runtime_objects.
  bool runtime_objects_expanded = false;
  // Spans pinned in the span view's side-by-side strip (span indexes, oldest first, at most
  // kMaxPinnedSpans): right-click a span's label, or the script step {"pin_span": N}.
  std::vector<int32_t> pinned_spans;
  static constexpr size_t kMaxPinnedSpans = 3;
  uint64_t hover_object = 0; // a pointer the mouse is on in the stacks panel: the graph rings its object
  int hover_frame = -1;      // the ImGui frame it was set in (stale after the next one)
  bool show_help = false;
  bool show_whatif = false;
  bool show_open = false;         // the Open dialog (Ctrl+O)
  bool show_lessons = false;      // the lesson picker
  // The level of detail (sim/trace/detail_level.h): which event kinds stepping, the event log
  // and the timeline show. Set by the Detail combo or D, a scenario's viz.detail, a lesson step.
  DetailLevel detail = DetailLevel::kAll;
  // Library calls folded under the user's line (sim/run/lib_calls.h): stepping skips their inner
  // events, the event log shows one row per call (expandable), the stacks panel folds library
  // frames. View menu or L.
  bool lib_collapsed = true;
  // A lesson question waits for its answer: the timeline and the event log draw nothing after
  // the cursor, which would give the answer away (they normally show the whole run, dimmed).
  bool hide_future = false;
  std::vector<std::string> recent_files;  // most recent first; kept in imgui.ini
  int queue_slots = 256;     // local-queue tokens drawn per P before "+N" (a ring holds 256): as many as fit
  TimelineSettings timeline;
  EventLogSettings log;
  float ui_scale = 1.0f;     // DPI scale
  Lang lang = Lang::kEn;     // the UI's language (--lang, View menu); drawing reads it via tr()
  float zoom = 1.0f;         // Ctrl+wheel / Ctrl+± : the user's text and token size factor
  bool runtime_expanded = false;  // show the runtime's goroutines one by one, not as one chip
  // Animation between two states (visualizer/anim): on or off, and the speed the window's
  // animation clock runs at (0.5, 1 or 2); kept in imgui.ini ([GosimAnim][settings]).
  bool anim_on = true;
  float anim_speed = 1.0f;
};

// Pins (on = true) or unpins a span in the Heap span view's side-by-side strip; pinning one
// more than kMaxPinnedSpans drops the oldest.
inline bool heap_span_pinned(const UiSettings& s, int32_t span) {
  return std::find(s.pinned_spans.begin(), s.pinned_spans.end(), span) != s.pinned_spans.end();
}
inline void pin_heap_span(UiSettings& s, int32_t span, bool on) {
  std::erase(s.pinned_spans, span);
  if (!on) return;
  s.pinned_spans.push_back(span);
  if (s.pinned_spans.size() > UiSettings::kMaxPinnedSpans) s.pinned_spans.erase(s.pinned_spans.begin());
}

}  // namespace gosim::viz
