// The state as a learner reads it: sections in the order a lesson explains a program
// (the event, goroutines, Ps, Ms, the scheduler's queues, channels and locks, the heap and the
// collector), one line per thing, empty sections left out. Rendered from the JSON only, so text
// and JSON always agree; long lists (spans, slots) are cut with a pointer to --json.
#include <fmt/format.h>

#include "sim/state/state.h"
#include "sim/state/state_impl.h"
#include "sim/trace/vtime.h"

namespace gosim::state {

using json = nlohmann::ordered_json;

namespace {

constexpr size_t kMaxSpans = 24;   // spans listed before "… more"
constexpr size_t kMaxSlots = 64;   // slot letters shown per span

std::string bytes(uint64_t n) {
  if (n < 1024) return fmt::format("{} B", n);
  if (n < (1u << 20)) return fmt::format("{:.1f} KiB", static_cast<double>(n) / 1024);
  return fmt::format("{:.2f} MiB", static_cast<double>(n) / (1 << 20));
}

std::string gname(const json& goid) { return goid.is_null() ? std::string("-") : fmt::format("G{}", goid.get<int64_t>()); }

std::string glist(const json& goids, const char* none = "empty") {
  if (goids.empty()) return none;
  std::string out;
  for (const json& g : goids) out += (out.empty() ? "" : " ") + gname(g);
  return out;
}

std::string sudog_list(const json& q) {
  json ids = json::array();
  for (const json& w : q) ids.push_back(w["goid"]);
  return glist(ids, "none");
}

std::string where(const json& g) {
  const json& q = g["queue"];
  if (!q.is_null()) {
    const std::string w = q["where"];
    if (w == "runnext") return fmt::format("in P{}'s runnext", q["p"].get<int>());
    if (w == "local") return fmt::format("in P{}'s local queue (position {})", q["p"].get<int>(), q["index"].get<int>());
    return fmt::format("in the global queue (position {})", q["index"].get<int>());
  }
  const json& b = g["blocked_on"];
  if (!b.is_null()) {
    const std::string w = b["what"];
    if (w == "chan_send") return "in the send queue of channel " + b["chan"].get<std::string>();
    if (w == "chan_recv") return "in the receive queue of channel " + b["chan"].get<std::string>();
    if (w == "select") return "in a select, queued on channel " + b["chan"].get<std::string>() + " (and its other cases)";
    if (w == "sema") return "in the wait queue of semaphore " + b["addr"].get<std::string>();
    if (w == "fd") return fmt::format("until fd {} is ready (netpoller)", b["fd"].get<int64_t>());
    if (w == "netpoll_ready") return "its fd is ready: the next netpoll makes it runnable";
    if (w == "timer") return fmt::format("for a timer on P{} at {}", b["p"].get<int>(), format_vtime(b["when_ns"].get<int64_t>()));
  }
  if (g["p"].get<int>() >= 0) return fmt::format("on P{} / M{}", g["p"].get<int>(), g["m"].get<int>());
  if (g["m"].get<int>() >= 0) return fmt::format("on M{} (no P)", g["m"].get<int>());
  return "";
}

void goroutines(std::string& out, const json& st) {
  out += "\nGoroutines\n";
  for (const json& g : st["goroutines"]) {
    std::string status = g["status"];
    if (!g["wait_reason"].get<std::string>().empty()) status += " [" + g["wait_reason"].get<std::string>() + "]";
    std::string at = g["line"].get<int>() > 0 ? fmt::format(" line {}", g["line"].get<int>()) : std::string();
    if (!at.empty() && g["frames"].empty() && g["status"] == "runnable") at += " (not started yet)";
    out += fmt::format("  G{:<3} {:<30} {}{}{}\n", g["goid"].get<int64_t>(), status, g["func"].get<std::string>(), at,
                       g["system"].get<bool>() ? "  (runtime)" : "");
    const std::string w = where(g);
    if (!w.empty()) out += "        " + w + "\n";
    if (g["status"] == "running" && g["frames"].empty() && !g["system"].get<bool>() && g["stack"].is_null()) {
      out += "        (no Go frame yet: the runtime is still starting it)\n";
    }
    if (!g["stack"].is_null()) {
      const json& s = g["stack"];
      out += fmt::format("        stack [{}, {}) {}, {} in use\n", s["lo"].get<std::string>(), s["hi"].get<std::string>(),
                         bytes(s["size"]), bytes(s["used"]));
    }
    for (const json& f : g["frames"]) {
      out += fmt::format("        {} line {}  (frame at {}, {})\n", f["func"].get<std::string>(), f["line"].get<int>(),
                         f["fp"].get<std::string>(), bytes(f["size"]));
      for (const json& v : f["vars"]) {
        std::string val = v["value"];
        if (v["on_heap"].get<bool>()) {
          val = v["heap_addr"].is_null() ? "(moved to heap, not yet allocated)"
                                         : fmt::format("{} (moved to heap, at {})", val, v["heap_addr"].get<std::string>());
        }
        out += fmt::format("          {:<6} {} {} = {}\n", v["kind"].get<std::string>(), v["name"].get<std::string>(),
                           v["type"].get<std::string>(), val);
      }
    }
  }
}

void procs(std::string& out, const json& st) {
  out += "\nPs (processors)\n";
  for (const json& p : st["ps"]) {
    const json& q = p["runq"];
    out += fmt::format("  P{} {:<8} M{:<3} runnext {:<4} local queue: {} (head {}, tail {})", p["id"].get<int>(),
                       p["status"].get<std::string>(), p["m"].get<int>() >= 0 ? std::to_string(p["m"].get<int>()) : std::string("-"),
                       gname(p["runnext"]), glist(q["goids"]), q["head"].get<uint32_t>(), q["tail"].get<uint32_t>());
    out += "\n";
    for (const json& t : p["timers"]) {
      std::string what = !t["goid"].is_null() ? "wake " + gname(t["goid"])
                         : t["chan"].is_null()  ? std::string("start the AfterFunc function on a new goroutine")
                                                : "send on channel " + t["chan"].get<std::string>();
      if (t.contains("kind")) what += fmt::format(" ({}, {})", t["kind"].get<std::string>(), t["status"].get<std::string>());
      out += fmt::format("      timer at {}: {}\n", format_vtime(t["when_ns"].get<int64_t>()), what);
    }
    const json& mc = p["mcache"];
    if (mc.is_null() || mc["spans"].empty()) continue;
    std::string spans;
    for (const json& s : mc["spans"]) {
      spans += fmt::format("{}class {} ({}{}) {} free", spans.empty() ? "" : "; ", s["sizeclass"].get<int>(),
                           bytes(s["elemsize"]), s["noscan"].get<bool>() ? ", noscan" : "", s["free"].get<uint32_t>());
    }
    out += "      mcache: " + spans + "\n";
  }
  out += "\nMs (threads)\n";
  for (const json& m : st["ms"]) {
    std::string what;
    if (m["sysmon"].get<bool>()) what = "sysmon (runs without a P)";
    else if (m["in_syscall"].get<bool>()) what = fmt::format("in a system call with {}", gname(m["curg"]));
    else if (m["parked"].get<bool>()) what = "parked (idle)";
    else if (!m["curg"].is_null()) what = "running " + gname(m["curg"]);
    else if (m["spinning"].get<bool>()) what = "spinning: looking for work";
    else what = "holding its P, no G";
    const int p = m["p"];
    out += fmt::format("  M{} {:<5} {}\n", m["id"].get<int>(), p >= 0 ? fmt::format("P{}", p) : std::string("no P"), what);
  }
  const json& s = st["sched"];
  auto ids = [](const json& v, char prefix) {
    std::string r;
    for (const json& id : v) r += fmt::format("{}{}{}", r.empty() ? "" : " ", prefix, id.get<int>());
    return r.empty() ? std::string("none") : r;
  };
  out += fmt::format("\nScheduler: global queue: {}; idle Ps: {}; idle Ms: {}; spinning Ms: {}; live goroutines: {}\n",
                     glist(s["runq"]), ids(s["pidle"], 'P'), ids(s["midle"], 'M'), s["nmspinning"].get<int>(),
                     s["live_goroutines"].get<int64_t>());
}

void sync_objects(std::string& out, const json& st) {
  if (!st["channels"].empty()) out += "\nChannels\n";
  for (const json& c : st["channels"]) {
    std::string buf;
    for (const json& e : c["buf"]) buf += (buf.empty() ? "" : " ") + (e.contains("int") ? std::to_string(e["int"].get<uint64_t>()) : "0x" + e["bytes"].get<std::string>());
    out += fmt::format("  {} elem {}, {}/{} buffered [{}]{}; senders waiting: {}; receivers waiting: {}\n",
                       c["addr"].get<std::string>(), bytes(c["elemsize"]), c["count"].get<size_t>(), c["cap"].get<uint32_t>(), buf,
                       c["closed"].get<bool>() ? ", closed" : "", sudog_list(c["sendq"]), sudog_list(c["recvq"]));
  }
  if (!st["sync"].empty()) out += "\nsync objects (Mutex, RWMutex, WaitGroup)\n";
  for (const json& s : st["sync"]) {
    // The type is not recorded: show the words that are set, read the way each type reads them.
    const json& mu = s["mutex"];
    const json& wg = s["waitgroup"];
    std::string parts;
    auto add = [&parts](const std::string& p) { parts += (parts.empty() ? "" : "; ") + p; };
    if (s["state"].get<int32_t>() != 0) {
      add(fmt::format("mutex state {:#x}: locked={} woken={} starving={} waiters={}", s["state"].get<int32_t>(),
                      mu["locked"].get<bool>(), mu["woken"].get<bool>(), mu["starving"].get<bool>(), mu["waiters"].get<int32_t>()));
    }
    if (s["reader_count"].get<int32_t>() != 0 || s["reader_wait"].get<int32_t>() != 0) {
      add(fmt::format("RWMutex readerCount {} readerWait {}", s["reader_count"].get<int32_t>(), s["reader_wait"].get<int32_t>()));
    }
    if (wg["counter"].get<int32_t>() != 0 || wg["waiters"].get<uint32_t>() != 0) {
      add(fmt::format("WaitGroup counter {} waiters {}", wg["counter"].get<int32_t>(), wg["waiters"].get<uint32_t>()));
    }
    for (const json& sem : s["semas"]) {
      add(fmt::format("semaphore at +{}: count {}, waiting [{}]", sem["offset"].get<uint64_t>(), sem["count"].get<uint32_t>(),
                      glist(sem["waiters"], "none")));
    }
    out += fmt::format("  {} {}\n", s["addr"].get<std::string>(), parts.empty() ? std::string("all zero: unlocked, nobody waiting") : parts);
  }
  if (!st["semaphores"].empty()) out += "\nSemaphores (semtable, by address)\n";
  for (const json& s : st["semaphores"]) {
    out += fmt::format("  {} count {} waiters [{}]\n", s["addr"].get<std::string>(), s["count"].get<uint32_t>(), glist(s["waiters"]));
  }
  const json& np = st["netpoll"];
  if (!np["fds"].empty()) {
    out += fmt::format("\nNetpoller: ready for the next netpoll: {}; deliveries in flight: {}\n", glist(np["ready"], "none"),
                       np["in_flight"].get<size_t>());
    if (!np["polled"].empty()) {
      std::string polled;
      for (const json& g : np["polled"]) polled += fmt::format("{}{} (fd {})", polled.empty() ? "" : ", ", gname(g["goid"]), g["fd"].get<int64_t>());
      out += fmt::format("  the last netpoll returned: {}\n", polled);
    }
    for (const json& f : np["fds"]) {
      out += fmt::format("  fd {} {} port {}{}{}; {} bytes to read{}\n", f["fd"].get<int64_t>(),
                         f["listener"].get<bool>() ? "listener" : "conn", f["port"].get<int64_t>(),
                         f["closed"].get<bool>() ? ", closed" : "", f["eof"].get<bool>() ? ", EOF" : "", f["inbuf_bytes"].get<size_t>(),
                         f["waiting_goid"].is_null() ? "" : "; " + gname(f["waiting_goid"]) + " waits for it");
    }
  }
}

void heap_and_gc(std::string& out, const json& st) {
  const json& gc = st["gc"];
  out += fmt::format("\nGC: phase {} (cycle {}, {} completed), GOGC {}\n    heap live {}, next cycle at {} (trigger), goal {}; marked by the last cycle {}",
                     gc["phase_name"].get<std::string>(), gc["cycle"].get<uint64_t>(), gc["num_gc"].get<uint32_t>(),
                     gc["gogc"].get<int>() < 0 ? std::string("off") : std::to_string(gc["gogc"].get<int>()),
                     bytes(gc["heap_live"]), bytes(gc["trigger"]), bytes(gc["goal"]), bytes(gc["heap_marked"]));
  if (gc["grey_objects"].get<size_t>() > 0) out += fmt::format("; {} grey objects to scan", gc["grey_objects"].get<size_t>());
  out += "\n";
  const json& spans = st["heap"]["spans"];
  size_t stack_spans = 0;
  for (const json& s : spans) stack_spans += s["use"] == "stack" ? 1 : 0;
  if (spans.empty()) out += "\nHeap: nothing allocated yet\n";
  else out += fmt::format("\nHeap: {} spans ({} of objects, {} of goroutine stacks); slots: . free, w white, g grey, b black\n",
                          spans.size(), spans.size() - stack_spans, stack_spans);
  size_t shown = 0;
  for (const json& s : spans) {
    if (s["use"] == "stack") continue;
    if (shown++ == kMaxSpans) {
      out += fmt::format("  … {} more object spans (--json lists them all)\n", spans.size() - stack_spans - kMaxSpans);
      break;
    }
    const json& c = s["colours"];
    std::string place = s["cached_by"].is_null() ? "" : fmt::format(", in P{}'s mcache", s["cached_by"].get<int>());
    if (!s["mcentral"].is_null()) place += ", mcentral " + s["mcentral"].get<std::string>();
    const std::string cls = s["sizeclass"].get<int>() == 0 ? std::string("large object")
                                                           : fmt::format("class {} ({})", s["sizeclass"].get<int>(), bytes(s["elemsize"]));
    out += fmt::format("  {} {} page{} {}{}: {} white, {} grey, {} black, {} free{}\n", s["base"].get<std::string>(),
                       s["npages"].get<uint64_t>(), s["npages"].get<uint64_t>() == 1 ? "" : "s", cls,
                       s["noscan"].get<bool>() ? " noscan" : "", c["white"].get<uint64_t>(), c["grey"].get<uint64_t>(),
                       c["black"].get<uint64_t>(), c["free"].get<uint64_t>(), place);
    const std::string slots = s["slots"];
    out += "      " + slots.substr(0, kMaxSlots) + (slots.size() > kMaxSlots ? "…" : "") + "\n";
  }
  const json& m = st["memstats"];
  out += fmt::format("\nMemStats: HeapAlloc {}, HeapInuse {}, HeapSys {}, HeapObjects {}, Mallocs {}, Frees {}, StackInuse {}, NumGC {}, NextGC {}\n",
                     bytes(m["HeapAlloc"]), bytes(m["HeapInuse"]), bytes(m["HeapSys"]), m["HeapObjects"].get<uint64_t>(),
                     m["Mallocs"].get<uint64_t>(), m["Frees"].get<uint64_t>(), bytes(m["StackInuse"]), m["NumGC"].get<uint32_t>(),
                     bytes(m["NextGC"]));
}

}  // namespace

std::string state_text(const json& st) {
  std::string out;
  const json& e = st["event"];
  if (e.is_null()) {
    out += "State right after start (before event 1 is handed out)\n";
  } else {
    std::string who;
    if (e["p"].get<int>() >= 0) who += fmt::format(" P{}", e["p"].get<int>());
    if (e["m"].get<int>() >= 0) who += fmt::format(" M{}", e["m"].get<int>());
    if (e["g"].get<int64_t>() > 0) who += fmt::format(" G{}", e["g"].get<int64_t>());
    out += fmt::format("State right after event {} at {}: {}{}  ({}, {})\n  {}\n", e["seq"].get<uint64_t>(),
                       e["time"].get<std::string>(), e["kind"].get<std::string>(), who, e["func"].get<std::string>(),
                       e["file"].get<std::string>(), e["text"].get<std::string>());
  }
  if (!st["at"]["exact"].get<bool>()) {
    out += "  (Not the exact instant of this event: the state below is the model after its whole engine step,\n"
           "   so it may already show what the next events describe.)\n";
  }
  const json& x = st["exit"];
  if (x["finished"].get<bool>()) out += fmt::format("The program has ended: {} (exit status {})\n", x["kind"].get<std::string>(), x["code"].get<int>());
  goroutines(out, st);
  procs(out, st);
  sync_objects(out, st);
  heap_and_gc(out, st);
  files_text(out, st);  // part fs: state_files.cpp
  const std::string& output = st["output"].get_ref<const std::string&>();
  if (!output.empty()) {
    out += fmt::format("\nOutput so far ({}):\n", bytes(output.size()));
    out += output.size() > 400 ? "…" + output.substr(output.size() - 400) : output;
    if (output.back() != '\n') out += "\n";
  }
  return out;
}

}  // namespace gosim::state
