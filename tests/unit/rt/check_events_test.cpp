// --check-events (sim/rt/check_events.cpp): every event kind has a rule, the rules hold on a
// real run at the instant of each event, and each rule can fail: fed a model that contradicts
// its event, it names itself and the state.
#include <doctest/doctest.h>

#include <string>

#include "sim/base/goaddr.h"
#include "sim/heap/mgc.h"
#include "sim/rt/chan.h"
#include "sim/rt/check_events.h"
#include "sim/rt/stack.h"
#include "tests/support/test_program.h"

using namespace gosim;
using namespace gosim::testing;

namespace {

Event ev(EventKind k, int32_t p, int64_t g, int64_t a = 0, int64_t b = 0, int64_t c = 0) {
  Event e;
  e.seq = 1;
  e.kind = k;
  e.p = p;
  e.m = p;
  e.g = g;
  e.a = a;
  e.b = b;
  e.c = c;
  return e;
}

// One P running M0, and G7 in the state the test sets.
Model one_p_model() {
  Model md;
  P p;
  p.status = PStatus::kRunning;
  p.m = 0;
  md.allp.push_back(p);
  M m;
  m.p = 0;
  md.allm.push_back(m);
  G g;
  g.goid = 7;
  g.status = GStatus::kRunnable;
  // newproc1 gives a new G its stack before go_create (Go: malg(_StackMin)).
  g.code.stack_lo = 0xc000100000;
  g.code.stack_hi = 0xc000100800;
  md.allg.push_back(g);
  return md;
}

bool fires(const std::string& msg, EventKind k) {
  const std::string prefix = "rule: " + std::string(event_info(k).name) + ":";
  return msg.rfind(prefix, 0) == 0 && msg.find("; state: ") != std::string::npos;
}

}  // namespace

TEST_CASE("every event kind has a rule, named after the kind") {
  for (int k = 0; k < static_cast<int>(EventKind::kCount); ++k) {
    const auto kind = static_cast<EventKind>(k);
    INFO("kind " << event_info(kind).name);
    CHECK(has_event_rule(kind));
    CHECK(event_rule_text(kind).rfind(std::string(event_info(kind).name) + ":", 0) == 0);
  }
  CHECK_FALSE(has_event_rule(EventKind::kCount));
}

TEST_CASE("the rules hold at every event's instant: ping-pong over semaphores, GOMAXPROCS 1-8, 3 seeds") {
  PingPong::pairs = 8;
  PingPong::rounds = 6;
  const TestProgram prog = PingPong::program();
  for (int32_t procs : {1, 2, 4, 8}) {
    for (uint64_t seed : {1, 2, 3}) {
      Config c;
      c.gomaxprocs = procs;
      c.seed = seed;
      Machine mc(prog, c);
      std::string first;
      mc.set_emit_hook([&](const Model& md, const Event& e) {
        if (!first.empty()) return;
        const std::string s = check_event(md, e);
        if (!s.empty()) first = "event " + std::to_string(e.seq) + " (" + std::string(event_info(e.kind).name) + "): " + s;
      });
      mc.start(0);
      const uint64_t events = mc.run();
      INFO("GOMAXPROCS=" << procs << " seed=" << seed);
      CHECK(first == "");
      CHECK(events > 200);
    }
  }
}

TEST_CASE("go_park fires while the G is still runnable in runnext, holds once it waits off every queue") {
  Model md = one_p_model();
  md.allp[0].runnext = 0;
  const Event e = ev(EventKind::kGoPark, 0, 7, static_cast<int64_t>(WaitReason::kChanReceive));
  const std::string msg = check_event(md, e);
  CHECK(fires(msg, EventKind::kGoPark));
  CHECK(msg.find("G7 is _Grunnable, in P0's runnext") != std::string::npos);
  md.allp[0].runnext = kNoG;
  md.allg[0].status = GStatus::kWaiting;
  md.allg[0].waitreason = WaitReason::kChanReceive;
  CHECK(check_event(md, e) == "");
  md.allg[0].waitreason = WaitReason::kSleep;  // the wrong reason
  CHECK(fires(check_event(md, e), EventKind::kGoPark));
}

TEST_CASE("go_create wants the new G in the P's runnext; go_start wants it current on the P's M") {
  Model md = one_p_model();
  const Event create = ev(EventKind::kGoCreate, 0, 7, 0, 0, 0);
  CHECK(fires(check_event(md, create), EventKind::kGoCreate));  // runnable but in no queue
  md.allp[0].runnext = 0;
  CHECK(check_event(md, create) == "");
  const Event start = ev(EventKind::kGoStart, 0, 7, 0, 1, 0);
  CHECK(fires(check_event(md, start), EventKind::kGoStart));
  md.allp[0].runnext = kNoG;
  md.allg[0].status = GStatus::kRunning;
  md.allm[0].curg = 0;
  CHECK(check_event(md, start) == "");
}

TEST_CASE("go_exit fires while the G still runs; runq_overflow checks the global queue's size") {
  Model md = one_p_model();
  md.allg[0].status = GStatus::kRunning;
  md.allm[0].curg = 0;
  CHECK(fires(check_event(md, ev(EventKind::kGoExit, 0, 7)), EventKind::kGoExit));
  md.allg[0].status = GStatus::kRunnable;
  md.allm[0].curg = kNoG;
  md.sched.runq.push_back(0);
  CHECK(fires(check_event(md, ev(EventKind::kRunqOverflow, 0, 7, 129, 129)), EventKind::kRunqOverflow));
}

TEST_CASE("proc_idle fires while the P still has its M; syscall_enter while the P is still wired") {
  Model md = one_p_model();
  CHECK(fires(check_event(md, ev(EventKind::kProcIdle, 0, 0)), EventKind::kProcIdle));
  md.allg[0].status = GStatus::kSyscall;
  md.allm[0].curg = 0;
  CHECK(fires(check_event(md, ev(EventKind::kSyscallEnter, 0, 7, 1000)), EventKind::kSyscallEnter));
  md.allm[0].p = -1;
  md.allm[0].oldp = 0;
  md.allp[0].m = -1;
  md.allp[0].status = PStatus::kSyscall;
  CHECK(check_event(md, ev(EventKind::kSyscallEnter, 0, 7, 1000)) == "");
}

TEST_CASE("chan_send that blocks wants the G in the sendq; chan_recv from the buffer wants room in it") {
  Model md = one_p_model();
  constexpr uint64_t kChan = 0xc000010000;
  HChan c;
  c.dataqsiz = 1;
  c.buf.push_back("x");
  md.chans[kChan] = c;
  const Event send = ev(EventKind::kChanSend, 0, 7, static_cast<int64_t>(kChan), static_cast<int64_t>(ChanHow::kBlock));
  const std::string msg = check_event(md, send);
  CHECK(fires(msg, EventKind::kChanSend));
  CHECK(msg.find("G not in sendq") != std::string::npos);
  md.chans[kChan].sendq.push_back(Sudog{0, false, -1, "y"});
  CHECK(check_event(md, send) == "");
  const Event recv = ev(EventKind::kChanRecv, 0, 7, static_cast<int64_t>(kChan), static_cast<int64_t>(ChanHow::kBuffer));
  CHECK(fires(check_event(md, recv), EventKind::kChanRecv));  // the buffer is still full
}

TEST_CASE("sem_release checks the count; write checks the output; program_exit checks the exit") {
  Model md = one_p_model();
  md.semtable[0x1000].count = 2;
  CHECK(fires(check_event(md, ev(EventKind::kSemRelease, 0, 7, 0x1000, 1)), EventKind::kSemRelease));
  CHECK(check_event(md, ev(EventKind::kSemRelease, 0, 7, 0x1000, 2)) == "");
  md.output = "hi";
  CHECK(fires(check_event(md, ev(EventKind::kWrite, 0, 7, 1, 0, 3)), EventKind::kWrite));
  CHECK(check_event(md, ev(EventKind::kWrite, 0, 7, 1, 0, 2)) == "");
  CHECK(fires(check_event(md, ev(EventKind::kProgramExit, 0, 7, 0)), EventKind::kProgramExit));
  md.exit_kind = ExitKind::kExited;
  CHECK(check_event(md, ev(EventKind::kProgramExit, 0, 7, 0)) == "");
}

TEST_CASE("malloc wants an allocated slot; gc_shade a grey object; gc_phase the named phase") {
  Model md = one_p_model();
  md.heap = heap::Heap(1, kZeroBase);
  // Every event mallocgc emits (refill, grow, mheap, cacheSpan, malloc) agrees with the heap at
  // the instant it is emitted: the sink checks each one as it goes out.
  struct Checking final : heap::EventSink {
    explicit Checking(const Model& m) : md(m) {}
    void put(const Event& in) override {
      Event e = in;
      e.g = 7;
      INFO(event_info(e.kind).name);
      CHECK(check_event(md, e) == "");
      ++n;
    }
    const Model& md;
    int n = 0;
  } sink(md);
  const heap::MallocResult r = heap::mallocgc(md.heap, 0, 48, true, true, &sink);
  CHECK(sink.n >= 5);
  const Event malloc = ev(EventKind::kMalloc, 0, 7, static_cast<int64_t>(r.addr), 48, heap::malloc_event_c(r.spanclass, r.level));
  CHECK(check_event(md, malloc) == "");
  Event elsewhere = malloc;
  elsewhere.a = static_cast<int64_t>(r.addr + 48);  // the next slot: still free
  CHECK(fires(check_event(md, elsewhere), EventKind::kMalloc));
  const Event shade = ev(EventKind::kGcShade, -1, 0, static_cast<int64_t>(r.addr));
  const std::string white = check_event(md, shade);
  CHECK(fires(white, EventKind::kGcShade));
  CHECK(white.find("is white") != std::string::npos);
  CHECK(heap::greyobject(md.heap, r.addr));
  CHECK(check_event(md, shade) == "");
  CHECK(fires(check_event(md, ev(EventKind::kGcScanObject, -1, 0, static_cast<int64_t>(r.addr))), EventKind::kGcScanObject));
  CHECK(fires(check_event(md, ev(EventKind::kGcPhase, -1, 0, 0, static_cast<int64_t>(heap::GCPhase::kMark))), EventKind::kGcPhase));
}

TEST_CASE("mcache_refill wants the named (full) span in the P's mcache; call wants the new frame on the G's stack") {
  Model md = one_p_model();
  md.heap = heap::Heap(1, kZeroBase);
  CHECK(fires(check_event(md, ev(EventKind::kMcacheRefill, 0, 7, 5, static_cast<int64_t>(kArenaBase))), EventKind::kMcacheRefill));
  Event call = ev(EventKind::kCall, 0, 7, call_a(3, 0), 0xc000040f00, 0xc000041000);
  CHECK(fires(check_event(md, call), EventKind::kCall));
  md.allg[0].code.frames.push_back(Frame{3, 0, 0xc000040f00});
  CHECK(check_event(md, call) == "");
  const Event ret = ev(EventKind::kReturn, 0, 7, call_a(3, 0), 0xc000040f00, -1);
  CHECK(fires(check_event(md, ret), EventKind::kReturn));  // the frame is still there
}
