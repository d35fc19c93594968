// One lane of intervals, drawn the same way for every lane of the timeline: the P lanes
// (timeline_panel.cpp) and the M, GC, mark and goroutine lanes (timeline_lanes_draw.cpp).
// Only the visible part is visited (a binary search for the first slice ending after the
// window's start); slices thinner than a pixel merge into grey "busy" columns; the part after
// the cursor is dimmed, or left out while a lesson question waits.
#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <imgui.h>

#include "visualizer/panels/timeline_draw_util.h"
#include "visualizer/panels/timeline_panel.h"
#include "visualizer/ui/theme.h"

namespace gosim::viz {

// How one slice looks, filled in by the lane's style callback.
struct SliceLook {
  Rgb fill;
  float inset = 0;        // a thinner bar (states that are not work: idle), label in dim text
  bool outlined = false;  // the selection's outline (the selected goroutine's slices)
};

// Draws the slices of one lane between y0 and y1 (sorted by start, not overlapping).
// `style(slice, &look)` returns the slice's label ("" for none). Returns the slice under the
// mouse, or nullptr.
template <class Slice, class Style>
const Slice* draw_slices(const PanelContext& ctx, const TimelineContext& tc, const std::vector<Slice>& sl, float y0,
                         float y1, Style style) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Surface& sf = ctx.theme.surface();
  const VTime now = ctx.session.now();
  const bool hide = ctx.settings.hide_future;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const float fs = ImGui::GetFontSize();
  const Slice* hovered = nullptr;
  auto first_ending_after = [&](VTime t) {
    return std::partition_point(sl.begin(), sl.end(), [&](const Slice& r) { return r.end < t; });
  };
  RunMerger busy(dl, y0, y1);
  const ImU32 busy_col = Theme::u32(sf.text_dim);
  for (auto it = first_ending_after(tc.t0); it != sl.end() && it->start <= tc.t1;) {
    if (hide && it->start > now) break;
    const float xa = std::max(tc.x0, tc.x(it->start));
    const float xb = std::min(tc.x0 + tc.width, tc.x(hide ? std::min(it->end, now) : it->end));
    if (xb - xa < 1.0f) {
      const float col = std::floor(xa);
      busy.add(col, busy_col);
      it = first_ending_after(std::max(it->end + 1, tc.t(col + 1)));
      continue;
    }
    busy.flush();
    const bool future = it->start > now;
    SliceLook look;
    const std::string label = style(*it, &look);
    const float ya = y0 + look.inset, yb = y1 - look.inset;
    dl->AddRectFilled(ImVec2(xa, ya), ImVec2(xb, yb), Theme::u32(look.fill, future ? 90 : 255));
    // A hairline where one slice meets the next, so two slices of one colour stay apart.
    if (xb - xa > 3.0f) dl->AddLine(ImVec2(xa, ya), ImVec2(xa, yb), Theme::u32(sf.window_bg), 1.0f);
    if (look.outlined) dl->AddRect(ImVec2(xa, y0), ImVec2(xb, y1), Theme::u32(colors::kSelected), 0.0f, 0, 2.5f);
    if (!label.empty() && xb - xa > ImGui::CalcTextSize(label.c_str()).x + 4) {
      const ImU32 text = look.inset == 0 ? Theme::u32(text_on(look.fill), future ? 120 : 255) : Theme::u32(sf.text_dim);
      dl->AddText(ImVec2(xa + 2, y0 + (y1 - y0 - fs) * 0.5f), text, label.c_str());
    }
    if (mouse.x >= xa && mouse.x < xb && mouse.y >= y0 && mouse.y < y1) hovered = &*it;
    ++it;
  }
  return hovered;
}

}  // namespace gosim::viz
