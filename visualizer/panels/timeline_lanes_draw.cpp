// [SECTION] labels
// [SECTION] M lanes
// [SECTION] GC and sysmon lanes
// [SECTION] mark lanes
// [SECTION] flow arrows
// [SECTION] goroutine rows
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "sim/heap/mgc.h"
#include "sim/heap/mgc_state.h"
#include "sim/rt/runtime2.h"
#include "sim/trace/detail_level.h"
#include "visualizer/panels/timeline_draw_util.h"
#include "visualizer/panels/timeline_panel.h"
#include "visualizer/panels/timeline_slices.h"

namespace gosim::viz {

// [SECTION] labels
namespace {

const char* m_state_label(MState s) {
  switch (s) {
    case MState::kRunning: return tr(Str::kTlRunning);
    case MState::kSyscall: return tr(Str::kTlSyscall);
    case MState::kLooking: return tr(Str::kTlLooking);
    case MState::kIdle: return tr(Str::kTlIdle);
  }
  return "";
}

const char* gc_phase_label(uint8_t phase) {
  switch (static_cast<heap::GCPhase>(phase)) {
    case heap::GCPhase::kSweepTerm: return tr(Str::kTlPhaseSweepTerm);
    case heap::GCPhase::kMark: return tr(Str::kTlPhaseMark);
    case heap::GCPhase::kMarkTerm: return tr(Str::kTlPhaseMarkTerm);
    case heap::GCPhase::kSweep: return tr(Str::kTlPhaseSweep);
    default: return "";
  }
}

// The label column is as wide as the widest label (timeline_panel.cpp): the plot starts right
// of it. Where each label went is recorded for the test that checks the cursor misses them.
void lane_label(const PanelContext& ctx, ImVec2 o, float h, const std::string& name) {
  const float fs = ImGui::GetFontSize();
  const ImVec2 at(o.x + 4, o.y + (h - fs) * 0.5f);
  ImGui::GetWindowDrawList()->AddText(at, Theme::u32(ctx.theme.surface().text), name.c_str());
  ctx.record.marks["timeline:label:" + name] = Rect{at, ImVec2(at.x + ImGui::CalcTextSize(name.c_str()).x, at.y + fs)};
}

}  // namespace

// [SECTION] M lanes
float TimelinePanel::draw_m_lanes(const PanelContext& ctx, const TimelineContext& tc, ImVec2 o, float lane_h,
                                  const std::vector<size_t>& ms) {
  const TimelineLanes& tl = ctx.session.timeline().lanes();
  const Surface& sf = ctx.theme.surface();
  for (size_t row = 0; row < ms.size(); ++row) {
    const size_t m = ms[row];
    const ImVec2 lo(o.x, o.y + lane_h * static_cast<float>(row));
    if (!ImGui::IsRectVisible(lo, ImVec2(lo.x + tc.width + tc.x0 - o.x, lo.y + lane_h))) continue;
    lane_label(ctx, lo, lane_h, fmt::format("M{}", m));
    const float y0 = lo.y + 1, y1 = lo.y + lane_h - 2;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(tc.x0, y0), ImVec2(tc.x0 + tc.width, y1), Theme::u32(sf.lane_bg));
    const MSlice* h = draw_slices(ctx, tc, tl.m_slices(m), y0, y1, [&](const MSlice& s, SliceLook* look) {
      switch (s.state) {
        case MState::kRunning:
          look->fill = palette_.colour(s.goid);
          return fmt::format("G{}", s.goid);
        case MState::kSyscall:
          look->fill = colors::kSyscall;
          return fmt::format("G{} {}", s.goid, tr(Str::kTlSyscall));
        case MState::kLooking:
          look->fill = colors::kRunnable;
          return std::string(tr(Str::kTlLooking));
        case MState::kIdle:
          look->fill = sf.text_dim;
          look->inset = (y1 - y0) * 0.42f;
          return std::string(tr(Str::kTlIdle));
      }
      return std::string();
    });
    if (h != nullptr) {
      hit_.set = true;
      hit_.first_event = h->first_event;
      hit_.goid = h->goid;
      hit_.tip = h->goid > 0 ? trf(Str::kTlMSliceGTip, m, m_state_label(h->state), h->goid)
                             : trf(Str::kTlMSliceTip, m, m_state_label(h->state));
      hit_.start = h->start;
      hit_.end = h->end;
    }
  }
  return lane_h * static_cast<float>(ms.size());
}

// [SECTION] GC and sysmon lanes
float TimelinePanel::draw_gc_sysmon(const PanelContext& ctx, const TimelineContext& tc, ImVec2 o, float lane_h, bool gc,
                                    bool sysmon) {
  const TimelineLanes& tl = ctx.session.timeline().lanes();
  const Surface& sf = ctx.theme.surface();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (!gc) {
    // Presenter mode at a sysmon step with no GC in it: sysmon's lane alone.
    if (!sysmon) return 0.0f;
    lane_label(ctx, o, lane_h, tr(Str::kTlSysmonLane));
    dl->AddRectFilled(ImVec2(tc.x0, o.y + 1), ImVec2(tc.x0 + tc.width, o.y + lane_h - 2), Theme::u32(sf.lane_bg));
    draw_ticks(ctx, tc, tl.sysmon_events(), o.y + 2, o.y + lane_h - 3);
    return lane_h;
  }
  // GC: the phases as bars, the GC events the level of detail shows as ticks under them.
  lane_label(ctx, o, lane_h, tr(Str::kTlGcLane));
  const float bar = lane_h * 0.62f;
  dl->AddRectFilled(ImVec2(tc.x0, o.y + 1), ImVec2(tc.x0 + tc.width, o.y + bar), Theme::u32(sf.lane_bg));
  const GcSlice* h = draw_slices(ctx, tc, tl.gc(), o.y + 1, o.y + bar, [&](const GcSlice& s, SliceLook* look) {
    const auto ph = static_cast<heap::GCPhase>(s.phase);
    const bool stw = ph == heap::GCPhase::kSweepTerm || ph == heap::GCPhase::kMarkTerm;
    look->fill = stw ? colors::kCursor : ph == heap::GCPhase::kMark ? Theme::category_color(EventCategory::kGC) : colors::kRunnable;
    return std::string(gc_phase_label(s.phase));
  });
  if (h != nullptr) {
    hit_.set = true;
    hit_.first_event = h->first_event;
    hit_.goid = 0;
    hit_.tip = gc_phase_label(h->phase);
    hit_.start = h->start;
    hit_.end = h->end;
  }
  draw_ticks(ctx, tc, tl.gc_events(), o.y + bar + 1, o.y + lane_h - 2);
  const float mark_h = draw_mark_lanes(ctx, tc, ImVec2(o.x, o.y + lane_h), mark_lane_height());
  if (!sysmon) return lane_h + mark_h;
  // sysmon: its retakes, preemption requests and netpolls, as ticks the full lane high.
  const ImVec2 so(o.x, o.y + lane_h + mark_h);
  lane_label(ctx, so, lane_h, tr(Str::kTlSysmonLane));
  dl->AddRectFilled(ImVec2(tc.x0, so.y + 1), ImVec2(tc.x0 + tc.width, so.y + lane_h - 2), Theme::u32(sf.lane_bg));
  draw_ticks(ctx, tc, tl.sysmon_events(), so.y + 2, so.y + lane_h - 3);
  return lane_h * 2 + mark_h;
}

// [SECTION] mark lanes
size_t TimelinePanel::mark_lanes(const TimelineLanes& tl) {
  size_t n = 0;
  for (size_t p = 0; p < tl.mark_procs(); ++p) n += tl.mark_slices(p).empty() ? 0 : 1;
  return n;
}

float TimelinePanel::mark_lane_height() { return ImGui::GetFontSize() * 1.3f; }

// One lane per P that ever marked: each turn of mark work and who did it. Go's trace shows the
// same as a gcBgMarkWorker goroutine labelled "GC (dedicated)", "GC (fractional)" or "GC (idle)"
// on the P, and an assist as a "GC assist" region of the allocating goroutine.
float TimelinePanel::draw_mark_lanes(const PanelContext& ctx, const TimelineContext& tc, ImVec2 o, float lane_h) {
  const TimelineLanes& tl = ctx.session.timeline().lanes();
  const Surface& sf = ctx.theme.surface();
  float y = o.y;
  for (size_t p = 0; p < tl.mark_procs(); ++p) {
    const std::vector<MarkSlice>& sl = tl.mark_slices(p);
    if (sl.empty()) continue;
    const ImVec2 lo(o.x, y);
    y += lane_h;
    if (!ImGui::IsRectVisible(lo, ImVec2(tc.x0 + tc.width, lo.y + lane_h))) continue;
    lane_label(ctx, lo, lane_h, trf(Str::kTlMarkLane, p));
    const float y0 = lo.y + 1, y1 = lo.y + lane_h - 2;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(tc.x0, y0), ImVec2(tc.x0 + tc.width, y1), Theme::u32(sf.lane_bg));
    const MarkSlice* h = draw_slices(ctx, tc, sl, y0, y1, [&](const MarkSlice& s, SliceLook* look) {
      switch (static_cast<heap::MarkWorkerMode>(s.mode)) {
        case heap::MarkWorkerMode::kNotWorker:
          look->fill = colors::kMarkAssist;
          look->outlined = ctx.settings.selection.is_g(s.goid);
          return trf(Str::kTlMarkAssist, s.goid);
        case heap::MarkWorkerMode::kDedicated: look->fill = colors::kMarkDedicated; return std::string(tr(Str::kTlMarkDedicated));
        case heap::MarkWorkerMode::kFractional:
          look->fill = colors::kMarkFractional;
          return std::string(tr(Str::kTlMarkFractional));
        case heap::MarkWorkerMode::kIdle: look->fill = colors::kMarkIdle; return std::string(tr(Str::kTlMarkIdle));
      }
      return std::string();
    });
    if (h != nullptr) {
      hit_.set = true;
      hit_.first_event = h->first_event;
      const bool assist = h->mode == static_cast<uint8_t>(heap::MarkWorkerMode::kNotWorker);
      hit_.goid = assist ? h->goid : 0;
      const char* mode = h->mode == static_cast<uint8_t>(heap::MarkWorkerMode::kDedicated)    ? tr(Str::kTlMarkDedicated)
                         : h->mode == static_cast<uint8_t>(heap::MarkWorkerMode::kFractional) ? tr(Str::kTlMarkFractional)
                                                                                                 : tr(Str::kTlMarkIdle);
      hit_.tip = assist ? trf(Str::kTlMarkAssistTip, p, h->goid, h->work) : trf(Str::kTlMarkWorkerTip, p, mode, h->work);
      if (!assist) hit_.tip += std::string("\n") + tr(Str::kTlMarkSimplified);
      hit_.start = h->start;
      hit_.end = h->end;
    }
  }
  return y - o.y;
}

// [SECTION] flow arrows
void TimelinePanel::draw_flows(const PanelContext& ctx, const TimelineContext& tc, float lanes_y0, float lane_total,
                               int32_t procs) {
  const std::vector<Flow>& fl = ctx.session.timeline().lanes().flows();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const VTime now = ctx.session.now();
  // Lane -1 ("other") is drawn last, under the P lanes.
  auto lane_y = [&](int32_t p) {
    const int32_t row = p < 0 || p >= procs ? procs : p;
    return lanes_y0 + lane_total * (static_cast<float>(row) + 0.31f);
  };
  auto it = std::partition_point(fl.begin(), fl.end(), [&](const Flow& f) { return f.t1 < tc.t0; });
  // Too many arrows are a smear: past a budget, keep one per pixel column.
  float last_x = -1e9f;
  int drawn = 0;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  for (; it != fl.end() && it->t1 <= tc.t1; ++it) {
    if (it->t0 > tc.t1) continue;
    if (ctx.settings.hide_future && it->t1 > now) break;
    const float x1 = tc.x(it->t1);
    if (drawn > 400 && x1 - last_x < 1.0f) continue;
    last_x = x1;
    ++drawn;
    const ImVec2 a(tc.x(it->t0), lane_y(it->p0)), b(x1, lane_y(it->p1));
    const bool steal = it->kind == Flow::kSteal;
    const Rgb c = steal ? colors::kWaiting : Rgb{40, 40, 40};
    const uint8_t alpha = it->t1 > now ? 70 : 200;
    dl->AddLine(a, b, Theme::u32(c, alpha), steal ? 2.5f : 1.2f);
    // The arrowhead at the landing end.
    const float dx = b.x - a.x, dy = b.y - a.y, len = std::sqrt(dx * dx + dy * dy);
    if (len > 6.0f) {
      const float ux = dx / len, uy = dy / len, s = ImGui::GetFontSize() * 0.35f;
      dl->AddTriangleFilled(b, ImVec2(b.x - ux * s - uy * s * 0.6f, b.y - uy * s + ux * s * 0.6f),
                            ImVec2(b.x - ux * s + uy * s * 0.6f, b.y - uy * s - ux * s * 0.6f), Theme::u32(c, alpha));
    }
    if (!hit_.set && std::fabs(mouse.x - b.x) < 4 && std::fabs(mouse.y - b.y) < 6) {
      hit_.set = true;
      hit_.first_event = it->event;
      hit_.goid = it->goid;
      hit_.tip = steal ? trf(Str::kTlStealTip, it->p1, it->p0) : trf(Str::kTlWakeTip, it->goid);
      hit_.start = it->t0;
      hit_.end = it->t1;
    }
  }
}

// [SECTION] goroutine rows
void TimelinePanel::draw_g_rows(const PanelContext& ctx, const TimelineContext& tc, const std::vector<int64_t>& goids,
                                ImVec2 size) {
  const TimelineLanes& tl = ctx.session.timeline().lanes();
  const float fs = ImGui::GetFontSize();
  const float row_h = fs * 1.2f;
  if (!ImGui::BeginChild("grows", size, false)) {
    ImGui::EndChild();
    return;
  }
  const Surface& sf = ctx.theme.surface();
  ImGuiListClipper clip;
  clip.Begin(static_cast<int>(goids.size()), row_h);
  while (clip.Step()) {
    for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
      const int64_t goid = goids[static_cast<size_t>(i)];
      const ImVec2 lo = ImGui::GetCursorScreenPos();
      ImGui::Dummy(ImVec2(size.x, row_h));
      ImDrawList* dl = ImGui::GetWindowDrawList();
      // The row's name on a chip of the G's colour: the same colour as its slices in the lanes.
      const std::string name = fmt::format("G{}", goid);
      const Rgb chip = palette_.colour(goid);
      const float tw = ImGui::CalcTextSize(name.c_str()).x;
      dl->AddRectFilled(ImVec2(lo.x + 2, lo.y + 1), ImVec2(lo.x + 6 + tw, lo.y + row_h - 1), Theme::u32(chip), 3.0f);
      dl->AddText(ImVec2(lo.x + 4, lo.y + (row_h - fs) * 0.5f),
                  Theme::u32(ctx.settings.selection.is_g(goid) ? colors::kSelected : text_on(chip)), name.c_str());
      const float y0 = lo.y + 1, y1 = lo.y + row_h - 1;
      dl->AddRectFilled(ImVec2(tc.x0, y0), ImVec2(tc.x0 + tc.width, y1), Theme::u32(sf.lane_bg));
      const GSlice* h = draw_slices(ctx, tc, tl.g_slices(goid), y0, y1, [&](const GSlice& s, SliceLook* look) {
        switch (s.state) {
          case GState::kRunning:
            look->fill = colors::kRunning;
            return fmt::format("P{}", s.p);
          case GState::kRunnable:
            look->fill = colors::kRunnable;
            return std::string(tr(Str::kTlRunnable));
          case GState::kWaiting:
            look->fill = colors::kWaiting;
            return std::string(wait_reason_string(static_cast<WaitReason>(s.reason)));
          case GState::kSyscall:
            look->fill = colors::kSyscall;
            return std::string(tr(Str::kTlSyscall));
        }
        return std::string();
      });
      if (h != nullptr) {
        hit_.set = true;
        hit_.first_event = h->first_event;
        hit_.goid = goid;
        switch (h->state) {
          case GState::kRunning: hit_.tip = trf(Str::kTlGRunningTip, goid, h->p); break;
          case GState::kWaiting:
            hit_.tip = trf(Str::kTlGWaitingTip, goid, wait_reason_string(static_cast<WaitReason>(h->reason)));
            break;
          case GState::kRunnable: hit_.tip = trf(Str::kTlGSliceTip, goid, tr(Str::kTlRunnable)); break;
          case GState::kSyscall: hit_.tip = trf(Str::kTlGSliceTip, goid, tr(Str::kTlSyscall)); break;
        }
        hit_.start = h->start;
        hit_.end = h->end;
      }
    }
  }
  // The cursor runs through the rows too.
  const float cx = tc.x(ctx.session.now());
  if (cx >= tc.x0 && cx <= tc.x0 + tc.width) {
    const ImVec2 wp = ImGui::GetWindowPos();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(cx, wp.y), ImVec2(cx, wp.y + ImGui::GetWindowHeight()),
                                        Theme::u32(colors::kCursor), 2.5f);
  }
  if (ImGui::IsWindowHovered()) interact_hit(ctx);
  ImGui::EndChild();
}

}  // namespace gosim::viz
