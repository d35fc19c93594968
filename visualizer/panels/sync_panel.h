// Sync panel: package sync's objects at the cursor (sync_view.h) — a Mutex's state word as
// chips (locked, woken, starving, waiters), a WaitGroup's counter, an RWMutex's readers — and
// under each the runtime semaphores inside it with the goroutines asleep on them, the next to
// wake first; then semaphores outside any sync object. The object the current event concerns
// is outlined.
#pragma once

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/session/sync_view.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

class SyncPanel final : public Panel {
 public:
  const char* id() const override { return "sync"; }
  const char* title() const override { return tr(Str::kPanelSync); }
  void draw(const PanelContext& ctx) override;

 private:
  void draw_object(const PanelContext& ctx, const SyncRow& r);
  uint64_t rev_ = ~0ull;
  SyncView view_;
  int scroll_to_current_ = 0;  // frames left to keep the current object in view (channels_panel.h)
};

}  // namespace gosim::viz
