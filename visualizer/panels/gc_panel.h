// GC timeline panel: the heap over the whole run and the collector's cycles.
//
//   - heap live (Go: heapLive, what the pacer watches) and the heap goal as lines over virtual
//     time, heap in use dimmer; from the series the session recorded with the run;
//   - each GC cycle as bands: its two stop-the-world pauses (sweep termination, mark
//     termination) solid, concurrent mark and sweep lighter;
//   - under the plot, a strip per P with mark work (workers) and assists;
//   - the cursor as a vertical line; a click moves the cursor to that virtual time.
// Runs without a collector (no gc_phase events) show the heap lines and say so.
#pragma once

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

class GcPanel final : public Panel {
 public:
  const char* id() const override { return "gc"; }
  const char* title() const override { return tr(Str::kPanelGc); }
  void draw(const PanelContext& ctx) override;

 private:
  // Per pixel column: the highest live, the goal and in-use at the column's end (cached per
  // run and width, never recomputed from the samples every frame).
  struct Column {
    bool any = false;
    uint64_t live = 0, goal = 0, inuse = 0;
  };
  uint64_t cols_run_ = ~0ull;
  int cols_w_ = -1;
  std::vector<Column> cols_;
};

}  // namespace gosim::viz
