// gosim-viz's Channels, Timers and Netpoll panels under Xvfb, at 1280×720 and 1920×1080, in
// the tiled layout (beside the Source panel) and in presenter mode, checked against the
// headless Session at the same cursor (the panels draw chan_view.h, timer_view.h and
// netpoll_view.h; the test builds the same views):
//
//   - channels: a producer blocked on a full buffer (tests/ui/programs/chan_full) — its token
//     is drawn in the channel's sendq row (the waiting colour inside the box --dump-layout
//     names), both buffer slots are drawn full, the channel is outlined as the current one,
//     and nothing is in its recvq; a few events later, when the consumer has taken a value
//     and the sender's value moved into the buffer, the sendq row is empty;
//   - timers (scenarios/timers): the three sleepers' tokens are listed on P0 earliest
//     deadline first, as the model's timer heap orders them;
//   - netpoll (scenarios/netpoll_server): each goroutine in IO wait is drawn on its fd's row, and
//     at a netpoll event the goroutines that call returned are drawn in its "returned" row.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "tests/ui/pixels.h"
#include "visualizer/session/chan_view.h"
#include "visualizer/session/netpoll_view.h"
#include "visualizer/session/session.h"
#include "visualizer/session/timer_view.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::uitest;
using nlohmann::json;

namespace {

const std::string kOut = std::string(UI_OUT_DIR) + "/blocking";
const char* const kSizes[] = {"1280x720", "1920x1080"};

// Runs gosim-viz at `size` with `script`; screenshots land in kOut.
void run_viz_at(const std::string& scenario, const json& script, const std::string& tag, const std::string& size) {
  std::filesystem::create_directories(kOut);
  const std::string script_path = kOut + "/" + tag + ".json";
  std::ofstream(script_path) << script.dump(1);
  const std::string err = kOut + "/" + tag + "_stderr.txt";
  const int rc = run_shell("timeout 180 " GOSIM_XVFB_RUN " -a -s '-screen 0 1920x1080x24' " + std::string(GOSIM_VIZ) + " " + scenario +
                           " --size " + size + " --script " + script_path + " --exit-after-script --dump-layout --shots-dir " +
                           kOut + " 2>" + err);
  INFO("gosim-viz stderr: " << slurp(err));
  REQUIRE(rc == 0);
}

// The cursor right after the first event of `kind` by goroutine `goid`.
uint64_t after_event(const Session& s, EventKind kind, int64_t goid) {
  const auto& ev = s.events();
  for (size_t i = 0; i < ev.size(); ++i) {
    if (ev[i].kind == kind && ev[i].g == goid) return i + 1;
  }
  FAIL("no such event");
  return 0;
}

struct Shot {
  Image img;
  json lay;
};

Shot load_shot(const std::string& png) {
  Shot s{load_png(kOut + "/" + png), json::parse(slurp(kOut + "/" + png + ".json"))};
  REQUIRE(s.img.ok());
  return s;
}

bool has_mark(const Shot& s, const std::string& name) { return s.lay["marks"].contains(name); }

// A goroutine token in the waiting state is drawn at `name`'s box: its fill colour covers a
// good part of the box, and the box lies inside the window (not clipped off screen).
void check_waiting_token(const Shot& s, const std::string& name) {
  INFO("mark " << name);
  REQUIRE(has_mark(s, name));
  const Box b = box_of(s.lay["marks"][name]);
  CHECK(b.x0 >= 0);
  CHECK(b.y0 >= 0);
  CHECK(b.x1 <= s.img.w);
  CHECK(b.y1 <= s.img.h);
  const int area = (b.x1 - b.x0) * (b.y1 - b.y0);
  CHECK(count_blobs(s.img, b, colors::kWaiting, area / 4) == 1);
}

// The box lies inside panel `panel`'s window.
void check_inside(const Shot& s, const std::string& name, const std::string& panel) {
  INFO("mark " << name << " inside " << panel);
  REQUIRE(s.lay["panels"].contains(panel));
  const Box p = box_of(s.lay["panels"][panel]), b = box_of(s.lay["marks"][name]);
  CHECK(b.x0 >= p.x0);
  CHECK(b.x1 <= p.x1);
  CHECK(b.y0 >= p.y0);
  CHECK(b.y1 <= p.y1);
}

}  // namespace

TEST_CASE("Channels: the goroutine blocked on a full buffer is drawn in the channel's sendq") {
  if (!have_xvfb()) {
    MESSAGE("xvfb-run not installed: skipped");
    return;
  }
  const std::string path = std::string(GOSIM_SOURCE_DIR) + "/tests/ui/programs/chan_full.json";
  Session s;
  REQUIRE(s.open_scenario(path).empty());
  // G7, the producer, parks on its third send: the buffer holds 10 and 20.
  const uint64_t blocked = after_event(s, EventKind::kGoPark, 7);
  s.seek(blocked);
  const ChanView v = build_chan_view(s);
  const auto jobs = std::find_if(v.chans.begin(), v.chans.end(), [](const ChanRow& c) { return c.name == "jobs"; });
  REQUIRE(jobs != v.chans.end());
  CHECK(jobs->elem_type == "int");
  CHECK(jobs->cap == 2);
  CHECK(jobs->count == 2);
  REQUIRE(jobs->sendq.size() == 1);
  CHECK(jobs->sendq[0].g.goid == 7);
  CHECK(jobs->sendq[0].value == "30");
  CHECK(jobs->slots[0].value == "10");
  CHECK(jobs->slots[1].value == "20");
  CHECK(jobs->current);
  const std::string key = fmt::format("chan:{:#x}:", jobs->addr);
  // The consumer's first receive: 10 leaves, the parked sender's 30 moves into the buffer.
  const uint64_t drained = after_event(s, EventKind::kChanRecv, 6);
  s.seek(drained);
  const ChanView later = build_chan_view(s);
  const auto jobs2 = std::find_if(later.chans.begin(), later.chans.end(), [](const ChanRow& c) { return c.name == "jobs"; });
  REQUIRE(jobs2 != later.chans.end());
  CHECK(jobs2->sendq.empty());

  for (const char* size : kSizes) {
    CAPTURE(size);
    const std::string tag = fmt::format("chan_{}", size);
    run_viz_at(path, json::array({{{"seek", blocked}}, {{"panel", "channels"}}, {{"screenshot", tag + "_tiled.png"}},
                                  {{"seek", drained}}, {{"screenshot", tag + "_drained.png"}}, {{"seek", blocked}},
                                  {{"presenter", true}}, {{"panel", "channels"}}, {{"screenshot", tag + "_presenter.png"}}}),
               tag, size);
    for (const char* mode : {"_tiled.png", "_presenter.png"}) {
      const Shot shot = load_shot(tag + mode);
      CAPTURE(mode);
      CHECK(shot.lay["cursor"].get<uint64_t>() == blocked);
      check_waiting_token(shot, key + "sendq:7");
      check_inside(shot, key + "sendq:7", "channels");
      CHECK(has_mark(shot, key + "current"));
      for (const auto& [name, r] : shot.lay["marks"].items()) CHECK(name.rfind(key + "recvq:", 0) != 0);
      for (int i = 0; i < 2; ++i) {
        const std::string slot = key + "slot:" + std::to_string(i);
        REQUIRE(has_mark(shot, slot));
        const Box b = box_of(shot.lay["marks"][slot]);
        // A full slot is filled with the channel colour (the value's text sits on it).
        CHECK(count_blobs(shot.img, b, colors::kCatChan, (b.x1 - b.x0) * (b.y1 - b.y0) / 4) >= 1);
      }
    }
    // In the tiled layout the Channels view sits beside the Source panel, both on screen.
    const Shot tiled = load_shot(tag + "_tiled.png");
    CHECK(tiled.lay["main_view"].get<std::string>() == "channels");
    REQUIRE(tiled.lay["panels"].contains("source"));
    const Shot after = load_shot(tag + "_drained.png");
    CHECK_FALSE(has_mark(after, key + "sendq:7"));
  }
}

TEST_CASE("Timers: each sleeper is listed on its P, earliest deadline first") {
  if (!have_xvfb()) {
    MESSAGE("xvfb-run not installed: skipped");
    return;
  }
  const std::string path = std::string(GOSIM_SOURCE_DIR) + "/scenarios/timers/timers.json";
  Session s;
  REQUIRE(s.open_scenario(path).empty());
  // After G7, the last of the three sleepers, has parked and its timer is on P0's heap.
  const uint64_t at = after_event(s, EventKind::kGoPark, 7) + 1;
  s.seek(at);
  const TimerView v = build_timer_view(s);
  REQUIRE(v.ps.size() == 1);
  std::vector<int64_t> order;
  for (const TimerRow& t : v.ps[0].timers) order.push_back(t.g.goid);
  // time.Sleep(30, 10, 20 ms) by G6, G7, G8: G7 wakes first, then G8, then G6.
  CHECK(order == std::vector<int64_t>{7, 8, 6});
  for (const char* size : kSizes) {
    CAPTURE(size);
    const std::string tag = fmt::format("timers_{}", size);
    run_viz_at(path, json::array({{{"seek", at}}, {{"panel", "timers"}}, {{"screenshot", tag + "_tiled.png"}},
                                  {{"presenter", true}}, {{"panel", "timers"}}, {{"screenshot", tag + "_presenter.png"}}}),
               tag, size);
    for (const char* mode : {"_tiled.png", "_presenter.png"}) {
      CAPTURE(mode);
      const Shot shot = load_shot(tag + mode);
      float last_y = -1;
      for (int64_t goid : order) {
        const std::string name = fmt::format("timer_g:{}", goid);
        check_waiting_token(shot, name);
        check_inside(shot, name, "timers");
        const float y = shot.lay["marks"][name][1].get<float>();
        CHECK(y > last_y);  // listed in deadline order, top to bottom
        last_y = y;
      }
    }
  }
}

TEST_CASE("Netpoll: a goroutine in IO wait is drawn on its fd's row") {
  if (!have_xvfb()) {
    MESSAGE("xvfb-run not installed: skipped");
    return;
  }
  const std::string path = std::string(GOSIM_SOURCE_DIR) + "/scenarios/netpoll_server/netpoll_server.json";
  Session s;
  REQUIRE(s.open_scenario(path).empty());
  // The server's Read parks G6 while the client's Read has parked G1.
  uint64_t read_park = 0;
  const auto& ev = s.events();
  for (size_t i = 0; i < ev.size(); ++i) {
    // net_call Read (op 3) that could not complete (result -1); its go_park is the next event.
    if (ev[i].kind == EventKind::kNetCall && ev[i].g == 6 && ev[i].a == 3 && ev[i].c == -1) read_park = i + 2;
  }
  REQUIRE(read_park > 0);
  s.seek(read_park);
  const NetpollView v = build_netpoll_view(s);
  std::vector<std::pair<int64_t, int64_t>> waiting;  // fd, goid
  for (const FdRow& f : v.fds) {
    if (f.waiter.valid()) waiting.emplace_back(f.fd, f.waiter.goid);
  }
  REQUIRE(waiting.size() == 2);
  for (const char* size : kSizes) {
    CAPTURE(size);
    const std::string tag = fmt::format("netpoll_{}", size);
    run_viz_at(path, json::array({{{"seek", read_park}}, {{"panel", "netpoll"}}, {{"screenshot", tag + "_tiled.png"}},
                                  {{"presenter", true}}, {{"panel", "netpoll"}}, {{"screenshot", tag + "_presenter.png"}}}),
               tag, size);
    for (const char* mode : {"_tiled.png", "_presenter.png"}) {
      CAPTURE(mode);
      const Shot shot = load_shot(tag + mode);
      for (const auto& [fd, goid] : waiting) {
        const std::string name = fmt::format("fd:{}:{}", fd, goid);
        check_waiting_token(shot, name);
        check_inside(shot, name, "netpoll");
      }
    }
  }
}

// At a netpoll event the ready list is empty (the call took it): the panel's "this netpoll
// returned" row draws the goroutines that call returned, still waiting at that instant (Go's
// injectglist makes them runnable after), inside the panel, tiled and in presenter mode.
TEST_CASE("Netpoll: at a netpoll event the goroutines it returned are drawn in the panel") {
  if (!have_xvfb()) {
    MESSAGE("xvfb-run not installed: skipped");
    return;
  }
  const std::string path = std::string(GOSIM_SOURCE_DIR) + "/scenarios/netpoll_server/netpoll_server.json";
  Session s;
  REQUIRE(s.open_scenario(path).empty());
  uint64_t at = 0;
  for (const Event& e : s.events()) {
    if (e.kind == EventKind::kNetpoll && e.a == 2) {
      at = e.seq;
      break;
    }
  }
  REQUIRE(at > 0);
  s.seek(at);
  const NetpollView v = build_netpoll_view(s);
  REQUIRE(v.polled.size() == 2);
  CHECK(v.ready.empty());
  for (const char* size : kSizes) {
    CAPTURE(size);
    const std::string tag = fmt::format("netpoll_polled_{}", size);
    run_viz_at(path, json::array({{{"seek", at}}, {{"panel", "netpoll"}}, {{"screenshot", tag + "_tiled.png"}},
                                  {{"presenter", true}}, {{"panel", "netpoll"}}, {{"screenshot", tag + "_presenter.png"}}}),
               tag, size);
    for (const char* mode : {"_tiled.png", "_presenter.png"}) {
      CAPTURE(mode);
      const Shot shot = load_shot(tag + mode);
      for (const GToken& g : v.polled) {
        const std::string name = fmt::format("netpoll:polled:{}", g.goid);
        check_waiting_token(shot, name);
        check_inside(shot, name, "netpoll");
      }
    }
  }
}
