// VizApp: the visualizer without its window — panels, layout, keys, playing, scripts.
//
// main.cpp owns the GLFW window and the GL renderer and calls frame() between ImGui's
// NewFrame and Render; the frame benchmark calls it with no renderer at all. VizApp owns the UI
// settings and the panels and borrows the Session; it is the only place that moves the session
// (commands from panels, keys, the play clock and scripts all end up here).
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "visualizer/anim/animator.h"
#include "visualizer/anim/frame_clock.h"
#include "visualizer/session/lesson_plan.h"
#include "visualizer/session/script.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

// Key codes the platform uses for the letter and function keys (ImGui 1.86 indexes
// io.KeysDown by the backend's codes; GLFW's letters are their ASCII capitals, F1 is 290).
struct VizKeys {
  int b = 'B', f = 'F', r = 'R', f1 = 290, o = 'O';
  int zoom_in = '=', zoom_out = '-', zoom_reset = '0', zoom_in_kp = 334, zoom_out_kp = 333;
  int f5 = 294, period = '.';  // what presentation clickers send besides PageUp/PageDown
  int a = 'A';                 // animation on/off; Shift+A: its speed
  int d = 'D';                 // cycles the level of detail (GLFW_KEY_D is 'D')
  int l = 'L';                 // folds or unfolds library calls
  // R (without Ctrl, which reloads) shows the heap graph's runtime objects or folds them.
};

class LessonPlayer;

class VizApp final : public ScriptHost {
 public:
  explicit VizApp(Session& session, VizKeys keys = VizKeys{});
  ~VizApp() override;

  void load_fonts(ImGuiIO& io, float scale);  // before the font atlas is built
  // New text needs glyphs the atlas lacks: call rebuild_fonts before the next NewFrame, then
  // let the renderer upload the atlas again (main.cpp).
  bool fonts_stale() const { return theme_.fonts_stale(); }
  void rebuild_fonts(ImGuiIO& io) { theme_.rebuild_fonts(io); }
  const Theme& theme() const { return theme_; }
  void set_lang(Lang l) { settings_.lang = l; }
  void set_script(std::vector<ScriptStep> steps);
  void set_banner(std::string text) { settings_.banner = std::move(text); }
  UiSettings& settings() { return settings_; }
  // What the Source panel writes beside lines besides the scenario's notes. VizApp fills it
  // with the escape module's decisions ("moved to heap: u") whenever a run is recorded;
  // this replaces them whole until the next run.
  void set_source_annotations(LineAnnotations a) { annotations_ = std::move(a); }
  // Keeps the recent-files list in imgui.ini ([GosimRecent][files]); call once after
  // ImGui::CreateContext, before the first frame.
  void install_settings_handler();
  // A file dropped on the window (or given by the Open dialog): opened after this frame.
  void open_later(const std::string& path) { commands_.open(path); }
  // Hot reload: checks the scenario's files on disk every `every_ms` of host time; a change
  // reloads (keeping the cursor), a broken file shows its error and keeps the last good run.
  void set_watch(bool on) { watch_ = on; }

  // --- lessons (viz_lesson.cpp) ---
  // Opens a lesson (a lesson.json or its folder) and shows its first step, or the step the
  // learner's saved progress says. "" on success, else the messages (the last run stays).
  std::string open_lesson(const std::string& path);
  bool lesson_open() const { return lesson_ != nullptr; }
  const LessonPlayer* lesson() const { return lesson_.get(); }
  void show_lesson_picker() { settings_.show_lessons = true; }
  // A key event from the window (GLFW's key callback, after ImGui's): every press is queued.
  void key_event(int key, int action, int mods);
  // How a script's {"keys": ...} reaches the window's own key callback (set by main.cpp).
  void set_key_injector(std::function<void(int key, int action, int mods)> f) { key_injector_ = std::move(f); }
  static constexpr int kKeyRelease = 0, kKeyPress = 1, kKeyRepeat = 2;  // GLFW's action codes

  // Builds one frame of UI. `now_ms` is host time; only playing and wait_ms read it.
  void frame(double now_ms);

  // After the frame is rendered: the path to save it to, when a screenshot is due now.
  std::optional<std::string> take_screenshot();
  // The script has run to its end and no screenshot is pending.
  bool script_done() const;
  bool has_script() const { return script_.has_value(); }
  // Where things were drawn in the last frame, as JSON, for the UI test.
  std::string layout_json(int width, int height) const;

  // --- animation (viz_anim.cpp) ---
  // The clock animation reads. The live window advances it by ImGui's frame time × the speed
  // setting; with set_live_clock(false) (recordings, scripts) only its owner advances it:
  // a recording by 1/fps a frame, a script by {"advance_ms": N}.
  FrameClock& frame_clock() { return clock_; }
  void set_live_clock(bool on) { live_clock_ = on; }
  const Animator& animator() const { return anim_; }
  bool animating() const { return anim_.active(); }  // the window keeps drawing frames meanwhile
  void set_settle(bool on) override { settle_ = on; }
  void advance_clock_ms(double ms) override { pending_advance_s_ += ms / 1000.0; }

  // --- ScriptHost ---
  void select(const Selection& s) override { settings_.selection = s; }
  void show_panel(const std::string& name) override;
  void set_caption(const std::string& text) override { settings_.caption = text; }
  void set_presenter(bool on) override { settings_.presenter = on; }
  void pin_span(int64_t span) override { pin_heap_span(settings_, static_cast<int32_t>(span), true); }
  void show_runtime_objects(bool on) override { settings_.runtime_objects_expanded = on; }
  void screenshot(const std::string& path) override;
  bool busy() const override { return pending_shot_.has_value(); }
  void note(const std::string& line) override;
  void lesson_next() override;
  void lesson_back() override;
  void lesson_answer(double value) override;
  void press_key(const std::string& name) override;

 private:
  void show_panel_window(const std::string& name);  // bring panel `name` forward (a main view: switch to it)
  void handle_keys();
  void handle_zoom();
  void anim_tick();        // first thing in a frame: the clock moves
  void anim_begin();       // before drawing: the animator learns the state shown
  void anim_keys();        // A, Shift+A
  void apply_lang();
  void watch_files(double now_ms);
  void open_path(const std::string& path);
  void apply_commands();
  void play(double now_ms);
  void draw_normal();
  void draw_presenter();
  void draw_banner();
  void main_view_tabs();
  // One panel in a window at a fixed place (`fixed`) or a floating one.
  void panel_window(Panel& p, const Rect* fixed, bool* open = nullptr);
  Panel* find(const std::string& id);
  // Lessons (viz_lesson.cpp).
  void draw_lesson(double now_ms);
  void apply_step_view();
  void after_lesson_moves();
  void draw_highlights(double now_ms);
  void handle_lesson_keys();
  void handle_step_keys();
  void draw_blank();
  void answer_by_click(const Selection& before);
  void step_shown(int64_t delta);
  int key_code(const std::string& name) const;
  Selection selection_of(const std::string& what) const;

  Session& session_;
  VizKeys keys_;
  UiSettings settings_;
  Theme theme_;
  float scale_ = 1.0f;
  bool applied_presenter_ = false;
  bool style_applied_ = false;
  bool catalog_glyphs_ = false;
  // Presenter mode's scale (draw_presenter): this frame's, the last frame's and what each
  // panel needed in the last frame (pixels at last_fit_).
  static constexpr float kMinFit = kPresenterMinFit;
  float fit_ = 1.0f, last_fit_ = 1.0f;
  std::map<std::string, float> last_want_, last_want_w_;  // the catalog's Chinese texts are in the glyph set
  std::vector<std::unique_ptr<Panel>> panels_;
  SchedView sched_;
  uint64_t sched_rev_ = ~0ull;
  // Presenter mode's automatic choice: the scenario's subject (presenter_subject) for the run
  // subject_run_, and the Heap view's graph toggle as that choice last set it; pinned once the
  // user flips it.
  std::string subject_;
  uint64_t subject_run_ = ~0ull;
  // The normal layout's controls bar height (controls_bar_height), computed once per run,
  // language, window width and font size: steps never change it, so nothing below it jumps.
  struct BarHeight {
    uint64_t run = ~0ull;
    Lang lang = Lang::kEn;
    float width = 0, font = 0, h = 0;
  } controls_bar_;
  // The normal layout's event log: the height its current row needed in the last frame
  // (want_h["events"]); the log grows into the source panel (then the inspector row) for it.
  float log_want_ = 0;
  bool auto_heap_graph_ = false;
  bool heap_graph_set_ = false;
  bool heap_graph_pinned_ = false;
  Lang source_lang_ = Lang::kEn;  // the language source_'s notes are in
  SourceView source_;
  LineAnnotations annotations_;
  uint64_t notes_run_ = ~0ull;  // the run the escape annotations were computed for
  bool watch_ = false;
  double next_watch_ms_ = 0;
  std::vector<std::pair<std::string, int64_t>> watched_;  // file, last write time seen
  uint64_t watched_run_ = ~0ull;
  Commands commands_;
  FrameRecord record_;
  std::optional<ScriptRunner> script_;
  std::optional<std::string> pending_shot_;
  int settle_frames_ = 0;
  double last_ms_ = -1;
  double play_acc_ = 0;
  double play_vt_ = -1;  // the virtual-time play clock (ns), -1 when not playing
  FrameClock clock_;
  Animator anim_;
  bool live_clock_ = true;
  bool settle_ = true;  // screenshots show the settled picture (t = 1)
  double pending_advance_s_ = 0;
  std::unique_ptr<LessonPlayer> lesson_;
  uint64_t lesson_rev_ = ~0ull;  // the player revision the view was applied for
  uint64_t saved_rev_ = ~0ull;   // the player revision last saved
  bool progress_warned_ = false;
  struct KeyPress {
    int key = 0, mods = 0;
    bool repeat = false;  // the OS repeating a held key
  };
  std::vector<KeyPress> key_queue_;
  std::function<void(int, int, int)> key_injector_;
  bool blank_ = false;
  float lesson_panel_scale_ = 1.0f;  // font scale of a lesson step's panels (presenter mode)  // B / "." in a lesson: the screen goes black until the next key
};

}  // namespace gosim::viz
