#include "visualizer/panels/gc_panel.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/text_fit.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "sim/heap/mgc.h"
#include "sim/trace/vtime.h"

namespace gosim::viz {

namespace {

std::string mib(uint64_t b) {
  if (b >= (uint64_t{1} << 20)) return fmt::format("{:.2f} MiB", static_cast<double>(b) / (1 << 20));
  return fmt::format("{:.1f} KiB", static_cast<double>(b) / 1024);
}

}  // namespace

void GcPanel::draw(const PanelContext& ctx) {
  const Session& s = ctx.session;
  if (!s.loaded()) return;
  const GcSeries& gs = s.gc_series();
  const heap::Heap& h = s.model().heap;
  wrapped_text(trn(Str::kGcHeader, h.stats.numGC, mib(h.stats.heapLive), mib(heap::heapGoal(h)), mib(h.stats.inHeap), heap::gc_phase_name(h.gc.phase),
                   h.stats.numGC),
               ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(" (?)").x);
  ImGui::SameLine();
  help_marker(tr(Str::kGcHelp));
  if (!gs.has_gc_events()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrapped_text(tr(Str::kNoGcCycle));
    ImGui::PopStyleColor();
  }
  const ImVec2 o = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float fs = ImGui::GetFontSize();
  const int np = static_cast<int>(std::min<size_t>(s.model().allp.size(), 16));
  const bool strips = !gs.marks().empty();
  const float strip_h = strips ? std::floor(fs * 0.9f) : 0;
  const float axis_w = ImGui::CalcTextSize("000.0 MiB ").x;
  // The legend has a line of its own above the plot: drawn inside it, it covered the goal line,
  // which sits near the plot's top once the heap reaches its goal.
  const float legend_h = std::floor(fs * 1.25f);
  const ImVec2 pa(o.x + axis_w, o.y + 4 + legend_h);
  // The strips start a third of a line below the plot: the y axis's "0.0 KiB" ends at the
  // plot's bottom edge and the first strip's "P0" would otherwise print against it.
  const float strip_gap = strips ? std::floor(fs * 0.35f) : 0;
  const float below = fs * 1.6f + strip_gap + strip_h * static_cast<float>(strips ? np : 0);
  // A plot six lines tall with its axis and strips: what presenter mode fits to the screen (a
  // panel shorter than that drew no plot at all, at the pacer's own moment).
  ctx.record.want_h["gc"] = ImGui::GetCursorPosY() + 4 + legend_h + fs * 6 + below + ImGui::GetStyle().WindowPadding.y * 2;
  const ImVec2 pb(o.x + avail.x - 4, o.y + avail.y - below);
  if (pb.x - pa.x < 40 || pb.y - pa.y < 30) return;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Surface& sf = ctx.theme.surface();
  dl->AddRectFilled(pa, pb, Theme::u32(sf.lane_bg));
  ctx.record.gc_plot = Rect{pa, pb};
  const VTime end = std::max<VTime>(1, gs.end());
  const float w = pb.x - pa.x, ph = pb.y - pa.y;
  auto x_of = [&](VTime t) { return pa.x + w * static_cast<float>(static_cast<double>(t) / static_cast<double>(end)); };
  const double top = std::max<double>(1.0, static_cast<double>(gs.max_bytes()) * 1.1);
  auto y_of = [&](uint64_t b) { return pb.y - ph * static_cast<float>(static_cast<double>(b) / top); };

  // Cycles: bands behind the lines.
  int cycles = 0;
  for (const GcCycle& c : gs.cycles()) {
    auto band = [&](VTime t0, VTime t1, Rgb col, uint8_t alpha) {
      if (t0 < 0) return;
      if (t1 < 0) t1 = end;
      const float x0 = x_of(t0), x1 = std::max(x_of(t1), x0 + 2.0f);
      dl->AddRectFilled(ImVec2(x0, pa.y), ImVec2(x1, pb.y), Theme::u32(col, alpha));
    };
    band(c.mark, c.mark_term >= 0 ? c.mark_term : c.sweep, colors::kMarkPhase, 70);
    band(c.sweep, c.off, colors::kSweepPhase, 45);
    band(c.sweep_term, c.mark >= 0 ? c.mark : c.sweep_term, colors::kStw, 230);
    band(c.mark_term, c.sweep >= 0 ? c.sweep : c.mark_term, colors::kStw, 230);
    ++cycles;
  }
  ctx.record.gc_cycles = cycles;

  // Lines, from per-column aggregates built once per run and width.
  const int cw = static_cast<int>(w);
  if (cols_run_ != s.run_id() || cols_w_ != cw) {
    cols_.assign(static_cast<size_t>(cw) + 1, Column{});
    for (const GcSample& smp : gs.samples()) {
      const int x = std::clamp(static_cast<int>(static_cast<double>(smp.t) / static_cast<double>(end) * cw), 0, cw);
      Column& c = cols_[static_cast<size_t>(x)];
      c.live = c.any ? std::max(c.live, smp.live) : smp.live;
      c.goal = smp.goal;
      c.inuse = smp.inuse;
      c.any = true;
    }
    // Carry values across empty columns (the value holds until the next change).
    Column last;
    for (Column& c : cols_) {
      if (c.any) last = c;
      else if (last.any) c = Column{false, last.live, last.goal, last.inuse};
    }
    cols_run_ = s.run_id();
    cols_w_ = cw;
  }
  ctx.record.gc_samples = static_cast<int>(gs.samples().size());
  auto polyline = [&](auto value, Rgb col, float thick) {
    std::vector<ImVec2> pts;
    pts.reserve(cols_.size() * 2);
    for (size_t i = 0; i < cols_.size(); ++i) {
      const Column& c = cols_[i];
      if (!c.any && c.live == 0 && c.goal == 0) continue;
      const float x = pa.x + static_cast<float>(i);
      const float y = y_of(value(c));
      if (!pts.empty()) pts.emplace_back(x, pts.back().y);  // steps: a value holds until it changes
      pts.emplace_back(x, y);
    }
    if (pts.size() >= 2) dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), Theme::u32(col), 0, thick);
  };
  polyline([](const Column& c) { return c.inuse; }, sf.text_dim, 1.0f);
  polyline([](const Column& c) { return c.goal; }, colors::kHeapGoal, 2.0f);
  polyline([](const Column& c) { return c.live; }, colors::kHeapLive, 2.5f);
  // The y axis: zero, half and the top.
  for (double f : {0.0, 0.5, 1.0}) {
    const auto b = static_cast<uint64_t>(top * f / 1.1);
    const float y = y_of(b);
    dl->AddLine(ImVec2(pa.x - 4, y), ImVec2(pa.x, y), Theme::u32(sf.slot_empty));
    const std::string t = mib(b);
    // Never below the plot's bottom edge, where the per-P strips' labels ("P0") start.
    dl->AddText(ImVec2(o.x, std::min(y - fs * 0.5f, pb.y - fs)), Theme::u32(sf.text_dim), t.c_str());
  }
  // Legend.
  {
    float lx = pa.x + 6;
    const float ly = o.y + 2;
    auto item = [&](Rgb c, const char* t, bool line) {
      if (line) dl->AddLine(ImVec2(lx, ly + fs * 0.5f), ImVec2(lx + fs, ly + fs * 0.5f), Theme::u32(c), 2.5f);
      else dl->AddRectFilled(ImVec2(lx, ly + 2), ImVec2(lx + fs, ly + fs - 2), Theme::u32(c, 200));
      dl->AddText(ImVec2(lx + fs * 1.3f, ly), Theme::u32(sf.text), t);
      lx += fs * 1.3f + ImGui::CalcTextSize(t).x + fs;
    };
    item(colors::kHeapLive, tr(Str::kHeapLive), true);
    item(colors::kHeapGoal, tr(Str::kGoal), true);
    item(sf.text_dim, tr(Str::kInUse), true);
    item(colors::kStw, tr(Str::kStw), false);
    item(colors::kMarkPhase, tr(Str::kMark), false);
    item(colors::kSweepPhase, tr(Str::kSweep), false);
    ctx.record.marks["gc:legend"] = Rect{ImVec2(pa.x + 6, ly), ImVec2(lx, ly + fs)};
  }
  // Strips: mark work and assists per P.
  if (strips) {
    for (int p = 0; p < np; ++p) {
      const float y0 = pb.y + strip_gap + 2 + strip_h * static_cast<float>(p), y1 = y0 + strip_h - 2;
      dl->AddRectFilled(ImVec2(pa.x, y0), ImVec2(pb.x, y1), Theme::u32(sf.lane_bg));
      const std::string pl = fmt::format("P{}", p);
      dl->AddText(ImGui::GetFont(), fs * 0.8f, ImVec2(o.x, y0 - 1), Theme::u32(sf.text_dim), pl.c_str());
    }
    float last_x[16];
    bool last_a[16];
    std::fill(std::begin(last_x), std::end(last_x), -1.0f);
    std::fill(std::begin(last_a), std::end(last_a), false);
    for (const GcMark& m : gs.marks()) {
      if (m.p < 0 || m.p >= np) continue;
      const float x = std::floor(x_of(m.t));
      if (x == last_x[m.p] && (last_a[m.p] || !m.assist)) continue;  // one mark per pixel
      last_x[m.p] = x;
      last_a[m.p] = m.assist;
      const float y0 = pb.y + strip_gap + 2 + strip_h * static_cast<float>(m.p);
      dl->AddRectFilled(ImVec2(x, y0), ImVec2(x + 2, y0 + strip_h - 2), Theme::u32(m.assist ? colors::kStw : colors::kHeapLive));
    }
  }
  const float bottom = pb.y + (strips ? strip_gap + strip_h * static_cast<float>(np) + 2 : 0);
  // The cursor.
  const float cx = x_of(s.now());
  dl->AddLine(ImVec2(cx, pa.y), ImVec2(cx, bottom), Theme::u32(colors::kCursor), 2.0f);
  ctx.record.gc_cursor_x = cx;
  // Time axis: the run's start and end.
  dl->AddText(ImVec2(pa.x, bottom + 2), Theme::u32(sf.text_dim), "0");
  const std::string et = format_vtime(end);
  dl->AddText(ImVec2(pb.x - ImGui::CalcTextSize(et.c_str()).x, bottom + 2), Theme::u32(sf.text_dim), et.c_str());
  // Click to seek; hover to read.
  ImGui::SetCursorScreenPos(pa);
  ImGui::InvisibleButton("gc_plot", ImVec2(w, bottom - pa.y));
  if (ImGui::IsItemHovered()) {
    const float mx = ImGui::GetIO().MousePos.x;
    const auto t = static_cast<VTime>(static_cast<double>(mx - pa.x) / w * static_cast<double>(end));
    const int col = std::clamp(static_cast<int>(mx - pa.x), 0, cw);
    const Column& c = cols_[static_cast<size_t>(col)];
    ImGui::SetTooltip("%s", trf(Str::kGcPlotTip, format_vtime(t), mib(c.live), mib(c.goal), mib(c.inuse)).c_str());
    if (ImGui::IsItemClicked()) ctx.commands.seek(s.events_until(t));
  }
}

}  // namespace gosim::viz
