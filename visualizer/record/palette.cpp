#include "visualizer/record/palette.h"

#include <algorithm>
#include <limits>

namespace gosim::viz {

namespace {

struct Box {
  std::vector<uint32_t> bins;  // non-empty histogram bins inside
  uint64_t pixels = 0;
  int lo[3] = {31, 31, 31}, hi[3] = {0, 0, 0};
};

int channel(uint32_t bin, int c) { return static_cast<int>((bin >> (10 - 5 * c)) & 31); }

void measure(Box& b, const ColorHistogram& h) {
  b.pixels = 0;
  for (int c = 0; c < 3; ++c) b.lo[c] = 31, b.hi[c] = 0;
  for (const uint32_t bin : b.bins) {
    b.pixels += h.count(bin);
    for (int c = 0; c < 3; ++c) {
      b.lo[c] = std::min(b.lo[c], channel(bin, c));
      b.hi[c] = std::max(b.hi[c], channel(bin, c));
    }
  }
}

int widest(const Box& b) {
  int w = 0;
  for (int c = 1; c < 3; ++c) {
    if (b.hi[c] - b.lo[c] > b.hi[w] - b.lo[w]) w = c;
  }
  return w;
}

}  // namespace

Palette median_cut(const ColorHistogram& h, int max_colors) {
  std::vector<Box> boxes(1);
  for (uint32_t bin = 0; bin < ColorHistogram::kBins; ++bin) {
    if (h.count(bin) != 0) boxes[0].bins.push_back(bin);
  }
  measure(boxes[0], h);
  while (static_cast<int>(boxes.size()) < max_colors) {
    // The box to split: most pixels × widest side; ties to the first (deterministic).
    size_t pick = boxes.size();
    uint64_t best = 0;
    for (size_t i = 0; i < boxes.size(); ++i) {
      const Box& b = boxes[i];
      if (b.bins.size() < 2) continue;
      const uint64_t score = b.pixels * static_cast<uint64_t>(b.hi[widest(b)] - b.lo[widest(b)] + 1);
      if (score > best) best = score, pick = i;
    }
    if (pick == boxes.size()) break;  // every box holds one bin: each colour has its entry
    Box& b = boxes[pick];
    const int c = widest(b);
    std::sort(b.bins.begin(), b.bins.end(), [c](uint32_t x, uint32_t y) {
      return channel(x, c) != channel(y, c) ? channel(x, c) < channel(y, c) : x < y;
    });
    // The median pixel, but never an empty half.
    uint64_t seen = 0;
    size_t cut = 1;
    for (size_t i = 0; i + 1 < b.bins.size(); ++i) {
      seen += h.count(b.bins[i]);
      cut = i + 1;
      if (seen * 2 >= b.pixels) break;
    }
    Box upper;
    upper.bins.assign(b.bins.begin() + static_cast<std::ptrdiff_t>(cut), b.bins.end());
    b.bins.resize(cut);
    measure(b, h);
    measure(upper, h);
    boxes.push_back(std::move(upper));
  }
  Palette p;
  for (const Box& b : boxes) {
    uint64_t n = 0, s[3] = {0, 0, 0};
    for (const uint32_t bin : b.bins) {
      n += h.count(bin);
      for (int c = 0; c < 3; ++c) s[c] += h.sum(bin)[static_cast<size_t>(c)];
    }
    if (n == 0) continue;
    p.colors.push_back(PalColor{static_cast<uint8_t>((s[0] + n / 2) / n), static_cast<uint8_t>((s[1] + n / 2) / n),
                           static_cast<uint8_t>((s[2] + n / 2) / n)});
  }
  if (p.colors.empty()) p.colors.push_back(PalColor{});
  // Nearest palette colour for every counted bin (by its mean), so a pixel maps with one lookup.
  p.index_of_bin.assign(ColorHistogram::kBins, 0);
  for (uint32_t bin = 0; bin < ColorHistogram::kBins; ++bin) {
    if (h.count(bin) == 0) continue;  // only counted pixels are ever mapped
    int rgb[3];
    for (int c = 0; c < 3; ++c) rgb[c] = static_cast<int>(h.sum(bin)[static_cast<size_t>(c)] / h.count(bin));
    int best = std::numeric_limits<int>::max();
    for (size_t i = 0; i < p.colors.size(); ++i) {
      const int dr = rgb[0] - p.colors[i].r, dg = rgb[1] - p.colors[i].g, db = rgb[2] - p.colors[i].b;
      const int d = 2 * dr * dr + 4 * dg * dg + 3 * db * db;  // the eye weighs green most
      if (d < best) best = d, p.index_of_bin[bin] = static_cast<uint8_t>(i);
    }
  }
  return p;
}

}  // namespace gosim::viz
