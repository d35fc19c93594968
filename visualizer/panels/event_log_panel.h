// Event log panel: every event of the run, one row each — its number, virtual time, P and G,
// the sentence a learner reads and the Go runtime function it models (with its file, so a
// student can open the Go sources at the same place). Filter by category and goroutine; click
// a row to move the cursor there. The current event is highlighted; later ones are dimmed.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

class EventLogPanel final : public Panel {
 public:
  const char* id() const override { return "events"; }
  const char* title() const override { return tr(Str::kPanelEvents); }
  void draw(const PanelContext& ctx) override;

 private:
  void draw_filters(const PanelContext& ctx);
  void refilter(const PanelContext& ctx);

  // Rows shown, as event indices; rebuilt when the filter or the run changes. Empty with
  // all_ set means "every event" (no copy of a million indices for the common case).
  std::vector<uint32_t> rows_;
  bool all_ = true;
  uint64_t filtered_run_ = ~0ull;
  uint32_t filtered_mask_ = 0;
  DetailLevel filtered_detail_ = DetailLevel::kAll;
  // Library calls (sim/run/lib_calls.h): folded, each shows as one summary row (its first event's
  // row) unless the learner expanded it (by group number).
  bool filtered_lib_ = false;
  std::set<uint32_t> expanded_;
  size_t filtered_expanded_ = 0;
  int64_t filtered_goid_ = -1;
  // The run's longest time text ("611.905µs" is longer than a last event's "1.2ms"), found once
  // per run: the time column is as wide as it.
  uint64_t time_run_ = ~0ull;
  std::string widest_time_;
  uint64_t scrolled_to_ = ~0ull;  // the cursor the view last scrolled to
  int drawn_frame_ = -2;      // ImGui frame of the last draw: a gap means it was hidden
  float drawn_height_ = 0;    // the room it had then
  int reveal_current_ = 0;  // frames left to keep the (wrapped) current row in view
  float cell_w_ = 0;        // the sentence column's width when the current row was last drawn
  float cur_h_ = 0;         // and that row's height
  // Narrower than this many font sizes, the log leaves out its Go function column.
  static constexpr float kGoFuncMinWidthFs = 40.0f;
};

}  // namespace gosim::viz
