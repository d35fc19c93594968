// Reading screenshots for the UI test: PNGs in, colour blobs and coverage out; and the few
// shell helpers both UI test files use to run gosim-viz under Xvfb.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "visualizer/ui/theme_colors.h"

namespace gosim::viz::uitest {

struct Image {
  int w = 0, h = 0;
  std::vector<uint8_t> rgb;  // 3 bytes a pixel, rows top-down
  bool ok() const { return w > 0; }
  Rgb at(int x, int y) const {
    const size_t i = (static_cast<size_t>(y) * static_cast<size_t>(w) + static_cast<size_t>(x)) * 3;
    return Rgb{rgb[i], rgb[i + 1], rgb[i + 2]};
  }
};

struct Box {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // [x0, x1) × [y0, y1), clamped to the image
};

Image load_png(const std::string& path);
bool near(Rgb a, Rgb b, int tol = 6);
// Connected regions (4-neighbour) of `color` inside `box` with at least `min_area` pixels.
int count_blobs(const Image& img, Box box, Rgb color, int min_area);
// Fraction of pixels in `box` that differ from `background`, and how many distinct colours.
double coverage(const Image& img, Box box, Rgb background, int* distinct = nullptr);
// Rows in column x (within box) whose pixel is near `color`.
int column_hits(const Image& img, int x, Box box, Rgb color);
bool same_pixels(const Image& a, const Image& b);

// A layout rectangle as gosim-viz --dump-layout writes it: [x0, y0, x1, y1].
Box box_of(const nlohmann::json& r);
bool have_xvfb();                            // xvfb-run is installed
int run_shell(const std::string& cmd);       // std::system, returning the exit status
std::string slurp(const std::string& path);  // a whole file, "" when unreadable

}  // namespace gosim::viz::uitest
