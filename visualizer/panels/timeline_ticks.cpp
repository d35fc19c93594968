#include "visualizer/panels/timeline_ticks.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "visualizer/panels/timeline_panel.h"
#include "visualizer/ui/theme.h"

namespace gosim::viz {

const std::vector<TickColumn>& TickCache::columns(uint64_t run_id, const TimelineContext& tc, DetailLevel detail,
                                                  const std::vector<uint32_t>& idx, const std::vector<Event>& ev) {
  const Key key{run_id, tc.t0, tc.t1, tc.x0, tc.width, detail};
  if (!(key == key_)) {
    lanes_.clear();
    key_ = key;
  }
  const auto found = lanes_.find(&idx);
  if (found != lanes_.end()) return found->second;
  ++builds_;
  std::vector<TickColumn>& out = lanes_[&idx];
  auto first_at = [&](auto from, VTime t) {
    return std::partition_point(from, idx.end(), [&](uint32_t i) { return ev[i].time < t; });
  };
  // One column per pixel: the first event in it the level of detail shows; then on to the
  // first event of the next column.
  for (auto it = first_at(idx.begin(), tc.t0); it != idx.end() && ev[*it].time <= tc.t1;) {
    const float x = std::floor(tc.x(ev[*it].time));
    if (!detail_shows(detail, ev[*it].kind)) {
      ++it;  // a kind the level of detail hides
      continue;
    }
    out.push_back({x, *it, Theme::category_color(event_info(ev[*it].kind).category)});
    it = first_at(it, std::max(ev[*it].time + 1, tc.t(x + 1)));
  }
  return out;
}

}  // namespace gosim::viz
