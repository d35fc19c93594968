// Small drawing helpers shared by the timeline's P lanes (timeline_panel.cpp) and its M, GC,
// sysmon and goroutine lanes (timeline_lanes_draw.cpp).
#pragma once

#include <imgui.h>

#include "visualizer/ui/theme_colors.h"

namespace gosim::viz {

// Horizontal runs of one colour, merged while adjacent: a zoomed-out lane with a million
// events costs a few rectangles, not one per pixel column.
class RunMerger {
 public:
  RunMerger(ImDrawList* dl, float y0, float y1) : dl_(dl), y0_(y0), y1_(y1) {}
  ~RunMerger() { flush(); }
  RunMerger(const RunMerger&) = delete;
  RunMerger& operator=(const RunMerger&) = delete;
  void add(float col, ImU32 colour) {
    if (col > b_ || colour != colour_) {
      flush();
      a_ = col;
      colour_ = colour;
    }
    b_ = col + 1;
  }
  void flush() {
    if (b_ > a_) dl_->AddRectFilled(ImVec2(a_, y0_), ImVec2(b_, y1_), colour_);
    a_ = b_ = -1;
  }

 private:
  ImDrawList* dl_;
  float y0_, y1_;
  float a_ = -1, b_ = -1;
  ImU32 colour_ = 0;
};

// Black or white, whichever reads better on `bg`.
inline Rgb text_on(Rgb bg) {
  const int lum = 299 * bg.r + 587 * bg.g + 114 * bg.b;
  return lum > 140000 ? Rgb{0, 0, 0} : Rgb{255, 255, 255};
}

}  // namespace gosim::viz
