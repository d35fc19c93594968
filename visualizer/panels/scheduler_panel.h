// Scheduler panel: the G-M-P picture at the cursor (Go: runtime/proc.go, runtime2.go).
//
// Each P is a lane: the P with its M, the G running on it, its runnext slot and the first
// slots of its local run queue with the queue's length. Above the lanes: the global run queue,
// idle Ps and Ms and the Ms themselves; below: goroutines in system calls and goroutines
// waiting, grouped by Go's wait reason (the words a goroutine dump prints). Click a token, a P
// or an M to inspect it.
#pragma once

#include "visualizer/ui/g_token.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

class SchedulerPanel final : public Panel {
 public:
  const char* id() const override { return "scheduler"; }
  const char* title() const override { return tr(Str::kPanelScheduler); }
  void draw(const PanelContext& ctx) override;

 private:
  void draw_summary(const PanelContext& ctx);
  void draw_global_queue(const PanelContext& ctx);
  void draw_ms(const PanelContext& ctx);
  void draw_lane(const PanelContext& ctx, const PLane& lane, ImVec2 origin, float width);
  void draw_syscalls(const PanelContext& ctx);
  void draw_waiting(const PanelContext& ctx);
  void draw_dense_lanes(const PanelContext& ctx, float width, float lane_h);
  void runtime_chip(const PanelContext& ctx, size_t nsys);
  // Room around a lane's tokens; dense lanes keep less (the outline of a selected token still clears it).
  float lane_pad() const { return ImGui::GetFontSize() * (dense_ ? 0.22f : 0.35f); }
  // Rows of tokens from `pos` to `right`, at most `max_rows` rows and `max_tokens` tokens, then
  // "+N" for the rest. `tag` names the place (global queue, P's local queue, waiting group);
  // each token's slot is its index.
  struct Row {
    int shown = 0;
    int rows = 0;
  };
  Row token_row(const PanelContext& ctx, const std::vector<GToken>& gs, ImVec2 pos, float right, int max_rows,
                PlaceTag tag, int max_tokens = 1 << 30);

  TokenSize size_ = TokenSize::kFull;  // chosen per frame from the number of Ps
  bool dense_ = false;                 // presenter mode, up to 8 Ps (4..8 in a lesson): bare Ps folded (draw_dense_lanes)
};

}  // namespace gosim::viz
