// What every panel gets, and the one interface panels implement.
//
// A panel draws the session's state at the cursor and never changes the model: it reads the
// session through a const reference and asks for movement (seek, re-run…) through Commands,
// which the app carries out after the frame is drawn. The app owns the windows (layout,
// presenter mode, focus); a panel draws the inside of its window.
//
// Adding a panel: one class in visualizer/panels/<name>_panel.{h,cpp}, registered in VizApp's
// constructor, its id added to script_panel_names() and to the tiled layout (the big left view
// switches between scheduler, stacks, heap and gc; see VizApp::draw_normal).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <imgui.h>

#include "sim/base/config.h"
#include "visualizer/anim/animator.h"
#include "visualizer/session/lesson_plan.h"
#include "visualizer/session/scheduler_view.h"
#include "visualizer/session/session.h"
#include "visualizer/session/source_view.h"
#include "visualizer/ui/theme.h"
#include "visualizer/ui/ui_settings.h"

namespace gosim::viz {

struct Command {
  enum class Kind : uint8_t {
    kSeek, kNextCategory, kPrevCategory, kRunToBreakpoint, kRestart, kToEnd, kReload, kRerun,
    kToggleLineBreak,  // n: the line
    kAddBreak,         // cond
    kRemoveBreak,      // n: index in the session's breakpoints
    kEnableBreak,      // n: index; flag: on or off
    kRunUntil,         // cond: one-off, not kept as a breakpoint
    kOpen,             // path: open another scenario (Ctrl+O, drag and drop, recent files)
    kStep,             // n: a signed count of events (as int64), skipping what the detail level hides
    kLessonNext, kLessonBack, kLessonRestart,
    kLessonAnswer,     // value: a choice index, a goid or a number
    kOpenLesson,       // path: a lesson.json or its folder
  };
  Kind kind = Kind::kSeek;
  uint64_t n = 0;
  EventCategory category = EventCategory::kSched;
  Config config;
  BreakCondition cond;
  bool flag = false;
  std::string path;
  double value = 0;
};

class Commands {
 public:
  void seek(uint64_t n) { push(make(Command::Kind::kSeek, n)); }
  void step(const Session&, int64_t delta) { push(make(Command::Kind::kStep, static_cast<uint64_t>(delta))); }
  void next_of(EventCategory c) { push(make(Command::Kind::kNextCategory, 0, c)); }
  void prev_of(EventCategory c) { push(make(Command::Kind::kPrevCategory, 0, c)); }
  void run_to_breakpoint() { push(make(Command::Kind::kRunToBreakpoint)); }
  void restart() { push(make(Command::Kind::kRestart)); }
  void to_end() { push(make(Command::Kind::kToEnd)); }
  void reload() { push(make(Command::Kind::kReload)); }
  void rerun(const Config& c) {
    Command cmd = make(Command::Kind::kRerun);
    cmd.config = c;
    push(cmd);
  }
  void toggle_line_break(int32_t line) { push(make(Command::Kind::kToggleLineBreak, static_cast<uint64_t>(line))); }
  void add_break(const BreakCondition& c) {
    Command cmd = make(Command::Kind::kAddBreak);
    cmd.cond = c;
    push(cmd);
  }
  void remove_break(size_t index) { push(make(Command::Kind::kRemoveBreak, index)); }
  void enable_break(size_t index, bool on) {
    Command cmd = make(Command::Kind::kEnableBreak, index);
    cmd.flag = on;
    push(cmd);
  }
  void run_until(const BreakCondition& c) {
    Command cmd = make(Command::Kind::kRunUntil);
    cmd.cond = c;
    push(cmd);
  }
  void open(const std::string& path) {
    Command cmd = make(Command::Kind::kOpen);
    cmd.path = path;
    push(cmd);
  }
  void lesson_next() { push(make(Command::Kind::kLessonNext)); }
  void lesson_back() { push(make(Command::Kind::kLessonBack)); }
  void lesson_restart() { push(make(Command::Kind::kLessonRestart)); }
  void lesson_answer(double v) {
    Command cmd = make(Command::Kind::kLessonAnswer);
    cmd.value = v;
    push(cmd);
  }
  void open_lesson(const std::string& path) {
    Command cmd = make(Command::Kind::kOpenLesson);
    cmd.path = path;
    push(cmd);
  }
  std::vector<Command> take() { return std::exchange(items_, {}); }

 private:
  static Command make(Command::Kind k, uint64_t n = 0, EventCategory c = EventCategory::kSched) {
    Command cmd;
    cmd.kind = k;
    cmd.n = n;
    cmd.category = c;
    return cmd;
  }
  void push(Command c) { items_.push_back(std::move(c)); }
  std::vector<Command> items_;
};

class LessonPlayer;

struct Rect {
  ImVec2 min{0, 0}, max{0, 0};
};

// Where things were drawn this frame. The app writes it beside a screenshot when asked
// (--dump-layout) so the UI test knows where to look; nothing feeds it back into drawing.
struct LaneRecord {
  int32_t p = 0;
  Rect lane, running, runnext, queue;
  int slots_shown = 0;  // local-queue tokens drawn
};
// A source row drawn this frame: where, and how many G tokens sit on it.
struct SourceRowRecord {
  int32_t line = 0;
  Rect row;
  Rect tokens;  // the area the row's G tokens take
  int tokens_shown = 0;
  bool breakpoint = false;
};
// The heap panel's visible slot lines: span, slots [first, first+n), where the first cell is.
struct HeapLineRecord {
  int32_t span = -1;
  uint32_t first_slot = 0, nslots = 0;
  ImVec2 origin{0, 0};  // top-left of the first cell
  float cell = 0;       // cell pitch in pixels; cells run left to right
};
// A node of the heap's object graph: its box and the state glyph inside it (drawn as a slot).
struct GraphNodeRecord {
  uint64_t addr = 0;
  Rect box;
  ImVec2 glyph{0, 0};  // top-left of the glyph cell
  float cell = 0;
  bool flash = false;
  int fields = 0;  // field lines drawn in the box (name and value each)
};
// An arrow of the object graph: the variable or field it is named after, where it goes, and the
// points of its route (from the port on the source's line to the tip at the target's left side).
struct GraphEdgeRecord {
  std::string label;
  bool from_root = false;
  std::string from_func;  // a root's function ("main.main", "runtime.gcBgMarkWorker"), "" for the globals or an object
  uint64_t to_addr = 0;
  bool to_chip = false;   // it ends at a runtime-objects chip (to_addr is then not an object's)
  std::vector<ImVec2> points;
  ImU32 colour = 0;
  Rect label_box;  // where its name was drawn (empty: left out, it would overlap another)
  bool label_elided = false;  // drawn shortened with "…" (the whole name in a tooltip)
};
struct StackFrameRecord {
  std::string func;
  uint64_t fp = 0;
  Rect box;
  int slots = 0;
};
// The event log's current row: its sentence cell and how the sentence fit in it.
struct LogRowRecord {
  uint64_t event = 0;  // 1-based event number drawn as current, 0: not drawn
  Rect cell;           // the sentence's cell (all its lines)
  float text_w = 0;    // the sentence's width on one line
  int lines = 0;       // lines it was wrapped to
  Rect visible;        // the table's scrolling region (its cell's clip rectangle) in that frame
};
struct FrameRecord {
  LogRowRecord log_current;
  // Window height each panel needs to show all it must (the scheduler: every lane, the
  // syscall and waiting rows), in pixels at this frame's scale; presenter mode fits to it.
  std::map<std::string, float> want_h;
  // The same for width, from the panels whose picture does not wrap to its window (the heap
  // graph): presenter mode's scale keeps both within the screen.
  std::map<std::string, float> want_w;
  // Caches recomputed this frame, by name ("timeline_ticks": lanes whose tick columns were
  // found again, "graph_layout": heap graph layouts): a test counts them across frames.
  std::map<std::string, int> recomputed;
  float fit = 1.0f;  // presenter mode's scale this frame
  float want_caption_h = 0;  // presenter mode's caption bar: the height its sentence and note need
  std::string caption_note;  // the scenario note presenter mode's caption shows, in the UI language
  std::map<std::string, Rect> panels;
  std::vector<SourceRowRecord> source_rows;  // visible rows only
  int32_t source_highlight = 0;              // the highlighted line, or 0
  std::vector<LaneRecord> lanes;
  Rect global_queue;
  int global_shown = 0;
  Rect runtime_chip;        // the collapsed "runtime (4)" chip, when drawn
  float content_h = 0;      // the scheduler's content height (its scroll region's), for fit-to-screen
  Rect timeline_plot;
  float timeline_cursor_x = -1;
  Rect timeline_m_lanes;  // the M lanes (empty when hidden)
  std::vector<HeapLineRecord> heap_lines;
  Rect heap_list;
  float heap_cell = 0;  // the span view's object cell size (pixels)
  // The span view's side-by-side columns, one per pinned span (heap_compare.cpp).
  struct HeapCompareRecord {
    int32_t span = -1;
    Rect column;       // the whole column
    float cell = 0;    // its object cell size (pixels)
    uint32_t nslots = 0;  // cells drawn (0: the span holds no objects at the cursor)
  };
  std::vector<HeapCompareRecord> heap_compare;
  Rect graph_area;                       // the object graph's canvas (visible part)
  float graph_font = 0;                  // the graph's text size (pixels): the panel's font times its own scale
  int graph_columns = 0, graph_hops = 0;  // columns drawn, and the hops they show (a tall hop wraps)
  std::vector<GraphNodeRecord> graph_nodes;
  std::vector<GraphEdgeRecord> graph_edges;
  // The heap graph's runtime-objects chips (runtime_chip.h): where, what they say, how many.
  struct GraphChipRecord {
    Rect box;
    std::string title, size, colours;  // "runtime objects", "8 objects, 2.4 KiB", "8 black"
    size_t count = 0;
    bool reachable = false;
  };
  std::vector<GraphChipRecord> graph_chips;
  std::string graph_flash;               // the flash sentence drawn, "" for none
  bool graph_too_large = false;
  std::vector<StackFrameRecord> stack_frames;
  Rect stack_ledger;
  int64_t stack_goid = 0;
  int stack_bars = 0;
  Rect stack_bars_area;
  Rect growth_old, growth_new;
  int growth_adjusted = 0;  // pointers adjusted (the copystack event's count when it has one)
  int growth_ticks = 0;     // of them, drawn as ticks where they are now
  Rect gc_plot;
  float gc_cursor_x = -1;
  int gc_cycles = 0;
  int gc_samples = 0;
  // Named boxes the Channels, Sync, Timers and Netpoll panels drew ("chan:0xc000020060:sendq:7",
  // "timer:0:1", "fd:3:waiter"), for the UI test to find a token in the pixels.
  std::map<std::string, Rect> marks;
  // Every goroutine token the scheduler panel drew (for lesson highlights and the UI test).
  std::vector<std::pair<int64_t, Rect>> g_tokens;
  // The lesson's narration pane: its text's widest wrapped line against the room it had, and
  // the Back/Next row (the UI test checks nothing is cut off).
  float narration_text_w = 0, narration_room_w = 0;
  Rect narration_buttons;
  float narration_content_bottom = 0;
  // The lesson step's highlights: what was asked, where it was drawn (none: not on screen).
  struct Highlight {
    std::string what;
    Rect box;
    bool drawn = false;
  };
  std::vector<Highlight> highlights;
  // Texts that must be drawn whole in a room of a given width (the Inspector's values, the
  // heap's large-object rows, the event log's time cells): where, the text, its width on one
  // line, the room it had and the lines it took. A test checks nothing is cut or over-wrapped.
  struct TextFit {
    std::string where;  // "inspector:size", "heap_large", "log_time"
    std::string text;
    float text_w = 0, room_w = 0;
    int lines = 1;
  };
  std::vector<TextFit> texts;
  void clear() { *this = FrameRecord{}; }
};

// Presenter mode's smallest fit (the big font's share): 28 px × 0.5 = 14 px text at the least.
inline constexpr float kPresenterMinFit = 0.5f;

struct PanelContext {
  const Session& session;
  const SchedView& sched;
  UiSettings& settings;
  Commands& commands;
  const Theme& theme;
  FrameRecord& record;
  const SourceView& source;
  const LineAnnotations& annotations;  // written beside source lines (escape decisions)
  const LessonPlayer* lesson = nullptr;  // the lesson being played, or nullptr
  // Tweens between the state before a step and this one (ui/anim_draw.h); nullptr: none.
  Animator* anim = nullptr;
};

class Panel {
 public:
  virtual ~Panel() = default;
  virtual const char* id() const = 0;     // the name scripts use: "scheduler"
  virtual const char* title() const = 0;  // the window title
  virtual void draw(const PanelContext& ctx) = 0;
};

}  // namespace gosim::viz
