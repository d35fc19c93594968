// Timeline panel: which goroutine ran on which P, and when (like `go tool trace`'s view).
//
// One lane per P with the run slices of the whole run (the part after the cursor dimmed),
// a strip of event markers under each lane coloured by category, a lane for events on no P
// (sysmon, the runtime), and the cursor as a vertical line. Two phases, as Tracy's timeline:
// the session's TimelineIndex is the preprocessed model; this file only maps time to pixels
// (TimelineContext) and draws, at most a few items per pixel column.
//
// Mouse: wheel zooms around the pointer, drag pans, a click on a slice selects its G and moves
// the cursor to where it started; a click elsewhere moves the cursor to that virtual time.
#pragma once

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

// The pixel <-> virtual time mapping, in one place.
struct TimelineContext {
  VTime t0 = 0, t1 = 1;
  float x0 = 0, width = 1;
  float x(VTime t) const { return x0 + static_cast<float>(static_cast<double>(t - t0) / static_cast<double>(t1 - t0) * width); }
  VTime t(float px) const { return t0 + static_cast<VTime>(static_cast<double>(px - x0) / width * static_cast<double>(t1 - t0)); }
  double ns_per_px() const { return static_cast<double>(t1 - t0) / width; }
};

class TimelinePanel final : public Panel {
 public:
  const char* id() const override { return "timeline"; }
  const char* title() const override { return tr(Str::kPanelTimeline); }
  void draw(const PanelContext& ctx) override;

 private:
  void draw_axis(const PanelContext& ctx, const TimelineContext& tc, ImVec2 origin, float h);
  // Returns the slice under the mouse, if any: (P, index).
  bool draw_lane(const PanelContext& ctx, const TimelineContext& tc, int32_t p, ImVec2 origin, float h, size_t* hovered);
  void draw_markers(const PanelContext& ctx, const TimelineContext& tc, int32_t p, float y0, float y1);
  void interact(const PanelContext& ctx, TimelineContext& tc, int32_t hovered_p, size_t hovered_slice);
};

}  // namespace gosim::viz
