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

#include <string>
#include <vector>

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/session/g_palette.h"
#include "visualizer/panels/timeline_ticks.h"
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

// What the mouse is over in a lane other than the P lanes (an M, GC or goroutine slice, a
// flow arrow): its tooltip and the event a click goes to.
struct TimelineHit {
  bool set = false;
  uint32_t first_event = 0;
  int64_t goid = 0;
  VTime start = 0, end = 0;
  std::string tip;
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
  // Ticks for the events in `idx` (indices into the run's events, in time order) the level of
  // detail shows, one per pixel column, coloured by category.
  void draw_ticks(const PanelContext& ctx, const TimelineContext& tc, const std::vector<uint32_t>& idx, float y0, float y1);
  void interact(const PanelContext& ctx, TimelineContext& tc, int32_t hovered_p, size_t hovered_slice);
  // The tooltip of hit_ and, on a click, the cursor to its event.
  void interact_hit(const PanelContext& ctx);
  // timeline_lanes_draw.cpp: the lanes after the P lanes; each returns the height it used.
  // The M lanes of the Ms in `ms` (indices, in order).
  float draw_m_lanes(const PanelContext& ctx, const TimelineContext& tc, ImVec2 origin, float lane_h, const std::vector<size_t>& ms);
  // The GC lane with the mark lanes under it (gc), then sysmon's lane (sysmon).
  float draw_gc_sysmon(const PanelContext& ctx, const TimelineContext& tc, ImVec2 origin, float lane_h, bool gc, bool sysmon);
  float draw_mark_lanes(const PanelContext& ctx, const TimelineContext& tc, ImVec2 origin, float lane_h);
  // How many mark lanes the run has (Ps that marked) and how high each is.
  static size_t mark_lanes(const TimelineLanes& tl);
  static float mark_lane_height();
  void draw_flows(const PanelContext& ctx, const TimelineContext& tc, float lanes_y0, float lane_total, int32_t procs);
  // One row per goroutine in `goids` (every goroutine, or in presenter mode the step's).
  void draw_g_rows(const PanelContext& ctx, const TimelineContext& tc, const std::vector<int64_t>& goids, ImVec2 size);

  TickCache ticks_;         // the event ticks' pixel columns per lane, for the current window
  VisiblePalette palette_;  // goroutine colours, assigned afresh each frame in drawing order
  TimelineHit hit_;
};

}  // namespace gosim::viz
