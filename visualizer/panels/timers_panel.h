// Timers panel: each P's timer heap at the cursor (timer_view.h), earliest first: when it
// fires (absolute and relative to now) and what it wakes — a sleeping goroutine's token, or
// the channel a time.After sends on.
#pragma once

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/session/timer_view.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

class TimersPanel final : public Panel {
 public:
  const char* id() const override { return "timers"; }
  const char* title() const override { return tr(Str::kPanelTimers); }
  void draw(const PanelContext& ctx) override;

 private:
  uint64_t rev_ = ~0ull;
  TimerView view_;
};

}  // namespace gosim::viz
