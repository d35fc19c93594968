// Controls panel: moving through the run. Play/pause, step, step back, next event of a
// category, run to breakpoint, restart and end, the speed of playing, a scrubber over the whole
// run, and the caption line. Every control has its key (see the Help window).
#pragma once

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

class ControlsPanel final : public Panel {
 public:
  const char* id() const override { return "controls"; }
  const char* title() const override { return tr(Str::kPanelControls); }
  void draw(const PanelContext& ctx) override;

 private:
  void draw_buttons(const PanelContext& ctx);
  void draw_scrubber(const PanelContext& ctx);
  void draw_status(const PanelContext& ctx);
  void draw_breakpoints(const PanelContext& ctx);  // the Breakpoints popup
  void draw_view_menu(const PanelContext& ctx);    // presenter panels, open

  BreakCondition edit_;   // the condition being written in the Breakpoints popup
  int edit_kind_ = 0;     // 0: any kind, else 1 + EventKind
  float edit_time_us_ = -1;
};

// Lines the controls bar gives the current event's sentence (it elides beyond them).
constexpr int kControlsSentenceLines = 2;
// The share of the scrubber's row the "kind · models …" line takes, on the scrubber's right.
constexpr float kControlsStatusShare = 0.5f;
// The normal layout's controls bar is sized once per run from its notes (controls_bar_height),
// at least 9.8 ems and at most 30% of the window. From this window height on (a 1080p projector
// or screen) its growth comes out of every panel below; under it (720p) only out of the
// Inspector/Output row, so the source and the event log keep the rows they have under a 9.8-em
// bar (a shorter 720p event log lost its wrapped current row).
constexpr float kControlsRunHeightMinY = 900.0f;

// The normal layout's controls bar height for run `s` at window width `width`, in the current
// font: the same at every step of the run (see controls_panel.cpp).
float controls_bar_height(const Session& s, float width);

// The categories "next of kind" can jump to, in the order the combo lists them.
const std::vector<EventCategory>& steppable_categories();

}  // namespace gosim::viz
