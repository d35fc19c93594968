// [SECTION] summary line: Gs, Ps, Ms, timers
// [SECTION] global run queue
// [SECTION] Ms
// [SECTION] P lanes
// [SECTION] system calls and waiting goroutines
// [SECTION] token rows
#include "visualizer/panels/scheduler_panel.h"

#include <algorithm>
#include <cstdlib>
#include <optional>

#include <fmt/format.h>

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/session/lesson_player.h"
#include "visualizer/ui/anim_draw.h"
#include "visualizer/ui/g_token.h"
#include "visualizer/ui/text_fit.h"

namespace gosim::viz {

namespace {

const char* pstatus_text(PStatus s) {
  switch (s) {
    case PStatus::kIdle: return tr(Str::kPIdle);
    case PStatus::kRunning: return tr(Str::kPRunning);
    case PStatus::kSyscall: return tr(Str::kPSyscall);
    case PStatus::kGCStop: return tr(Str::kPGcStop);
    case PStatus::kDead: return tr(Str::kPDead);
  }
  return "?";
}

// A label over a part of the panel, remembered ("label:…" marks) so a test can check that no
// outline drawn around a token covers it.
void section_label(const char* text, const PanelContext& ctx) {
  ImGui::PushStyleColor(ImGuiCol_Text, Theme::vec4(ctx.theme.surface().text_dim));
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
  ctx.record.marks[std::string("label:") + text] = Rect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax()};
}


// A token drawn and remembered: lesson highlights ("g:7") and "click the goroutine" questions
// find tokens by where they were drawn. `at` is its place in this state; during a step's tween
// it is drawn (and recorded) on its way there from its place in the state before.
bool recorded_token(const PanelContext& ctx, const GToken& t, ImVec2 at, TokenSize size, PlaceTag tag) {
  const ImVec2 tok = token_size(size);
  const Drawn d = anim_place(ctx, anim_key::g(t.goid), at, tok, Enter::kInPlace, tag);
  const ImVec2 pos(d.box.x0, d.box.y0);
  ctx.record.g_tokens.emplace_back(t.goid, Rect{pos, ImVec2(pos.x + tok.x, pos.y + tok.y)});
  const bool selected = ctx.settings.selection.is_g(t.goid);
  if (selected) {
    const float r = selected_ring_reach(ctx.theme);
    ctx.record.marks[fmt::format("outline:g:{}", t.goid)] = Rect{ImVec2(pos.x - r, pos.y - r), ImVec2(pos.x + tok.x + r, pos.y + tok.y + r)};
  }
  return g_token(t, ctx.sched, pos, selected, ctx.theme, size);
}
PlaceTag tag_of(GPlace::Kind k, int32_t where = -1, WaitReason reason = WaitReason::kZero) {
  PlaceTag tag;
  tag.kind = k;
  tag.where = where;
  tag.reason = reason;
  return tag;
}
bool only_system(const WaitGroup& w) {
  return std::all_of(w.gs.begin(), w.gs.end(), [](const GToken& t) { return t.system; });
}
// The runtime's own waiting goroutines (forcegc, bgsweep, bgscavenge, runfinq).
size_t runtime_waiting(const SchedView& v) {
  size_t n = 0;
  for (const WaitGroup& w : v.waiting) n += only_system(w) ? w.gs.size() : 0;
  return n;
}
// A P with nothing on it: idle, no M, nothing running, queued or in runnext.
bool bare(const PLane& l) {
  return l.status == PStatus::kIdle && l.m < 0 && !l.m_spinning && !l.running.valid() && !l.runnext.valid() && l.runq.empty();
}
// The frame's font size, which the lesson's highlight rings are drawn at (a lesson's panels
// draw smaller, SetWindowFontScale, but the rings are drawn over them at the frame's size).
float frame_font_size() { return ImGui::GetFont()->FontSize * ImGui::GetFont()->Scale * ImGui::GetIO().FontGlobalScale; }

// Whether the lesson step being shown rings a P's lane (or its runnext or queue: "p:N…").
bool lesson_rings_a_p(const PanelContext& ctx) {
  if (ctx.lesson == nullptr || ctx.lesson->steps() == 0 || ctx.settings.show_lessons) return false;
  const std::vector<std::string>& h = ctx.lesson->current().view.highlight;
  return std::any_of(h.begin(), h.end(), [](const std::string& w) { return w.rfind("p:", 0) == 0; });
}

// Whether the lesson step being shown rings one of `gs` ("g:N" highlights, viz_lesson.cpp).
bool lesson_rings_one_of(const PanelContext& ctx, const std::vector<GToken>& gs) {
  if (ctx.lesson == nullptr || ctx.lesson->steps() == 0 || ctx.settings.show_lessons) return false;
  for (const std::string& what : ctx.lesson->current().view.highlight) {
    if (what.rfind("g:", 0) != 0) continue;
    const int64_t goid = std::strtoll(what.c_str() + 2, nullptr, 10);
    for (const GToken& t : gs) {
      if (t.goid == goid) return true;
    }
  }
  return false;
}

// How far above its tokens a row's outlines reach: the lesson's highlight ring (drawn its own
// width outside the token, viz_lesson.cpp draw_highlights) and the selection's blue ring
// (g_token.cpp). 0 when no token of the row has either.
float ring_reach(const PanelContext& ctx, const std::vector<GToken>& gs) {
  float reach = 0;
  if (lesson_rings_one_of(ctx, gs)) reach = highlight_ring_reach(frame_font_size());
  for (const GToken& t : gs) {
    if (ctx.settings.selection.is_g(t.goid)) reach = std::max(reach, selected_ring_reach(ctx.theme));
  }
  return reach;
}

// Moves the cursor down so that a ring reaching `reach` past the next (or last) row of tokens
// clears what lies `clear` pixels away (a label, the next row), with 2 px to spare.
void clear_ring(float reach, float clear) {
  if (reach + 2.0f > clear) ImGui::SetCursorPosY(ImGui::GetCursorPosY() + std::ceil(reach + 2.0f - clear));
}

}  // namespace

void SchedulerPanel::draw(const PanelContext& ctx) {
  if (!ctx.session.loaded()) {
    ImGui::TextDisabled("%s", tr(Str::kNoRun));
    return;
  }
  // Many Ps: smaller tokens (id only), so a screen holds more lanes.
  size_ = ctx.sched.ps.size() > 8 ? TokenSize::kCompact : TokenSize::kFull;
  // Presenter mode with up to 8 Ps: the lanes must all be readable at once on a 720p projector
  // (work_stealing, gomaxprocs_resize), so the picture folds what repeats: an idle P with nothing
  // on it is one line of text, idle Ps share a row, the empty global queue shares the Ms' line,
  // a waiting group's label sits left of its goroutines, and the runtime goroutines' chip sits
  // on the summary line. With fewer Ps the same folding gives the panel beside the scheduler its
  // room (netpoll_server's two idle Ps took two full lanes beside the Netpoll panel, and the
  // slide fitted at 0.53). A lesson's scheduler pane keeps its lanes under 4 Ps (its steps'
  // rings are laid out for them).
  dense_ = ctx.settings.presenter && size_ == TokenSize::kFull && (ctx.sched.ps.size() >= 4 || ctx.lesson == nullptr);
  draw_summary(ctx);
  const float child_top = ImGui::GetCursorPosY();
  ImGui::BeginChild("sched_scroll", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
  draw_global_queue(ctx);
  draw_ms(ctx);
  ImGui::Spacing();

  // [SECTION] P lanes
  const float fs = ImGui::GetFontSize();
  const ImVec2 tok = token_size(size_);
  const float pad = lane_pad();
  const float lane_h = tok.y + 2 * pad;
  const float width = std::max(ImGui::GetContentRegionAvail().x, fs * 30);
  // Column captions, once above the lanes; not above dense lanes that are all bare Ps' chips
  // (netpoll_server's idle P0 and P1), which have no columns.
  const bool all_chips = dense_ && std::all_of(ctx.sched.ps.begin(), ctx.sched.ps.end(), bare);
  if (!all_chips) {
    const ImVec2 cap = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 dim = Theme::u32(ctx.theme.surface().text_dim);
    const float col_run = cap.x + fs * 6.4f;
    dl->AddText(ImVec2(cap.x + pad, cap.y), dim, tr(Str::kColPM));
    draw_elided(dl, ImVec2(col_run, cap.y), dim, tr(Str::kColRunning), tok.x + fs * 0.9f);
    draw_elided(dl, ImVec2(col_run + tok.x + fs, cap.y), dim, tr(Str::kColRunnext), tok.x + fs * 0.9f);
    dl->AddText(ImVec2(col_run + 2 * (tok.x + fs), cap.y), dim, tr(Str::kColLocalQueue));
    ImGui::Dummy(ImVec2(width, fs * 1.2f));
  }
  // How far a ring reaches outside the lanes: a lesson's around a lane, or one around a token
  // in a lane (less the lane's padding). The captions above and the label below keep clear.
  float lane_reach = lesson_rings_a_p(ctx) ? highlight_ring_reach(frame_font_size()) : 0.0f;
  for (const PLane& l : ctx.sched.ps) {
    std::vector<GToken> in_lane = l.runq;
    if (l.running.valid()) in_lane.push_back(l.running);
    if (l.runnext.valid()) in_lane.push_back(l.runnext);
    lane_reach = std::max(lane_reach, ring_reach(ctx, in_lane) - pad);
  }
  clear_ring(lane_reach, fs * 0.2f + ImGui::GetStyle().ItemSpacing.y);

  if (dense_) {
    draw_dense_lanes(ctx, width, lane_h);
  } else {
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(ctx.sched.ps.size()), lane_h + ImGui::GetStyle().ItemSpacing.y);
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const ImVec2 origin = ImGui::GetCursorScreenPos();
        draw_lane(ctx, ctx.sched.ps[static_cast<size_t>(i)], origin, width);
        ImGui::SetCursorScreenPos(origin);
        ImGui::Dummy(ImVec2(width, lane_h));
      }
    }
    clipper.End();
  }
  ImGui::Spacing();
  clear_ring(lane_reach, 2 * ImGui::GetStyle().ItemSpacing.y);
  draw_syscalls(ctx);
  draw_waiting(ctx);
  // All of it, every lane and row: what presenter mode fits to the screen.
  const float content = ImGui::GetCursorPosY();
  ImGui::EndChild();
  ctx.record.want_h["scheduler"] = child_top + content + ImGui::GetStyle().WindowPadding.y * 2;
}

// [SECTION] summary line: Gs, Ps, Ms, timers
void SchedulerPanel::draw_summary(const PanelContext& ctx) {
  const SchedView& v = ctx.sched;
  int idle = static_cast<int>(v.idle_ps.size());
  std::string line = trf(Str::kSummary, count_of(Str::kNGoroutines, v.live), v.total - v.live, v.ps.size(), idle, count_of(Str::kNMs, v.ms.size()), v.nmspinning,
                         count_of(Str::kNTimers, v.timers));
  if (v.net_waiters > 0) line += "   " + trf(Str::kNetpollWaiting, v.net_waiters);
  // Wraps (never cut) in a narrow window; the (?) follows the last line.
  wrapped_text(line, ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(" (?)").x);
  ImGui::SameLine();
  help_marker(tr(Str::kSchedHelp));
  if (dense_ && !ctx.settings.runtime_expanded) {
    const size_t nsys = runtime_waiting(ctx.sched);
    if (nsys > 0) {
      // Beside the summary when it fits (a lesson's narrower pane, Chinese: on the next line).
      const std::string chip = trf(Str::kRuntimeChip, nsys);
      const float w = text_width(chip) + ImGui::GetStyle().FramePadding.x * 2;
      ImGui::SameLine(0, ImGui::GetFontSize());
      if (ImGui::GetCursorScreenPos().x + w > ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
      runtime_chip(ctx, nsys);
    }
  }
}

// [SECTION] global run queue
void SchedulerPanel::draw_global_queue(const PanelContext& ctx) {
  const SchedView& v = ctx.sched;
  if (v.global.empty()) {
    // An empty queue is one line of text, not a token-sized box on every slide.
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    section_label(tr(Str::kGlobalQueueEmpty), ctx);
    ctx.record.global_shown = 0;
    ctx.record.global_queue = Rect{pos, ImVec2(pos.x + text_width(tr(Str::kGlobalQueueEmpty)), pos.y + ImGui::GetFontSize())};
    if (dense_) ImGui::SameLine(0, ImGui::GetFontSize());
    return;
  }
  section_label(trf(Str::kGlobalQueue, v.global.size()).c_str(), ctx);
  // A ring around a queued goroutine (the selection's, a lesson's) stays off the label above
  // and the Ms' line below.
  const float reach = ring_reach(ctx, v.global);
  clear_ring(reach, ImGui::GetStyle().ItemSpacing.y);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float right = pos.x + std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 30);
  const ImVec2 tok = token_size(size_);
  ctx.record.global_shown = token_row(ctx, v.global, pos, right, 1, tag_of(GPlace::Kind::kGlobalQueue)).shown;
  ctx.record.global_queue = Rect{pos, ImVec2(right, pos.y + tok.y)};
  ImGui::SetCursorScreenPos(pos);
  ImGui::Dummy(ImVec2(right - pos.x, tok.y + 4));
  clear_ring(reach, 4 + ImGui::GetStyle().ItemSpacing.y);
}

// [SECTION] Ms
void SchedulerPanel::draw_ms(const PanelContext& ctx) {
  const SchedView& v = ctx.sched;
  // Long lists (64 Ps) are cut: the count says how many.
  auto list = [](const std::vector<int32_t>& ids, char prefix) {
    std::string out;
    for (size_t i = 0; i < ids.size() && i < 12; ++i) out += fmt::format(" {}{}", prefix, ids[i]);
    if (ids.size() > 12) out += trf(Str::kInAll, ids.size());
    return out.empty() ? std::string(" ") + tr(Str::kNone) : out;
  };
  // Idle Ps and Ms, then every M as a small chip (what it holds, or why it has nothing), all
  // in one flow that wraps at the edge: one line on most slides instead of two.
  const std::string idle = trf(Str::kIdleLine, list(v.idle_ps, 'P'), list(v.idle_ms, 'M'));
  if (ImGui::GetCursorScreenPos().x + text_width(idle) > ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) {
    ImGui::NewLine();
  }
  ImGui::TextUnformatted(idle.c_str());
  ImGui::SameLine(0, ImGui::GetFontSize());
  const std::string ms_label = tr(Str::kMsThreads);
  if (ImGui::GetCursorScreenPos().x + text_width(ms_label) > ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) {
    ImGui::NewLine();
  }
  section_label(ms_label.c_str(), ctx);
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  for (const MRow& m : v.ms) {
    std::string what = m.sysmon ? std::string("sysmon") : m.p >= 0 ? fmt::format("P{}", m.p) : m.parked ? tr(Str::kMIdle) : tr(Str::kMNoP);
    if (m.curg != 0) what += fmt::format(", G{}", m.curg);
    if (m.spinning) what += tr(Str::kMSpinning);
    const std::string label = fmt::format("M{} ({})##m{}", m.id, what, m.id);
    const float w = ImGui::CalcTextSize(label.c_str(), nullptr, true).x;
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
    if (ImGui::Selectable(label.c_str(), ctx.settings.selection.is_m(m.id), 0, ImVec2(w, 0))) {
      ctx.settings.selection = Selection::m(m.id);
    }
  }
}

// [SECTION] P lanes
void SchedulerPanel::draw_lane(const PanelContext& ctx, const PLane& lane, ImVec2 o, float width) {
  const float fs = ImGui::GetFontSize();
  const ImVec2 tok = token_size(size_);
  const float pad = lane_pad();
  const float h = tok.y + 2 * pad;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Surface& sf = ctx.theme.surface();
  const bool sel = ctx.settings.selection.is_p(lane.id);
  dl->AddRectFilled(o, ImVec2(o.x + width, o.y + h), Theme::u32(sf.lane_bg), 4.0f);
  if (sel) dl->AddRect(o, ImVec2(o.x + width, o.y + h), Theme::u32(colors::kSelected), 4.0f, 0, 3.0f);

  // The P itself: a click selects it.
  ImGui::SetCursorScreenPos(o);
  ImGui::PushID(lane.id);
  if (ImGui::InvisibleButton("p", ImVec2(fs * 6.0f, h))) ctx.settings.selection = Selection::p(lane.id);
  ImGui::PopID();
  // "P0  M1" on the first line, the P's status (and a spinning M) on the second.
  const std::string pm = lane.m >= 0 ? fmt::format("M{}", lane.m) : tr(Str::kNoM);
  if (size_ == TokenSize::kCompact) {
    // One line: "P12 M3", dimmed when the P is idle (the inspector has the rest).
    const ImU32 c = Theme::u32(lane.status == PStatus::kIdle ? sf.text_dim : sf.text);
    dl->AddText(ImVec2(o.x + pad, o.y + (h - fs) * 0.5f), c, fmt::format("P{}  {}", lane.id, pm).c_str());
  } else {
    dl->AddText(ctx.theme.font(), fs * 1.2f, ImVec2(o.x + pad, o.y + pad * 0.6f), Theme::u32(sf.text),
                fmt::format("P{}", lane.id).c_str());
    dl->AddText(ImVec2(o.x + pad + fs * 2.6f, o.y + pad * 0.6f + fs * 0.15f), Theme::u32(sf.text), pm.c_str());
    // A status longer than the label column ("stopped for GC") is drawn a little smaller
    // before it is elided: cut to "stopped fo…" it said nothing.
    const std::string_view status = lane.m_spinning ? tr(Str::kSpinning) : pstatus_text(lane.status);
    const ImVec2 at(o.x + pad, o.y + pad + fs * 1.3f);
    const float room = fs * 6.0f - pad, w = text_width(status);
    if (w > room && w * 0.75f <= room) {
      dl->AddText(ctx.theme.font(), fs * room / w, ImVec2(at.x, at.y + fs * (1.0f - room / w) * 0.5f), Theme::u32(sf.text_dim),
                  status.data(), status.data() + status.size());
    } else {
      draw_elided(dl, at, Theme::u32(sf.text_dim), status, room);
    }
  }

  LaneRecord rec;
  rec.p = lane.id;
  rec.lane = Rect{o, ImVec2(o.x + width, o.y + h)};
  const float y = o.y + pad;
  float x = o.x + fs * 6.4f;
  rec.running = Rect{ImVec2(x, y), ImVec2(x + tok.x, y + tok.y)};
  if (lane.running.valid()) {
    if (recorded_token(ctx, lane.running, ImVec2(x, y), size_, tag_of(GPlace::Kind::kRunning, lane.id))) {
      ctx.settings.selection = Selection::g(lane.running.goid);
    }
  } else {
    empty_slot(ImVec2(x, y), "—", ctx.theme, size_);
  }
  x += tok.x + fs;
  rec.runnext = Rect{ImVec2(x, y), ImVec2(x + tok.x, y + tok.y)};
  if (lane.runnext.valid()) {
    if (recorded_token(ctx, lane.runnext, ImVec2(x, y), size_, tag_of(GPlace::Kind::kRunnext, lane.id))) {
      ctx.settings.selection = Selection::g(lane.runnext.goid);
    }
  } else {
    empty_slot(ImVec2(x, y), "—", ctx.theme, size_);
  }
  x += tok.x + fs;
  const float right = o.x + width - pad;
  rec.queue = Rect{ImVec2(x, y), ImVec2(right, y + tok.y)};
  if (lane.runq.empty()) {
    empty_slot(ImVec2(x, y), tr(Str::kEmpty), ctx.theme, size_);
  } else {
    // As many tokens as the lane has room for (settings.queue_slots at most); the length at the right.
    const std::string len = fmt::format("{}/256", lane.runq.size());
    const float len_w = ImGui::CalcTextSize(len.c_str()).x + fs * 0.5f;
    rec.slots_shown = token_row(ctx, lane.runq, ImVec2(x, y), right - len_w, 1, tag_of(GPlace::Kind::kLocalQueue, lane.id),
                                 ctx.settings.queue_slots).shown;
    dl->AddText(ImVec2(right - ImGui::CalcTextSize(len.c_str()).x, y + tok.y - fs), Theme::u32(sf.text_dim), len.c_str());
  }
  ctx.record.lanes.push_back(rec);
}

// [SECTION] system calls and waiting goroutines
void SchedulerPanel::draw_syscalls(const PanelContext& ctx) {
  if (ctx.sched.syscalls.empty()) return;
  section_label(tr(Str::kInSyscalls), ctx);
  std::vector<GToken> gs;
  for (const SyscallRow& r : ctx.sched.syscalls) gs.push_back(r.g);
  const float reach = ring_reach(ctx, gs);
  clear_ring(reach, ImGui::GetStyle().ItemSpacing.y);
  const float fs = ImGui::GetFontSize();
  const ImVec2 tok = token_size(size_);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  const float right = pos.x + ImGui::GetContentRegionAvail().x;
  for (const SyscallRow& r : ctx.sched.syscalls) {
    if (pos.x + tok.x + fs * 3 > right) break;
    ImGui::GetWindowDrawList()->AddText(ImVec2(pos.x, pos.y + fs * 0.6f), Theme::u32(ctx.theme.surface().text),
                                        fmt::format("M{}", r.m).c_str());
    const ImVec2 at(pos.x + fs * 2.6f, pos.y);
    if (recorded_token(ctx, r.g, at, size_, tag_of(GPlace::Kind::kSyscall, r.m))) {
      ctx.settings.selection = Selection::g(r.g.goid);
    }
    pos.x = at.x + tok.x + fs;
  }
  ImGui::SetCursorScreenPos(ImVec2(ImGui::GetWindowPos().x + ImGui::GetStyle().WindowPadding.x, pos.y));
  ImGui::Dummy(ImVec2(1, tok.y + 4));
  clear_ring(reach, 4 + ImGui::GetStyle().ItemSpacing.y);
}

void SchedulerPanel::draw_waiting(const PanelContext& ctx) {
  const SchedView& v = ctx.sched;
  if (v.waiting.empty() && v.elsewhere.empty()) {
    section_label(tr(Str::kNoneWaiting), ctx);
    return;
  }
  const ImVec2 tok = token_size(size_);
  float last_reach = 0;  // how far the last group's rings reach below its tokens
  // The last group's last token, when it shows all its goroutines, and the row's right end:
  // the runtime chip goes beside it when it fits (a row less in a short lesson pane).
  std::optional<Rect> last_token;
  float last_right = 0;
  auto group = [&](const std::string& label, const std::vector<GToken>& gs, PlaceTag tag) {
    // The group above: its rings reach below its rows' spacing onto this label.
    clear_ring(last_reach, ImGui::GetFontSize() * 0.3f + ImGui::GetStyle().ItemSpacing.y);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    last_reach = ring_reach(ctx, gs);
    const float right = start.x + std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 30);
    // Dense: the label left of its tokens (a line less per group) when it leaves room for them.
    const float label_w = text_width(label) + ImGui::GetFontSize();
    const bool inline_label = dense_ && label_w < (right - start.x) * 0.45f;
    if (!inline_label) {
      section_label(label.c_str(), ctx);
      // A lesson's highlight ring and the selection's ring are drawn a few pixels outside their
      // token: a group holding such a goroutine leaves a gap under its label as deep as the
      // ring reaches past the item spacing, or the ring covers the label (lesson 08 step 1: G1's
      // ring; step 3: the selected G6's blue ring over "waiting [IO wait] (2)"). Other groups
      // keep their height.
      clear_ring(last_reach, ImGui::GetStyle().ItemSpacing.y);
    }
    ImVec2 pos = ImGui::GetCursorScreenPos();
    if (inline_label) {
      const ImVec2 at(start.x, start.y + (tok.y - ImGui::GetFontSize()) * 0.5f);
      ImGui::GetWindowDrawList()->AddText(at, Theme::u32(ctx.theme.surface().text_dim), label.c_str());
      ctx.record.marks["label:" + label] = Rect{at, ImVec2(at.x + text_width(label), at.y + ImGui::GetFontSize())};
      pos.x += label_w;
    }
    // Off-screen groups only reserve their space (two rows at most), so 10k waiting Gs cost
    // nothing while scrolled away.
    const bool visible = ImGui::IsRectVisible(pos, ImVec2(right, pos.y + 2 * tok.y));
    const size_t before = ctx.record.g_tokens.size();
    const Row row = visible ? token_row(ctx, gs, pos, right, 2, tag) : Row{0, gs.size() > 8 ? 2 : 1};
    const int rows = row.rows;
    last_token.reset();
    if (visible && row.shown > 0 && static_cast<size_t>(row.shown) == gs.size() && ctx.record.g_tokens.size() > before) {
      last_token = ctx.record.g_tokens.back().second;
      last_right = right;
    }
    // The rows' space from the tokens' top (below the label, or beside it when inline).
    ImGui::SetCursorScreenPos(ImVec2(start.x, pos.y));
    ImGui::Dummy(ImVec2(right - start.x, static_cast<float>(std::max(rows, 1)) * (tok.y + ImGui::GetFontSize() * 0.3f)));
  };
  // The program's own goroutines first; groups of runtime goroutines (bgsweep…) after them.
  for (const WaitGroup& w : v.waiting) {
    if (!only_system(w)) group(trf(Str::kWaitingGroup, wait_reason_string(w.reason), w.gs.size()), w.gs, tag_of(GPlace::Kind::kWaiting, -1, w.reason));
  }
  if (!v.elsewhere.empty()) group(trf(Str::kRunnableNoQueue, v.elsewhere.size()), v.elsewhere, tag_of(GPlace::Kind::kElsewhere));
  // The runtime's own waiting goroutines (forcegc, bgsweep, bgscavenge, runfinq) are the same
  // on every slide: one chip unless the viewer asks to see them.
  const size_t nsys = runtime_waiting(v);
  if (nsys == 0) return;
  if (!ctx.settings.runtime_expanded) {
    if (!dense_) {
      // A gap first when a ring around the last waiting token (a lesson's highlight, the
      // selection's) reaches further down than the rows' own spacing: it met the chip's top edge
      // in lesson 06's short scheduler pane. Without a ring the chip keeps its place, which a
      // short lesson pane needs (lesson 08 step 3 cut the chip).
      const std::string chip = trf(Str::kRuntimeChip, nsys);
      const float chip_w = text_width(chip) + ImGui::GetStyle().FramePadding.x * 2;
      const float chip_h = ImGui::GetFrameHeight();
      const float gap = std::max(ImGui::GetFontSize(), last_reach + 4.0f);
      if (last_token && last_token->max.x + gap + chip_w <= last_right) {
        // Beside the last waiting goroutine, on its row, clear of a ring around it.
        const ImVec2 after = ImGui::GetCursorScreenPos();
        ImGui::SetCursorScreenPos(ImVec2(last_token->max.x + gap, std::floor((last_token->min.y + last_token->max.y - chip_h) * 0.5f)));
        runtime_chip(ctx, nsys);
        ImGui::SetCursorScreenPos(after);
      } else {
        clear_ring(last_reach, ImGui::GetFontSize() * 0.3f + ImGui::GetStyle().ItemSpacing.y);
        runtime_chip(ctx, nsys);
      }
    }  // dense: on the summary line
    return;
  }
  if (ImGui::SmallButton(tr(Str::kCollapse))) ctx.settings.runtime_expanded = false;
  for (const WaitGroup& w : v.waiting) {
    if (only_system(w)) {
      group(trf(Str::kWaitingGroupRuntime, wait_reason_string(w.reason), w.gs.size()), w.gs, tag_of(GPlace::Kind::kWaiting, -1, w.reason));
    }
  }
}

// The runtime goroutines folded into one chip; a click shows them.
void SchedulerPanel::runtime_chip(const PanelContext& ctx, size_t nsys) {
  const std::string chip = trf(Str::kRuntimeChip, nsys) + "##runtime_chip";
  if (ImGui::Button(chip.c_str())) ctx.settings.runtime_expanded = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", trf(Str::kRuntimeChipTip, nsys).c_str());
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  ctx.record.runtime_chip = Rect{a, b};
}

// Dense lanes (presenter mode, 4 to 8 Ps): a P with something on it keeps its full lane; a bare
// P (idle, no M, nothing queued) is a one-line chip "P2  no M  idle", and bare Ps next to each
// other share a row. Every P stays on screen and keeps its lane record (tests find P2 there).
void SchedulerPanel::draw_dense_lanes(const PanelContext& ctx, float width, float lane_h) {
  const float fs = ImGui::GetFontSize();
  const float gap = ImGui::GetStyle().ItemSpacing.y;
  const float chip_h = fs * 1.5f, chip_w = fs * 12.0f;
  const ImU32 dim = Theme::u32(ctx.theme.surface().text_dim);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImVec2 row = start;
  float chip_x = row.x;  // where the next bare P goes on the current row of chips
  bool in_chips = false;
  for (const PLane& lane : ctx.sched.ps) {
    if (!bare(lane)) {
      if (in_chips) row.y += chip_h + gap;
      in_chips = false;
      draw_lane(ctx, lane, row, width);
      row.y += lane_h + gap;
      continue;
    }
    if (!in_chips || chip_x + chip_w > row.x + width) {
      if (in_chips) row.y += chip_h + gap;
      chip_x = row.x;
      in_chips = true;
    }
    const ImVec2 a(chip_x, row.y), b(chip_x + chip_w - fs * 0.4f, row.y + chip_h);
    dl->AddRectFilled(a, b, Theme::u32(ctx.theme.surface().lane_bg), 4.0f);
    if (ctx.settings.selection.is_p(lane.id)) dl->AddRect(a, b, Theme::u32(colors::kSelected), 4.0f, 0, 3.0f);
    ImGui::SetCursorScreenPos(a);
    ImGui::PushID(lane.id);
    if (ImGui::InvisibleButton("p", ImVec2(b.x - a.x, chip_h))) ctx.settings.selection = Selection::p(lane.id);
    ImGui::PopID();
    const float ty = a.y + (chip_h - fs) * 0.5f;
    dl->AddText(ImVec2(a.x + fs * 0.35f, ty), Theme::u32(ctx.theme.surface().text), fmt::format("P{}", lane.id).c_str());
    draw_elided(dl, ImVec2(a.x + fs * 2.2f, ty), dim, fmt::format("{}  {}", tr(Str::kNoM), pstatus_text(lane.status)),
                b.x - a.x - fs * 2.5f);
    LaneRecord rec;
    rec.p = lane.id;
    rec.lane = rec.running = rec.runnext = rec.queue = Rect{a, b};
    ctx.record.lanes.push_back(rec);
    chip_x += chip_w;
  }
  if (in_chips) row.y += chip_h + gap;
  ImGui::SetCursorScreenPos(start);
  ImGui::Dummy(ImVec2(width, std::max(1.0f, row.y - start.y - gap)));
}

// [SECTION] token rows
SchedulerPanel::Row SchedulerPanel::token_row(const PanelContext& ctx, const std::vector<GToken>& gs, ImVec2 pos,
                                              float right, int max_rows, PlaceTag tag, int max_tokens) {
  const float fs = ImGui::GetFontSize();
  const ImVec2 tok = token_size(size_);
  const float step = tok.x + fs * 0.3f;
  // Room for "+N" is kept only when not every token fits: a queue that fits shows all of it
  // (it showed "+1" beside room for two more tokens).
  const int fit_all = std::max(1, static_cast<int>((right - pos.x + fs * 0.3f) / step));
  int per_row = fit_all;
  if (static_cast<int64_t>(gs.size()) > static_cast<int64_t>(std::min(fit_all * max_rows, max_tokens))) {
    const std::string more = fmt::format("+{}", gs.size());
    per_row = std::max(1, static_cast<int>((right - pos.x - ImGui::CalcTextSize(more.c_str()).x - fs * 0.3f) / step));
  }
  const int n = std::min({static_cast<int>(gs.size()), per_row * max_rows, max_tokens});
  for (int i = 0; i < n; ++i) {
    const ImVec2 at(pos.x + static_cast<float>(i % per_row) * step, pos.y + static_cast<float>(i / per_row) * (tok.y + fs * 0.3f));
    const GToken& t = gs[static_cast<size_t>(i)];
    tag.slot = i;
    if (recorded_token(ctx, t, at, size_, tag)) ctx.settings.selection = Selection::g(t.goid);
  }
  Row r{n, n == 0 ? 0 : (n - 1) / per_row + 1};
  if (static_cast<size_t>(n) < gs.size() && n > 0) {
    const float y = pos.y + static_cast<float>(r.rows - 1) * (tok.y + fs * 0.3f);
    const float x = pos.x + static_cast<float>((n - 1) % per_row + 1) * step;
    ImGui::GetWindowDrawList()->AddText(ImVec2(x, y + fs * 0.6f), Theme::u32(ctx.theme.surface().text),
                                        fmt::format("+{}", gs.size() - static_cast<size_t>(n)).c_str());
  }
  return r;
}

}  // namespace gosim::viz
