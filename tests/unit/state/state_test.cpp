// gosim state: the state dump at an event, read as a script would read it.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string>

#include "sim/run/build.h"
#include "sim/scenario/scenario.h"
#include "sim/run/runner.h"
#include "sim/state/at.h"
#include "sim/state/diff.h"
#include "sim/state/state.h"

using namespace gosim;
using json = nlohmann::ordered_json;

namespace {

struct Built {
  Scenario scenario;
  Build build;
};

Built build_go(const std::string& src, int32_t procs = 1) {
  Built b;
  b.scenario.id = "t";
  b.scenario.source_name = "t.go";
  b.scenario.source = src;
  b.scenario.config.gomaxprocs = procs;
  b.build = build_program(b.scenario);
  REQUIRE_MESSAGE(b.build.errors.empty(), (b.build.errors.empty() ? "" : b.build.errors[0].str()));
  return b;
}

json state_at(const Built& b, const std::string& at) {
  std::string err;
  const auto spec = state::parse_at(at, &err);
  REQUIRE_MESSAGE(spec.has_value(), err);
  const state::StateAt st = state::run_to(*b.build.program, b.build.main_entry, b.scenario.config, *spec);
  REQUIRE_MESSAGE(st.error.empty(), st.error);
  return state::state_json(*st.machine, st.event);
}

const json& goroutine(const json& st, int64_t goid) {
  for (const json& g : st["goroutines"]) {
    if (g["goid"] == goid) return g;
  }
  FAIL("no goroutine G" << goid);
  static const json none;
  return none;
}

std::string hex_of(const json& n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(n.get<uint64_t>()));
  return buf;
}

constexpr const char* kSpawn = R"(package main

import "fmt"

func main() {
	go fmt.Println("child")
	fmt.Println("parent")
}
)";

}  // namespace

TEST_CASE("at the go_create of a new goroutine, newproc has put it in the P's runnext") {
  const Built b = build_go(kSpawn);
  const json st = state_at(b, "kind:go_create#6");  // G6, the first user goroutine (package os starts G5)
  CHECK(st["event"]["kind"] == "go_create");
  CHECK(st["event"]["g"] == 6);
  const json& g6 = goroutine(st, 6);
  CHECK(g6["status"] == "runnable");
  CHECK(g6["go_status"] == "_Grunnable");
  CHECK(g6["queue"]["where"] == "runnext");
  CHECK(st["ps"][0]["runnext"] == 6);
  CHECK(goroutine(st, 1)["status"] == "running");
  CHECK(goroutine(st, 1)["p"] == 0);
  CHECK(st["at"]["exact"] == true);
}

TEST_CASE("a send on an unbuffered channel with no receiver leaves the sender in the channel's sendq") {
  const Built b = build_go(R"(package main

func main() {
	c := make(chan int)
	go func() { <-c }()
	c <- 42
}
)");
  const json st = state_at(b, "kind:chan_send");
  CHECK(st["event"]["args"]["how"] == 2);  // ChanHow::kBlock
  REQUIRE(st["channels"].size() == 1);
  const json& c = st["channels"][0];
  CHECK(c["addr"] == hex_of(st["event"]["args"]["chan"]));
  REQUIRE(c["sendq"].size() == 1);  // enqueued (Go: c.sendq.enqueue) before it parks
  CHECK(c["sendq"][0]["goid"] == 1);
  // The next event is its gopark: now it waits, recorded in the channel's sendq.
  const json parked = state_at(b, std::to_string(st["event"]["seq"].get<uint64_t>() + 1));
  CHECK(parked["event"]["kind"] == "go_park");
  const json& g1 = goroutine(parked, 1);
  CHECK(g1["status"] == "waiting");
  CHECK(g1["wait_reason"] == "chan send");  // Go's waitReasonStrings
  CHECK(g1["blocked_on"]["what"] == "chan_send");
  CHECK(g1["blocked_on"]["chan"] == c["addr"]);
  CHECK(c["recvq"].empty());
  CHECK(c["cap"] == 0);
  // main's frame names its variable and the line of the send.
  REQUIRE(!g1["frames"].empty());
  CHECK(g1["frames"][0]["func"] == "main.main");
  CHECK(g1["frames"][0]["line"] == 6);
  bool has_c = false;
  for (const json& v : g1["frames"][0]["vars"]) has_c = has_c || (v["name"] == "c" && v["type"] == "chan int");
  CHECK(has_c);
}

TEST_CASE("a buffered channel shows its elements in order") {
  const Built b = build_go(R"(package main

func main() {
	c := make(chan int, 3)
	c <- 7
	c <- 8
	println(len(c))
}
)");
  const json st = state_at(b, "kind:chan_send#2");
  const json& c = st["channels"][0];
  CHECK(c["cap"] == 3);
  CHECK(c["count"] == 2);
  REQUIRE(c["buf"].size() == 2);
  CHECK(c["buf"][0]["int"] == 7);
  CHECK(c["buf"][1]["int"] == 8);
  CHECK(c["buf"][0]["bytes"] == "0700000000000000");
}

constexpr const char* kGC = R"(package main

import "runtime"

type node struct {
	next *node
	v    int
}

var keep, sink *node

func main() {
	keep = &node{v: 1}
	keep.next = &node{v: 2}
	for i := 0; i < 10; i++ {
		sink = &node{v: i}
	}
	sink = nil
	runtime.GC()
}
)";

uint64_t colour_count(const json& st, const char* colour) {
  uint64_t n = 0;
  for (const json& s : st["heap"]["spans"]) {
    if (s["use"] == "heap") n += s["colours"][colour].get<uint64_t>();
  }
  return n;
}

TEST_CASE("at a gc_phase event the state names the collector's phase") {
  const Built b = build_go(kGC);
  // runtime.GC runs one whole cycle: off -> sweep_term -> mark -> mark_term -> sweep -> off.
  const json first = state_at(b, "kind:gc_phase");
  CHECK(first["event"]["args"]["from"] == 0);
  CHECK(first["event"]["args"]["to"] == 1);
  CHECK(first["gc"]["cycle"] == 1);
  CHECK(first["gc"]["num_gc"] == 0);
  // gcStart enters sweep termination and then mark in one engine step; the state is the one of
  // this event's instant: sweep termination, the write barrier not on yet, every object white.
  CHECK(first["at"]["exact"] == true);
  CHECK(first["gc"]["phase"] == "sweep_term");
  CHECK(first["gc"]["marking"] == false);
  CHECK(colour_count(first, "grey") == 0);
  CHECK(colour_count(first, "black") == 0);
  CHECK(colour_count(first, "white") > 0);
  const json mark = state_at(b, "kind:gc_phase#2");
  CHECK(mark["event"]["args"]["to"] == 2);
  CHECK(mark["gc"]["phase"] == "mark");
  CHECK(mark["gc"]["marking"] == true);
  const json term = state_at(b, "kind:gc_phase#3");
  CHECK(term["event"]["args"]["to"] == 3);
  // Go's memstats.numgc++ comes at the end of gcMarkTermination, after the phase changes.
  CHECK(term["gc"]["num_gc"] == 0);
  const json sweep = state_at(b, "kind:gc_phase#4");
  CHECK(sweep["event"]["args"]["to"] == 4);
  CHECK(sweep["gc"]["num_gc"] == 0);
  const json last = state_at(b, "kind:gc_phase#5");
  CHECK(last["event"]["args"]["to"] == 0);
  CHECK(last["gc"]["phase"] == "off");
  CHECK(last["gc"]["phase_name"] == "off");
  CHECK(last["gc"]["marking"] == false);
  CHECK(last["memstats"]["NumGC"] == 1);
  std::string err;
  CHECK_FALSE(state::run_to(*b.build.program, b.build.main_entry, b.scenario.config, *state::parse_at("kind:gc_phase#6", &err))
                  .error.empty());
}

TEST_CASE("heap slots: every object allocated is white when marking starts; after the cycle the garbage is free") {
  const Built b = build_go(kGC);
  const json start = state_at(b, "kind:gc_phase");
  // keep, keep.next, the ten sink nodes and the runtime's own objects (g objects, allgs's arrays,
  // the mark workers' nodes): every object allocated, none marked yet.
  const uint64_t allocated = colour_count(start, "white");
  CHECK(allocated == start["memstats"]["HeapObjects"]);
  CHECK(allocated >= 12);
  CHECK(colour_count(start, "grey") + colour_count(start, "black") == 0);
  const json end = state_at(b, "end");
  // keep and keep.next survive (gosim scans stacks conservatively, so a stale temporary may
  // keep the last sink node too); the rest were swept into free slots.
  const uint64_t live = colour_count(end, "white");
  CHECK(live >= 2);
  CHECK(live + 8 < allocated);  // at least 9 of the ten sink nodes are gone
  CHECK(end["memstats"]["HeapObjects"] == live);
  for (const json& s : end["heap"]["spans"]) {
    if (s["use"] != "heap") continue;
    const std::string slots = s["slots"];
    CHECK(slots.size() == s["nelems"].get<size_t>());
    CHECK(std::count(slots.begin(), slots.end(), '.') == s["colours"]["free"].get<int64_t>());
  }
}

// The slot letter ('.', 'w', 'g', 'b') of the object at `addr` in a state dump.
char slot_at(const json& st, uint64_t addr) {
  for (const json& s : st["heap"]["spans"]) {
    if (s["use"] != "heap") continue;
    const uint64_t base = std::stoull(s["base"].get<std::string>(), nullptr, 16);
    const uint64_t size = s["elemsize"].get<uint64_t>();
    const std::string slots = s["slots"];
    if (addr >= base && addr < base + size * slots.size()) return slots[(addr - base) / size];
  }
  return '?';
}

TEST_CASE("stepping through the mark: each shaded object is grey at its gc_shade, black at its gc_scan_object") {
  const Built b = build_go(kGC);
  int shades = 0, scans = 0;
  for (int k = 1;; ++k) {
    std::string err;
    const state::AtSpec at = *state::parse_at("kind:gc_shade#" + std::to_string(k), &err);
    const state::StateAt run = state::run_to(*b.build.program, b.build.main_entry, b.scenario.config, at);
    if (!run.error.empty()) break;
    const json st = state::state_json(*run.machine, run.event);
    const auto addr = static_cast<uint64_t>(run.event->a);
    INFO("gc_shade #" << k << " at event " << run.event->seq);
    CHECK(st["at"]["exact"] == true);
    // A pointer-free object (a mark worker's node) is black at once: nothing in it to scan.
    CHECK(slot_at(st, addr) == ((run.event->c & 4) != 0 ? 'b' : 'g'));  // 4: heap::kShadeNoscan
    ++shades;
  }
  for (int k = 1;; ++k) {
    std::string err;
    const state::AtSpec at = *state::parse_at("kind:gc_scan_object#" + std::to_string(k), &err);
    const state::StateAt run = state::run_to(*b.build.program, b.build.main_entry, b.scenario.config, at);
    if (!run.error.empty()) break;
    const json st = state::state_json(*run.machine, run.event);
    INFO("gc_scan_object #" << k << " at event " << run.event->seq);
    CHECK(slot_at(st, static_cast<uint64_t>(run.event->a)) == 'b');
    ++scans;
  }
  CHECK(shades >= 2);
  CHECK(scans >= 2);
}

TEST_CASE("semaphores are listed by address with their waiters") {
  const Built b = build_go(R"(package main

import "sync"

func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	a.Lock()
	b.Lock()
	wg.Add(2)
	go func() { a.Lock(); wg.Done() }()
	go func() { b.Lock(); wg.Done() }()
	wg.Wait()
}
)");
  // main parks in wg.Wait after both goroutines parked on their mutex: a deadlock at the end.
  const json st = state_at(b, "end");
  CHECK(st["exit"]["finished"] == true);
  const json& sems = st["semaphores"];
  REQUIRE(sems.size() >= 2);
  std::set<int64_t> waiting;
  for (size_t i = 0; i < sems.size(); ++i) {
    if (i > 0) CHECK(std::stoull(sems[i - 1]["addr"].get<std::string>(), nullptr, 16) < std::stoull(sems[i]["addr"].get<std::string>(), nullptr, 16));
    for (const json& g : sems[i]["waiters"]) waiting.insert(g.get<int64_t>());
  }
  CHECK(waiting.count(1) == 1);  // main, in WaitGroup.Wait
  CHECK(waiting.size() == 3);
}

TEST_CASE("line:N stops at the first event whose goroutine is at that line") {
  const Built b = build_go(kSpawn);
  const json st = state_at(b, "line:7");
  const int64_t g = st["event"]["g"];
  CHECK(goroutine(st, g)["line"] == 7);
}

TEST_CASE("--at 0 is the state right after start: main is running, no event yet") {
  const Built b = build_go(kSpawn);
  const json st = state_at(b, "0");
  CHECK(st["event"].is_null());
  CHECK(st["at"]["seq"] == 0);
  CHECK(goroutine(st, 1)["status"] == "running");
  CHECK(st["exit"]["finished"] == false);
}

TEST_CASE("the JSON has the keys docs/state.md documents") {
  const Built b = build_go(kSpawn);
  const json st = state_at(b, "kind:go_create#6");
  CHECK(st["schema"] == "gosim.state/1");
  for (const char* k : {"schema", "at", "time_ns", "config", "event", "exit", "goroutines", "ps", "ms", "sched", "channels",
                        "semaphores", "sync", "netpoll", "heap", "gc", "memstats", "output", "files"}) {
    CHECK_MESSAGE(st.contains(k), k);
  }
  for (const char* k : {"cwd", "bytes", "nodes", "open"}) CHECK_MESSAGE(st["files"].contains(k), k);
  for (const char* k : {"path", "dir", "size", "mode", "perm", "ino", "mtime_ns"}) {
    CHECK_MESSAGE(st["files"]["nodes"][0].contains(k), k);
  }
  for (const char* k : {"goid", "status", "go_status", "wait_reason", "system", "m", "p", "parent", "entry", "func", "line",
                        "waiting_since_ns", "queue", "blocked_on", "created_by", "stack", "frames"}) {
    CHECK_MESSAGE(goroutine(st, 1).contains(k), k);
  }
  for (const char* k : {"id", "status", "go_status", "m", "runnext", "runq", "schedtick", "timers", "mcache"}) {
    CHECK_MESSAGE(st["ps"][0].contains(k), k);
  }
  for (const char* k : {"head", "tail", "length", "goids"}) CHECK_MESSAGE(st["ps"][0]["runq"].contains(k), k);
  for (const char* k : {"id", "p", "curg", "spinning", "parked", "sysmon", "in_syscall"}) CHECK_MESSAGE(st["ms"][0].contains(k), k);
  for (const char* k : {"runq", "pidle", "npidle", "midle", "nmidle", "nmspinning", "goidgen"}) CHECK_MESSAGE(st["sched"].contains(k), k);
  for (const char* k : {"phase", "phase_name", "cycle", "num_gc", "gogc", "heap_live", "trigger", "goal", "heap_marked"}) {
    CHECK_MESSAGE(st["gc"].contains(k), k);
  }
  for (const char* k : {"seq", "time_ns", "time", "kind", "category", "p", "m", "g", "args", "func", "file", "text"}) {
    CHECK_MESSAGE(st["event"].contains(k), k);
  }
  for (const char* k : {"HeapAlloc", "HeapInuse", "Mallocs", "NumGC", "NextGC"}) CHECK_MESSAGE(st["memstats"].contains(k), k);
  CHECK(st["event"]["text"].get<std::string>().find("G6") != std::string::npos);
}

TEST_CASE("the text names the event and where the new goroutine waits") {
  const Built b = build_go(kSpawn);
  const std::string text = state::state_text(state_at(b, "kind:go_create#6"));
  CHECK(text.find("go_create") != std::string::npos);
  CHECK(text.find("in P0's runnext") != std::string::npos);
  CHECK(text.find("Goroutines") != std::string::npos);
}

TEST_CASE("--at values that name no event are refused with a sentence") {
  std::string err;
  CHECK_FALSE(state::parse_at("kind:no_such_kind", &err).has_value());
  CHECK(err.find("go_create") != std::string::npos);  // the known kinds are listed
  CHECK(err.find("gc_phase") != std::string::npos);
  CHECK_FALSE(state::parse_at("abc", &err).has_value());
  CHECK_FALSE(state::parse_at("-3", &err).has_value());
  CHECK_FALSE(state::parse_at("kind:gc_shade#0", &err).has_value());
  CHECK_FALSE(state::parse_at("line:x", &err).has_value());
  CHECK_FALSE(state::parse_at("color:red", &err).has_value());
  CHECK(state::parse_at("kind:gc_shade#3", &err)->nth == 3);

  const Built b = build_go(kSpawn);
  Machine mc(*b.build.program, b.scenario.config);
  mc.start(b.build.main_entry);
  const uint64_t total = run_to_end(mc, nullptr, false).events;
  const auto past = state::parse_at(std::to_string(total + 1), &err);
  const state::StateAt st = state::run_to(*b.build.program, b.build.main_entry, b.scenario.config, *past);
  CHECK(st.machine == nullptr);
  CHECK(st.error.find("the run has " + std::to_string(total) + " events") != std::string::npos);
  const auto last = state::parse_at(std::to_string(total), &err);
  CHECK(state::run_to(*b.build.program, b.build.main_entry, b.scenario.config, *last).error.empty());
  const auto none = state::parse_at("kind:gc_shade", &err);
  CHECK(!state::run_to(*b.build.program, b.build.main_entry, b.scenario.config, *none).error.empty());
}

TEST_CASE("frames carry their variables' values read from the stack") {
  const Built b = build_go(R"(package main

func main() {
	x := 42
	s := "hi"
	c := make(chan int, 1)
	c <- x
	println(s, <-c)
}
)");
  const json st = state_at(b, "kind:chan_send");
  const json& f = goroutine(st, 1)["frames"][0];
  CHECK(f["line"] == 7);
  std::map<std::string, std::string> vals;
  for (const json& v : f["vars"]) vals[v["name"]] = v["value"];
  CHECK(vals["x"] == "42");
  CHECK(vals["s"] == "\"hi\"");
  CHECK(vals["c"] == st["channels"][0]["addr"]);
}

TEST_CASE("each new goroutine takes runnext and pushes the previous one to the tail of the local queue") {
  const Built b = build_go(R"(package main

func f() {}

func main() {
	go f()
	go f()
	go f()
	println("spawned")
}
)");
  // Without package os there is no runfinq goroutine: user goroutines are numbered from 5.
  const json st = state_at(b, "kind:go_create#7");  // G7: the third go statement's go_create (after G1..G4)
  CHECK(st["event"]["kind"] == "go_create");
  const json& p0 = st["ps"][0];
  CHECK(p0["runnext"] == 7);
  CHECK(p0["runq"]["goids"] == json::array({5, 6}));
  CHECK(p0["runq"]["length"] == 2);
  CHECK(goroutine(st, 6)["queue"]["where"] == "local");
  CHECK(goroutine(st, 6)["queue"]["index"] == 1);
}

TEST_CASE("a sleeping goroutine waits for its timer on the P") {
  const Built b = build_go(R"(package main

import "time"

func main() {
	time.Sleep(5 * time.Millisecond)
}
)");
  // The go_park of main in time.Sleep: parked first; the timer is added by the park's unlock
  // function (Go: resetForSleep), so it is on the P from the next event on.
  const json parked = state_at(b, "kind:go_park#4");
  REQUIRE(parked["event"]["g"] == 1);
  CHECK(goroutine(parked, 1)["wait_reason"] == "sleep");
  const json st = state_at(b, std::to_string(parked["event"]["seq"].get<uint64_t>() + 1));
  const json& g1 = goroutine(st, 1);
  CHECK(g1["blocked_on"]["what"] == "timer");
  const json& timers = st["ps"][0]["timers"];
  REQUIRE(timers.size() == 1);
  CHECK(timers[0]["goid"] == 1);
  CHECK(timers[0]["when_ns"].get<int64_t>() >= 5'000'000);
  CHECK(timers[0]["when_ns"] == g1["blocked_on"]["when_ns"]);
}

// part fs: the virtual file tree and the open descriptors (sim/state/state_files.cpp).
TEST_CASE("files: the tree with sizes and modes, and an open fd with its offset") {
  Built b = build_go(R"(package main

import "os"

func main() {
	f, _ := os.Open("notes.txt")
	buf := make([]byte, 4)
	f.Read(buf)
	os.WriteFile("out.txt", []byte("hello"), 0600)
	os.Mkdir("logs", 0755)
}
)");
  b.scenario.config.files = {{"notes.txt", "first line\n"}};
  const json st = state_at(b, "end");  // f is never closed: its descriptor is still open
  const json& files = st["files"];
  CHECK(files["cwd"] == "/home/gopher");
  std::map<std::string, json> nodes;
  for (const json& n : files["nodes"]) nodes[n["path"].get<std::string>()] = n;
  REQUIRE(nodes.count("/home/gopher/notes.txt") == 1);
  CHECK(nodes["/home/gopher/notes.txt"]["size"] == 11);
  CHECK(nodes["/home/gopher/notes.txt"]["mode"] == "-rw-r--r--");
  CHECK(nodes["/home/gopher/out.txt"]["size"] == 5);
  CHECK(nodes["/home/gopher/out.txt"]["mode"] == "-rw-------");
  CHECK(nodes["/home/gopher/logs"]["mode"] == "drwxr-xr-x");
  CHECK(nodes["/tmp"]["mode"] == "dtrwxrwxrwx");
  CHECK(files["bytes"] == 16);
  REQUIRE(files["open"].size() == 1);  // WriteFile's descriptor is closed again
  CHECK(files["open"][0]["fd"] == 3);
  CHECK(files["open"][0]["path"] == "/home/gopher/notes.txt");
  CHECK(files["open"][0]["flags"] == "O_RDONLY");
  CHECK(files["open"][0]["offset"] == 4);
  const std::string text = state::state_text(st);
  CHECK(text.find("fd 3 /home/gopher/notes.txt (O_RDONLY), offset 4") != std::string::npos);
  CHECK(text.find("-rw-------         5 /home/gopher/out.txt") != std::string::npos);
  // At the first system call (os.Open's openat) fd 3 is open at offset 0 and out.txt does not
  // exist yet; the diff to the end names both by key.
  const json first = state_at(b, "kind:syscall_enter");
  REQUIRE(first["files"]["open"].size() == 1);
  CHECK(first["files"]["open"][0]["offset"] == 0);
  std::set<std::string> changed;
  for (const state::StateChange& c : state::diff_states(first, st)) changed.insert(c.entity + "." + c.path);
  CHECK(changed.count("fd 3.offset") == 1);
  CHECK(changed.count("file /home/gopher/out.txt.") == 1);
}

TEST_CASE("files: a program without files shows no Files section in the text") {
  const Built b = build_go(kSpawn);
  const json st = state_at(b, "end");
  CHECK(st["files"]["nodes"].size() == 4);  // /, /home, /home/gopher, /tmp
  CHECK(state::state_text(st).find("Files (") == std::string::npos);
}

TEST_CASE("netpoll: the ready list names each goroutine's fd, and at a netpoll event `polled` says whom the call woke") {
  // netpoll_server: the server G6 parks in Accept on fd 3, the client G1 in Dial on fd 4; the
  // connection readies both, and the first netpoll returns both (the ready list is empty by then).
  const ScenarioLoad load = load_scenario(std::string(GOSIM_SOURCE_DIR) + "/scenarios/netpoll_server/netpoll_server.json");
  REQUIRE(load.scenario.has_value());
  Built b;
  b.scenario = *load.scenario;
  b.build = build_program(b.scenario);
  REQUIRE(b.build.errors.empty());
  const std::map<int64_t, int64_t> fd_of{{6, 3}, {1, 4}};
  const json ready = state_at(b, "kind:net_ready")["netpoll"];
  REQUIRE(ready["ready"].size() == 2);
  REQUIRE(ready["ready_fds"].size() == 2);
  for (size_t i = 0; i < 2; ++i) CHECK(ready["ready_fds"][i].get<int64_t>() == fd_of.at(ready["ready"][i].get<int64_t>()));
  CHECK(ready["polled"].empty());  // no netpoll has run yet
  const json polled = state_at(b, "kind:netpoll")["netpoll"];
  CHECK(polled["ready"].empty());
  REQUIRE(polled["polled"].size() == 2);
  std::set<int64_t> woke;
  for (const json& g : polled["polled"]) {
    woke.insert(g["goid"].get<int64_t>());
    CHECK(g["fd"].get<int64_t>() == fd_of.at(g["goid"].get<int64_t>()));
  }
  CHECK(woke == std::set<int64_t>{1, 6});
}
