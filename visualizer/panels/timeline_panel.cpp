// [SECTION] window and follow-the-cursor
// [SECTION] time axis
// [SECTION] lanes: run slices
// [SECTION] event markers
// [SECTION] mouse
#include "visualizer/panels/timeline_panel.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "sim/trace/detail_level.h"
#include "sim/trace/vtime.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/panels/timeline_draw_util.h"
#include "visualizer/panels/timeline_slices.h"
#include "visualizer/panels/timeline_ticks.h"
#include "visualizer/ui/text_fit.h"

namespace gosim::viz {

namespace {

// 1, 2, 5 × 10^k nanoseconds: the tick spacing closest above `ns`.
VTime nice_step(double ns) {
  VTime step = 1;
  while (static_cast<double>(step) < ns) {
    if (static_cast<double>(step * 2) >= ns) return step * 2;
    if (static_cast<double>(step * 5) >= ns) return step * 5;
    step *= 10;
  }
  return step;
}

// What the step at the cursor needs below the P lanes, in presenter mode: a projector has room
// for the P lanes and little else, and a timeline that asks for every M, GC and goroutine lane
// shrinks the whole slide to half size. The M lanes come with a system call, sysmon's retake
// (the hand-off) and an M going to sleep or waking, and only the lanes of Ms that ever ran or
// slept (sysmon's M has its own lane); the GC lane (and its mark lanes) with the collector's
// events, sysmon's lane with sysmon's (a retake, a preemption request, its netpoll): a retake
// in a run without a GC showed an empty GC lane and an empty lane for sysmon's M, which held
// syscall_handoff's slide at 0.58 of full size. The goroutine rows are the event's goroutine
// and the selected one. Otherwise the checkboxes alone decide.
struct MomentLanes {
  bool m = true, gc = true, sysmon = true, all_g = true, all_m = true;
  std::vector<size_t> ms;      // the M lanes to show when !all_m
  std::vector<int64_t> goids;  // the rows to show when !all_g
};

MomentLanes moment_lanes(const Session& s, const UiSettings& st) {
  MomentLanes out;
  out.all_g = false;
  out.all_m = false;
  const Event* e = s.current();
  const EventKind k = e ? e->kind : EventKind::kCount;
  out.m = k == EventKind::kSyscallEnter || k == EventKind::kSyscallExit || k == EventKind::kRetake ||
          k == EventKind::kProcIdle || k == EventKind::kProcWake;
  out.gc = e != nullptr && (event_info(k).category == EventCategory::kGC || k == EventKind::kStopTheWorld);
  // netpoll's b is 1 when sysmon polled (sim/rt/netpoll.cpp).
  out.sysmon = e != nullptr && (k == EventKind::kRetake || k == EventKind::kSysmonPreempt || (k == EventKind::kNetpoll && e->b == 1));
  const TimelineLanes& tl = s.timeline().lanes();
  for (size_t m = 0; m < tl.ms(); ++m) {
    if (!tl.m_slices(m).empty()) out.ms.push_back(m);
  }
  const auto& known = s.timeline().lanes().goids();
  auto add = [&](int64_t goid) {
    if (goid <= 0 || std::find(out.goids.begin(), out.goids.end(), goid) != out.goids.end()) return;
    if (std::find(known.begin(), known.end(), goid) != known.end()) out.goids.push_back(goid);
  };
  if (e) add(e->g);
  if (st.selection.kind == Selection::Kind::kG) add(st.selection.id);
  return out;
}

}  // namespace

// [SECTION] window and follow-the-cursor
void TimelinePanel::draw(const PanelContext& ctx) {
  const Session& s = ctx.session;
  if (!s.loaded()) return;
  TimelineSettings& ts = ctx.settings.timeline;
  const VTime end = std::max<VTime>(s.end_time(), 1);
  if (ImGui::SmallButton(tr(Str::kFit))) ts.t1 = ts.t0 = 0;
  ImGui::SameLine();
  ImGui::Checkbox(tr(Str::kFollowCursor), &ts.follow_cursor);
  ImGui::SameLine();
  ImGui::Checkbox(tr(Str::kTlShowM), &ts.show_m);
  ImGui::SameLine();
  ImGui::Checkbox(tr(Str::kTlShowGc), &ts.show_gc);
  ImGui::SameLine();
  ImGui::Checkbox(tr(Str::kTlShowG), &ts.show_g);
  ImGui::SameLine();
  // Trimmed only while presenter mode picks its panels per step: a teacher who chose the
  // timeline (a script's panel step, the View menu) gets the lanes the checkboxes say.
  const bool trim = ctx.settings.presenter && ctx.settings.presenter_auto && ctx.lesson == nullptr;
  const MomentLanes moment = trim ? moment_lanes(s, ctx.settings) : MomentLanes{};
  const bool show_gc = ts.show_gc && moment.gc, show_sysmon = ts.show_gc && moment.sysmon;
  std::vector<size_t> m_rows = moment.ms;
  if (moment.all_m) {
    m_rows.clear();
    for (size_t m = 0; m < s.timeline().lanes().ms(); ++m) m_rows.push_back(m);
  }
  const bool show_m = ts.show_m && moment.m && !m_rows.empty();
  const std::vector<int64_t>& g_rows = moment.all_g ? s.timeline().lanes().goids() : moment.goids;
  const bool show_g = ts.show_g && !g_rows.empty();
  // The hint is the first thing to go when the panel is narrow (elided, whole in a tooltip).
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  elided_text(tr(moment.all_g ? Str::kTimelineHint : Str::kTlMomentHint), ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(" (?)").x - ImGui::GetStyle().ItemSpacing.x);
  ImGui::PopStyleColor();
  help_marker(tr(Str::kTimelineHelp));

  TimelineContext tc;
  if (ts.t1 <= ts.t0) {
    tc.t0 = 0;
    tc.t1 = end + end / 50 + 1;
  } else {
    tc.t0 = ts.t0;
    tc.t1 = ts.t1;
    if (ts.follow_cursor && (s.now() < tc.t0 || s.now() > tc.t1)) {
      const VTime span = tc.t1 - tc.t0;
      tc.t0 = std::max<VTime>(0, s.now() - span / 3);
      tc.t1 = tc.t0 + span;
      ts.t0 = tc.t0;
      ts.t1 = tc.t1;
    }
  }

  palette_.begin_frame();
  hit_ = {};
  const TimelineLanes& tl = s.timeline().lanes();
  const float fs = ImGui::GetFontSize();
  const float axis_h = fs * 1.5f;
  const int32_t lanes = s.timeline().procs();
  // The label column: as wide as its widest lane label and a gap, at least 4 ems, so the plot,
  // its slices and the cursor start right of every label (at 4 ems "sysmon" reached the cursor
  // at time 0, and "P11 mark" or a zoomed font would go under it).
  float label_w = fs * 4.0f;
  {
    auto fit = [&](std::string_view t) { label_w = std::max(label_w, std::ceil(text_width(t) + 4.0f + fs * 0.6f)); };
    fit(fmt::format("P{}", std::max(0, lanes - 1)));
    fit(tr(Str::kOther));
    if (show_m) fit(fmt::format("M{}", m_rows.back()));
    if (show_sysmon) fit(tr(Str::kTlSysmonLane));
    if (show_gc) {
      fit(tr(Str::kTlGcLane));
      if (tl.mark_procs() > 0) fit(trf(Str::kTlMarkLane, tl.mark_procs() - 1));
    }
  }
  // Below the P lanes: one compact lane per M, the GC and sysmon lanes, then the goroutine rows
  // (at least a few visible; they scroll on their own).
  const float m_h = fs * 1.3f;
  const float m_total = show_m ? m_h * static_cast<float>(m_rows.size()) : 0.0f;
  const float gc_h = fs * 1.5f;
  const float gc_total = (show_gc ? gc_h + mark_lane_height() * static_cast<float>(mark_lanes(tl)) : 0.0f) + (show_sysmon ? gc_h : 0.0f);
  const float g_min = show_g ? fs * 1.2f * static_cast<float>(std::min<size_t>(g_rows.size(), 5)) + fs * 0.3f : 0.0f;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float rest = axis_h + m_total + gc_total + g_min;
  // Presenter mode asks for P lanes a little lower (1.3 lines, still above the label's height):
  // beside a scheduler with four Ps the fit then stays readable on a 720p projector.
  const float lane_min = fs * (trim ? 1.3f : 1.6f);
  const float lane_total = std::max(lane_min, std::min(fs * 3.2f, (avail.y - rest) / static_cast<float>(lanes + 1)));
  const float p_total = lane_total * static_cast<float>(lanes + 1);
  const float plot_h = p_total + m_total + gc_total;
  // Presenter mode fits the lanes at their smallest readable height.
  ctx.record.want_h["timeline"] = ImGui::GetCursorPosY() + axis_h + lane_min * static_cast<float>(lanes + 1) + m_total +
                                  gc_total + g_min + ImGui::GetStyle().WindowPadding.y * 2;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  tc.x0 = origin.x + label_w;
  tc.width = std::max(10.0f, avail.x - label_w - fs * 0.5f);
  ctx.record.timeline_plot = Rect{ImVec2(tc.x0, origin.y + axis_h), ImVec2(tc.x0 + tc.width, origin.y + axis_h + plot_h)};

  ImGui::InvisibleButton("timeline_plot", ImVec2(avail.x, axis_h + plot_h));
  const bool plot_hovered = ImGui::IsItemHovered();
  draw_axis(ctx, tc, origin, axis_h);
  int32_t hovered_p = -1;
  size_t hovered_slice = 0;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(origin, ImVec2(origin.x + avail.x, origin.y + axis_h + plot_h), true);
  const float lanes_y0 = origin.y + axis_h;
  for (int32_t p = 0; p <= lanes; ++p) {
    const ImVec2 lo(origin.x, lanes_y0 + lane_total * static_cast<float>(p));
    if (!ImGui::IsRectVisible(lo, ImVec2(lo.x + avail.x, lo.y + lane_total))) continue;  // scrolled away
    size_t h = 0;
    if (draw_lane(ctx, tc, p == lanes ? -1 : p, lo, lane_total, &h) && plot_hovered) {
      hovered_p = p;
      hovered_slice = h;
    }
  }
  float y = lanes_y0 + p_total;
  if (show_m) {
    const float h = draw_m_lanes(ctx, tc, ImVec2(origin.x, y), m_h, m_rows);
    ctx.record.timeline_m_lanes = Rect{ImVec2(tc.x0, y), ImVec2(tc.x0 + tc.width, y + h)};
    y += h;
  }
  if (show_gc || show_sysmon) {
    const float h = draw_gc_sysmon(ctx, tc, ImVec2(origin.x, y), gc_h, show_gc, show_sysmon);
    // The mark lanes sit between the GC lane and sysmon's (empty when the run never marked).
    if (show_gc) {
      ctx.record.marks["timeline_mark_lanes"] = Rect{ImVec2(tc.x0, y + gc_h), ImVec2(tc.x0 + tc.width, y + h - (show_sysmon ? gc_h : 0.0f))};
    }
    y += h;
  }
  draw_flows(ctx, tc, lanes_y0, lane_total, lanes);
  // The cursor: after the event that happened last.
  const float cx = tc.x(s.now());
  if (cx >= tc.x0 - 1 && cx <= tc.x0 + tc.width + 1) {
    dl->AddLine(ImVec2(cx, origin.y + axis_h * 0.5f), ImVec2(cx, origin.y + axis_h + plot_h), Theme::u32(colors::kCursor), 2.5f);
    ctx.record.timeline_cursor_x = cx;
  }
  dl->PopClipRect();
  if (plot_hovered) interact(ctx, tc, hovered_p == lanes ? -1 : hovered_p, hovered_slice);
  if (show_g) {
    hit_ = {};
    const float h = std::max(g_min, ImGui::GetContentRegionAvail().y);
    draw_g_rows(ctx, tc, g_rows, ImVec2(avail.x, h));
  }
  ctx.record.recomputed["timeline_ticks"] += ticks_.take_builds();
}

// [SECTION] time axis
void TimelinePanel::draw_axis(const PanelContext& ctx, const TimelineContext& tc, ImVec2 origin, float h) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 dim = Theme::u32(ctx.theme.surface().text_dim);
  const VTime step = nice_step(tc.ns_per_px() * ImGui::GetFontSize() * 7);
  for (VTime t = (tc.t0 / step) * step; t <= tc.t1; t += step) {
    const float x = tc.x(t);
    if (x < tc.x0) continue;
    dl->AddLine(ImVec2(x, origin.y + h * 0.65f), ImVec2(x, origin.y + h), dim, 1.0f);
    dl->AddText(ImVec2(x + 2, origin.y), dim, format_vtime(t).c_str());
  }
}

// [SECTION] lanes: run slices
bool TimelinePanel::draw_lane(const PanelContext& ctx, const TimelineContext& tc, int32_t p, ImVec2 o, float h,
                              size_t* hovered) {
  const Session& s = ctx.session;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Surface& sf = ctx.theme.surface();
  const float fs = ImGui::GetFontSize();
  const float bar_h = h * 0.62f;
  const float y0 = o.y + 2, y1 = o.y + bar_h;
  dl->AddRectFilled(ImVec2(tc.x0, y0), ImVec2(tc.x0 + tc.width, y1), Theme::u32(sf.lane_bg));
  const bool sel_p = p >= 0 && ctx.settings.selection.is_p(p);
  const std::string name = p < 0 ? std::string(tr(Str::kOther)) : fmt::format("P{}", p);
  const ImVec2 at(o.x + 4, o.y + (bar_h - fs) * 0.5f);
  dl->AddText(at, Theme::u32(sel_p ? colors::kSelected : sf.text), name.c_str());
  ctx.record.marks["timeline:label:" + name] = Rect{at, ImVec2(at.x + text_width(name), at.y + fs)};
  draw_markers(ctx, tc, p, y1 + 1, o.y + h - 2);
  if (p < 0) return false;

  const std::vector<RunSlice>& sl = s.timeline().slices(p);
  const RunSlice* hit = draw_slices(ctx, tc, sl, y0, y1, [&](const RunSlice& r, SliceLook* look) {
    look->fill = palette_.colour(r.goid);
    look->outlined = ctx.settings.selection.is_g(r.goid);
    return fmt::format("G{}", r.goid);
  });
  if (hit == nullptr) return false;
  *hovered = static_cast<size_t>(hit - sl.data());
  return true;
}

// [SECTION] event markers
void TimelinePanel::draw_markers(const PanelContext& ctx, const TimelineContext& tc, int32_t p, float y0, float y1) {
  draw_ticks(ctx, tc, ctx.session.timeline().events_on(p), y0, y1);
}

void TimelinePanel::draw_ticks(const PanelContext& ctx, const TimelineContext& tc, const std::vector<uint32_t>& idx, float y0,
                               float y1) {
  const Session& s = ctx.session;
  // The columns are cached per window (timeline_ticks.h); the cursor only dims the future.
  const std::vector<TickColumn>& cols = ticks_.columns(s.run_id(), tc, ctx.settings.detail, idx, s.events());
  RunMerger ticks(ImGui::GetWindowDrawList(), y0, y1);
  for (const TickColumn& c : cols) {
    const bool future = c.event >= s.cursor();
    if (future && ctx.settings.hide_future) break;
    ticks.add(c.x, Theme::u32(c.colour, future ? 90 : 255));
  }
}

// [SECTION] mouse
void TimelinePanel::interact(const PanelContext& ctx, TimelineContext& tc, int32_t hovered_p, size_t hovered_slice) {
  ImGuiIO& io = ImGui::GetIO();
  TimelineSettings& ts = ctx.settings.timeline;
  const Session& s = ctx.session;
  if (io.MouseWheel != 0.0f && !io.KeyCtrl) {  // Ctrl+wheel zooms the whole UI
    const VTime at = tc.t(io.MousePos.x);
    const double f = io.MouseWheel > 0 ? 0.8 : 1.25;
    const auto span = std::max<VTime>(20, static_cast<VTime>(static_cast<double>(tc.t1 - tc.t0) * f));
    const double frac = static_cast<double>(io.MousePos.x - tc.x0) / tc.width;
    ts.t0 = std::max<VTime>(0, at - static_cast<VTime>(frac * static_cast<double>(span)));
    ts.t1 = ts.t0 + span;
  }
  if (ImGui::IsMouseDragging(ImGuiMouseButton_Left, 4.0f)) {
    const auto dt = static_cast<VTime>(static_cast<double>(-io.MouseDelta.x) * tc.ns_per_px());
    ts.t0 = std::max<VTime>(0, tc.t0 + dt);
    ts.t1 = ts.t0 + (tc.t1 - tc.t0);
    ts.follow_cursor = false;
    return;
  }
  if (hovered_p < 0 && hit_.set) {
    interact_hit(ctx);
    return;
  }
  if (hovered_p >= 0) {
    const RunSlice& r = s.timeline().slices(hovered_p)[hovered_slice];
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(trf(Str::kSliceTip, r.goid, hovered_p).c_str());
    ImGui::Text("%s → %s", format_vtime(r.start).c_str(), format_vtime(r.end).c_str());
    ImGui::TextDisabled("%s", trf(Str::kSliceEvents, r.first_event + 1, r.last_event + 1).c_str());
    ImGui::EndTooltip();
  }
  // A click is a release that did not drag.
  if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < 16.0f) {
    if (hovered_p >= 0) {
      const RunSlice& r = s.timeline().slices(hovered_p)[hovered_slice];
      ctx.settings.selection = Selection::g(r.goid);
      ctx.commands.seek(r.first_event + 1);
    } else {
      // The state at that virtual time: every event up to and including it has happened.
      const VTime t = tc.t(io.MousePos.x);
      const auto& ev = s.events();
      const auto it = std::partition_point(ev.begin(), ev.end(), [&](const Event& e) { return e.time <= t; });
      ctx.commands.seek(static_cast<uint64_t>(it - ev.begin()));
    }
  }
}

void TimelinePanel::interact_hit(const PanelContext& ctx) {
  if (!hit_.set) return;
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(hit_.tip.c_str());
  ImGui::Text("%s → %s", format_vtime(hit_.start).c_str(), format_vtime(hit_.end).c_str());
  ImGui::TextDisabled("%s", trf(Str::kTlFromEvent, hit_.first_event + 1).c_str());
  ImGui::EndTooltip();
  if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && ImGui::GetIO().MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < 16.0f) {
    if (hit_.goid > 0) ctx.settings.selection = Selection::g(hit_.goid);
    ctx.commands.seek(hit_.first_event + 1);
  }
}

}  // namespace gosim::viz
