// The timeline's M lanes under Xvfb (issue 17 item 6): in syscall_handoff, after the sleeper's
// system call returned, its M's lane shows the syscall slice (the syscall colour, only used
// there and in the goroutine rows below the plot), at 1280×720 presenter and 1920×1080, in
// English and Chinese; the GC mark lanes in gc_pacer and write_barrier (who marks on which P:
// fractional workers, assists); and the goroutine palette never hands out the state colours.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "tests/ui/pixels.h"
#include "visualizer/session/session.h"
#include "visualizer/session/g_palette.h"
#include "sim/heap/mgc_state.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::uitest;
using nlohmann::json;

namespace {

const std::string kOut = std::string(UI_OUT_DIR) + "/timeline";

struct Shot {
  const char* name;
  const char* size;
  bool presenter;
  const char* lang;
};

// Runs gosim-viz on `scenario` at the cursor `seek` with the timeline shown; returns the image
// and its layout (--dump-layout).
std::pair<Image, json> timeline_shot(const std::string& scenario, uint64_t seek, const Shot& sh) {
  json script = json::array();
  script.push_back({{"presenter", sh.presenter}});
  script.push_back({{"panel", "timeline"}});
  script.push_back({{"seek", seek}});
  script.push_back({{"screenshot", std::string(sh.name) + ".png"}});
  const std::string script_path = kOut + "/" + sh.name + ".json";
  std::ofstream(script_path) << script.dump(1);
  const std::string err = kOut + "/" + sh.name + "_stderr.txt";
  const int rc = run_shell("timeout 300 " GOSIM_XVFB_RUN " -a -s '-screen 0 1920x1080x24' " + std::string(GOSIM_VIZ) + " " + scenario +
                           " --size " + sh.size + " --lang " + sh.lang + " --script " + script_path +
                           " --exit-after-script --dump-layout 2>" + err);
  INFO("gosim-viz stderr: " << slurp(err));
  REQUIRE(rc == 0);
  const std::string png = kOut + "/" + sh.name + ".png";
  Image img = load_png(png);
  REQUIRE(img.ok());
  return {std::move(img), json::parse(slurp(png + ".json"))};
}

// Right after the first cycle's mark termination: its mark turns are all in the past.
uint64_t after_first_mark(const Session& s) {
  for (size_t i = 0; i < s.events().size(); ++i) {
    const Event& e = s.events()[i];
    if (e.kind == EventKind::kGcPhase && e.b == static_cast<int64_t>(heap::GCPhase::kMarkTerm)) return i + 1;
  }
  return 0;
}

}  // namespace

TEST_CASE("the goroutine palette: distinct colours, none of them a state colour") {
  for (size_t i = 0; i < kPaletteSize; ++i) {
    for (size_t j = 0; j < i; ++j) CHECK_FALSE(near(palette_colour(i), palette_colour(j), 24));
    for (Rgb st : {colors::kSyscall, colors::kRunning, colors::kRunnable, colors::kWaiting, colors::kCursor}) {
      CHECK_FALSE(near(palette_colour(i), st, 24));
    }
  }
  VisiblePalette vp;
  vp.begin_frame();
  // goid % 8 would give these four one colour; by visible order they get four.
  const Rgb a = vp.colour(21), b = vp.colour(14), c = vp.colour(7), d = vp.colour(29);
  CHECK_FALSE(a == b);
  CHECK_FALSE(a == c);
  CHECK_FALSE(a == d);
  CHECK_FALSE(b == c);
  CHECK(vp.colour(21) == a);  // stable within the frame
}

TEST_CASE("the M lane shows the syscall in syscall_handoff (1280x720 presenter and 1920x1080, en and zh-CN)") {
  if (!have_xvfb()) return;
  std::filesystem::create_directories(kOut);
  const std::string scenario = std::string(GOSIM_SOURCE_DIR) + "/scenarios/syscall_handoff/syscall_handoff.json";
  Session s;
  REQUIRE(s.open_scenario(scenario).empty());
  // The cursor just after the call returned: the whole syscall slice is in the past (full colour).
  uint64_t after_exit = 0;
  for (size_t i = 0; i < s.events().size() && after_exit == 0; ++i) {
    if (s.events()[i].kind == EventKind::kSyscallExit) after_exit = i + 1;
  }
  REQUIRE(after_exit > 0);
  for (const Shot& sh : {Shot{"m_lane_720_presenter_en", "1280x720", true, "en"},
                         Shot{"m_lane_720_presenter_zh", "1280x720", true, "zh-CN"},
                         Shot{"m_lane_1080_en", "1920x1080", false, "en"},
                         Shot{"m_lane_1080_zh", "1920x1080", false, "zh-CN"}}) {
    INFO(sh.name);
    const auto [img, lay] = timeline_shot(scenario, after_exit, sh);
    const Box m = box_of(lay["timeline_m_lanes"]);
    REQUIRE(m.y1 > m.y0);
    // One syscall slice (5 ms of a ~10 ms run: wide), in the M lanes.
    CHECK(count_blobs(img, m, colors::kSyscall, 40) >= 1);
  }
}

TEST_CASE("the mark lanes show who marked on which P: gc_pacer's assists and fractional workers (720p presenter, 1080p)") {
  if (!have_xvfb()) return;
  std::filesystem::create_directories(kOut);
  const std::string scenario = std::string(GOSIM_SOURCE_DIR) + "/scenarios/gc_pacer/gc_pacer.json";
  Session s;
  REQUIRE(s.open_scenario(scenario).empty());
  REQUIRE(s.timeline().lanes().mark_procs() == 2);
  // The end of the run: every turn in the past, among them the one fractional turn (cycle 10).
  const uint64_t at = s.size();
  for (const Shot& sh : {Shot{"mark_lanes_720_presenter_en", "1280x720", true, "en"},
                         Shot{"mark_lanes_720_presenter_zh", "1280x720", true, "zh-CN"},
                         Shot{"mark_lanes_1080_en", "1920x1080", false, "en"},
                         Shot{"mark_lanes_1080_zh", "1920x1080", false, "zh-CN"}}) {
    INFO(sh.name);
    const auto [img, lay] = timeline_shot(scenario, at, sh);
    const Box mark = box_of(lay["marks"]["timeline_mark_lanes"]);
    // Two lanes (P0, P1), inside the window: nothing of them below the fold.
    REQUIRE(mark.y1 > mark.y0);
    CHECK(mark.y1 <= img.h);
    const Box plot = box_of(lay["timeline_plot"]);
    CHECK(mark.y0 >= plot.y0);
    CHECK(mark.y1 <= plot.y1);
    // Assists (orange) and fractional turns (dark yellow) are drawn there, and only the mark
    // lanes use those colours in the plot.
    CHECK(count_blobs(img, mark, colors::kMarkAssist, 2) >= 1);
    CHECK(count_blobs(img, mark, colors::kMarkFractional, 2) >= 1);
    CHECK(count_blobs(img, mark, colors::kMarkDedicated, 2) == 0);  // two Ps: no dedicated worker
  }
}

TEST_CASE("the mark lanes in write_barrier: P0's fractional worker turns, at 1280x720 presenter") {
  if (!have_xvfb()) return;
  std::filesystem::create_directories(kOut);
  const std::string scenario = std::string(GOSIM_SOURCE_DIR) + "/scenarios/write_barrier/write_barrier.json";
  Session s;
  REQUIRE(s.open_scenario(scenario).empty());
  REQUIRE(s.timeline().lanes().mark_procs() == 1);
  const auto [img, lay] = timeline_shot(scenario, after_first_mark(s), Shot{"mark_lanes_wb_720_presenter_en", "1280x720", true, "en"});
  const Box mark = box_of(lay["marks"]["timeline_mark_lanes"]);
  REQUIRE(mark.y1 > mark.y0);
  CHECK(mark.y1 <= img.h);
  CHECK(count_blobs(img, mark, colors::kMarkFractional, 2) >= 1);
}
