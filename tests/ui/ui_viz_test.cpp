// gosim-viz under Xvfb: a script moves the cursor and takes screenshots; the test reads the
// pixels and compares them with the state the headless Session has at the same cursor.
//
//   - every panel's region is drawn (not just background);
//   - in each P lane, the number of running / runnext / local-queue tokens counted by their
//     colour equals what the model holds; so does the global queue;
//   - the timeline's cursor line is where the cursor is, and moves right as it advances;
//   - the picture after stepping back to event n is pixel-identical to the one stepping
//     forward to n showed;
//   - presenter mode switches to the high-contrast (white) surface;
//   - a bad script is refused before any window opens, naming the step's index.
//
// The app writes OUT.png.json beside each screenshot (--dump-layout) with where it drew each
// panel and lane; the counts come from the pixels, the expectations from the model.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "tests/support/test_program.h"
#include "tests/ui/pixels.h"
#include "visualizer/session/session.h"
#include "visualizer/session/source_view.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::uitest;
using nlohmann::json;

namespace {

constexpr int kPairs = 8, kRounds = 10, kProcs = 3;
const std::string kOut = UI_OUT_DIR;

// A script names its screenshots by file name; gosim-viz writes them in the script's folder,
// which is kOut here (visualizer/session/script.h).
std::string shot_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

void open_demo(Session& s) {
  testing::PingPong::pairs = kPairs;
  testing::PingPong::rounds = kRounds;
  Config c;
  c.gomaxprocs = kProcs;
  s.open_program(std::make_shared<testing::TestProgram>(testing::PingPong::program()), 0, c, "ping-pong");
}

// A G whose go_create event is still pending: the model holds it, the log has not shown it
// yet, so the scheduler panel leaves it out (scheduler_view.h).
bool unborn(const Model& md, GIdx gi) {
  if (gi == kNoG) return false;
  for (const Event& e : md.engine.pending) {
    if (e.kind == EventKind::kGoCreate && e.g == md.allg[static_cast<size_t>(gi)].goid) return true;
  }
  return false;
}

uint32_t runq_len(const Model& md, const P& p) {
  uint32_t n = 0;
  for (uint32_t i = p.runqhead; i != p.runqtail; ++i) n += unborn(md, p.runq[i % kLocalRunqSize]) ? 0 : 1;
  return n;
}
uint32_t runq_len(const P& p) { return p.runqtail - p.runqhead; }

// Cursor positions worth a picture: queues filled, a runnext slot used, late in the run.
struct Picks {
  uint64_t queued = 0, runnext = 0, late = 0;
};
Picks pick(Session& s) {
  Picks k;
  for (uint64_t n = 1; n <= s.size() && (k.queued == 0 || k.runnext == 0); ++n) {
    s.seek(n);
    uint32_t q = 0;
    bool rn = false;
    for (const P& p : s.model().allp) {
      q += runq_len(p);
      rn = rn || p.runnext != kNoG;
    }
    if (k.queued == 0 && q >= 3) k.queued = n;
    if (k.queued != 0 && k.runnext == 0 && rn && n > k.queued + 5) k.runnext = n;
  }
  k.late = s.size() * 2 / 3;
  return k;
}

// Checks one normal-mode screenshot against the model at its cursor; returns the cursor's x.
float check_shot(Session& s, const std::string& png, uint64_t cursor) {
  INFO("screenshot " << png);
  const Image img = load_png(png);
  REQUIRE(img.ok());
  const json lay = json::parse(slurp(png + ".json"));
  CHECK(lay["cursor"].get<uint64_t>() == cursor);
  s.seek(cursor);
  const Model& md = s.model();

  for (const char* panel : {"controls", "scheduler", "timeline", "source", "events", "inspector", "output"}) {
    INFO("panel " << panel);
    REQUIRE(lay["panels"].contains(panel));
    int distinct = 0;
    const double cov = coverage(img, box_of(lay["panels"][panel]), kNormalSurface.window_bg, &distinct);
    CHECK(cov > 0.005);
    CHECK(distinct >= 3);
  }

  REQUIRE(lay["lanes"].size() == md.allp.size());
  for (const json& lane : lay["lanes"]) {
    const P& p = md.allp[lane["p"].get<size_t>()];
    INFO("P" << p.id);
    const Box run_box = box_of(lane["running"]);
    const int token_area = (run_box.x1 - run_box.x0) * (run_box.y1 - run_box.y0);
    const int min_area = token_area / 4;
    bool running = false;
    if (p.m >= 0) {
      const GIdx cur = md.allm[static_cast<size_t>(p.m)].curg;
      running = cur != kNoG && md.allg[static_cast<size_t>(cur)].status == GStatus::kRunning;
    }
    CHECK(count_blobs(img, run_box, colors::kRunning, min_area) == (running ? 1 : 0));
    CHECK(count_blobs(img, box_of(lane["runnext"]), colors::kRunnable, min_area) ==
          (p.runnext != kNoG && !unborn(md, p.runnext) ? 1 : 0));
    const int shown = lane["slots_shown"].get<int>();
    const auto len = static_cast<int>(runq_len(md, p));
    CHECK(shown == std::min(len, shown));
    CHECK(shown >= std::min(len, 5));  // the lane has room for at least five
    CHECK(count_blobs(img, box_of(lane["queue"]), colors::kRunnable, min_area) == std::min(len, shown));
  }
  const int gshown = lay["global_shown"].get<int>();
  int global = 0;
  for (GIdx gi : md.sched.runq) global += unborn(md, gi) ? 0 : 1;
  CHECK(count_blobs(img, box_of(lay["global_queue"]), colors::kRunnable, 400) == std::min(global, gshown));

  const float cx = lay["timeline_cursor_x"].get<float>();
  const Box plot = box_of(lay["timeline_plot"]);
  CHECK(cx >= static_cast<float>(plot.x0) - 1);
  const int best = std::max({column_hits(img, static_cast<int>(cx), plot, colors::kCursor),
                             column_hits(img, static_cast<int>(cx) - 1, plot, colors::kCursor),
                             column_hits(img, static_cast<int>(cx) + 1, plot, colors::kCursor)});
  CHECK(best > (plot.y1 - plot.y0) / 2);
  return cx;
}

// The Source panel against the model: the highlighted line is the focus G's line, each
// fully visible row carries as many G tokens (counted by their state colours) as Gs are on
// that line (up to three), and breakpoint dots sit exactly on the lines that have breakpoints.
void check_source(Session& s, const std::string& png, int64_t focus) {
  INFO("source panel in " << png);
  const Image img = load_png(png);
  REQUIRE(img.ok());
  const json lay = json::parse(slurp(png + ".json"));
  const SourceView v = build_source_view(s);
  REQUIRE_FALSE(v.empty());
  const int32_t focus_line = v.line_of_goid(focus);
  CHECK(lay["source_highlight"].get<int32_t>() == focus_line);
  const Box panel = box_of(lay["panels"]["source"]);
  int checked = 0, with_tokens = 0, highlight_seen = 0;
  for (const json& r : lay["source_rows"]) {
    const int32_t line = r["line"].get<int32_t>();
    const Box row = box_of(r["row"]);
    if (row.y0 < panel.y0 + 50 || row.y1 > panel.y1 - 20) continue;  // clipped by the header or scrollbar
    INFO("line " << line);
    ++checked;
    auto it = v.gs_at.find(line);
    const int expect = it == v.gs_at.end() ? 0 : std::min<int>(3, static_cast<int>(it->second.size()));
    CHECK(r["tokens_shown"].get<int>() == expect);
    const Box tb = box_of(r["tokens"]);
    const int min_area = (tb.y1 - tb.y0) * (tb.y1 - tb.y0) / 3;
    int blobs = 0;
    for (Rgb c : {colors::kRunning, colors::kRunnable, colors::kWaiting, colors::kSyscall, colors::kOtherState}) {
      blobs += count_blobs(img, tb, c, min_area);
    }
    CHECK(blobs == expect);
    with_tokens += expect > 0;
    // The highlight's solid bar at the row's left edge.
    const int bar = column_hits(img, row.x0 + 1, row, colors::kSelected);
    if (line == focus_line) {
      ++highlight_seen;
      CHECK(bar >= (row.y1 - row.y0) / 2);
    } else {
      CHECK(bar == 0);
    }
    // The breakpoint dot in the gutter (the first third of the space before the tokens).
    const Box gutter{row.x0, row.y0, row.x0 + (tb.x0 - row.x0) / 3, row.y1};
    CHECK(count_blobs(img, gutter, colors::kCursor, 12) == (s.has_line_breakpoint(line) ? 1 : 0));
    // Issue 17 item 8: the gutter is visible before any hover. Every other line's gutter is a
    // shaded strip (lane_bg, not the window's background) with a faint ring (a second colour).
    if (line != focus_line && !s.has_line_breakpoint(line)) {
      int distinct = 0;
      CHECK(coverage(img, gutter, kNormalSurface.window_bg, &distinct) > 0.9);
      CHECK(distinct >= 2);
    }
  }
  CHECK(checked >= 8);
  MESSAGE(png << ": " << checked << " source rows checked, " << with_tokens << " with goroutine tokens, focus G" << focus
              << " at line " << focus_line);
  if (focus_line > 0) CHECK(highlight_seen == 1);
}

// A cursor worth a picture in a Go run: the focus G is on a line and, if possible, at least
// two other goroutines are on lines too (tokens to count).
uint64_t pick_source_cursor(Session& s, int64_t focus) {
  uint64_t fallback = 0;
  for (uint64_t n = s.size() / 4; n <= s.size(); ++n) {
    s.seek(n);
    const SourceView v = build_source_view(s);
    if (v.line_of_goid(focus) <= 0) continue;
    if (fallback == 0) fallback = n;
    size_t gs = 0;
    for (const auto& [line, list] : v.gs_at) gs += list.size();
    if (gs >= 3) return n;
  }
  return fallback != 0 ? fallback : s.size() / 2;
}

}  // namespace

TEST_CASE("five Go scenarios: scheduler, source lines, breakpoints and panels match the model") {
  std::filesystem::create_directories(kOut);
  const std::string root = GOSIM_SOURCE_DIR;
  // The lesson scenarios first; conformance programs (which gosim-viz opens as bare .go files)
  // fill in if a lesson does not build here.
  const std::vector<std::string> candidates = {
      root + "/scenarios/hello/hello.json",
      root + "/scenarios/runnext/runnext.json",
      root + "/scenarios/pipeline/pipeline.json",
      root + "/scenarios/work_stealing/work_stealing.json",
      root + "/scenarios/timers/timers.json",
      root + "/tests/conformance/sched/buffered_producer_consumer.go",
      root + "/tests/conformance/sched/close_wakes_receivers.go",
      root + "/tests/conformance/sched/buffered_blocked_senders_fifo.go",
      root + "/tests/conformance/sched/deadlock_waitgroup.go",
      root + "/tests/conformance/sched/closed_channel_rules.go",
  };
  int done = 0;
  for (const std::string& path : candidates) {
    if (done == 5) break;
    Session s;
    const Diagnostics errs = s.open_scenario(path);
    if (!errs.empty() || s.source_text().empty()) {
      MESSAGE("not used (does not build here): " << path << (errs.empty() ? "" : ": " + errs[0].str()));
      continue;
    }
    const std::string name = std::filesystem::path(path).stem().string();
    INFO("scenario " << path);
    const int64_t focus = 1;
    const uint64_t at = pick_source_cursor(s, focus);
    const std::string shot = kOut + "/five_" + name + ".png";
    json script = json::array({{{"seek", at}}, {{"select", {{"g", focus}}}}, {{"screenshot", shot_name(shot)}}});
    const std::string script_path = kOut + "/five_" + name + ".json";
    std::ofstream(script_path) << script.dump(1);
    const int rc = run_shell("timeout 120 " GOSIM_XVFB_RUN " -a -s '-screen 0 1600x1000x24' " + std::string(GOSIM_VIZ) + " " + path +
                       " --size 1600x1000 --script " + script_path + " --exit-after-script --dump-layout 2>" + kOut +
                       "/five_" + name + "_stderr.txt");
    INFO("gosim-viz stderr: " << slurp(kOut + "/five_" + name + "_stderr.txt"));
    REQUIRE(rc == 0);
    check_shot(s, shot, at);
    check_source(s, shot, focus);
    MESSAGE("checked " << name << " at event " << at << " of " << s.size());
    ++done;
  }
  CHECK(done == 5);
}

TEST_CASE("gosim-viz draws what the model holds: tokens per lane, queues, cursor, presenter mode") {
  std::filesystem::create_directories(kOut);
  Session s;
  open_demo(s);
  const Picks k = pick(s);
  REQUIRE(k.queued > 0);
  MESSAGE("pictures at events " << k.queued << ", " << k.runnext << ", " << k.late << " of " << s.size());

  json script = json::array();
  script.push_back({{"seek", k.queued}});
  script.push_back({{"screenshot", shot_name(kOut + "/queued.png")}});
  script.push_back({{"seek", s.size()}});
  script.push_back({{"step_back", s.size() - k.queued}});
  script.push_back({{"screenshot", shot_name(kOut + "/queued_back.png")}});
  if (k.runnext > 0) {
    script.push_back({{"seek", k.runnext}});
    script.push_back({{"select", {{"g", 1}}}});
    script.push_back({{"screenshot", shot_name(kOut + "/runnext.png")}});
  }
  script.push_back({{"seek", k.late}});
  script.push_back({{"screenshot", shot_name(kOut + "/late.png")}});
  script.push_back({{"presenter", true}});
  script.push_back({{"caption", "Presenter mode: the scheduler and the timeline, large"}});
  script.push_back({{"screenshot", shot_name(kOut + "/presenter.png")}});
  const std::string script_path = kOut + "/script.json";
  std::ofstream(script_path) << script.dump(1);

  const std::string cmd = "timeout 120 " GOSIM_XVFB_RUN " -a -s '-screen 0 1600x1000x24' " + std::string(GOSIM_VIZ) +
                          " demo:pingpong:" + std::to_string(kPairs) + ":" + std::to_string(kRounds) + " --GOMAXPROCS " +
                          std::to_string(kProcs) + " --size 1600x1000 --script " + script_path +
                          " --exit-after-script --dump-layout 2>" + kOut + "/stderr.txt";
  const int rc = run_shell(cmd);
  INFO("gosim-viz stderr: " << slurp(kOut + "/stderr.txt"));
  REQUIRE(rc == 0);

  const float x1 = check_shot(s, kOut + "/queued.png", k.queued);
  check_shot(s, kOut + "/queued_back.png", k.queued);
  CHECK_MESSAGE(same_pixels(load_png(kOut + "/queued.png"), load_png(kOut + "/queued_back.png")),
                "stepping back to an event must draw exactly what stepping forward to it drew");
  if (k.runnext > 0) check_shot(s, kOut + "/runnext.png", k.runnext);
  const float x3 = check_shot(s, kOut + "/late.png", k.late);
  CHECK(x3 > x1);

  const Image pres = load_png(kOut + "/presenter.png");
  REQUIRE(pres.ok());
  const json lay = json::parse(slurp(kOut + "/presenter.png.json"));
  CHECK(lay["presenter"].get<bool>());
  REQUIRE(lay["panels"].contains("caption"));
  REQUIRE(lay["panels"].contains("scheduler"));
  CHECK_FALSE(lay["panels"].contains("events"));  // only the chosen panels
  const double drawn = coverage(pres, box_of(lay["panels"]["scheduler"]), kPresenterSurface.window_bg);
  CHECK(drawn > 0.01);
  CHECK(drawn < 0.8);  // mostly the white surface: the high-contrast theme is on
  CHECK(coverage(pres, box_of(lay["panels"]["caption"]), kPresenterSurface.window_bg) > 0.003);
}

TEST_CASE("a Go scenario: the hello lesson at its first park and at its end, with the program's output") {
  const std::string scenario = std::string(GOSIM_SOURCE_DIR) + "/scenarios/hello/hello.json";
  Session s;
  const Diagnostics errs = s.open_scenario(scenario);
  if (!errs.empty()) {
    MESSAGE("skipped: the hello scenario does not build here: " << errs[0].str());
    return;
  }
  std::filesystem::create_directories(kOut);
  BreakCondition park;
  park.kind = EventKind::kGoPark;
  s.restart();
  REQUIRE(s.run_until(park));
  const uint64_t parked = s.cursor();
  json script = json::array({{{"run_until", "go_park"}}, {{"screenshot", shot_name(kOut + "/hello_park.png")}},
                             {{"seek", s.size()}}, {{"screenshot", shot_name(kOut + "/hello_end.png")}}});
  std::ofstream(kOut + "/hello_script.json") << script.dump(1);
  const int rc = run_shell("timeout 120 " GOSIM_XVFB_RUN " -a -s '-screen 0 1600x1000x24' " + std::string(GOSIM_VIZ) + " " + scenario +
                     " --size 1600x1000 --script " + kOut + "/hello_script.json --exit-after-script --dump-layout 2>" +
                     kOut + "/hello_stderr.txt");
  INFO("gosim-viz stderr: " << slurp(kOut + "/hello_stderr.txt"));
  REQUIRE(rc == 0);
  check_shot(s, kOut + "/hello_park.png", parked);
  check_shot(s, kOut + "/hello_end.png", s.size());
  // The output panel holds more text at the end (the program's lines) than before it printed.
  const json a = json::parse(slurp(kOut + "/hello_park.png.json"));
  const json b = json::parse(slurp(kOut + "/hello_end.png.json"));
  auto body = [](Box bx) {  // below the title bar
    bx.y0 += 30;
    return bx;
  };
  const double before =
      coverage(load_png(kOut + "/hello_park.png"), body(box_of(a["panels"]["output"])), kNormalSurface.window_bg);
  const double after =
      coverage(load_png(kOut + "/hello_end.png"), body(box_of(b["panels"]["output"])), kNormalSurface.window_bg);
  INFO("output panel drawn: " << before << " before, " << after << " after");
  CHECK(after > before * 2);
}

TEST_CASE("gosim-viz refuses a bad script before opening a window, naming the step's index") {
  std::filesystem::create_directories(kOut);
  const std::string bad = kOut + "/bad_script.json";
  std::ofstream(bad) << "[{\"step\": 1},\n {\"jump\": 2}]";
  const int rc = run_shell(std::string(GOSIM_VIZ) + " demo:pingpong --script " + bad + " --exit-after-script 2>" + kOut +
                     "/bad_stderr.txt");
  const std::string err = slurp(kOut + "/bad_stderr.txt");
  INFO(err);
  CHECK(rc == 1);
  CHECK(err.find("bad_script.json:2:3: step [1]: unknown step \"jump\"") != std::string::npos);
}

TEST_CASE("gosim-viz refuses a script screenshot outside its folder, and a screenshot it cannot write") {
  std::filesystem::create_directories(kOut);
  const std::string bad = kOut + "/escape_script.json";
  std::ofstream(bad) << "[{\"screenshot\": \"../../escaped.png\"}]";
  int rc = run_shell(std::string(GOSIM_VIZ) + " demo:pingpong --script " + bad + " --exit-after-script 2>" + kOut +
                     "/escape_stderr.txt");
  std::string err = slurp(kOut + "/escape_stderr.txt");
  INFO(err);
  CHECK(rc == 1);
  CHECK(err.find("escape_script.json:1:17: step [0]: screenshot \"../../escaped.png\" has a folder part") !=
        std::string::npos);
  // A full disk: the command line's --screenshot is checked to the close, not lost silently.
  rc = run_shell("timeout 120 " GOSIM_XVFB_RUN " -a -s '-screen 0 1600x1000x24' " + std::string(GOSIM_VIZ) +
                 " demo:pingpong --size 800x600 --screenshot /dev/full --exit-after-script 2>" + kOut + "/full_stderr.txt");
  err = slurp(kOut + "/full_stderr.txt");
  INFO(err);
  CHECK(rc == 1);
  CHECK(err.find("gosim-viz: cannot write /dev/full: no space left on device") != std::string::npos);
}
