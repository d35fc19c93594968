#include "tests/ui/pixels.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <set>

#include <stb_image.h>

namespace gosim::viz::uitest {

Image load_png(const std::string& path) {
  Image img;
  int n = 0;
  unsigned char* data = stbi_load(path.c_str(), &img.w, &img.h, &n, 3);
  if (data == nullptr) return Image{};
  img.rgb.assign(data, data + static_cast<size_t>(img.w) * static_cast<size_t>(img.h) * 3);
  stbi_image_free(data);
  return img;
}

bool near(Rgb a, Rgb b, int tol) {
  return std::abs(a.r - b.r) <= tol && std::abs(a.g - b.g) <= tol && std::abs(a.b - b.b) <= tol;
}

namespace {
Box clamp(const Image& img, Box b) {
  b.x0 = std::clamp(b.x0, 0, img.w);
  b.x1 = std::clamp(b.x1, 0, img.w);
  b.y0 = std::clamp(b.y0, 0, img.h);
  b.y1 = std::clamp(b.y1, 0, img.h);
  return b;
}
}  // namespace

int count_blobs(const Image& img, Box box, Rgb color, int min_area) {
  box = clamp(img, box);
  const int w = box.x1 - box.x0, h = box.y1 - box.y0;
  if (w <= 0 || h <= 0) return 0;
  std::vector<int8_t> seen(static_cast<size_t>(w) * static_cast<size_t>(h), 0);
  int blobs = 0;
  std::vector<std::pair<int, int>> stack;
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      const size_t i = static_cast<size_t>(y) * static_cast<size_t>(w) + static_cast<size_t>(x);
      if (seen[i] || !near(img.at(box.x0 + x, box.y0 + y), color)) continue;
      int area = 0;
      stack.push_back({x, y});
      seen[i] = 1;
      while (!stack.empty()) {
        auto [cx, cy] = stack.back();
        stack.pop_back();
        ++area;
        const int nx[4] = {cx + 1, cx - 1, cx, cx}, ny[4] = {cy, cy, cy + 1, cy - 1};
        for (int k = 0; k < 4; ++k) {
          if (nx[k] < 0 || ny[k] < 0 || nx[k] >= w || ny[k] >= h) continue;
          const size_t j = static_cast<size_t>(ny[k]) * static_cast<size_t>(w) + static_cast<size_t>(nx[k]);
          if (seen[j] || !near(img.at(box.x0 + nx[k], box.y0 + ny[k]), color)) continue;
          seen[j] = 1;
          stack.push_back({nx[k], ny[k]});
        }
      }
      if (area >= min_area) ++blobs;
    }
  }
  return blobs;
}

double coverage(const Image& img, Box box, Rgb background, int* distinct) {
  box = clamp(img, box);
  size_t differ = 0, total = 0;
  std::set<uint32_t> colours;
  for (int y = box.y0; y < box.y1; ++y) {
    for (int x = box.x0; x < box.x1; ++x) {
      const Rgb c = img.at(x, y);
      ++total;
      if (!near(c, background, 3)) ++differ;
      if (colours.size() < 4096) colours.insert(c.u32());
    }
  }
  if (distinct) *distinct = static_cast<int>(colours.size());
  return total == 0 ? 0.0 : static_cast<double>(differ) / static_cast<double>(total);
}

int column_hits(const Image& img, int x, Box box, Rgb color) {
  box = clamp(img, box);
  if (x < 0 || x >= img.w) return 0;
  int hits = 0;
  for (int y = box.y0; y < box.y1; ++y) hits += near(img.at(x, y), color, 10) ? 1 : 0;
  return hits;
}

bool same_pixels(const Image& a, const Image& b) { return a.w == b.w && a.h == b.h && a.rgb == b.rgb; }

Box box_of(const nlohmann::json& r) {
  return Box{static_cast<int>(r[0].get<double>()), static_cast<int>(r[1].get<double>()),
             static_cast<int>(r[2].get<double>()), static_cast<int>(r[3].get<double>())};
}

bool have_xvfb() { return std::system("command -v xvfb-run >/dev/null 2>&1") == 0; }

int run_shell(const std::string& cmd) {
  const int st = std::system(cmd.c_str());
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace gosim::viz::uitest
