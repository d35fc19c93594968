// Goroutine colours for the timeline: distinct among the goroutines on screen, not goid % 8.
// The first goroutine drawn in a frame gets the palette's first colour, the next a different
// one, and so on (the order of drawing: P lanes top to bottom, each left to right), so up to
// kPaletteSize goroutines on screen never share a colour; beyond that the G label on every
// slice (and the tooltip) tells them apart, so colour is never the only cue.
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>

#include "visualizer/ui/theme_colors.h"

namespace gosim::viz {

constexpr size_t kPaletteSize = 20;
// Colour i of the palette: ten hues, each light and deeper, ordered so neighbours differ in
// both; all light enough for black text.
Rgb palette_colour(size_t i);

class VisiblePalette {
 public:
  void begin_frame() { index_.clear(); }
  Rgb colour(int64_t goid);
  size_t assigned() const { return index_.size(); }

 private:
  std::unordered_map<int64_t, uint32_t> index_;  // looked up only, never iterated
};

}  // namespace gosim::viz
