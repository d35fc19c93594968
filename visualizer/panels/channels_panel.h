// Channels panel: every channel at the cursor (chan_view.h) as a ring of cap slots with the
// buffered values, sendx/recvx marked under their slots, a "closed" chip, and the goroutines
// parked in sendq (with the value each offers) and recvq as tokens. The channel the current
// event concerns is outlined and scrolled into view.
#pragma once

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/session/chan_view.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

class ChannelsPanel final : public Panel {
 public:
  const char* id() const override { return "channels"; }
  const char* title() const override { return tr(Str::kPanelChannels); }
  void draw(const PanelContext& ctx) override;

 private:
  void draw_chan(const PanelContext& ctx, const ChanRow& c);
  void draw_slots(const PanelContext& ctx, const ChanRow& c);
  uint64_t rev_ = ~0ull;
  ChanView view_;
  // Frames left in which the current channel is scrolled into view: presenter mode sizes the
  // panel over the first frames after a step, so one scroll at the old size could leave it cut.
  int scroll_to_current_ = 0;
};

}  // namespace gosim::viz
