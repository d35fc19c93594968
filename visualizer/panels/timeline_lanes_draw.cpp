// [SECTION] slices: one lane of intervals, merged below a pixel
// [SECTION] M lanes
// [SECTION] GC and sysmon lanes
// [SECTION] flow arrows
// [SECTION] goroutine rows
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "sim/heap/mgc_state.h"
#include "sim/rt/runtime2.h"
#include "sim/trace/detail_level.h"
#include "visualizer/panels/timeline_draw_util.h"
#include "visualizer/panels/timeline_panel.h"

namespace gosim::viz {

// [SECTION] slices: one lane of intervals, merged below a pixel
namespace {

// Draws the slices of one lane between y0 and y1 (sorted by start, not overlapping). `style`
// gives a slice's fill and label; slices thinner than a pixel become grey "busy" columns.
// Returns the slice under the mouse, or nullptr.
template <class Slice, class Style>
const Slice* draw_slices(const PanelContext& ctx, const TimelineContext& tc, const std::vector<Slice>& sl, float y0,
                         float y1, Style style) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Surface& sf = ctx.theme.surface();
  const VTime now = ctx.session.now();
  const bool hide = ctx.settings.hide_future;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const float fs = ImGui::GetFontSize();
  const Slice* hovered = nullptr;
  auto first_ending_after = [&](VTime t) {
    return std::partition_point(sl.begin(), sl.end(), [&](const Slice& r) { return r.end < t; });
  };
  RunMerger busy(dl, y0, y1);
  const ImU32 busy_col = Theme::u32(sf.text_dim);
  for (auto it = first_ending_after(tc.t0); it != sl.end() && it->start <= tc.t1;) {
    if (hide && it->start > now) break;
    const float xa = std::max(tc.x0, tc.x(it->start));
    const float xb = std::min(tc.x0 + tc.width, tc.x(hide ? std::min(it->end, now) : it->end));
    if (xb - xa < 1.0f) {
      const float col = std::floor(xa);
      busy.add(col, busy_col);
      it = first_ending_after(std::max(it->end + 1, tc.t(col + 1)));
      continue;
    }
    busy.flush();
    const bool future = it->start > now;
    Rgb fill;
    float inset = 0;  // a thinner bar for states that are not work (idle)
    const std::string label = style(*it, &fill, &inset);
    const float ya = y0 + inset, yb = y1 - inset;
    dl->AddRectFilled(ImVec2(xa, ya), ImVec2(xb, yb), Theme::u32(fill, future ? 90 : 255));
    if (xb - xa > 3.0f) dl->AddLine(ImVec2(xa, ya), ImVec2(xa, yb), Theme::u32(sf.window_bg), 1.0f);
    if (!label.empty() && inset == 0 && xb - xa > ImGui::CalcTextSize(label.c_str()).x + 4) {
      dl->AddText(ImVec2(xa + 2, y0 + (y1 - y0 - fs) * 0.5f), Theme::u32(text_on(fill), future ? 120 : 255), label.c_str());
    } else if (!label.empty() && inset > 0 && xb - xa > ImGui::CalcTextSize(label.c_str()).x + 4) {
      dl->AddText(ImVec2(xa + 2, y0 + (y1 - y0 - fs) * 0.5f), Theme::u32(sf.text_dim), label.c_str());
    }
    if (mouse.x >= xa && mouse.x < xb && mouse.y >= y0 && mouse.y < y1) hovered = &*it;
    ++it;
  }
  return hovered;
}

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

void lane_label(const PanelContext& ctx, ImVec2 o, float h, const std::string& name) {
  const float fs = ImGui::GetFontSize();
  ImGui::GetWindowDrawList()->AddText(ImVec2(o.x + 4, o.y + (h - fs) * 0.5f), Theme::u32(ctx.theme.surface().text),
                                      name.c_str());
}

}  // namespace

// [SECTION] M lanes
float TimelinePanel::draw_m_lanes(const PanelContext& ctx, const TimelineContext& tc, ImVec2 o, float lane_h) {
  const TimelineLanes& tl = ctx.session.timeline().lanes();
  const Surface& sf = ctx.theme.surface();
  for (size_t m = 0; m < tl.ms(); ++m) {
    const ImVec2 lo(o.x, o.y + lane_h * static_cast<float>(m));
    if (!ImGui::IsRectVisible(lo, ImVec2(lo.x + tc.width + tc.x0 - o.x, lo.y + lane_h))) continue;
    lane_label(ctx, lo, lane_h, fmt::format("M{}", m));
    const float y0 = lo.y + 1, y1 = lo.y + lane_h - 2;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(tc.x0, y0), ImVec2(tc.x0 + tc.width, y1), Theme::u32(sf.lane_bg));
    const MSlice* h = draw_slices(ctx, tc, tl.m_slices(m), y0, y1, [&](const MSlice& s, Rgb* fill, float* inset) {
      switch (s.state) {
        case MState::kRunning:
          *fill = palette_.colour(s.goid);
          return fmt::format("G{}", s.goid);
        case MState::kSyscall:
          *fill = colors::kSyscall;
          return fmt::format("G{} {}", s.goid, tr(Str::kTlSyscall));
        case MState::kLooking:
          *fill = colors::kRunnable;
          return std::string(tr(Str::kTlLooking));
        case MState::kIdle:
          *fill = sf.text_dim;
          *inset = (y1 - y0) * 0.42f;
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
  return lane_h * static_cast<float>(tl.ms());
}

// [SECTION] GC and sysmon lanes
float TimelinePanel::draw_gc_sysmon(const PanelContext& ctx, const TimelineContext& tc, ImVec2 o, float lane_h) {
  const TimelineLanes& tl = ctx.session.timeline().lanes();
  const Surface& sf = ctx.theme.surface();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // GC: the phases as bars, the GC events the level of detail shows as ticks under them.
  lane_label(ctx, o, lane_h, tr(Str::kTlGcLane));
  const float bar = lane_h * 0.62f;
  dl->AddRectFilled(ImVec2(tc.x0, o.y + 1), ImVec2(tc.x0 + tc.width, o.y + bar), Theme::u32(sf.lane_bg));
  const GcSlice* h = draw_slices(ctx, tc, tl.gc(), o.y + 1, o.y + bar, [&](const GcSlice& s, Rgb* fill, float*) {
    const auto ph = static_cast<heap::GCPhase>(s.phase);
    const bool stw = ph == heap::GCPhase::kSweepTerm || ph == heap::GCPhase::kMarkTerm;
    *fill = stw ? colors::kCursor : ph == heap::GCPhase::kMark ? Theme::category_color(EventCategory::kGC) : colors::kRunnable;
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
  // sysmon: its retakes, preemption requests and netpolls, as ticks the full lane high.
  const ImVec2 so(o.x, o.y + lane_h);
  lane_label(ctx, so, lane_h, tr(Str::kTlSysmonLane));
  dl->AddRectFilled(ImVec2(tc.x0, so.y + 1), ImVec2(tc.x0 + tc.width, so.y + lane_h - 2), Theme::u32(sf.lane_bg));
  draw_ticks(ctx, tc, tl.sysmon_events(), so.y + 2, so.y + lane_h - 3);
  return lane_h * 2;
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
void TimelinePanel::draw_g_rows(const PanelContext& ctx, const TimelineContext& tc, ImVec2 size) {
  const TimelineLanes& tl = ctx.session.timeline().lanes();
  const std::vector<int64_t>& goids = tl.goids();
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
      const GSlice* h = draw_slices(ctx, tc, tl.g_slices(goid), y0, y1, [&](const GSlice& s, Rgb* fill, float*) {
        switch (s.state) {
          case GState::kRunning:
            *fill = colors::kRunning;
            return fmt::format("P{}", s.p);
          case GState::kRunnable:
            *fill = colors::kRunnable;
            return std::string(tr(Str::kTlRunnable));
          case GState::kWaiting:
            *fill = colors::kWaiting;
            return std::string(wait_reason_string(static_cast<WaitReason>(s.reason)));
          case GState::kSyscall:
            *fill = colors::kSyscall;
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
