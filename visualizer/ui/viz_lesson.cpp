// VizApp's lesson player: opening a lesson, the lesson layout (narration pane beside the panels
// the step asks for), applying a step's view, highlights, the key queue, progress.
// [SECTION] opening and progress
// [SECTION] keys
// [SECTION] the step's view
// [SECTION] layout
// [SECTION] highlights
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>
#include <imgui_internal.h>

#include "sim/heap/heap.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/panels/lesson_picker.h"
#include "visualizer/session/lesson_catalog.h"
#include "visualizer/session/lesson_load.h"
#include "visualizer/session/lesson_player.h"
#include "visualizer/ui/cjk_font.h"
#include "visualizer/ui/viz_app.h"
#include "visualizer/ui/g_token.h"

namespace gosim::viz {

// [SECTION] opening and progress
std::string VizApp::open_lesson(const std::string& path) {
  const std::string file = lesson_file_of(path);
  if (file.empty()) return trf(Str::kLessonNotALesson, path);
  LessonLoad load = load_lesson_plan(file, session_);
  if (!load.plan) {
    std::string text;
    for (const Diagnostic& d : load.errors) text += d.str() + "\n";
    return text;
  }
  lesson_ = std::make_unique<LessonPlayer>(std::move(*load.plan));
  // The narration draws its own wrapped lines: every Chinese character the lesson can show must
  // be in the font atlas before it is drawn (the atlas is rebuilt between frames), or it is a "?".
  const LessonPlan& plan = lesson_->plan();
  need_glyphs(plan.title.zh);
  need_glyphs(plan.summary.zh);
  for (const PlanStep& st : plan.steps) {
    need_glyphs(st.text.zh);
    if (!st.question) continue;
    need_glyphs(st.question->prompt.zh);
    need_glyphs(st.question->reveal.zh);
    for (const LText& c : st.question->choices) need_glyphs(c.zh);
  }
  settings_.selection = {};
  settings_.banner.clear();
  annotations_.clear();
  LessonProgress saved;
  // A scripted run always starts at step 1: its pictures must not depend on a person's progress.
  if (!has_script()) {
    std::string msg;
    saved = load_progress(progress_dir(), lesson_->plan().id, msg);
    if (!msg.empty()) {
      std::fprintf(stderr, "gosim-viz: %s\n", msg.c_str());
      settings_.banner = msg;
    }
  }
  lesson_->resume(saved, session_);
  lesson_rev_ = ~0ull;
  saved_rev_ = lesson_->revision();
  return "";
}

void VizApp::after_lesson_moves() {
  if (!lesson_ || lesson_rev_ == lesson_->revision()) return;
  apply_step_view();
  if (saved_rev_ != lesson_->revision()) {
    const std::string err = save_progress(progress_dir(), lesson_->plan().id, lesson_->progress());
    if (!err.empty() && !progress_warned_) {
      // Said once: a read-only home must not fill the terminal on every step.
      std::fprintf(stderr, "gosim-viz: progress not saved: %s\n", err.c_str());
      progress_warned_ = true;
    }
    saved_rev_ = lesson_->revision();
  }
  lesson_rev_ = lesson_->revision();
}

void VizApp::lesson_next() {
  if (lesson_) lesson_->next(session_);
}
void VizApp::lesson_back() {
  if (lesson_) lesson_->back(session_);
}
void VizApp::lesson_answer(double value) {
  if (lesson_ && !lesson_->answer(value, session_)) {
    note(fmt::format("answer {}: step {} has no question that takes it", value, lesson_->step() + 1));
  }
}

// [SECTION] keys
void VizApp::key_event(int key, int action, int mods) {
  // Every press, however quick: ImGui looks at key state once a frame, so two taps within one
  // frame (a clicker, a fast learner) used to count once or not at all.
  if (action == kKeyPress || action == kKeyRepeat) key_queue_.push_back(KeyPress{key, mods, action == kKeyRepeat});
}

void VizApp::press_key(const std::string& name) {
  // "Ctrl+=": the key with GLFW's Ctrl modifier bit, as the window's callback receives it.
  constexpr int kModCtrl = 2;
  const bool ctrl = name.starts_with("Ctrl+");
  const int code = key_code(ctrl ? name.substr(5) : name);
  if (code < 0 || !key_injector_) {
    note("keys: " + name + " cannot be sent (no window)");
    return;
  }
  key_injector_(code, kKeyPress, ctrl ? kModCtrl : 0);
  key_injector_(code, kKeyRelease, ctrl ? kModCtrl : 0);
}

int VizApp::key_code(const std::string& name) const {
  const ImGuiIO& io = ImGui::GetIO();
  if (name == "=") return keys_.zoom_in;
  if (name == "-") return keys_.zoom_out;
  if (name == "0") return keys_.zoom_reset;
  if (name == "Right") return io.KeyMap[ImGuiKey_RightArrow];
  if (name == "Left") return io.KeyMap[ImGuiKey_LeftArrow];
  if (name == "PageDown") return io.KeyMap[ImGuiKey_PageDown];
  if (name == "PageUp") return io.KeyMap[ImGuiKey_PageUp];
  if (name == "Space") return io.KeyMap[ImGuiKey_Space];
  if (name == "Backspace") return io.KeyMap[ImGuiKey_Backspace];
  if (name == "Escape") return io.KeyMap[ImGuiKey_Escape];
  if (name == "B") return keys_.b;
  if (name == "F5") return keys_.f5;
  return -1;
}

// The lesson's keys, from the queue: one action per press.
void VizApp::handle_lesson_keys() {
  std::vector<KeyPress> presses = std::exchange(key_queue_, {});
  if (!lesson_ || ImGui::GetIO().WantTextInput) return;  // typing a number: the keys are the field's
  const ImGuiIO& io = ImGui::GetIO();
  auto is = [&](int key, ImGuiKey k) { return key == io.KeyMap[k]; };
  for (const KeyPress& k : presses) {
    if (blank_) {
      blank_ = false;  // any key brings the picture back, as in a slide show
      continue;
    }
    // Clickers send PageDown/PageUp (some Right/Left, or Space); B or "." blanks the screen and
    // F5 starts the show: here presenter mode, Escape leaves it.
    if (is(k.key, ImGuiKey_RightArrow) || is(k.key, ImGuiKey_PageDown) || is(k.key, ImGuiKey_Space)) {
      commands_.lesson_next();
    } else if (is(k.key, ImGuiKey_LeftArrow) || is(k.key, ImGuiKey_PageUp) || is(k.key, ImGuiKey_Backspace)) {
      commands_.lesson_back();
    } else if (k.key == keys_.f5) {
      settings_.presenter = true;
    } else if (k.key == keys_.b || k.key == keys_.period) {
      blank_ = true;
    }
  }
}

// A run's stepping keys, from the queue: one action per press. ImGui looks at key state once a
// frame, so ten quick taps (or a clicker's PageDowns) within one slow frame used to give one
// or two steps; the queue gives ten. PageDown/PageUp step like →/← because presentation
// clickers send them.
void VizApp::handle_step_keys() {
  std::vector<KeyPress> presses = std::exchange(key_queue_, {});
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return;  // typing in a field: the keys are the field's
  constexpr int kModShift = 1, kModCtrl = 2;  // GLFW_MOD_SHIFT, GLFW_MOD_CONTROL
  auto is = [&](int key, ImGuiKey k) { return key >= 0 && key == io.KeyMap[k]; };
  for (const KeyPress& k : presses) {
    const bool shift = (k.mods & kModShift) != 0;
    if (is(k.key, ImGuiKey_RightArrow) || is(k.key, ImGuiKey_PageDown)) {
      if (shift) commands_.next_of(settings_.next_category);
      else commands_.step(session_, 1);
    } else if (is(k.key, ImGuiKey_LeftArrow) || is(k.key, ImGuiKey_PageUp)) {
      if (shift) commands_.prev_of(settings_.next_category);
      else commands_.step(session_, -1);
    } else if (k.repeat) {
      continue;  // a held arrow keeps stepping; a held Space or B acts once
    } else if (is(k.key, ImGuiKey_Space)) {
      settings_.playing = !settings_.playing;
    } else if (k.key == keys_.b && (k.mods & kModCtrl) == 0) {
      commands_.run_to_breakpoint();
    }
  }
}

// [SECTION] the step's view
namespace {

// "0x1c000" or "1234" as a number (0 when it is neither).
uint64_t parse_number(const std::string& s) {
  char* end = nullptr;
  const unsigned long long v = std::strtoull(s.c_str(), &end, 0);
  return end != s.c_str() && *end == '\0' ? v : 0;
}

}  // namespace

// A "g:7" / "p:1" / "span:0x…" / "object:0x…" / "var:G.NAME" as a selection.
Selection VizApp::selection_of(const std::string& what) const {
  const size_t colon = what.find(':');
  if (colon == std::string::npos) return {};
  const std::string kind = what.substr(0, colon), rest = what.substr(colon + 1);
  if (kind == "g") return Selection::g(static_cast<int64_t>(parse_number(rest)));
  if (kind == "p") return Selection::p(static_cast<int64_t>(parse_number(rest)));
  if (kind == "object") return Selection::object(parse_number(rest));
  if (kind == "var") {
    // The inspector shows a variable as part of its goroutine's frames.
    return Selection::g(static_cast<int64_t>(parse_number(rest.substr(0, rest.find('.')))));
  }
  if (kind == "span" && session_.loaded()) {
    const heap::SpanIdx si = heap::spanOf(session_.model().heap, parse_number(rest));
    if (si != heap::kNoSpan) return Selection::span(static_cast<int64_t>(si));
  }
  return {};
}

void VizApp::apply_step_view() {
  const PlanView& v = lesson_->current().view;
  settings_.hide_future = lesson_->current().question && !lesson_->revealed();
  // The loader accepted only the three names; the lesson's default fills an empty step.
  settings_.detail = parse_detail_level(v.detail).value_or(DetailLevel::kAll);
  if (!v.select.empty()) settings_.selection = selection_of(v.select);
  // The heap's graph view is what "object:" highlights point at; spans otherwise.
  for (const std::string& p : v.panels) {
    if (p == "heap_graph") settings_.heap_graph = true;
    if (p == "heap") settings_.heap_graph = false;
  }
  if (v.zoom > 1.0f && session_.loaded()) {
    // Zoom z shows 1/z of the run around the stop, the stop a third from the left.
    const auto span = static_cast<VTime>(static_cast<double>(session_.end_time()) / v.zoom) + 1;
    settings_.timeline.t0 = std::max<VTime>(0, session_.now() - span / 3);
    settings_.timeline.t1 = settings_.timeline.t0 + span;
  } else {
    settings_.timeline.t0 = settings_.timeline.t1 = 0;  // fit the whole run
  }
}

// [SECTION] layout
namespace {

// How much height a panel wants relative to the others in a column.
float weight_of(const std::string& id, size_t nprocs) {
  // One P needs one lane: the room goes to the panel beside it (a channel's ring and queues).
  // 3.6, not 3.4: a Chinese summary takes two lines, and the selected waiting goroutine's ring
  // (which its row's label keeps clear of) was cut at the pane's bottom (lesson 08 step 3).
  if (id == "scheduler") return nprocs <= 1 ? 3.6f : 4.2f + 0.4f * static_cast<float>(nprocs > 2 ? nprocs - 2 : 0);
  if (id == "channels" || id == "sync" || id == "timers" || id == "netpoll") return 2.8f;
  if (id == "stacks" || id == "heap" || id == "heap_graph" || id == "gc") return 3.0f;
  if (id == "source") return 2.2f;
  if (id == "events") return 1.8f;
  if (id == "timeline") return 1.5f;
  if (id == "controls") return 1.6f;
  return 1.4f;  // inspector, output
}

bool primary(const std::string& id) {
  return id == "scheduler" || id == "stacks" || id == "heap" || id == "heap_graph" || id == "gc" || id == "timeline";
}

}  // namespace

void VizApp::draw_lesson(double now_ms) {
  const ImVec2 d = ImGui::GetIO().DisplaySize;
  const float fs = ImGui::GetFontSize();
  // The narration column: a third of the width, never narrower than ~24 characters of the
  // current font, never more than half the screen.
  const float nw = std::floor(std::clamp(d.x * (settings_.presenter ? 0.36f : 0.30f), std::min(fs * 16, d.x * 0.5f), d.x * 0.5f));
  // Presenter mode's big font was made for one full-screen panel; beside the narration, the
  // step's panels draw smaller on small screens (at 720p 60% of it) so four P lanes
  // still fit. The narration pane picks its own size (narration_panel.h).
  lesson_panel_scale_ = settings_.presenter ? std::clamp(d.y / 1200.0f, 0.55f, 1.0f) : 1.0f;
  const float left_w = d.x - nw;
  const Rect narration{{left_w, 0}, {d.x, d.y}};

  std::vector<std::string> shown;
  for (const std::string& id : lesson_->current().view.panels) {
    const std::string pid = id == "heap_graph" ? "heap" : id;
    if (pid == "whatif") settings_.show_whatif = true;
    else if (pid == "help") settings_.show_help = true;
    else if (find(pid) != nullptr && pid != "narration" && pid != "lessons" && pid != "open" &&
             std::find(shown.begin(), shown.end(), pid) == shown.end()) {
      shown.push_back(pid);
    }
  }
  if (shown.empty()) shown.push_back("scheduler");
  std::vector<std::string> col_a, col_b;
  for (const std::string& id : shown) (primary(id) ? col_a : col_b).push_back(id);
  // Two columns only for four panels or more: a P lane needs most of the width.
  if (col_a.empty() || shown.size() < 4) {
    col_a = shown;
    col_b.clear();
  }
  const size_t nprocs = session_.loaded() ? session_.model().allp.size() : 1;
  const float b_w = col_b.empty() ? 0 : std::floor(left_w * 0.42f);
  auto column = [&](const std::vector<std::string>& ids, float x0, float x1) {
    float total = 0;
    for (const std::string& id : ids) total += weight_of(id, nprocs);
    float y = 0;
    for (size_t i = 0; i < ids.size(); ++i) {
      float h = std::floor(d.y * weight_of(ids[i], nprocs) / total);
      if (i + 1 == ids.size()) h = d.y - y;
      const Rect r{{x0, y}, {x1, y + h}};
      panel_window(*find(ids[i]), &r);
      y += h;
    }
  };
  column(col_a, 0, left_w - b_w);
  if (!col_b.empty()) column(col_b, left_w - b_w, left_w);
  panel_window(*find("narration"), &narration);
  if (settings_.show_whatif) panel_window(*find("whatif"), nullptr, &settings_.show_whatif);
  if (settings_.show_help) panel_window(*find("help"), nullptr, &settings_.show_help);
  if (settings_.show_open) panel_window(*find("open"), nullptr, &settings_.show_open);
  draw_highlights(now_ms);
}

// [SECTION] highlights
void VizApp::draw_highlights(double now_ms) {
  const PlanView& v = lesson_->current().view;
  // Highlights are drawn over everything; with the picker open they would sit on top of it.
  if (v.highlight.empty() || settings_.show_lessons) return;
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  // A slow pulse catches the eye in a live window; scripted pictures get a steady outline.
  const float pulse = has_script() ? 1.0f : 0.75f + 0.25f * std::sin(static_cast<float>(now_ms) * 0.006f);
  const float thick = highlight_ring_width(ImGui::GetFontSize());
  // Each element is drawn inside one panel; its outline is cut to that panel's window (an
  // element scrolled out of its panel is not on screen, and the record says so).
  auto panel_of = [](const std::string& kind) -> const char* {
    if (kind == "frame") return "stacks";
    if (kind == "object" || kind == "span") return "heap";
    return "scheduler";
  };
  std::string kind_now;
  auto outline = [&](const std::string& what, const Rect& r) {
    const float m = thick;  // outside the element, so its own outline and colour stay visible
    ImVec2 a(r.min.x - m, r.min.y - m), b(r.max.x + m, r.max.y + m);
    auto it = record_.panels.find(panel_of(kind_now));
    if (it != record_.panels.end()) {
      const Rect& p = it->second;
      a = ImVec2(std::max(a.x, p.min.x), std::max(a.y, p.min.y));
      b = ImVec2(std::min(b.x, p.max.x), std::min(b.y, p.max.y));
    }
    // A frame lives in the stack ledger's scrolling list: its outline is cut to that list, so a
    // frame scrolled half out does not draw over the copystack picture above it.
    if (kind_now == "frame" && record_.stack_ledger.max.y > record_.stack_ledger.min.y) {
      const Rect& l = record_.stack_ledger;
      a = ImVec2(std::max(a.x, l.min.x), std::max(a.y, l.min.y));
      b = ImVec2(std::min(b.x, l.max.x), std::min(b.y, l.max.y));
    }
    if (b.x - a.x < 2 * m || b.y - a.y < 2 * m) return;  // cut away: not on screen
    dl->AddRect(a, b, Theme::u32(colors::kLessonHighlight, static_cast<uint8_t>(255 * pulse)), 5.0f, 0, thick);
    record_.highlights.push_back({what, Rect{a, b}, true});
  };
  for (const std::string& what : v.highlight) {
    const size_t before = record_.highlights.size();
    const size_t colon = what.find(':');
    const std::string kind = colon == std::string::npos ? what : what.substr(0, colon);
    const std::string rest = colon == std::string::npos ? "" : what.substr(colon + 1);
    kind_now = kind;
    if (what == "sched.runq") {
      if (record_.global_queue.max.x > record_.global_queue.min.x) outline(what, record_.global_queue);
    } else if (kind == "p") {
      const size_t dot = rest.find('.');
      const auto p = static_cast<int32_t>(parse_number(rest.substr(0, dot)));
      const std::string part = dot == std::string::npos ? "" : rest.substr(dot + 1);
      for (const LaneRecord& l : record_.lanes) {
        if (l.p != p) continue;
        outline(what, part == "runnext" ? l.runnext : part == "runq" ? l.queue : l.lane);
      }
    } else if (kind == "g") {
      const auto goid = static_cast<int64_t>(parse_number(rest));
      for (const auto& [g, r] : record_.g_tokens) {
        if (g == goid) outline(what, r);
      }
    } else if (kind == "frame") {
      // frame:G.FUNC — the stacks panel shows one goroutine's frames at a time.
      const size_t dot = rest.find('.');
      const auto goid = static_cast<int64_t>(parse_number(rest.substr(0, dot)));
      const std::string func = dot == std::string::npos ? "" : rest.substr(dot + 1);
      for (const StackFrameRecord& f : record_.stack_frames) {
        const bool same = f.func == func || (f.func.size() > func.size() && f.func.compare(f.func.size() - func.size(), func.size(), func) == 0 &&
                                             f.func[f.func.size() - func.size() - 1] == '.');
        if (record_.stack_goid == goid && same) outline(what, f.box);
      }
    } else if (kind == "object") {
      const uint64_t addr = parse_number(rest);
      for (const GraphNodeRecord& n : record_.graph_nodes) {
        if (n.addr == addr) outline(what, n.box);
      }
      if (record_.highlights.size() == before && session_.loaded()) {
        // The span view: the object's slot cell.
        const heap::Heap& h = session_.model().heap;
        const heap::SpanIdx si = heap::spanOf(h, addr);
        if (si != heap::kNoSpan) {
          const heap::Span& sp = h.spans[static_cast<size_t>(si)];
          const uint64_t slot = sp.elemsize == 0 ? 0 : (addr - sp.base()) / sp.elemsize;
          for (const HeapLineRecord& l : record_.heap_lines) {
            if (l.span != si || slot < l.first_slot || slot >= l.first_slot + l.nslots) continue;
            const float x = l.origin.x + static_cast<float>(slot - l.first_slot) * l.cell;
            outline(what, Rect{{x, l.origin.y}, {x + l.cell, l.origin.y + l.cell}});
          }
        }
      }
    } else if (kind == "span" && session_.loaded()) {
      const heap::SpanIdx si = heap::spanOf(session_.model().heap, parse_number(rest));
      Rect box;
      bool any = false;
      for (const HeapLineRecord& l : record_.heap_lines) {
        if (l.span != si) continue;
        const Rect r{l.origin, {l.origin.x + static_cast<float>(l.nslots) * l.cell, l.origin.y + l.cell}};
        box = any ? Rect{{std::min(box.min.x, r.min.x), std::min(box.min.y, r.min.y)}, {std::max(box.max.x, r.max.x), std::max(box.max.y, r.max.y)}} : r;
        any = true;
      }
      if (any) outline(what, box);
    }
    // Asked for but not on screen (a chan:, or a G the panels do not show): recorded as such.
    if (record_.highlights.size() == before) record_.highlights.push_back({what, Rect{}, false});
  }
}

// A click on a goroutine token while a "click the goroutine" question waits answers it.
void VizApp::answer_by_click(const Selection& before) {
  if (!lesson_ || settings_.selection == before || settings_.selection.kind != Selection::Kind::kG) return;
  const PlanStep& st = lesson_->current();
  if (!st.question || st.question->kind != QuestionKind::kGoroutine || lesson_->revealed()) return;
  commands_.lesson_answer(static_cast<double>(settings_.selection.id));
}

// B or "." during a lesson: a black screen, as a slide show does, until the next key.
void VizApp::draw_blank() {
  const ImVec2 d = ImGui::GetIO().DisplaySize;
  ImGui::GetForegroundDrawList()->AddRectFilled(ImVec2(0, 0), d, IM_COL32(0, 0, 0, 255));
}

}  // namespace gosim::viz
