// Issue #17, the Netpoll panel at a netpoll event: its ready row was empty ("—") though the
// event's sentence said netpoll found goroutines, because the call had just emptied the ready
// list. The panel now shows what that call returned, from the model (NetState::polled), each
// goroutine over the fd it waited on: the same goroutines the ready list held just before, in
// the order netpoll hands them out (netpollready pushes at the list's head).
#include "tests/unit/viz_ui/viz_harness.h"

#include <algorithm>

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/session/netpoll_view.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::test;
using nlohmann::json;

TEST_CASE("at each netpoll event of netpoll_server the panel shows the goroutines and fds that call returned") {
  Imgui ctx(1280, 720);
  Session s;
  open(s, "netpoll_server/netpoll_server.json");
  VizApp app(s);
  prepare(app);
  app.settings().main_view = "netpoll";
  std::vector<uint64_t> polls;
  for (const Event& e : s.events()) {
    if (e.kind == EventKind::kNetpoll) polls.push_back(e.seq);
  }
  REQUIRE(polls.size() >= 3);
  bool saw_two = false;
  for (const uint64_t at : polls) {
    CAPTURE(at);
    // Just before the call: who is on the ready list, and on which fd each had parked (the fd
    // whose waiter it was when that goroutine's net_call parked it).
    s.seek(at - 1);
    std::vector<int64_t> want;
    for (auto it = s.model().net.ready.rbegin(); it != s.model().net.ready.rend(); ++it) {
      want.push_back(s.model().allg[static_cast<size_t>(*it)].goid);
    }
    std::vector<int64_t> want_fds;
    for (const int64_t goid : want) {
      int64_t fd = -1;
      for (uint64_t i = at - 1; i-- > 0;) {
        const Event& e = s.events()[i];
        if (e.kind == EventKind::kNetCall && e.g == goid) {
          fd = e.b;  // net_call's b: the fd it parked on
          break;
        }
      }
      want_fds.push_back(fd);
    }
    REQUIRE_FALSE(want.empty());
    const NetpollView before = build_netpoll_view(s);
    CHECK(before.polled.empty());  // not a netpoll event: no "returned" row
    s.seek(at);
    CHECK(s.current()->a == static_cast<int64_t>(want.size()));
    const NetpollView v = build_netpoll_view(s);
    CHECK(v.ready.empty());
    std::vector<int64_t> got;
    for (const GToken& g : v.polled) got.push_back(g.goid);
    CHECK(got == want);
    CHECK(v.polled_fds == want_fds);
    saw_two = saw_two || got.size() == 2;
    // Drawn: a token per goroutine in the panel.
    const json lay = draw(app, 2);
    REQUIRE(lay["panels"].contains("netpoll"));
    for (const int64_t goid : want) {
      CAPTURE(goid);
      CHECK(lay["marks"].contains("netpoll:polled:" + std::to_string(goid)));
    }
  }
  CHECK(saw_two);  // event 77: the connection and the client's dial, both at once
}

TEST_CASE("sysmon's deep sleep is 'every P is idle' only while every P is: at netpoll_server's first netpoll P1 has work") {
  // Go (proc.go sysmon) sets sched.sysmonwait when npidle == gomaxprocs and sleeps; a P that
  // gets work afterwards (here P1, woken for the connection, polling the network) does not wake
  // it, so sysmon still sleeps deeply while P1 runs. The view said "every P is idle" there.
  Session s;
  open(s, "netpoll_server/netpoll_server.json");
  uint64_t ready = 0, poll = 0;
  for (const Event& e : s.events()) {
    if (e.kind == EventKind::kNetReady && ready == 0) ready = e.seq;
    if (e.kind == EventKind::kNetpoll && poll == 0) poll = e.seq;
  }
  REQUIRE(ready > 0);
  REQUIRE(poll > ready);
  s.seek(ready);
  const NetpollView idle = build_netpoll_view(s);
  REQUIRE(idle.sysmon.deep_sleep);
  CHECK(idle.all_ps_idle);
  CHECK(sysmon_sleep_text(idle) == tr(Str::kSysmonDeep));
  s.seek(poll);
  const NetpollView busy = build_netpoll_view(s);
  REQUIRE(busy.sysmon.deep_sleep);  // the model, as Go: nothing woke sysmon
  CHECK_FALSE(busy.all_ps_idle);
  CHECK(std::find(busy.busy_ps.begin(), busy.busy_ps.end(), s.current()->p) != busy.busy_ps.end());
  const std::string text = sysmon_sleep_text(busy);
  CHECK(text != tr(Str::kSysmonDeep));
  CHECK(text.find("P" + std::to_string(s.current()->p)) != std::string::npos);
  CHECK(text.find("every P is idle") == std::string::npos);
  for (const int32_t p : busy.busy_ps) CHECK(s.model().allp[static_cast<size_t>(p)].status != PStatus::kIdle);
}

TEST_CASE("the Netpoll panel's row labels are whole at 720p presenter, en and zh-CN: 'this netpoll returned' was elided") {
  for (const Lang lang : {Lang::kEn, Lang::kZhCN}) {
    INFO(std::string(lang == Lang::kEn ? "en" : "zh-CN"));
    Imgui ctx(1280, 720);
    Session s;
    open(s, "netpoll_server/netpoll_server.json");
    s.restart();
    VizApp app(s);
    app.set_lang(lang);
    prepare(app);
    app.set_script(script(R"([{"run_until": "netpoll"}, {"presenter": true}])"));
    json lay;
    for (int i = 0; i < 8; ++i) {
      if (app.fonts_stale()) {
        app.rebuild_fonts(ImGui::GetIO());
        unsigned char* px = nullptr;
        int w = 0, h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&px, &w, &h);
      }
      lay = draw(app, 1);
    }
    REQUIRE(lay["panels"].contains("netpoll"));
    int rows = 0;
    bool polled = false;
    for (const json& t : lay["texts"]) {
      const std::string where = t["where"].get<std::string>();
      if (where.rfind("token_row:", 0) != 0) continue;
      ++rows;
      polled = polled || where == "token_row:netpoll:polled:";
      INFO(where << " \"" << t["text"].get<std::string>() << "\"");
      CHECK(t["text_w"].get<float>() <= t["room_w"].get<float>() + 0.5f);
    }
    CHECK(polled);
    CHECK(rows >= 5);  // fds 3, 4, 5, the polled row, the ready row
  }
}
