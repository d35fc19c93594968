// The views behind the Channels, Sync, Timers and Netpoll panels (chan_view.h, sync_view.h,
// timer_view.h, netpoll_view.h) against the model at known events of small programs.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/session/chan_view.h"
#include "visualizer/session/netpoll_view.h"
#include "visualizer/session/session.h"
#include "visualizer/session/sync_view.h"
#include "visualizer/session/timer_view.h"

using namespace gosim;
using namespace gosim::viz;

namespace {

std::string path_of(const char* rel) { return std::string(GOSIM_SOURCE_DIR) + "/" + rel; }

// The cursor right after the first event of `kind` by goroutine `goid`.
uint64_t after_event(const Session& s, EventKind kind, int64_t goid) {
  const auto& ev = s.events();
  for (size_t i = 0; i < ev.size(); ++i) {
    if (ev[i].kind == kind && ev[i].g == goid) return i + 1;
  }
  FAIL("no such event");
  return 0;
}

const ChanRow* chan_named(const ChanView& v, const std::string& name) {
  const auto it = std::find_if(v.chans.begin(), v.chans.end(), [&](const ChanRow& c) { return c.name == name; });
  return it == v.chans.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("chan_view: a full buffer, the blocked sender's offered value, names and element types from the frames") {
  Session s;
  REQUIRE(s.open_scenario(path_of("tests/ui/programs/chan_full.json")).empty());
  s.seek(after_event(s, EventKind::kGoPark, 7));  // the producer parks on its third send
  const ChanView v = build_chan_view(s);
  REQUIRE(v.chans.size() == 2);
  const ChanRow* jobs = chan_named(v, "jobs");
  const ChanRow* done = chan_named(v, "done");
  REQUIRE(jobs != nullptr);
  REQUIRE(done != nullptr);
  CHECK(jobs->names.front() == "jobs (main.main)");
  CHECK(jobs->elem_type == "int");
  CHECK(done->elem_type == "string");
  CHECK(jobs->cap == 2);
  CHECK(jobs->count == 2);
  CHECK(jobs->slots[0].value == "10");
  CHECK(jobs->slots[1].value == "20");
  CHECK(jobs->sendx == jobs->recvx);  // a full ring: the next free slot is the next to receive
  REQUIRE(jobs->sendq.size() == 1);
  CHECK(jobs->sendq[0].g.goid == 7);
  CHECK(jobs->sendq[0].value == "30");
  CHECK(jobs->recvq.empty());
  CHECK(done->cap == 0);
  REQUIRE(done->recvq.size() == 1);
  CHECK(done->recvq[0].g.goid == 1);  // main waits in <-done
  // The park concerns jobs: the parking goroutine is in its sendq.
  CHECK(v.current == jobs->addr);
  CHECK(jobs->current);
  CHECK_FALSE(done->current);

  // chanrecv with a waiting sender and a full buffer: the head (10) leaves, the sender's 30
  // goes into the freed slot, and both indices move on (Go: chan.go recv).
  s.seek(after_event(s, EventKind::kChanRecv, 6));
  const ChanView after = build_chan_view(s);
  const ChanRow* j2 = chan_named(after, "jobs");
  REQUIRE(j2 != nullptr);
  CHECK(j2->sendq.empty());
  CHECK(j2->slots[0].value == "30");
  CHECK(j2->slots[1].value == "20");
  CHECK(j2->recvx == 1);
  CHECK(j2->sendx == 1);
}

TEST_CASE("chan_elem_text without a type reads up to 8 bytes as a little-endian integer") {
  Session s;
  REQUIRE(s.open_scenario(path_of("tests/ui/programs/chan_full.json")).empty());
  CHECK(chan_elem_text(s.model(), nullptr, -1, std::string("\x2a\0\0\0\0\0\0\0", 8)) == "42");
  CHECK(chan_elem_text(s.model(), nullptr, -1, std::string()) == "struct{}");
}

TEST_CASE("sync_view: the starving mutex's waiter on Mutex.sema, the WaitGroup's counter and its waiter") {
  Session s;
  REQUIRE(s.open_scenario(path_of("scenarios/mutex_starvation/mutex_starvation.json")).empty());
  // polite (G17) blocks in mu.Lock while greedy holds it; main waits in wg.Wait.
  s.seek(after_event(s, EventKind::kGoPark, 17));
  const SyncView v = build_sync_view(s);
  const auto mu = std::find_if(v.objects.begin(), v.objects.end(), [](const SyncRow& r) { return r.name == "mu"; });
  const auto wg = std::find_if(v.objects.begin(), v.objects.end(), [](const SyncRow& r) { return r.name == "wg"; });
  REQUIRE(mu != v.objects.end());
  REQUIRE(wg != v.objects.end());
  CHECK(mu->kind == SyncRow::Kind::kMutex);
  CHECK(wg->kind == SyncRow::Kind::kWaitGroup);
  CHECK(mu->locked);
  CHECK(mu->mutex_waiters == 1);
  REQUIRE(mu->semas.size() == 1);
  CHECK(mu->semas[0].offset == 4);
  REQUIRE(mu->semas[0].waiters.size() == 1);
  CHECK(mu->semas[0].waiters[0].goid == 17);
  CHECK(mu->current);
  CHECK(wg->wg_counter == 2);
  CHECK(wg->wg_waiters == 1);
  REQUIRE(wg->semas.size() == 1);
  CHECK(wg->semas[0].offset == 8);
  REQUIRE(wg->semas[0].waiters.size() == 1);
  CHECK(wg->semas[0].waiters[0].goid == 1);
  CHECK_FALSE(wg->current);
}

TEST_CASE("timer_view: the sleepers on P0, earliest deadline first, and a time.After channel") {
  Session s;
  REQUIRE(s.open_scenario(path_of("scenarios/timers/timers.json")).empty());
  s.seek(after_event(s, EventKind::kGoPark, 7) + 1);  // G7's timer is on the heap after its park
  TimerView v = build_timer_view(s);
  REQUIRE(v.ps.size() == 1);
  REQUIRE(v.ps[0].timers.size() == 3);
  // time.Sleep(30, 10, 20 ms) by G6, G7, G8.
  CHECK(v.ps[0].timers[0].g.goid == 7);
  CHECK(v.ps[0].timers[1].g.goid == 8);
  CHECK(v.ps[0].timers[2].g.goid == 6);
  CHECK(v.ps[0].timers[0].when - v.now == v.ps[0].timers[0].in);
  CHECK(v.ps[0].timers[0].in > 0);
  // In the select, time.After(25ms)'s timer sends on a channel and wakes no goroutine.
  s.seek(after_event(s, EventKind::kGoPark, 9) + 1);
  v = build_timer_view(s);
  const auto& ts = v.ps[0].timers;
  CHECK(std::any_of(ts.begin(), ts.end(), [](const TimerRow& t) { return t.chan != 0 && !t.g.valid(); }));
  CHECK(std::any_of(ts.begin(), ts.end(), [](const TimerRow& t) { return t.g.goid == 9; }));
}

TEST_CASE("netpoll_view: goroutines in IO wait on their fds, the ready list, sysmon's next wake") {
  Session s;
  REQUIRE(s.open_scenario(path_of("scenarios/netpoll_server/netpoll_server.json")).empty());
  const auto& ev = s.events();
  uint64_t ready = 0;
  for (size_t i = 0; i < ev.size() && ready == 0; ++i) {
    if (ev[i].kind == EventKind::kNetReady) ready = i + 1;
  }
  REQUIRE(ready > 0);
  s.seek(ready);
  NetpollView v = build_netpoll_view(s);
  // The connection arrived: both the server's Accept (G6) and the client's Dial (G1) are ready.
  CHECK(v.ready.size() == 2);
  CHECK(std::any_of(v.fds.begin(), v.fds.end(), [](const FdRow& f) { return f.current; }));
  CHECK(v.sysmon.m >= 0);
  // The server's Read (op 3) parks G6 on its fd while G1 waits on the client's fd.
  uint64_t read_park = 0;
  for (size_t i = 0; i < ev.size(); ++i) {
    if (ev[i].kind == EventKind::kNetCall && ev[i].g == 6 && ev[i].a == 3 && ev[i].c == -1) read_park = i + 2;
  }
  REQUIRE(read_park > 0);
  s.seek(read_park);
  v = build_netpoll_view(s);
  int waiting = 0;
  for (const FdRow& f : v.fds) {
    if (!f.waiter.valid()) continue;
    ++waiting;
    CHECK(s.model().net.fds.at(f.fd).rg == f.waiter.gi);
    CHECK(f.waiter.status == GStatus::kWaiting);
  }
  CHECK(waiting == 2);
  CHECK(v.ready.empty());
  CHECK(v.sysmon.next_wake > v.now);
}

TEST_CASE("channels the time package made are named as a learner knows them: ticker.C, timeout.C, time.After's channel") {
  set_ui_lang(Lang::kEn);
  // tickers: at its first timer_fire the Ticker's and the Timers' C channels exist; main holds
  // the Ticker in `ticker` and the Timers in `timeout` and `late`.
  Session s;
  REQUIRE(s.open_scenario(path_of("scenarios/tickers/tickers.json")).empty());
  s.seek(after_event(s, EventKind::kTimerFire, 0));
  const ChanView cv = build_chan_view(s);
  std::vector<std::string> names;
  for (const ChanRow& r : cv.chans) {
    names.push_back(r.name);
    CHECK(r.elem_type == "time.Time");
  }
  INFO(names.size());
  CHECK(std::count(names.begin(), names.end(), "ticker.C") == 1);
  CHECK(std::count(names.begin(), names.end(), "timeout.C") == 1);
  CHECK(std::count(names.begin(), names.end(), "late.C") == 1);
  // The Timers panel says which channel a timer sends on by the same name.
  const TimerView tv = build_timer_view(s);
  bool ticker_row = false;
  for (const PTimers& p : tv.ps) {
    for (const TimerRow& t : p.timers) ticker_row = ticker_row || (std::string_view(t.origin) == "time.NewTicker" && t.chan_name == "ticker.C");
  }
  CHECK(ticker_row);
  // timers: time.After's channel is held by no variable (a select case's temporary).
  Session t;
  REQUIRE(t.open_scenario(path_of("scenarios/timers/timers.json")).empty());
  t.seek(after_event(t, EventKind::kGoPark, 9) + 1);
  bool after = false;
  for (const ChanRow& r : build_chan_view(t).chans) after = after || r.name == "time.After's channel";
  CHECK(after);
  set_ui_lang(Lang::kZhCN);
  after = false;
  for (const ChanRow& r : build_chan_view(t).chans) after = after || r.name == "time.After 的通道";
  CHECK(after);
  set_ui_lang(Lang::kEn);
}
