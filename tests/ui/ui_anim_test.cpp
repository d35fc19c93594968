// Animation in the window: a mid-step frame captured under Xvfb shows the token between its
// two places. scenarios/work_stealing, its first steal: P1 steals half of P0's local queue; a script
// takes the settled frame before, the frame halfway through the tween ({"settle": false},
// {"advance_ms": 200}) and the settled frame after. The layout dump says where the G at the head
// of P0's ring (G5) was drawn in each; the pixels must show a runnable token there in the middle
// frame and not in the others.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "tests/ui/pixels.h"
#include "visualizer/session/session.h"

using namespace gosim::viz;
using namespace gosim::viz::uitest;
using nlohmann::json;

namespace {

const std::string kOut = std::string(UI_OUT_DIR) + "/anim";

std::optional<json> token_box(const json& layout, int64_t goid) {
  for (const json& t : layout["g_tokens"]) {
    if (t["goid"].get<int64_t>() == goid) return t["box"];
  }
  return std::nullopt;
}

// Share of the pixels in `b` near `c`.
double share(const Image& img, Box b, Rgb c) {
  int hit = 0, all = 0;
  for (int y = b.y0; y < b.y1; ++y) {
    for (int x = b.x0; x < b.x1; ++x) {
      ++all;
      hit += near(img.at(x, y), c, 10) ? 1 : 0;
    }
  }
  return all == 0 ? 0 : static_cast<double>(hit) / all;
}

}  // namespace

TEST_CASE("a mid-step frame shows the stolen token between P0's queue and P1's") {
  if (!have_xvfb()) return;
  std::filesystem::create_directories(kOut);
  // The cursor right before the first steal, and the G at the head of P0's ring there: found in
  // the run, not as fixed numbers (Go's start-up heap, part startup18, moved the steal some 130
  // events later). It is G5, runtime.runfinq, moved to the ring's tail when main's first go ran.
  Session s;
  REQUIRE(s.open_scenario(std::string(GOSIM_SOURCE_DIR) + "/scenarios/work_stealing/work_stealing.json").empty());
  uint64_t steal = 0;
  while (steal < s.size() && s.events()[steal].kind != gosim::EventKind::kSteal) ++steal;
  REQUIRE(steal < s.size());
  s.seek(steal);
  const gosim::P& p0 = s.model().allp[0];
  REQUIRE(p0.runqtail != p0.runqhead);
  const int64_t goid = s.model().allg[static_cast<size_t>(p0.runq[p0.runqhead % p0.runq.size()])].goid;
  const json script = json::array({{{"seek", steal}}, {{"screenshot", "before.png"}}, {{"settle", false}},
                                   {{"advance_ms", 1000}}, {{"step", 1}}, {{"advance_ms", 200}}, {{"screenshot", "mid.png"}},
                                   {{"settle", true}}, {{"screenshot", "after.png"}}});
  const std::string script_path = kOut + "/steal.json", err = kOut + "/stderr.txt";
  std::ofstream(script_path) << script.dump(1);
  const int rc = run_shell("timeout 120 " GOSIM_XVFB_RUN " -a -s '-screen 0 1600x1000x24' " + std::string(GOSIM_VIZ) + " " +
                           std::string(GOSIM_SOURCE_DIR) + "/scenarios/work_stealing/work_stealing.json --size 1280x720 --script " +
                           script_path + " --exit-after-script --dump-layout 2>" + err);
  INFO("gosim-viz stderr: " << slurp(err));
  REQUIRE(rc == 0);
  const json before = json::parse(slurp(kOut + "/before.png.json")), mid = json::parse(slurp(kOut + "/mid.png.json")),
             after = json::parse(slurp(kOut + "/after.png.json"));
  CHECK(before["anim"]["active"] == false);
  CHECK(after["anim"]["active"] == false);
  CHECK(mid["anim"]["active"] == true);
  CHECK(mid["anim"]["t"].get<double>() == doctest::Approx(0.5));
  // The move as the animator derived it: that G from the head of P0's ring to the head of P1's.
  json move;
  for (const json& m : mid["anim"]["moves"]) {
    if (m["goid"] == goid) move = m;
  }
  REQUIRE(move.is_object());
  CHECK(move["from"]["text"] == "P0's local run queue, position 1 from the head");
  CHECK(move["to"]["text"] == "P1's local run queue, position 1 from the head");

  const auto b0 = token_box(before, goid), b1 = token_box(mid, goid), b2 = token_box(after, goid);
  REQUIRE(b0);
  REQUIRE(b1);
  REQUIRE(b2);
  CHECK(*b0 == move["from_box"]);
  CHECK(*b2 == move["to_box"]);
  // Halfway (smoothstep(½) = ½), on the straight line between.
  for (int k = 0; k < 4; ++k) CHECK((*b1)[k].get<double>() == doctest::Approx(((*b0)[k].get<double>() + (*b2)[k].get<double>()) / 2));

  // A band across the token's middle where it is drawn mid-step, clear of both its places.
  const Box mid_box = box_of(*b1);
  const int cy = (mid_box.y0 + mid_box.y1) / 2;
  const Box band{mid_box.x0 + 6, cy - 2, mid_box.x1 - 6, cy + 2};
  REQUIRE(band.y1 <= box_of(*b2).y0);
  REQUIRE(band.y0 >= box_of(*b0).y1);
  const Image img_before = load_png(kOut + "/before.png"), img_mid = load_png(kOut + "/mid.png"),
              img_after = load_png(kOut + "/after.png");
  REQUIRE(img_mid.ok());
  CHECK(share(img_mid, band, colors::kRunnable) > 0.5);
  CHECK(share(img_before, band, colors::kRunnable) < 0.1);
  CHECK(share(img_after, band, colors::kRunnable) < 0.1);
}
