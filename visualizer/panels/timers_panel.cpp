#include "visualizer/panels/timers_panel.h"

#include <algorithm>

#include <fmt/format.h>

#include "sim/trace/vtime.h"
#include "visualizer/ui/g_token.h"
#include "visualizer/ui/text_fit.h"
#include "visualizer/ui/token_row.h"

namespace gosim::viz {

namespace {

std::string relative(VTime in) { return in >= 0 ? trf(Str::kTimerIn, format_vtime(in)) : trf(Str::kTimerDue, format_vtime(-in)); }

}  // namespace

void TimersPanel::draw(const PanelContext& ctx) {
  const Session& s = ctx.session;
  if (!s.loaded()) return;
  if (rev_ != s.revision()) {
    view_ = build_timer_view(s);
    rev_ = s.revision();
  }
  const float fs = ImGui::GetFontSize();
  std::string head = trf(Str::kTimersHeader, format_vtime(view_.now), view_.total);
  if (view_.current_fire) head += std::string(" · ") + tr(Str::kTimerFired);
  elided_text(head, ImGui::GetContentRegionAvail().x - text_width(" (?)"));
  ImGui::SameLine();
  help_marker(tr(Str::kTimersHelp));
  const float child_top = ImGui::GetCursorPosY();
  ImGui::BeginChild("timers", ImVec2(0, 0), false);
  // Columns: P, when, relative, what. Widths from the widest text this frame shows.
  float when_w = text_width(trf(Str::kTimerWhen, "0s")), in_w = text_width(relative(0));
  for (const PTimers& pt : view_.ps) {
    for (const TimerRow& t : pt.timers) {
      when_w = std::max(when_w, text_width(trf(Str::kTimerWhen, format_vtime(t.when))));
      in_w = std::max(in_w, text_width(relative(t.in)));
    }
  }
  const float p_w = text_width("P000") + fs * 0.5f;
  when_w += fs * 0.6f;
  in_w += fs * 0.6f;
  const ImVec2 ts = token_size(TokenSize::kCompact);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Surface& sf = ctx.theme.surface();
  for (const PTimers& pt : view_.ps) {
    // Ps without timers share one line at the end, so a 64-P run does not fill the panel.
    if (pt.timers.empty()) continue;
    ImGui::PushID(pt.p);
    for (size_t i = 0; i < pt.timers.size(); ++i) {
      const TimerRow& t = pt.timers[i];
      const ImVec2 o = ImGui::GetCursorScreenPos();
      const float avail = ImGui::GetContentRegionAvail().x;
      const float dy = (ts.y - fs) * 0.5f;
      if (i == 0) dl->AddText(ImVec2(o.x, o.y + dy), Theme::u32(sf.text), fmt::format("P{}", pt.p).c_str());
      float x = o.x + p_w;
      draw_elided(dl, ImVec2(x, o.y + dy), Theme::u32(sf.text), trf(Str::kTimerWhen, format_vtime(t.when)), when_w);
      x += when_w;
      draw_elided(dl, ImVec2(x, o.y + dy), Theme::u32(t.in < 0 ? colors::kCursor : sf.text_dim), relative(t.in), in_w);
      x += in_w;
      const float rest = o.x + avail - x;
      const std::string mark = fmt::format("timer:{}:{}", pt.p, i);
      if (t.g.valid()) {
        const float ww = text_width(tr(Str::kTimerWakes)) + fs * 0.4f;
        draw_elided(dl, ImVec2(x, o.y + dy), Theme::u32(sf.text_dim), tr(Str::kTimerWakes), std::min(ww, rest));
        const ImVec2 at(x + ww, o.y);
        ImGui::PushID(static_cast<int>(i));
        if (g_token(t.g, ctx.sched, at, ctx.settings.selection.is_g(t.g.goid), ctx.theme, TokenSize::kCompact)) {
          ctx.settings.selection = Selection::g(t.g.goid);
        }
        ImGui::PopID();
        ctx.record.marks[mark] = Rect{at, ImVec2(at.x + ts.x, at.y + ts.y)};
        ctx.record.marks[fmt::format("timer_g:{}", t.g.goid)] = ctx.record.marks[mark];
      } else {
        const std::string ch = t.chan_name.empty() ? trf(Str::kTimerAfterChan, t.chan) : t.chan_name;
        std::string what = (t.runs_func ? std::string(tr(Str::kTimerRunsFunc)) : trf(Str::kTimerSends, ch)) + " (" + t.origin + ")";
        // What a Stop or Reset left: Go marks the timer and moves it only when the heap gets to it.
        if (t.status == TimerStatus::kDeleted) what += std::string(" · ") + tr(Str::kTimerStatusDeleted);
        if (t.status == TimerStatus::kModifiedEarlier || t.status == TimerStatus::kModifiedLater) {
          what += std::string(" · ") + trf(Str::kTimerStatusModified, format_vtime(t.nextwhen));
        }
        draw_elided(dl, ImVec2(x, o.y + dy), Theme::u32(colors::kCatChan), what, rest);
        ctx.record.marks[mark] = Rect{ImVec2(x, o.y), ImVec2(x + rest, o.y + ts.y)};
      }
      ImGui::SetCursorScreenPos(o);
      ImGui::Dummy(ImVec2(avail, ts.y));
    }
    ImGui::PopID();
    ImGui::Separator();
  }
  std::string empty;
  for (const PTimers& pt : view_.ps) {
    if (pt.timers.empty()) empty += (empty.empty() ? "" : ", ") + fmt::format("P{}", pt.p);
  }
  if (!empty.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrapped_text(empty + ": " + tr(Str::kTimersNone));
    ImGui::PopStyleColor();
  }
  const float content = ImGui::GetCursorPosY();  // presenter mode fits to all of it
  ImGui::EndChild();
  ctx.record.want_h["timers"] = child_top + content + ImGui::GetStyle().WindowPadding.y * 2;
}

}  // namespace gosim::viz
