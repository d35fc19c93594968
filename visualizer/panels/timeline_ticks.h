// The event ticks of the timeline's lanes (the strip under each P lane, the GC and sysmon
// lanes), as pixel columns, cached between frames.
//
// A tick column is the first event in that pixel column that the level of detail shows,
// coloured by its category. Which event that is depends only on the run (its events never
// change), the visible window (t0, t1), where the plot starts and how wide it is, and the level
// of detail; the cursor only decides which ticks are dimmed (the future) or left out (a lesson
// question waiting). Finding the columns takes a binary search per column per lane, thousands
// a frame with 64 Ps and the whole run in view; so they are found once per window and reused
// while the cursor moves (play, step) and the picture stays a function of (state, settings).
#pragma once

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include <imgui.h>

#include "sim/trace/detail_level.h"
#include "sim/trace/event.h"
#include "visualizer/ui/theme_colors.h"

namespace gosim::viz {

struct TimelineContext;  // timeline_panel.h

struct TickColumn {
  float x = 0;          // the column's left edge (whole pixels)
  uint32_t event = 0;   // index of the event that colours it
  Rgb colour;           // its category's colour
};

class TickCache {
 public:
  // The columns for the lane whose events are `idx` (indices into `ev`, in time order). The
  // lane is identified by its index vector, which lives as long as the run (`run_id`).
  const std::vector<TickColumn>& columns(uint64_t run_id, const TimelineContext& tc, DetailLevel detail,
                                         const std::vector<uint32_t>& idx, const std::vector<Event>& ev);
  // Lanes whose columns were computed since the last call (the caching test counts them).
  int take_builds() { return std::exchange(builds_, 0); }

 private:
  struct Key {
    uint64_t run = ~0ull;
    VTime t0 = 0, t1 = 0;
    float x0 = 0, width = 0;
    DetailLevel detail = DetailLevel::kAll;
    bool operator==(const Key&) const = default;
  };
  Key key_;
  // Keyed by the lane's index vector: a lookup only, never iterated, so no address order leaks
  // into what is drawn.
  std::unordered_map<const std::vector<uint32_t>*, std::vector<TickColumn>> lanes_;
  int builds_ = 0;
};

}  // namespace gosim::viz
