// The heap graph under Xvfb: a pointer from a frame variable reaches its object. On
// tests/ui/programs/heap_list.go near the end of main, the arrow named "head" leaves main's
// frame box and ends at the left side of the first node's box, and its pixels are there: the
// port dot where it leaves, the arrowhead where it arrives, and the line between (sampled on
// its straight pieces). At 1280×720 presenter, the graph needs no horizontal scroll: every
// drawn box lies inside the graph's area.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <tuple>

#include <nlohmann/json.hpp>

#include "tests/ui/pixels.h"
#include "visualizer/session/graph_layout.h"
#include "visualizer/session/object_graph.h"
#include "visualizer/session/session.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::uitest;
using nlohmann::json;

namespace {

const std::string kOut = std::string(UI_OUT_DIR) + "/heap_graph";

Rgb rgb_of(uint32_t c) { return Rgb{static_cast<uint8_t>(c & 0xff), static_cast<uint8_t>((c >> 8) & 0xff), static_cast<uint8_t>((c >> 16) & 0xff)}; }

// Any pixel within `r` of (x, y) near `c`.
bool pixel_near(const Image& img, float x, float y, Rgb c, int r = 2) {
  for (int dy = -r; dy <= r; ++dy) {
    for (int dx = -r; dx <= r; ++dx) {
      const int px = static_cast<int>(x) + dx, py = static_cast<int>(y) + dy;
      if (px >= 0 && py >= 0 && px < img.w && py < img.h && near(img.at(px, py), c, 24)) return true;
    }
  }
  return false;
}

void check_head_arrow(const std::string& png, uint64_t head_addr, const std::string& size) {
  INFO("screenshot " << png);
  const Image img = load_png(png);
  REQUIRE(img.ok());
  const json lay = json::parse(slurp(png + ".json"));
  const json* arrow = nullptr;
  for (const json& e : lay["graph_edges"]) {
    if (e["from_root"].get<bool>() && e["label"].get<std::string>() == "head") arrow = &e;
  }
  REQUIRE(arrow != nullptr);
  CHECK((*arrow)["to"].get<uint64_t>() == head_addr);
  Box target{};
  bool found = false;
  for (const json& n : lay["graph_nodes"]) {
    if (n["addr"].get<uint64_t>() == head_addr) {
      target = box_of(n["box"]);
      found = true;
    }
  }
  REQUIRE(found);
  const json& pts = (*arrow)["points"];
  REQUIRE(pts.size() >= 3);
  const float tx = pts.back()[0].get<float>(), ty = pts.back()[1].get<float>();
  // The tip is on the target's left side, within its height.
  CHECK(std::abs(tx - static_cast<float>(target.x0)) <= 1.5f);
  CHECK(ty >= static_cast<float>(target.y0));
  CHECK(ty <= static_cast<float>(target.y1));
  const Rgb col = rgb_of((*arrow)["colour"].get<uint32_t>());
  CHECK(pixel_near(img, pts[0][0].get<float>(), pts[0][1].get<float>(), col));  // the port dot on main's "head" line
  CHECK(pixel_near(img, tx - 4, ty, col));                                       // the arrowhead
  int sampled = 0, hit = 0;
  for (size_t k = 0; k + 1 < pts.size(); ++k) {
    const float ax = pts[k][0].get<float>(), ay = pts[k][1].get<float>(), bx = pts[k + 1][0].get<float>(), by = pts[k + 1][1].get<float>();
    if (ay != by || bx - ax < 6) continue;  // straight horizontal pieces only (curves are Beziers)
    ++sampled;
    hit += pixel_near(img, (ax + bx) * 0.5f, ay, col, 1);
  }
  CHECK(hit == sampled);
  // No horizontal scroll: every box drawn lies inside the graph's area.
  const Box area = box_of(lay["graph_area"]);
  for (const json& n : lay["graph_nodes"]) {
    const Box b = box_of(n["box"]);
    CHECK(b.x1 <= area.x1);
  }
  MESSAGE(size << ": arrow \"head\" with " << pts.size() << " points, " << sampled << " straight pieces sampled; "
               << lay["graph_nodes"].size() << " boxes drawn");
}

// Issue #17: at write_barrier's barrier in 720p presenter mode the graph's own shrink times
// the screen's fit drew its text at ~11-13 px, and the globals' arrow names elided to "ho…".
// Read in the pixels (the chips test below calls this on its folded shot): every object's header
// band (1.5 ems of the card colour, less its border) is 20 rows or more (14 px text), the arrow
// name "holder" is drawn whole and its ink is as wide as 14 px text makes it (2.7 ems), and no
// box overlaps another or has an arrow's straight piece inside.
void check_readable(const Image& img, const json& lay) {
  CHECK(lay["graph_font"].get<float>() >= 14.0f);
  int headers = 0;
  for (const json& n : lay["graph_nodes"]) {
    const Box b = box_of(n["box"]);
    const int band = column_hits(img, b.x1 - 2, Box{b.x1 - 2, b.y0, b.x1 - 1, b.y1}, colors::kSlotCardLight);
    INFO("object box at " << b.x0 << "," << b.y0 << ": header band " << band << " rows");
    CHECK(band >= 20);  // 1.5 ems less the border row: 20 at 14 px (18 at the old 12.9)
    ++headers;
  }
  CHECK(headers >= 4);
  bool holder = false;
  for (const json& e : lay["graph_edges"]) {
    if (e["label"].get<std::string>() != "holder") continue;
    holder = true;
    CHECK_FALSE(e["label_elided"].get<bool>());
    const Box lb = box_of(e["label_box"]);
    const Rgb col = rgb_of(e["colour"].get<uint32_t>());
    int first = -1, last = -1;
    for (int x = lb.x0; x < lb.x1 + 20 && x < img.w; ++x) {
      int ink = 0;
      for (int y = lb.y0; y < lb.y1 - 2; ++y) ink += near(img.at(x, y), col, 40) ? 1 : 0;  // above the arrow's own line
      if (ink > 0) {
        if (first < 0) first = x;
        last = x;
      }
    }
    MESSAGE("\"holder\" drawn " << (last - first + 1) << " px wide at " << lay["graph_font"].get<float>() << " px text");
    CHECK(last - first + 1 >= static_cast<int>(14 * 2.7));
  }
  CHECK(holder);
  std::vector<Box> boxes;
  for (const json& n : lay["graph_nodes"]) boxes.push_back(box_of(n["box"]));
  for (const json& c : lay["graph_chips"]) boxes.push_back(box_of(c["box"]));
  for (const auto& [name, r] : lay["marks"].items()) {
    if (name.rfind("graph_root:", 0) == 0) boxes.push_back(box_of(r));
  }
  for (size_t a = 0; a < boxes.size(); ++a) {
    for (size_t b = a + 1; b < boxes.size(); ++b) {
      const Box& p = boxes[a];
      const Box& q = boxes[b];
      CHECK_FALSE((p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1));
    }
  }
  for (const json& e : lay["graph_edges"]) {
    const json& pts = e["points"];
    for (size_t k = 0; k + 1 < pts.size(); ++k) {
      const float ax = pts[k][0].get<float>(), ay = pts[k][1].get<float>(), bx = pts[k + 1][0].get<float>(), by = pts[k + 1][1].get<float>();
      for (const Box& b : boxes) {
        INFO("arrow " << e["label"].get<std::string>() << " piece " << k);
        CHECK_FALSE(segment_hits_box(LPoint{ax, ay}, LPoint{bx, by}, LPoint{static_cast<float>(b.x0), static_cast<float>(b.y0)},
                                     LPoint{static_cast<float>(b.x1), static_cast<float>(b.y1)}, 1.5f));
      }
    }
  }
}

}  // namespace

TEST_CASE("heap graph: the arrow from main's variable head reaches the first node, in pixels") {
  if (!have_xvfb()) return;
  std::filesystem::create_directories(kOut);
  const std::string prog = std::string(GOSIM_SOURCE_DIR) + "/tests/ui/programs/heap_list.go";
  Session s;
  REQUIRE(s.open_scenario(prog).empty());
  // The last cursor with main's frame (and its arrows) on screen.
  uint64_t at = 0;
  uint64_t head = 0;
  for (uint64_t c = s.size(); c > 0 && at == 0; --c) {
    s.seek(c);
    const ObjectGraph g = build_object_graph(s);
    for (const GraphEdge& e : g.edges) {
      if (e.from_root && e.label == "head" && g.roots[e.from].func == "main.main") {
        at = c;
        head = g.nodes[e.to].addr;
      }
    }
  }
  REQUIRE(at > 0);
  for (const auto& [size, presenter] : {std::pair<std::string, bool>{"1920x1080", false}, {"1280x720", true}}) {
    const std::string tag = "head_" + size + (presenter ? "_presenter" : "");
    json script = json::array();
    script.push_back({{"seek", at}});
    if (presenter) script.push_back({{"presenter", true}});
    script.push_back({{"panel", "heap_graph"}});
    script.push_back({{"screenshot", tag + ".png"}});
    const std::string script_path = kOut + "/" + tag + ".json";
    std::ofstream(script_path) << script.dump(1);
    const std::string err = kOut + "/" + tag + "_stderr.txt";
    const int rc = run_shell("timeout 180 " GOSIM_XVFB_RUN " -a -s '-screen 0 " + size + "x24' " + std::string(GOSIM_VIZ) + " " + prog +
                             " --size " + size + " --script " + script_path + " --exit-after-script --dump-layout 2>" + err);
    INFO("gosim-viz stderr: " << slurp(err));
    REQUIRE(rc == 0);
    check_head_arrow(kOut + "/" + tag + ".png", head, size);
  }
}

// The runtime's own objects (malg's g objects, allgs's arrays, the mark worker's node, and Go's
// start-up objects) fold into chips by default (session/runtime_chip.h): at write_barrier's first
// barrier, 1280×720 presenter, two chips are drawn (the reached one, "■ 79 black": 8 of the
// runtime's and the start-up's 71 the globals hold; and in the last column allgs's old arrays with
// the start-up's garbage, gcenable's channel and closures and internal/cpu's first arrays),
// inside the graph's area, overlapping no box, the black glyph's pixels dark; with
// {"runtime_objects": true} there is no chip and every object has its box.
TEST_CASE("heap graph: the runtime objects' chips at 720p presenter, in pixels, and expanded") {
  if (!have_xvfb()) return;
  std::filesystem::create_directories(kOut);
  const std::string scenario = std::string(GOSIM_SOURCE_DIR) + "/scenarios/write_barrier/write_barrier.json";
  Session s;
  REQUIRE(s.open_scenario(scenario).empty());
  uint64_t at = 0;
  for (uint64_t i = 0; i < s.size() && at == 0; ++i) {
    if (s.events()[i].kind == EventKind::kGcWriteBarrier) at = i + 1;
  }
  REQUIRE(at > 0);
  s.seek(at);
  const ObjectGraph g = build_object_graph(s);
  REQUIRE(g.built);
  for (const bool expanded : {false, true}) {
    const std::string tag = expanded ? "chips_expanded_720p" : "chips_720p";
    json script = json::array();
    script.push_back({{"seek", at}});
    script.push_back({{"presenter", true}});
    script.push_back({{"panel", "heap_graph"}});
    if (expanded) script.push_back({{"runtime_objects", true}});
    script.push_back({{"screenshot", tag + ".png"}});
    const std::string script_path = kOut + "/" + tag + ".json";
    std::ofstream(script_path) << script.dump(1);
    const std::string err = kOut + "/" + tag + "_stderr.txt";
    const int rc = run_shell("timeout 180 " GOSIM_XVFB_RUN " -a -s '-screen 0 1280x720x24' " + std::string(GOSIM_VIZ) + " " + scenario +
                             " --size 1280x720 --script " + script_path + " --exit-after-script --dump-layout 2>" + err);
    INFO("gosim-viz stderr: " << slurp(err));
    REQUIRE(rc == 0);
    const std::string png = kOut + "/" + tag + ".png";
    const Image img = load_png(png);
    REQUIRE(img.ok());
    const json lay = json::parse(slurp(png + ".json"));
    if (!expanded) check_readable(img, lay);
    const json& chips = lay["graph_chips"];
    if (expanded) {
      CHECK(chips.empty());
      CHECK(lay["graph_nodes"].size() == g.nodes.size());
      continue;
    }
    REQUIRE(chips.size() == 2);
    // g.startup (Go's start-up objects) are never boxes; the rest of g.runtime_objects are folded.
    CHECK(lay["graph_nodes"].size() == g.nodes.size() - (g.runtime_objects - g.startup.size()));
    size_t su_reached = 0;
    for (const GraphNode& n : g.startup) su_reached += n.reachable;
    CHECK(su_reached > 60);
    CHECK(g.startup.size() - su_reached == 5);
    const std::string reached_n = std::to_string(8 + su_reached);
    const Box area = box_of(lay["graph_area"]);
    const json& reached = chips[0];
    CHECK(reached["reachable"].get<bool>());
    CHECK(reached["count"].get<size_t>() == 8 + su_reached);
    CHECK(reached["title"].get<std::string>() == "runtime objects");
    CHECK(reached["size"].get<std::string>().starts_with(reached_n + " objects, "));
    CHECK(reached["size"].get<std::string>().ends_with(" KiB"));
    CHECK(reached["colours"].get<std::string>() == reached_n + " black");
    CHECK_FALSE(chips[1]["reachable"].get<bool>());
    CHECK(chips[1]["count"].get<size_t>() == 3 + 5);
    for (const json& c : chips) {
      const Box b = box_of(c["box"]);
      CHECK(b.x0 >= area.x0);
      CHECK(b.x1 <= area.x1);
      CHECK(b.y1 <= area.y1);
      for (const json& n : lay["graph_nodes"]) {
        const Box o = box_of(n["box"]);
        CHECK_FALSE((b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1));
      }
    }
    // The colour line's glyph at the chip's left, below the title: filled for the reached chip's
    // black objects, hollow for the 8 white ones (only its outline is dark).
    auto dark_in_glyph = [&](const json& c) {
      const Box cb = box_of(c["box"]);
      const int h = cb.y1 - cb.y0;
      int dark = 0;
      for (int y = cb.y0 + h / 2; y < cb.y1 - 2; ++y) {
        for (int x = cb.x0 + 4; x < cb.x0 + 4 + h / 2; ++x) dark += img.at(x, y).r < 80 && img.at(x, y).g < 80 && img.at(x, y).b < 80;
      }
      return dark;
    };
    const int black = dark_in_glyph(reached), white = dark_in_glyph(chips[1]);
    CHECK(black > white + 20);
    MESSAGE("chip " << reached["size"].get<std::string>() << " / " << reached["colours"].get<std::string>() << ": " << black
                    << " dark pixels in its glyph, " << white << " in the white chip's");
  }
}

// Issue #17: an arrow's name is drawn clear of the box it leaves. On tests/ui/programs/static_root
// at markroot's scan of the globals (1280×720 presenter, en and zh-CN; 1920×1080), the globals
// box is flashed (an outline 3 px outside it) and its arrows' names ("t.next.next",
// "table[1].next", the objects reached only through static data) used to start 3 px right of
// the box, on that outline. Each drawn name's box lies right of the root box and its outlines,
// and the band between the root box and the name holds no text pixel of the name's colour
// except the arrows' own lines.
TEST_CASE("heap graph: arrow names leaving a root box are clear of its border, in pixels") {
  if (!have_xvfb()) return;
  std::filesystem::create_directories(kOut);
  const std::string scn = std::string(GOSIM_SOURCE_DIR) + "/tests/ui/programs/static_root.json";
  for (const auto& [size, presenter, lang] : {std::tuple<std::string, bool, std::string>{"1280x720", true, "en"},
                                              {"1280x720", true, "zh-CN"}, {"1920x1080", false, "en"}}) {
    const std::string tag = "labels_" + size + (presenter ? "_presenter_" : "_") + lang;
    json script = json::array();
    script.push_back({{"run_until", "gc_mark_root"}});
    if (presenter) script.push_back({{"presenter", true}});
    script.push_back({{"panel", "heap_graph"}});
    script.push_back({{"screenshot", tag + ".png"}});
    const std::string script_path = kOut + "/" + tag + ".json";
    std::ofstream(script_path) << script.dump(1);
    const std::string err = kOut + "/" + tag + "_stderr.txt";
    const int rc = run_shell("timeout 180 " GOSIM_XVFB_RUN " -a -s '-screen 0 " + size + "x24' " + std::string(GOSIM_VIZ) + " " + scn +
                             " --size " + size + " --lang " + lang + " --script " + script_path + " --exit-after-script --dump-layout 2>" + err);
    INFO("gosim-viz stderr: " << slurp(err) << " " << tag);
    REQUIRE(rc == 0);
    const std::string png = kOut + "/" + tag + ".png";
    const Image img = load_png(png);
    REQUIRE(img.ok());
    const json lay = json::parse(slurp(png + ".json"));
    std::vector<Box> roots;
    for (const auto& [name, r] : lay["marks"].items()) {
      if (name.rfind("graph_root:", 0) == 0) roots.push_back(box_of(r));
    }
    REQUIRE_FALSE(roots.empty());
    std::vector<Box> boxes = roots;
    for (const json& n : lay["graph_nodes"]) boxes.push_back(box_of(n["box"]));
    for (const json& c : lay["graph_chips"]) boxes.push_back(box_of(c["box"]));
    int labels = 0;
    bool static_arrow = false;
    for (const json& e : lay["graph_edges"]) {
      if (!e["from_root"].get<bool>()) continue;
      static_arrow = static_arrow || e["label"].get<std::string>() == "t.next.next";
      const Box lb = box_of(e["label_box"]);
      if (lb.x1 <= lb.x0) continue;  // left out: it would overlap another name
      ++labels;
      INFO("arrow " << e["label"].get<std::string>());
      // Off every box and its outlines (flash 3 px out, hot ring 6 px out).
      for (const Box& b : boxes) {
        const bool meets = lb.x0 < b.x1 + 7 && b.x0 - 7 < lb.x1 && lb.y0 < b.y1 + 7 && b.y0 - 7 < lb.y1;
        CHECK_FALSE(meets);
      }
      for (const Box& r : roots) {
        // Outside the box and its flash outline (3 px out, up to 5 px wide) by a pixel or more.
        const bool beside = lb.y1 > r.y0 - 8 && lb.y0 < r.y1 + 8;
        if (beside) CHECK(lb.x0 >= r.x1 + 7);
        if (!beside || lb.x0 < r.x1) continue;
        // Between the box's outline and the name: only the arrows' lines (1-3 px high each),
        // no glyph of the name drawn back over the border.
        const Rgb col = rgb_of(e["colour"].get<uint32_t>());
        int tall = 0;
        for (int x = r.x1 + 6; x < lb.x0 - 1; ++x) tall = std::max(tall, column_hits(img, x, Box{x, lb.y0, x + 1, lb.y1}, col));
        CHECK(tall <= 6);
      }
    }
    CHECK(static_arrow);
    CHECK(labels >= 1);
    MESSAGE(tag << ": " << labels << " arrow names beside " << roots.size() << " root box(es)");
  }
}
