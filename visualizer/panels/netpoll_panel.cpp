#include "visualizer/panels/netpoll_panel.h"

#include <algorithm>

#include <fmt/format.h>

#include "sim/trace/vtime.h"
#include "visualizer/ui/text_fit.h"
#include "visualizer/ui/token_row.h"

namespace gosim::viz {

namespace {

std::string fd_text(const FdRow& f) {
  std::string t;
  auto add = [&](const std::string& part) { t += (t.empty() ? "" : " · ") + part; };
  if (f.listener) {
    add(trf(Str::kFdListener, f.port));
    if (f.accept_queue > 0) add(trf(Str::kFdAcceptQueue, f.accept_queue));
  } else if (f.peer >= 0) {
    add(trf(Str::kFdConn, f.peer));
  } else if (!f.connected) {
    add(tr(Str::kFdConnecting));
  }
  if (f.inbuf > 0) add(trf(Str::kFdBuffered, f.inbuf));
  if (f.eof) add(tr(Str::kFdEof));
  if (f.closed) add(tr(Str::kFdClosed));
  return t;
}

}  // namespace

void NetpollPanel::draw(const PanelContext& ctx) {
  const Session& s = ctx.session;
  if (!s.loaded()) return;
  if (rev_ != s.revision()) {
    view_ = build_netpoll_view(s);
    rev_ = s.revision();
  }
  const float fs = ImGui::GetFontSize();
  elided_text(trf(Str::kNetSummary, view_.waiters, view_.in_flight, format_vtime(view_.lastpoll)),
              ImGui::GetContentRegionAvail().x - text_width(" (?)"));
  ImGui::SameLine();
  help_marker(tr(Str::kNetHelp));
  const float child_top = ImGui::GetCursorPosY();
  ImGui::BeginChild("netpoll", ImVec2(0, 0), false);
  if (view_.fds.empty()) ImGui::TextDisabled("%s", tr(Str::kNetNone));
  // The fd column: as wide as the widest description, at most half the panel (then elided).
  float label_w = 0;
  for (const FdRow& f : view_.fds) label_w = std::max(label_w, text_width(trf(Str::kFd, f.fd) + "  " + fd_text(f)));
  label_w = std::min(label_w + fs, ImGui::GetContentRegionAvail().x * 0.6f);
  for (const FdRow& f : view_.fds) draw_fd(ctx, f, label_w);
  // Room for the polled row's indent too (it is drawn inside the current-event outline): its
  // label read "this netpoll return…".
  const float rl = std::max(text_width(tr(Str::kNetReady)), view_.polled.empty() ? 0.0f : text_width(tr(Str::kNetPolled))) + fs * 0.6f +
                   ctx.theme.outline() * 2.0f + 2.0f;
  const float row_label_w = std::min(rl, ImGui::GetContentRegionAvail().x * 0.5f);
  if (!view_.polled.empty()) {
    // At a netpoll event the ready list has just been emptied: the row shows what this call
    // took from it, each goroutine over the fd it waited on, outlined as the event's subject.
    std::vector<std::string> fds;
    for (const int64_t fd : view_.polled_fds) fds.push_back(trf(Str::kFd, fd));
    const float top = ImGui::GetCursorScreenPos().y;
    const float inset = ctx.theme.outline() * 2.0f + 2.0f;
    ImGui::Indent(inset);
    token_row(ctx, tr(Str::kNetPolled), row_label_w - inset, view_.polled, fds, "netpoll:polled:");
    ImGui::Unindent(inset);
    current_outline(top, ctx.theme);
  }
  token_row(ctx, tr(Str::kNetReady), row_label_w, view_.ready, {}, "netpoll:ready:");
  if (view_.all_ps_idle && view_.waiters > 0) {
    wrapped_text(trf(Str::kNetBlockedM, view_.waiters));
  } else {
    ImGui::TextDisabled("%s", tr(Str::kNoMInNetpoll));
  }
  ImGui::Separator();
  draw_sysmon(ctx);
  const float content = ImGui::GetCursorPosY();  // presenter mode fits to all of it
  ImGui::EndChild();
  ctx.record.want_h["netpoll"] = child_top + content + ImGui::GetStyle().WindowPadding.y * 2;
}

void NetpollPanel::draw_fd(const PanelContext& ctx, const FdRow& f, float label_w) {
  const float top = ImGui::GetCursorScreenPos().y;
  const std::string label = trf(Str::kFd, f.fd) + "  " + fd_text(f);
  std::vector<GToken> gs;
  if (f.waiter.valid()) gs.push_back(f.waiter);
  ImGui::PushID(static_cast<int>(f.fd));
  // Indented by the outline's width (channels_panel.cpp), so the current fd's frame covers no letter.
  const float inset = ctx.theme.outline() * 2.0f + 2.0f;
  ImGui::Indent(inset);
  token_row(ctx, label, label_w - inset, gs, {f.waiter.valid() ? tr(Str::kFdWaiter) : ""}, fmt::format("fd:{}:", f.fd));
  ImGui::Unindent(inset);
  ImGui::PopID();
  if (f.current) {
    current_outline(top, ctx.theme);
    ctx.record.marks[fmt::format("fd:{}:current", f.fd)] = Rect{ImVec2(0, top), ImVec2(0, ImGui::GetCursorScreenPos().y)};
  }
}

void NetpollPanel::draw_sysmon(const PanelContext& ctx) {
  const SysmonRow& sm = view_.sysmon;
  ImGui::TextUnformatted(tr(Str::kSysmonTitle));
  ImGui::SameLine();
  if (sm.m < 0) {
    ImGui::TextDisabled("%s", tr(Str::kSysmonNotStarted));
    return;
  }
  wrapped_text(trf(Str::kSysmonOn, sm.m, sm.idle, sm.delay_us));
  if (sm.deep_sleep) wrapped_text(sysmon_sleep_text(view_));
  if (sm.next_wake >= 0) {
    wrapped_text(trf(Str::kSysmonNext, format_vtime(sm.next_wake), format_vtime(std::max<VTime>(0, sm.next_wake - view_.now))));
  }
}

}  // namespace gosim::viz
