// A palette for a GIF frame, computed from its pixels by median cut (Heckbert 1982).
//
// The pixels are counted in a 32×32×32 histogram (5 bits a channel). Median cut starts with one
// box around every colour present and keeps splitting the box that holds the most pixels times
// its widest side, at the median pixel along that side, until there are `max_colors` boxes; each
// box's colour is the mean of its pixels. A UI picture has few exact colours (backgrounds, token
// fills, text grey): while they fit, each gets its own box and comes back exact, and the
// anti-aliased text edges share what is left. No dithering: flat areas stay flat (dither noise
// would also defeat the frame-to-frame transparency that keeps the GIF small).
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace gosim::viz {

struct PalColor {
  uint8_t r = 0, g = 0, b = 0;
};

class ColorHistogram {
 public:
  ColorHistogram() : count_(kBins, 0) {}
  static uint32_t bin(const uint8_t* rgb) { return (uint32_t{rgb[0]} >> 3) << 10 | (uint32_t{rgb[1]} >> 3) << 5 | (uint32_t{rgb[2]} >> 3); }
  // Counts a pixel and sums its exact colour, so a bin's mean is the true colour when it holds one.
  void add(const uint8_t* rgb) {
    const uint32_t b = bin(rgb);
    ++count_[b];
    sum_[b][0] += rgb[0];
    sum_[b][1] += rgb[1];
    sum_[b][2] += rgb[2];
  }
  uint32_t count(uint32_t b) const { return count_[b]; }
  const std::array<uint64_t, 3>& sum(uint32_t b) const { return sum_[b]; }
  static constexpr uint32_t kBins = 32 * 32 * 32;

 private:
  std::vector<uint32_t> count_;
  std::vector<std::array<uint64_t, 3>> sum_ = std::vector<std::array<uint64_t, 3>>(kBins, {0, 0, 0});
};

struct Palette {
  std::vector<PalColor> colors;
  // The palette index of every histogram bin (nearest colour), for mapping pixels.
  std::vector<uint8_t> index_of_bin;
};

// At most max_colors (1..256) colours for the pixels counted in h.
Palette median_cut(const ColorHistogram& h, int max_colors);

}  // namespace gosim::viz
