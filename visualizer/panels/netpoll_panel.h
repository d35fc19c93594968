// Netpoll panel: the netpoller at the cursor (netpoll_view.h) — each socket's fd with what it
// is (listener and port, connection and peer), bytes waiting to be read, and the goroutine
// parked in IO wait on it; the ready list the next netpoll collects; whether an M would be
// blocked in netpoll — and sysmon: its M, idle cycles, usleep and next wake-up.
#pragma once

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/session/netpoll_view.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

class NetpollPanel final : public Panel {
 public:
  const char* id() const override { return "netpoll"; }
  const char* title() const override { return tr(Str::kPanelNetpoll); }
  void draw(const PanelContext& ctx) override;

 private:
  void draw_fd(const PanelContext& ctx, const FdRow& f, float label_w);
  void draw_sysmon(const PanelContext& ctx);
  uint64_t rev_ = ~0ull;
  NetpollView view_;
};

}  // namespace gosim::viz
