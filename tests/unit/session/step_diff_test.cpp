// Every event is a pause point, checked the plainest way: step the Session from event i-1 to
// event i, dump `gosim state` at both, and list what changed (sim/state/diff.h). Everything that
// changed must be what event i says happened: the goroutines, Ps, Ms, channels or heap spans it
// names, and nothing of event i+1. The only other changes allowed are those of a goroutine's own
// code running between two events (its frames, line, the variables any code writes, package
// sync's state words, which a Lock that does not block changes without a runtime event).
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "sim/state/diff.h"
#include "sim/state/state.h"
#include "visualizer/session/session.h"

using namespace gosim;
using namespace gosim::viz;
using json = nlohmann::ordered_json;

namespace {

bool starts(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

std::string hex(int64_t v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
  return buf;
}

bool in_category(const Event& e, std::initializer_list<EventCategory> cs) {
  for (EventCategory c : cs) {
    if (event_info(e.kind).category == c) return true;
  }
  return false;
}

// The goroutines, Ps and Ms event `e` names: its own g/p/m and the ones its arguments name.
struct Named {
  std::set<int64_t> gs, ps, ms;
};

Named named_by(const Event& e, const json& before, const json& after) {
  Named n;
  if (e.g > 0) n.gs.insert(e.g);
  if (e.p >= 0) n.ps.insert(e.p);
  if (e.m >= 0) n.ms.insert(e.m);
  switch (e.kind) {
    case EventKind::kGoCreate: n.gs.insert(e.a); n.gs.insert(e.c); break;  // parent, the G kicked out of runnext
    case EventKind::kGoReady: n.gs.insert(e.a); n.gs.insert(e.b); break;
    case EventKind::kChanSend: case EventKind::kChanRecv: n.gs.insert(e.c); break;  // the peer
    case EventKind::kNetReady: n.gs.insert(e.c); break;
    case EventKind::kSemRelease: n.gs.insert(e.c); break;  // the waiter it wakes
    case EventKind::kSteal: n.ps.insert(static_cast<int32_t>(e.a)); break;      // the victim
    case EventKind::kProcWake: n.ms.insert(e.a); n.ps.insert(static_cast<int32_t>(e.b)); break;
    case EventKind::kSyscallExit: n.ps.insert(static_cast<int32_t>(e.b)); break;
    default: break;
  }
  // A P's M and an M's P and G go with it.
  for (const json* st : {&before, &after}) {
    for (const json& p : (*st)["ps"]) {
      if (n.ps.count(p["id"].get<int64_t>()) && p["m"].get<int64_t>() >= 0) n.ms.insert(p["m"].get<int64_t>());
    }
  }
  for (const json* st : {&before, &after}) {
    for (const json& m : (*st)["ms"]) {
      if (!n.ms.count(m["id"].get<int64_t>())) continue;
      if (!m["curg"].is_null()) n.gs.insert(m["curg"].get<int64_t>());
    }
  }
  return n;
}

bool running_in(const json& st, int64_t goid) {
  for (const json& g : st["goroutines"]) {
    if (g["goid"] == goid) return g["status"] == "running";
  }
  return false;
}

// Why this change is explained by event `e`, or "" when nothing explains it.
std::string explains(const Event& e, const state::StateChange& c, const json& before, const json& after,
                     const Named& n) {
  const std::string& ent = c.entity;
  const bool heapish = in_category(e, {EventCategory::kAlloc, EventCategory::kGC, EventCategory::kStack});
  if (starts(ent, "G")) {
    const int64_t goid = std::stoll(ent.substr(1));
    if (starts(c.path, "frames")) return "variables change as code runs";
    const bool code_field = c.path == "func" || c.path == "line" || c.path == "stack.used";
    if (code_field && (running_in(before, goid) || running_in(after, goid))) return "its code ran";
    if (n.gs.count(goid)) return "the event names it";
    // Events that move a batch of goroutines between queues name them by count only.
    const bool batch = e.kind == EventKind::kSteal || e.kind == EventKind::kRunqOverflow ||
                       e.kind == EventKind::kGlobalRunqGet || e.kind == EventKind::kProcResize ||
                       e.kind == EventKind::kNetpoll || e.kind == EventKind::kGoCreate || e.kind == EventKind::kGoReady;
    if (batch && starts(c.path, "queue")) return "moved between queues by the batch the event names";
    // A queue position counts from the ring's head, which moves when any G is taken from it.
    if (c.path == "queue.index" && in_category(e, {EventCategory::kSched})) return "the ring's head moved";
    return "";
  }
  if (starts(ent, "P")) {
    if (c.path == "clock_ns") return "a P's own clock";
    if (n.ps.count(std::stoll(ent.substr(1)))) return "the event names it";
    return "";
  }
  if (starts(ent, "M")) {
    if (c.before.empty() && c.after.find("\"sysmon\":true") != std::string::npos) {
      return "runtime.main starts sysmon's M (newm, no event of its own)";
    }
    return n.ms.count(std::stoll(ent.substr(1))) ? "the event names it" : "";
  }
  if (starts(ent, "sync ")) return "package sync's words change in code (a Lock that does not block)";
  if (starts(ent, "chan ")) {
    if (c.before.empty()) return "make(chan): the channel appears when its maker asks";
    if (in_category(e, {EventCategory::kChan}) && ent == "chan " + hex(e.kind == EventKind::kSelect ? e.c : e.a)) {
      return "the event names it";
    }
    return "";
  }
  if (starts(ent, "sema ")) {
    // Parking on a semaphore and readying its waiter are the sched events of semacquire/semrelease.
    const bool sema_sched = e.kind == EventKind::kGoPark || e.kind == EventKind::kGoReady;
    return in_category(e, {EventCategory::kSync}) || sema_sched ? "a semaphore event" : "";
  }
  if (ent == "gc" && c.path == "bg_mark_workers" && e.kind == EventKind::kGoCreate) return "a mark worker was created";
  if (starts(ent, "span ") || ent == "heap" || ent == "memstats" || ent == "gc") return heapish ? "the allocator or collector" : "";
  if (ent == "sched" && starts(c.path, "sysmon.")) return "sysmon's own bookkeeping on its ticks";
  // Go: proc.go newproc1 takes the new G's goid from the P's cache, refilling it from sched.goidgen
  // in batches of _GoidCacheBatch (16); gosim numbers the G when malg makes it, so the batch is
  // taken at the first event that names the new G (its g object's or its stack's allocation).
  if (ent == "sched" && c.path == "goidgen") {
    for (int64_t goid : n.gs) {
      bool existed = false;
      for (const json& g : before["goroutines"]) existed = existed || g["goid"] == goid;
      if (!existed) return "newproc1 takes the new G's goid (a batch of 16 from sched.goidgen)";
    }
    return "";
  }
  if (ent == "sched") {
    return in_category(e, {EventCategory::kSched, EventCategory::kSyscall, EventCategory::kProgram, EventCategory::kChan,
                           EventCategory::kSync})
               ? "a scheduling event"
               : "";
  }
  if (ent == "netpoll") return in_category(e, {EventCategory::kSyscall}) || e.kind == EventKind::kNetpoll ? "a network event" : "";
  if (ent == "output") return e.kind == EventKind::kWrite ? "the program wrote" : "";
  if (ent == "exit") {
    return e.kind == EventKind::kProgramExit || e.kind == EventKind::kFatal || e.kind == EventKind::kDeadlock ||
                   e.kind == EventKind::kLimit
               ? "the run ended"
               : "";
  }
  return "";
}

void check_scenario(const std::string& name) {
  Session s;
  REQUIRE(s.open_scenario(std::string(GOSIM_SOURCE_DIR) + "/scenarios/" + name + "/" + name + ".json").empty());
  REQUIRE(s.size() > 10);
  s.seek(1);
  json prev = state::state_json(s.machine(), s.events()[0]);
  size_t changes = 0;
  for (uint64_t i = 2; i <= s.size(); ++i) {
    s.seek(i);
    const Event& e = s.events()[i - 1];
    const json cur = state::state_json(s.machine(), e);
    REQUIRE(cur["at"]["exact"] == true);
    const Named n = named_by(e, prev, cur);
    for (const state::StateChange& c : state::diff_states(prev, cur)) {
      ++changes;
      INFO(name << " event " << i << " (" << event_info(e.kind).name << "): " << s.describe(e));
      INFO("change: " << c.str());
      CHECK_MESSAGE(!explains(e, c, prev, cur, n).empty(), "a change event " << i << " does not say");
    }
    prev = cur;
  }
  CHECK(changes > s.size());  // the dumps do change: the comparison is not vacuous
}

}  // namespace

TEST_CASE("each step of gc_cycle changes only what its event says") { check_scenario("gc_cycle"); }
TEST_CASE("each step of runnext changes only what its event says") { check_scenario("runnext"); }
TEST_CASE("each step of stack_growth changes only what its event says") { check_scenario("stack_growth"); }
TEST_CASE("each step of size_classes changes only what its event says") { check_scenario("size_classes"); }

TEST_CASE("the state diff lists a goroutine's status change by goroutine and path") {
  json a = json::parse(R"({"goroutines": [{"goid": 7, "status": "runnable"}], "ps": [], "ms": [], "channels": [],
    "semaphores": [], "sync": [], "heap": {"spans": []}, "sched": {}, "netpoll": {}, "gc": {}, "memstats": {},
    "output": "", "exit": {}})");
  json b = a;
  b["goroutines"][0]["status"] = "running";
  const auto d = state::diff_states(a, b);
  REQUIRE(d.size() == 1);
  CHECK(d[0].entity == "G7");
  CHECK(d[0].path == "status");
  CHECK(d[0].str() == "G7.status: \"runnable\" -> \"running\"");
  CHECK(state::diff_states(a, a).empty());
}
