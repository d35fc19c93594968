// [SECTION] construction, fonts, scripts
// [SECTION] the frame
// [SECTION] keys
// [SECTION] commands and playing
// [SECTION] layouts: normal and presenter
// [SECTION] script host and screenshots
// [SECTION] layout JSON for tests
#include "visualizer/ui/viz_app.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <imgui_internal.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "visualizer/panels/channels_panel.h"
#include "visualizer/panels/controls_panel.h"
#include "visualizer/panels/event_log_panel.h"
#include "visualizer/panels/gc_panel.h"
#include "visualizer/panels/heap_panel.h"
#include "visualizer/panels/help_window.h"
#include "visualizer/panels/inspector_panel.h"
#include "visualizer/panels/netpoll_panel.h"
#include "visualizer/panels/lesson_picker.h"
#include "visualizer/panels/narration_panel.h"
#include "visualizer/panels/open_dialog.h"
#include "visualizer/panels/output_panel.h"
#include "visualizer/panels/scheduler_panel.h"
#include "visualizer/panels/source_panel.h"
#include "visualizer/panels/stacks_panel.h"
#include "visualizer/panels/sync_panel.h"
#include "visualizer/panels/timeline_panel.h"
#include "visualizer/session/detail_step.h"
#include "visualizer/ui/detail_control.h"
#include "visualizer/panels/timers_panel.h"
#include "visualizer/panels/whatif_panel.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/session/escape_notes.h"
#include "visualizer/session/lesson_catalog.h"
#include "visualizer/session/lesson_player.h"
#include "visualizer/ui/anim_settings.h"
#include "visualizer/session/presenter_view.h"
#include "visualizer/ui/caption.h"
#include "visualizer/ui/cjk_font.h"
#include "visualizer/ui/text_fit.h"

namespace gosim::viz {

// [SECTION] construction, fonts, scripts
VizApp::VizApp(Session& session, VizKeys keys) : session_(session), keys_(keys) {
  panels_.push_back(std::make_unique<ControlsPanel>());
  panels_.push_back(std::make_unique<SchedulerPanel>());
  panels_.push_back(std::make_unique<TimelinePanel>());
  panels_.push_back(std::make_unique<EventLogPanel>());
  panels_.push_back(std::make_unique<InspectorPanel>());
  panels_.push_back(std::make_unique<OutputPanel>());
  panels_.push_back(std::make_unique<WhatIfPanel>());
  panels_.push_back(std::make_unique<HelpWindow>());
  panels_.push_back(std::make_unique<SourcePanel>());
  panels_.push_back(std::make_unique<OpenDialog>());
  panels_.push_back(std::make_unique<StacksPanel>());
  panels_.push_back(std::make_unique<HeapPanel>());
  panels_.push_back(std::make_unique<GcPanel>());
  panels_.push_back(std::make_unique<ChannelsPanel>());
  panels_.push_back(std::make_unique<SyncPanel>());
  panels_.push_back(std::make_unique<TimersPanel>());
  panels_.push_back(std::make_unique<NetpollPanel>());
  panels_.push_back(std::make_unique<NarrationPanel>());
  panels_.push_back(std::make_unique<LessonPicker>());
}

namespace {
// The views that share the big left region of the tiled layout, in tab order.
constexpr const char* kMainViews[] = {"scheduler", "stacks", "heap", "gc", "channels", "sync", "timers", "netpoll"};
bool is_main_view(const std::string& id) {
  for (const char* v : kMainViews) {
    if (id == v) return true;
  }
  return false;
}
}  // namespace

VizApp::~VizApp() = default;

void VizApp::load_fonts(ImGuiIO& io, float scale) {
  scale_ = scale;
  settings_.ui_scale = scale;
  apply_lang();  // Chinese from the first frame: its glyphs go into the first atlas
  theme_.load_fonts(io, scale);
}

// The UI language for this frame; switching to Chinese asks for the catalog's glyphs (the
// atlas grows before the next frame). English needs none, so an English session's atlas
// holds no CJK glyphs at all.
void VizApp::apply_lang() {
  set_ui_lang(settings_.lang);
  need_glyphs(tr(Str::kLangChinese));  // the View menu names Chinese in Chinese
  if (settings_.lang == Lang::kZhCN && !catalog_glyphs_) {
    for (size_t i = 0; i < static_cast<size_t>(Str::kCount); ++i) need_glyphs(str_entry(static_cast<Str>(i)).zh);
    catalog_glyphs_ = true;
  }
}

void VizApp::set_script(std::vector<ScriptStep> steps) { script_.emplace(std::move(steps)); }

Panel* VizApp::find(const std::string& id) {
  for (auto& p : panels_) {
    if (id == p->id()) return p.get();
  }
  return nullptr;
}

// [SECTION] the frame
void VizApp::frame(double now_ms) {
  if (!style_applied_ || applied_presenter_ != settings_.presenter) {
    theme_.apply(settings_.presenter, scale_);
    applied_presenter_ = settings_.presenter;
    style_applied_ = true;
  }
  apply_lang();
  ImGui::GetIO().FontGlobalScale = settings_.zoom;
  ImGui::PushFont(theme_.font());
  anim_tick();
  if (script_ && session_.loaded()) script_->advance(session_, *this, now_ms);
  handle_zoom();  // first: it takes its Ctrl+= / Ctrl+- / Ctrl+0 presses out of the key queue
  handle_keys();
  watch_files(now_ms);
  play(now_ms);
  if (notes_run_ != session_.run_id() && session_.loaded()) {
    // The compiler's escape decisions beside the source lines, once per recorded run (the
    // source may have changed on reload). set_source_annotations can still replace them.
    annotations_ = escape_annotations(session_.source_name(), session_.source_text());
    notes_run_ = session_.run_id();
  }
  if (sched_rev_ != session_.revision() || source_lang_ != ui_lang()) {
    sched_ = build_sched_view(session_);
    source_ = build_source_view(session_, ui_lang());
    sched_rev_ = session_.revision();
    source_lang_ = ui_lang();
    // The notes' Chinese into the atlas before they are drawn (the caption and the source
    // panel show them the frame a step reaches them, as lesson texts are preloaded).
    if (source_lang_ == Lang::kZhCN && session_.scenario()) {
      for (const Note& n : session_.scenario()->notes) need_glyphs(n.text_zh);
    }
  }
  anim_begin();
  record_.clear();
  const Selection picked_before = settings_.selection;
  if (lesson_) draw_lesson(now_ms);
  else if (settings_.presenter) draw_presenter();
  else draw_normal();
  if (settings_.show_lessons) panel_window(*find("lessons"), nullptr, &settings_.show_lessons);
  answer_by_click(picked_before);
  draw_banner();
  if (blank_) draw_blank();
  ImGui::PopFont();
  anim_.end_frame();
  apply_commands();
  after_lesson_moves();
}

// [SECTION] keys
void VizApp::handle_keys() {
  ImGuiIO& io = ImGui::GetIO();
  // →/←, PageUp/PageDown, Space and B come from the key queue (one action per press, however
  // many presses one frame saw): a lesson's steps, or a run's events.
  const bool lesson_keys = lesson_ != nullptr;
  if (lesson_keys) handle_lesson_keys();
  else handle_step_keys();
  if (io.WantTextInput) return;
  auto pressed = [](int key, bool repeat = false) { return key >= 0 && ImGui::IsKeyPressed(key, repeat); };
  auto named = [](ImGuiKey k) { return ImGui::GetKeyIndex(k); };
  if (pressed(named(ImGuiKey_RightArrow), true) && lesson_keys && io.KeyShift) commands_.next_of(settings_.next_category);
  if (pressed(named(ImGuiKey_LeftArrow), true) && lesson_keys && io.KeyShift) commands_.prev_of(settings_.next_category);
  if (pressed(named(ImGuiKey_Home))) commands_.restart();
  if (pressed(named(ImGuiKey_End))) commands_.to_end();
  if (pressed(named(ImGuiKey_Escape)) && settings_.presenter) settings_.presenter = false;
  if (pressed(keys_.f) && !io.KeyCtrl) settings_.presenter = !settings_.presenter;
  if (pressed(keys_.r) && io.KeyCtrl) commands_.reload();
  if (pressed(keys_.o) && io.KeyCtrl) settings_.show_open = true;
  if (pressed(keys_.f1)) settings_.show_help = !settings_.show_help;
  anim_keys();
  if (pressed(keys_.d) && !io.KeyCtrl) settings_.detail = next_detail(settings_.detail);
  if (pressed(keys_.l) && !io.KeyCtrl) settings_.lib_collapsed = !settings_.lib_collapsed;
  if (pressed(keys_.r) && !io.KeyCtrl) settings_.runtime_objects_expanded = !settings_.runtime_objects_expanded;
}

// Ctrl+wheel and Ctrl+= / Ctrl+- / Ctrl+0: everything drawn in font units (text, tokens,
// lanes) grows or shrinks together. ImGui does not scroll a window while Ctrl is held. The keys
// come from the key queue, one step of 10% per press however quick (as the step keys do; a
// press and release within one frame never reached ImGui's key state), so a script's
// {"keys": "Ctrl+= Ctrl+="} zooms twice.
void VizApp::handle_zoom() {
  ImGuiIO& io = ImGui::GetIO();
  constexpr int kModCtrl = 2;  // GLFW_MOD_CONTROL
  float z = settings_.zoom;
  if (io.KeyCtrl && io.MouseWheel > 0) z *= 1.1f;
  if (io.KeyCtrl && io.MouseWheel < 0) z /= 1.1f;
  // GLFW's codes for = - 0 are their ASCII values (keypad + and - are 334 and 333).
  std::erase_if(key_queue_, [&](const KeyPress& k) {
    if ((k.mods & kModCtrl) == 0) return false;
    if (k.key == keys_.zoom_in || k.key == keys_.zoom_in_kp) z *= 1.1f;
    else if (k.key == keys_.zoom_out || k.key == keys_.zoom_out_kp) z /= 1.1f;
    else if (k.key == keys_.zoom_reset) z = 1.0f;
    else return false;
    return true;
  });
  settings_.zoom = std::clamp(z, 0.5f, 2.5f);
}

// [SECTION] commands and playing
void VizApp::apply_commands() {
  for (const Command& c : commands_.take()) {
    switch (c.kind) {
      case Command::Kind::kSeek: session_.seek(c.n); break;
      case Command::Kind::kNextCategory: session_.next_of_category(c.category); break;
      case Command::Kind::kPrevCategory: session_.prev_of_category(c.category); break;
      case Command::Kind::kRunToBreakpoint: session_.run_to_breakpoint(); break;
      case Command::Kind::kRestart: session_.restart(); break;
      case Command::Kind::kToEnd: session_.to_end(); break;
      case Command::Kind::kRerun: session_.rerun(c.config); break;
      case Command::Kind::kReload: {
        if (lesson_) {
          // A lesson reloads whole (its steps may have moved); the learner's step is kept.
          const LessonProgress keep = lesson_->progress();
          const std::string path = lesson_->plan().path;
          const std::string err = open_lesson(path);
          if (!err.empty()) settings_.banner = "Reload failed; still showing the last good run.\n" + err;
          else lesson_->resume(keep, session_);
          break;
        }
        const Diagnostics errs = session_.reload();
        std::string text;
        for (const Diagnostic& d : errs) text += d.str() + "\n";
        settings_.banner = text.empty() ? "" : trf(Str::kReloadFailed, text);
        break;
      }
      case Command::Kind::kToggleLineBreak: session_.toggle_line_breakpoint(static_cast<int32_t>(c.n)); break;
      case Command::Kind::kAddBreak: session_.breakpoints().push_back(c.cond); break;
      case Command::Kind::kRemoveBreak:
        if (c.n < session_.breakpoints().size()) session_.breakpoints().erase(session_.breakpoints().begin() + static_cast<long>(c.n));
        break;
      case Command::Kind::kEnableBreak:
        if (c.n < session_.breakpoints().size()) session_.breakpoints()[c.n].enabled = c.flag;
        break;
      case Command::Kind::kRunUntil: session_.run_until(c.cond); break;
      case Command::Kind::kOpen: open_path(c.path); break;
      case Command::Kind::kStep: step_shown(static_cast<int64_t>(c.n)); break;
      case Command::Kind::kLessonNext: lesson_next(); break;
      case Command::Kind::kLessonBack: lesson_back(); break;
      case Command::Kind::kLessonRestart:
        if (lesson_) lesson_->restart(session_);
        break;
      case Command::Kind::kLessonAnswer: lesson_answer(c.value); break;
      case Command::Kind::kOpenLesson: {
        const std::string err = open_lesson(c.path);
        if (!err.empty()) settings_.banner = "Could not open " + c.path + "; still showing the last good run.\n" + err;
        break;
      }
    }
  }
}

// Moves `delta` events, counting only those the detail level shows (a "scheduler" lesson step
// does not stop at each of 100 allocator events).
void VizApp::step_shown(int64_t delta) {
  // Folded library events are skipped too (View → fold library calls, L).
  static_assert(Session::kLibFoldedBit == kStepFoldedBit);
  session_.seek(step_at_detail(session_.events(), session_.cursor(), delta, settings_.detail,
                               settings_.lib_collapsed ? &session_.lib_marks() : nullptr));
}

void VizApp::open_path(const std::string& path) {
  if (!lesson_file_of(path).empty()) {
    const std::string err = open_lesson(path);
    if (!err.empty()) settings_.banner = "Could not open " + path + "; still showing the last good run.\n" + err;
    else remember_recent(settings_.recent_files, path);
    return;
  }
  std::string text;
  for (const Diagnostic& d : session_.open_scenario(path)) text += d.str() + "\n";
  if (!text.empty()) {
    settings_.banner = trf(Str::kOpenFailed, path, text);
    return;
  }
  session_.restart();
  settings_.banner.clear();
  settings_.selection = {};
  annotations_.clear();
  lesson_.reset();  // a scenario opened over a lesson ends it (its progress is saved)
  // The scenario's "viz": {"detail": …}, else everything.
  settings_.detail = session_.scenario() && session_.scenario()->viz_detail ? *session_.scenario()->viz_detail : DetailLevel::kAll;
  settings_.hide_future = false;
  remember_recent(settings_.recent_files, path);
  ImGui::MarkIniSettingsDirty();
}

// Hot reload. Host time only decides how often to look; what is shown depends on the files.
void VizApp::watch_files(double now_ms) {
  if (!watch_ || !session_.loaded() || now_ms < next_watch_ms_) return;
  next_watch_ms_ = now_ms + 500;
  namespace fs = std::filesystem;
  auto stamp = [](const std::string& f) -> int64_t {
    std::error_code ec;
    const auto t = fs::last_write_time(f, ec);
    return ec ? -1 : static_cast<int64_t>(t.time_since_epoch().count());
  };
  if (watched_run_ != session_.run_id()) {
    // A new run (opened or reloaded): remember its files as they are now.
    watched_.clear();
    for (const std::string& f : session_.watched_files()) watched_.emplace_back(f, stamp(f));
    watched_run_ = session_.run_id();
    return;
  }
  bool changed = false;
  for (auto& [f, t] : watched_) {
    const int64_t now = stamp(f);
    if (now != t) {
      t = now;
      changed = true;
    }
  }
  if (changed) commands_.reload();  // on failure the banner shows why; the stamps stay updated
}

namespace {

// imgui.ini's [GosimRecent][files] section: one "path=..." line per recent file.
void* recent_open(ImGuiContext*, ImGuiSettingsHandler* h, const char*) { return h->UserData; }
void recent_line(ImGuiContext*, ImGuiSettingsHandler*, void* entry, const char* line) {
  auto* list = static_cast<std::vector<std::string>*>(entry);
  if (std::strncmp(line, "path=", 5) != 0 || line[5] == '\0' || list->size() >= 10) return;
  if (std::find(list->begin(), list->end(), std::string(line + 5)) == list->end()) list->emplace_back(line + 5);
}
void recent_write(ImGuiContext*, ImGuiSettingsHandler* h, ImGuiTextBuffer* out) {
  const auto* list = static_cast<const std::vector<std::string>*>(h->UserData);
  out->appendf("[GosimRecent][files]\n");
  for (const std::string& p : *list) out->appendf("path=%s\n", p.c_str());
  out->append("\n");
}

}  // namespace

void VizApp::install_settings_handler() {
  ImGuiSettingsHandler h;
  h.TypeName = "GosimRecent";
  h.TypeHash = ImHashStr("GosimRecent");
  h.ReadOpenFn = recent_open;
  h.ReadLineFn = recent_line;
  h.WriteAllFn = recent_write;
  h.UserData = &settings_.recent_files;
  ImGui::GetCurrentContext()->SettingsHandlers.push_back(h);
  install_anim_settings_handler(settings_);
}

void VizApp::play(double now_ms) {
  const double dt = last_ms_ < 0 ? 0 : std::min(250.0, std::max(0.0, now_ms - last_ms_));
  last_ms_ = now_ms;
  if (!settings_.playing || !session_.loaded()) {
    play_acc_ = 0;
    play_vt_ = -1;
    return;
  }
  if (settings_.speed_in_vtime) {
    // Virtual-time rate: a play clock advances vt_rate virtual ns per host second and the
    // cursor follows it (the last event at or before the clock). A gap longer than a host
    // second of nothing is skipped, so idle stretches never stall playing.
    if (play_vt_ < 0) play_vt_ = static_cast<double>(session_.now());
    play_vt_ += dt / 1000.0 * settings_.vt_rate;
    if (!session_.at_end()) {
      const auto next_t = static_cast<double>(session_.events()[session_.cursor()].time);
      if (next_t - play_vt_ > settings_.vt_rate) play_vt_ = next_t;
    }
    const uint64_t target = session_.events_until(static_cast<VTime>(play_vt_));
    if (target > session_.cursor()) session_.seek(target);
  } else {
    play_acc_ += dt / 1000.0 * settings_.speed;
    const auto n = static_cast<uint64_t>(std::floor(play_acc_));
    play_acc_ -= static_cast<double>(n);
    if (n > 0) session_.step(n);
  }
  if (session_.at_end()) settings_.playing = false;
}

// [SECTION] layouts: normal and presenter
void VizApp::panel_window(Panel& p, const Rect* fixed, bool* open) {
  ImGuiWindowFlags flags = 0;
  if (fixed) {
    ImGui::SetNextWindowPos(fixed->min, ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(fixed->max.x - fixed->min.x, fixed->max.y - fixed->min.y), ImGuiCond_Always);
    flags |= ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
             ImGuiWindowFlags_NoBringToFrontOnFocus;
  } else {
    const ImVec2 d = ImGui::GetIO().DisplaySize;
    // The help opens as tall as its table (the keys, the token legend), centred, at most 92%
    // of the window: at 1280x720 a fixed 40% cut it after seven rows.
    if (std::string_view(p.id()) == "help") {
      const float w = std::min(d.x * 0.9f, ImGui::GetFontSize() * 44.0f);
      ImGui::SetNextWindowPos(ImVec2(d.x * 0.5f, d.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
      ImGui::SetNextWindowSize(ImVec2(w, 0.0f), ImGuiCond_Appearing);
      ImGui::SetNextWindowSizeConstraints(ImVec2(ImGui::GetFontSize() * 12.0f, 0.0f), ImVec2(d.x, d.y * 0.92f));
    } else {
      // The lesson picker's rows are long (title, minutes, progress), and so are the Open
      // dialog's (a file name and its scenario's title): they open larger.
      const bool wide = std::string_view(p.id()) == "lessons" || std::string_view(p.id()) == "open";
      ImGui::SetNextWindowPos(ImVec2(d.x * (wide ? 0.12f : 0.3f), d.y * (wide ? 0.12f : 0.25f)), ImGuiCond_FirstUseEver);
      ImGui::SetNextWindowSize(ImVec2(d.x * (wide ? 0.76f : 0.32f), d.y * (wide ? 0.76f : 0.4f)), ImGuiCond_FirstUseEver);
    }
  }
  if (settings_.focus_panel == p.id()) {
    ImGui::SetNextWindowFocus();
    settings_.focus_panel.clear();
  }
  const std::string title = fmt::format("{}###{}", p.title(), p.id());
  if (ImGui::Begin(title.c_str(), open, flags)) {
    if (lesson_ && std::string_view(p.id()) != "narration") ImGui::SetWindowFontScale(lesson_panel_scale_);
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    record_.panels[p.id()] = Rect{pos, ImVec2(pos.x + size.x, pos.y + size.y)};
    if (fixed && !settings_.presenter && !lesson_ && is_main_view(p.id())) main_view_tabs();
    PanelContext ctx{session_, sched_, settings_, commands_, theme_, record_, source_, annotations_, lesson_.get(), &anim_};
    p.draw(ctx);
    record_.fit = settings_.presenter ? fit_ : 1.0f;
  }
  ImGui::End();
}

void VizApp::draw_normal() {
  const ImVec2 d = ImGui::GetIO().DisplaySize;
  const float fs = ImGui::GetFontSize();
  const float base = std::min(d.y * 0.3f, fs * 9.8f);
  BarHeight& bar = controls_bar_;
  if (bar.run != session_.run_id() || bar.lang != ui_lang() || bar.width != d.x || bar.font != fs) {
    bar = BarHeight{session_.run_id(), ui_lang(), d.x, fs, std::floor(controls_bar_height(session_, d.x))};
  }
  // At least the 9.8 ems of a short window; at most 30% of it (a longer note scrolls).
  const float ch = std::min(d.y * 0.3f, std::max(base, bar.h));
  const float lw = std::floor(d.x * 0.56f);
  const float rest = d.y - ch;
  const float sched_h = std::floor(rest * 0.6f);
  // The right column: source on top (the program is what a learner reads first), the event
  // log, then inspector and output side by side. Under kControlsRunHeightMinY the source and
  // the log keep their heights under a 9.8-em bar; the Inspector/Output row gives the rest.
  const float right_rest = d.y >= kControlsRunHeightMinY ? rest : d.y - base;
  float src_h = std::floor(right_rest * 0.38f), log_h = std::floor(right_rest * 0.32f);
  // The current event's sentence is what the learner reads: a long one (Go's start-up mallocs
  // name the runtime function and why it allocates, seven lines at 720p) makes the log taller,
  // from the source panel down to five lines, then from the Inspector/Output row down to three,
  // so the row is whole instead of cut at the log's bottom. Measured by the log in the last
  // frame (the sentence's wrapped height at its cell's width); a step back to a short sentence
  // gives the room back.
  if (log_want_ > log_h) {
    const float from_src = std::min(log_want_ - log_h, std::max(0.0f, src_h - fs * 5.0f));
    src_h -= std::floor(from_src);
    log_h += std::floor(from_src);
    const float below = right_rest - src_h - log_h;
    const float from_below = std::min(log_want_ - log_h, std::max(0.0f, below - fs * 3.0f));
    log_h += std::floor(std::max(0.0f, from_below));
  }
  const float mid = std::floor(lw + (d.x - lw) * 0.5f);
  const Rect controls{{0, 0}, {d.x, ch}};
  const Rect sched{{0, ch}, {lw, ch + sched_h}};
  const Rect timeline{{0, ch + sched_h}, {lw, d.y}};
  const Rect source{{lw, ch}, {d.x, ch + src_h}};
  const Rect events{{lw, ch + src_h}, {d.x, ch + src_h + log_h}};
  const Rect inspector{{lw, ch + src_h + log_h}, {mid, d.y}};
  const Rect output{{mid, ch + src_h + log_h}, {d.x, d.y}};
  panel_window(*find("controls"), &controls);
  if (!is_main_view(settings_.main_view)) settings_.main_view = "scheduler";
  panel_window(*find(settings_.main_view), &sched);
  panel_window(*find("timeline"), &timeline);
  panel_window(*find("source"), &source);
  panel_window(*find("events"), &events);
  const auto want = record_.want_h.find("events");
  log_want_ = want != record_.want_h.end() ? want->second : 0.0f;
  panel_window(*find("inspector"), &inspector);
  panel_window(*find("output"), &output);
  if (settings_.show_whatif) panel_window(*find("whatif"), nullptr, &settings_.show_whatif);
  if (settings_.show_help) panel_window(*find("help"), nullptr, &settings_.show_help);
  if (settings_.show_open) panel_window(*find("open"), nullptr, &settings_.show_open);
}

// Presenter mode fits the screen: the caption (with the scenario's note, the teacher's
// explanation) on top at full size, then the chosen panels, all drawn at one scale `fit_`
// chosen so that what each panel needs (its four P lanes, its syscall and waiting rows) is
// on screen at once; Ctrl+± zooms on top of that. Each panel's need is measured in the frame
// drawn (want_h, in pixels at that frame's scale) and the next frame's scale follows from it,
// so after a change the picture settles within two frames (screenshots wait for that).
void VizApp::draw_presenter() {
  const ImVec2 d = ImGui::GetIO().DisplaySize;
  const float fs = ImGui::GetFontSize();
  // The caption line: what the picture shows, in a sentence, then the note; as tall as it needs.
  ImGui::SetNextWindowPos(ImVec2(0, 0), ImGuiCond_Always);
  ImGui::SetNextWindowSizeConstraints(ImVec2(d.x, 0), ImVec2(d.x, d.y * 0.45f));
  const ImGuiWindowFlags bar_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                     ImGuiWindowFlags_AlwaysAutoResize;
  float bar_h = fs * 2;
  if (ImGui::Begin("##caption", nullptr, bar_flags)) {
    // The note the step needs: the one for this event's kind, else the one for the line the
    // story's goroutine is on (a teacher's explanation of that line, which the Source panel
    // would show beside it; presenter mode often has no Source panel).
    const Caption c = caption_line(session_, settings_, source_.line_of_goid(story_goid(session_)));
    const std::string pos = fmt::format("{} / {}", session_.cursor(), session_.size());
    const float pos_w = ImGui::CalcTextSize(pos.c_str()).x + fs;
    wrapped_text(c.text, d.x - pos_w - ImGui::GetStyle().WindowPadding.x * 2);
    record_.caption_note = c.note;
    if (!c.note.empty()) {
      // The note a size smaller: it explains the caption, it is not the headline.
      ImGui::SetWindowFontScale(0.72f);
      ImGui::PushStyleColor(ImGuiCol_Text, Theme::vec4(colors::kNoteText));
      wrapped_text(trf(Str::kNotePrefix, c.note), d.x - ImGui::GetStyle().WindowPadding.x * 2);
      ImGui::PopStyleColor();
      ImGui::SetWindowFontScale(1.0f);
    }
    const float end_y = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(d.x - pos_w + fs * 0.4f, ImGui::GetStyle().WindowPadding.y));
    ImGui::TextDisabled("%s", pos.c_str());
    ImGui::SetCursorPosY(end_y);
    bar_h = ImGui::GetWindowHeight();
    record_.panels["caption"] = Rect{{0, 0}, {d.x, bar_h}};
    // The sentence and the note whole (the bar stops at 45% of the screen; a test checks it fits).
    record_.want_caption_h = end_y + ImGui::GetStyle().WindowPadding.y;
  }
  ImGui::End();
  std::vector<Panel*> shown;
  if (settings_.presenter_auto && !lesson_) {
    if (subject_run_ != session_.run_id()) {
      // The subject depends on the scenario's notes only: once per run, not every frame.
      subject_ = session_.scenario() ? presenter_subject(*session_.scenario()) : "";
      subject_run_ = session_.run_id();
      heap_graph_pinned_ = false;
    }
    // The Heap view's Graph/Spans toggle clicked since the automatic choice last set it is
    // the teacher's: it sticks (the automatic choice no longer sets it) for this run.
    if (heap_graph_set_ && settings_.heap_graph != auto_heap_graph_) heap_graph_pinned_ = true;
    settings_.presenter_panels.clear();
    for (const std::string& id : presenter_panels_at(session_, subject_)) {
      // "heap_graph" is the Heap view with its graph on; "heap" the span view.
      if ((id == "heap_graph" || id == "heap") && !heap_graph_pinned_) {
        settings_.heap_graph = auto_heap_graph_ = id == "heap_graph";
        heap_graph_set_ = true;
      }
      settings_.presenter_panels.push_back(id == "heap_graph" ? "heap" : id);
    }
  }
  for (const std::string& id : settings_.presenter_panels) {
    if (Panel* p = find(id)) shown.push_back(p);
  }
  if (shown.empty()) shown.push_back(find("scheduler"));

  // Heights at scale 1 from what the last frame measured; then the scale that fits them.
  const float top = bar_h, avail = d.y - bar_h;
  const float measured_scale = std::max(0.1f, last_fit_);
  std::vector<float> natural;
  float total = 0;
  for (Panel* p : shown) {
    const auto it = last_want_.find(p->id());
    // Panels that fill whatever they get (source, event log…) ask for a few lines.
    const float want = it != last_want_.end() ? it->second / measured_scale : fs * 8;
    natural.push_back(want);
    total += want;
  }
  // A panel whose picture does not wrap (the heap graph's columns) also needs its width: every
  // panel spans the screen, so the scale is at most the screen's width over the widest need.
  float width_fit = 1.0f;
  for (Panel* p : shown) {
    const auto it = last_want_w_.find(p->id());
    if (it != last_want_w_.end() && it->second > 0) width_fit = std::min(width_fit, d.x / (it->second / measured_scale));
  }
  // 2% short of the exact ratio: text and boxes snap to whole pixels and a heap graph re-lays
  // out at the new scale, so the need does not shrink exactly in proportion.
  const float height_fit = total > 0 ? avail / total * 0.98f : 1.0f;
  const float fit = std::clamp(std::min(height_fit, width_fit < 1.0f ? width_fit * 0.98f : 1.0f), kMinFit, 1.0f);
  // Settled: a need measured in whole pixels moves the ratio by a fraction of a percent from one
  // frame to the next (a sawtooth, as the heap graph re-lays out at each text size); within the
  // 2% margin above, a change under 0.5% down or 1% up keeps the scale, so the picture and the
  // graph's cached layout stay as they are.
  fit_ = fit < last_fit_ * 0.995f || fit > last_fit_ * 1.01f ? fit : last_fit_;
  // What is left once every panel has its need goes by the usual shares (the first of two
  // panels gets the larger part).
  std::vector<float> heights;
  float used = 0;
  for (size_t i = 0; i < shown.size(); ++i) {
    heights.push_back(std::floor(natural[i] * fit_));
    used += heights.back();
  }
  const float extra = std::max(0.0f, avail - used);
  for (size_t i = 0; i < shown.size(); ++i) {
    float share = 1.0f / static_cast<float>(shown.size());
    if (shown.size() == 2) share = i == 0 ? 0.62f : 0.38f;
    heights[i] += std::floor(extra * share);
  }
  ImFont* big = theme_.fonts().big;
  ImFont* big_mono = theme_.fonts().big_mono;
  big->Scale = big_mono->Scale = fit_;
  ImGui::PushFont(big);  // re-pushed so ImGui picks up the scale, title bars included
  float y = top;
  for (size_t i = 0; i < shown.size(); ++i) {
    const float ph = i + 1 == shown.size() ? d.y - y : heights[i];
    const Rect r{{0, y}, {d.x, y + ph}};
    panel_window(*shown[i], &r);
    y += ph;
  }
  ImGui::PopFont();
  big->Scale = big_mono->Scale = 1.0f;
  last_fit_ = fit_;
  last_want_ = record_.want_h;
  last_want_w_ = record_.want_w;
  if (settings_.show_help) panel_window(*find("help"), nullptr, &settings_.show_help);  // F1 works here too
}

void VizApp::draw_banner() {
  if (settings_.banner.empty()) return;
  const ImVec2 d = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(d.x * 0.15f, ImGui::GetFontSize() * 2), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(d.x * 0.7f, 0), ImGuiCond_Always);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, Theme::vec4(colors::kError));
  ImGui::PushStyleColor(ImGuiCol_Text, Theme::vec4(okabe_ito::kBlack));
  if (ImGui::Begin("##banner", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings)) {
    wrapped_text(settings_.banner);
    if (ImGui::SmallButton(tr(Str::kDismiss))) settings_.banner.clear();
  }
  ImGui::End();
  ImGui::PopStyleColor(2);
}

// [SECTION] script host and screenshots
// The row of view names at the top of the big left region: one click switches the view.
void VizApp::main_view_tabs() {
  // The row wraps when the names do not fit (eight views at 720p, or in Chinese).
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  const ImGuiStyle& st = ImGui::GetStyle();
  bool first = true;
  for (const char* v : kMainViews) {
    const bool on = settings_.main_view == v;
    Panel* p = find(v);
    const char* name = p ? p->title() : v;
    const float w = text_width(name) + st.FramePadding.x * 2;
    if (!first) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
    }
    first = false;
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::SmallButton(name)) settings_.main_view = v;
    if (on) ImGui::PopStyleColor();
  }
}

void VizApp::show_panel(const std::string& name) {
  // "heap_graph" is the Heap view with its Graph toggle on; "heap" is the span view.
  if (name == "heap_graph" || name == "heap") {
    settings_.heap_graph = name == "heap_graph";
    show_panel_window("heap");
    return;
  }
  show_panel_window(name);
}

void VizApp::show_panel_window(const std::string& name) {
  if (is_main_view(name)) settings_.main_view = name;
  if (name == "whatif") settings_.show_whatif = true;
  if (name == "help") settings_.show_help = true;
  if (name == "open") settings_.show_open = true;
  // What presenter mode shows, whether the script is in it yet or switches to it later: the
  // order of a script's panel and presenter steps does not matter.
  settings_.presenter_panels = {name};
  settings_.presenter_auto = false;
  settings_.focus_panel = name;
}

void VizApp::screenshot(const std::string& path) {
  pending_shot_ = path;
  // Tables, clippers, scroll requests and presenter mode's fit settle over a few frames.
  settle_frames_ = 5;
}

std::optional<std::string> VizApp::take_screenshot() {
  if (!pending_shot_) return std::nullopt;
  if (--settle_frames_ > 0) return std::nullopt;
  std::optional<std::string> out = std::move(pending_shot_);
  pending_shot_.reset();
  return out;
}

bool VizApp::script_done() const { return (!script_ || script_->done()) && !pending_shot_; }

void VizApp::note(const std::string& line) { std::fprintf(stderr, "gosim-viz: script: %s\n", line.c_str()); }

// [SECTION] layout JSON for tests
std::string VizApp::layout_json(int width, int height) const {
  using nlohmann::json;
  auto rect = [](const Rect& r) { return json::array({r.min.x, r.min.y, r.max.x, r.max.y}); };
  json j;
  j["size"] = {width, height};
  j["cursor"] = session_.cursor();
  j["presenter"] = settings_.presenter;
  j["fit"] = record_.fit;
  j["want_caption_h"] = record_.want_caption_h;
  j["caption_note"] = record_.caption_note;
  j["lang"] = std::string(lang_tag(settings_.lang));
  j["panels"] = json::object();
  for (const auto& [id, r] : record_.panels) j["panels"][id] = rect(r);
  j["want_h"] = json::object();
  for (const auto& [id, h] : record_.want_h) j["want_h"][id] = h;
  j["want_w"] = json::object();
  for (const auto& [id, w] : record_.want_w) j["want_w"][id] = w;
  j["presenter_auto"] = settings_.presenter_auto;
  j["recomputed"] = json::object();
  for (const auto& [name, n] : record_.recomputed) j["recomputed"][name] = n;
  j["lanes"] = json::array();
  for (const LaneRecord& l : record_.lanes) {
    j["lanes"].push_back({{"p", l.p}, {"lane", rect(l.lane)}, {"running", rect(l.running)}, {"runnext", rect(l.runnext)},
                          {"queue", rect(l.queue)}, {"slots_shown", l.slots_shown}});
  }
  j["global_queue"] = rect(record_.global_queue);
  j["runtime_chip"] = rect(record_.runtime_chip);
  j["log_current"] = {{"event", record_.log_current.event}, {"cell", rect(record_.log_current.cell)},
                      {"text_w", record_.log_current.text_w}, {"lines", record_.log_current.lines},
                      {"visible", rect(record_.log_current.visible)}};
  j["global_shown"] = record_.global_shown;
  j["timeline_plot"] = rect(record_.timeline_plot);
  j["timeline_cursor_x"] = record_.timeline_cursor_x;
  j["timeline_m_lanes"] = rect(record_.timeline_m_lanes);
  j["source_highlight"] = record_.source_highlight;
  j["main_view"] = settings_.main_view;
  j["heap_list"] = rect(record_.heap_list);
  j["heap_cell"] = record_.heap_cell;
  j["heap_lines"] = json::array();
  for (const HeapLineRecord& l : record_.heap_lines) {
    j["heap_lines"].push_back({{"span", l.span}, {"first_slot", l.first_slot}, {"nslots", l.nslots},
                               {"origin", {l.origin.x, l.origin.y}}, {"cell", l.cell}});
  }
  j["heap_compare"] = json::array();
  for (const FrameRecord::HeapCompareRecord& c : record_.heap_compare) {
    j["heap_compare"].push_back({{"span", c.span}, {"column", rect(c.column)}, {"cell", c.cell}, {"nslots", c.nslots}});
  }
  j["heap_graph"] = settings_.heap_graph;
  j["graph_area"] = rect(record_.graph_area);
  j["graph_font"] = record_.graph_font;
  j["graph_columns"] = record_.graph_columns;
  j["graph_hops"] = record_.graph_hops;
  j["graph_flash"] = record_.graph_flash;
  j["graph_too_large"] = record_.graph_too_large;
  j["graph_nodes"] = json::array();
  for (const GraphNodeRecord& n : record_.graph_nodes) {
    j["graph_nodes"].push_back({{"addr", n.addr}, {"box", rect(n.box)}, {"glyph", {n.glyph.x, n.glyph.y}},
                                {"cell", n.cell}, {"flash", n.flash}, {"fields", n.fields}});
  }
  j["graph_chips"] = json::array();
  for (const FrameRecord::GraphChipRecord& c : record_.graph_chips) {
    j["graph_chips"].push_back({{"box", rect(c.box)}, {"title", c.title}, {"size", c.size}, {"colours", c.colours}, {"count", c.count}, {"reachable", c.reachable}});
  }
  j["graph_edges"] = json::array();
  for (const GraphEdgeRecord& e : record_.graph_edges) {
    json pts = json::array();
    for (const ImVec2& p : e.points) pts.push_back({p.x, p.y});
    j["graph_edges"].push_back({{"label", e.label}, {"from_root", e.from_root}, {"from_func", e.from_func}, {"to", e.to_addr}, {"to_chip", e.to_chip}, {"points", pts}, {"colour", e.colour}, {"label_box", rect(e.label_box)}, {"label_elided", e.label_elided}});
  }
  j["stack_goid"] = record_.stack_goid;
  j["stack_frames"] = json::array();
  for (const StackFrameRecord& f : record_.stack_frames) {
    j["stack_frames"].push_back({{"func", f.func}, {"fp", f.fp}, {"box", rect(f.box)}, {"slots", f.slots}});
  }
  j["stack_bars"] = record_.stack_bars;
  j["stack_ledger"] = rect(record_.stack_ledger);
  j["stack_bars_area"] = rect(record_.stack_bars_area);
  j["growth_old"] = rect(record_.growth_old);
  j["growth_new"] = rect(record_.growth_new);
  j["growth_adjusted"] = record_.growth_adjusted;
  j["growth_ticks"] = record_.growth_ticks;
  j["gc_plot"] = rect(record_.gc_plot);
  j["gc_cursor_x"] = record_.gc_cursor_x;
  j["gc_cycles"] = record_.gc_cycles;
  j["gc_samples"] = record_.gc_samples;
  j["marks"] = json::object();
  for (const auto& [name, r] : record_.marks) j["marks"][name] = rect(r);
  j["g_tokens"] = json::array();
  for (const auto& [goid, r] : record_.g_tokens) j["g_tokens"].push_back({{"goid", goid}, {"box", rect(r)}});
  j["anim"] = anim_json(anim_);
  if (lesson_) {
    json l;
    l["id"] = lesson_->plan().id;
    l["step"] = lesson_->step();
    l["steps"] = lesson_->steps();
    l["revealed"] = lesson_->revealed();
    l["answered"] = lesson_->answered();
    l["text_w"] = record_.narration_text_w;
    l["room_w"] = record_.narration_room_w;
    l["buttons"] = rect(record_.narration_buttons);
    l["content_bottom"] = record_.narration_content_bottom;
    l["highlights"] = json::array();
    for (const FrameRecord::Highlight& h : record_.highlights) {
      l["highlights"].push_back({{"what", h.what}, {"box", rect(h.box)}, {"drawn", h.drawn}});
    }
    l["blank"] = blank_;
    j["lesson"] = l;
  }
  j["source_rows"] = json::array();
  for (const SourceRowRecord& r : record_.source_rows) {
    j["source_rows"].push_back({{"line", r.line}, {"row", rect(r.row)}, {"tokens", rect(r.tokens)},
                                {"tokens_shown", r.tokens_shown}, {"breakpoint", r.breakpoint}});
  }
  j["zoom"] = settings_.zoom;
  j["texts"] = json::array();
  for (const FrameRecord::TextFit& t : record_.texts) {
    j["texts"].push_back({{"where", t.where}, {"text", t.text}, {"text_w", t.text_w}, {"room_w", t.room_w}, {"lines", t.lines}});
  }
  return j.dump(1);
}

}  // namespace gosim::viz
