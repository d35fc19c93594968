// Frame-time benchmark for the visualizer: how long building one ImGui frame takes with 10k
// goroutines, 64 Ps, ~5k heap spans, GC cycles and a long event history. No window and no
// renderer: an ImGui context, the real panels and VizApp, NewFrame → frame → Render (which builds
// the draw lists), timed. Issue 7's and 17's target: under 8 ms a frame. Never fails on time.
//
// The table: every view of the big left region in the tiled layout (the whole frame: controls,
// the view, the timeline with its P, M, GC, mark and sysmon lanes and goroutine rows, source,
// event log, inspector, output), then every panel alone in presenter mode (the timeline, the
// event log and the source are measured there on their own), then presenter mode with its usual
// pair and with its per-event choice. Each row: the median frame at a fixed cursor and with the
// cursor moving every frame (a seek and new views each time, as when playing), in wall-clock
// and in this thread's CPU time. A machine shared with other work inflates wall clock (waits
// for a core); print `uptime` beside the figures. `--rounds N` (default 5) repeats the table
// and prints the median of the rounds' medians.
//
// The heap graph draws at most 64 objects (a bigger heap shows the span view, as the 10k frame
// does), so its layout and the layout cache are timed on their own after it: the shipped
// scenario whose heap graph is largest, at a fixed cursor (the cached layout), stepping where
// the graph keeps its shape (cache hits) and alternating between two shapes (a new layout
// every frame, the worst case).
//
// `viz_frame_bench --seek` measures the other target instead: seeking anywhere in a run of about
// a million events (C++ ping-pong, 100 pairs × 1250 rounds on 4 Ps) in under 100 ms; it prints
// the median, p90 and max over 200 random seeks and the worst single step back.
//
// The program (C++ bodies, like the runtime tests): main makes a 16-slot channel and starts
// 10,000 workers. Each allocates one object through mallocgc on its P, as the interpreter does
// (its code's events, so the collector's heap trigger is tested after it: the growing heap
// starts several GC cycles, and the frame's heap, timeline and pacer show marking): even
// workers 8 KiB (a one-slot span each, so ~5k spans), odd ones 64 bytes. A worker keeps its
// object alive in its argument word, which the collector scans. Even workers compute and
// yield (runtime.Gosched) twenty times, then exit (their objects become garbage); of the odd
// ones, half send on the channel (16 fill the buffer, the rest wait in its sendq) and half block
// on a semaphore main releases later. The frame is taken where the most goroutines are alive:
// thousands waiting, local queues full, the global queue long.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <imgui.h>

#include "sim/heap/heap.h"
#include "sim/heap/mgc.h"
#include "visualizer/session/object_graph.h"
#include "tests/support/test_program.h"
#include "visualizer/session/session.h"
#include "visualizer/ui/viz_app.h"

using namespace gosim;
using namespace gosim::viz;
using gosim::testing::regs;
using gosim::testing::req;
using gosim::testing::TestProgram;

namespace {

constexpr int64_t kWorkers = 10'000;
constexpr int64_t kGate = 0xc000200000;
constexpr int64_t kChan = 0xc000210000;

GTask main_body(Machine& mc, GIdx gi) {
  for (;;) {
    auto& r = regs(mc, gi, 2);  // pc, i
    if (r[0] == 0) {
      // make(chan [8]byte, 16): the channels panel's ring, and later its sendq.
      r[0] = 1;
      Request q = req(ReqKind::kMakeChan, kChan, 8);
      q.c = 16;
      mc.request(gi, q);
    } else if (r[0] == 1 && r[1] < kWorkers) {
      mc.request(gi, req(ReqKind::kGo, 1, r[1]++));
    } else if (r[0] == 1) {
      r[0] = 2;
      r[1] = 0;
      mc.request(gi, req(ReqKind::kSleep, 50'000'000));
    } else if (r[0] == 2 && r[1] < kWorkers / 4) {
      ++r[1];
      mc.request(gi, req(ReqKind::kSemrelease, kGate));
    } else if (r[0] == 2) {
      r[0] = 3;
      r[1] = 0;
    } else if (r[0] == 3 && r[1] < kWorkers / 4) {
      ++r[1];
      mc.request(gi, req(ReqKind::kChanRecv, kChan, 1));
    } else {
      mc.request(gi, req(ReqKind::kExit));
      co_await Suspend{};
      co_return;
    }
    co_await Suspend{};
  }
}

GTask worker_body(Machine& mc, GIdx gi) {
  for (;;) {
    auto& r = regs(mc, gi, 2);  // step, 1 for a blocker
    int64_t& arg = mc.g(gi).code.arg;
    const int64_t step = r[0]++;
    if (step == 0) {
      // One object each, through mallocgc on the worker's P with its code's event sink (the
      // collector's turn follows the request): even workers an 8 KiB object (a one-slot span
      // each), odd ones 64 bytes. From here on the G's argument word holds the object: the
      // collector scans it as the go statement's record (sim/rt/gc_roots.cpp), so the object
      // lives as long as its goroutine.
      r[1] = arg % 2;
      const int32_t m = mc.g(gi).m;
      const int32_t p = m >= 0 ? mc.model().allm[static_cast<size_t>(m)].p : 0;
      const bool sender = arg % 4 == 1;
      arg = static_cast<int64_t>(
          heap::mallocgc(mc.mutable_model().heap, p >= 0 ? p : 0, r[1] ? 64 : 8192, false, true, mc.code_events(gi)).addr);
      if (sender) r[1] = 2;
    }
    if (r[1] == 2 && step == 0) {
      Request q = req(ReqKind::kChanSend, kChan, 1);  // 16 fill the buffer, the rest wait in sendq
      q.text = "12345678";
      mc.request(gi, q);
    } else if (r[1] == 1 && step == 0) {
      mc.request(gi, req(ReqKind::kSemacquire, kGate));
    } else if (r[1] == 0 && step < 40) {
      // Compute a little, then yield (runtime.Gosched: to the global queue), twenty times.
      mc.request(gi, step % 2 == 0 ? req(ReqKind::kWork, 0, 0, 20'000) : req(ReqKind::kGosched));
    } else {
      co_return;
    }
    co_await Suspend{};
  }
}

double ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

double p90(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() * 9 / 10];
}

// This thread's CPU time in ms: on a machine shared with other work (load above the core count)
// wall time counts the waits for a core; CPU time does not (caches are still shared).
double cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}
std::vector<double> g_cpu;  // the CPU time of every frame() call, in order

// One frame: what main.cpp does between polling events and presenting, minus the GL calls.
double frame(VizApp& app, double t) {
  const auto t0 = std::chrono::steady_clock::now();
  const double c0 = cpu_ms();
  ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
  ImGui::NewFrame();
  app.frame(t);
  ImGui::Render();
  g_cpu.push_back(cpu_ms() - c0);
  return ms_since(t0);
}

// The median CPU time of the last n frames.
double cpu_median(size_t n) {
  return median(std::vector<double>(g_cpu.end() - static_cast<std::ptrdiff_t>(std::min(n, g_cpu.size())), g_cpu.end()));
}

// The seek-latency mode (see the top of the file).
int seek_bench() {
  gosim::testing::PingPong::pairs = 100;
  gosim::testing::PingPong::rounds = 1250;
  Config c;
  c.gomaxprocs = 4;
  Session s;
  const auto t0 = std::chrono::steady_clock::now();
  s.open_program(std::make_shared<TestProgram>(gosim::testing::PingPong::program()), 0, c, "ping-pong");
  const double record_ms = ms_since(t0);
  std::vector<double> ms;
  uint64_t x = 99;
  for (int i = 0; i < 200; ++i) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    const uint64_t n = (x >> 33) % (s.size() + 1);
    const auto a = std::chrono::steady_clock::now();
    s.seek(n);
    ms.push_back(ms_since(a));
  }
  const HistoryStats st = s.stats();
  // The worst single step back: from just past a checkpoint, which restores the one before
  // and replays almost K events.
  s.seek(st.checkpoint_every * 10 + 1);
  s.seek(st.checkpoint_every * 10);
  const auto a = std::chrono::steady_clock::now();
  s.step_back();
  const double back_ms = ms_since(a);
  std::printf("seek latency over %llu events: median %.2f ms, p90 %.2f ms, max %.2f ms over 200 random seeks; "
              "worst-case step back %.2f ms\n",
              static_cast<unsigned long long>(s.size()), median(ms), p90(ms), *std::max_element(ms.begin(), ms.end()),
              back_ms);
  std::printf("history: recorded in %.0f ms; %zu checkpoints every %llu events, %zu KiB (largest %zu B); events %zu KiB; "
              "timeline %zu KiB; thinnings %u%s\n",
              record_ms, st.checkpoints, static_cast<unsigned long long>(st.checkpoint_every), st.checkpoint_bytes / 1024,
              st.largest_checkpoint, st.event_bytes / 1024, st.timeline_bytes / 1024, st.thinnings,
              s.divergence().empty() ? "" : "; REPLAY DIVERGED");
  return s.divergence().empty() ? 0 : 1;
}

// The heap graph's frames (see the top of the file).
void graph_bench() {
  struct Pick {
    std::string path;
    uint64_t at = 0, other = 0;
    size_t nodes = 0;
    uint64_t shape = 0;
  } best;
  for (const char* name : {"write_barrier/write_barrier.json", "gc_cycle/gc_cycle.json", "escape_cases/escape_cases.json",
                           "stack_pointer/stack_pointer.json", "size_classes/size_classes.json", "big_result/big_result.json"}) {
    Session s;
    const std::string path = std::string(GOSIM_SOURCE_DIR) + "/scenarios/" + name;
    if (!s.open_scenario(path).empty()) continue;
    for (uint64_t n = 1; n <= s.size(); ++n) {
      s.seek(n);
      const ObjectGraph g = build_object_graph(s);
      if (!g.built || g.too_large || g.nodes.size() <= best.nodes) continue;
      best = Pick{path, n, 0, g.nodes.size(), layout_hash(g)};
    }
  }
  if (best.nodes == 0) {
    std::printf("heap graph: no scenario has a graph to draw\n");
    return;
  }
  Session s;
  s.open_scenario(best.path);
  // The nearest cursor whose graph has another shape: stepping between the two lays out again.
  for (uint64_t d = 1; d < s.size() && best.other == 0; ++d) {
    for (const uint64_t n : {best.at - std::min(d, best.at - 1), best.at + d}) {
      if (n < 1 || n > s.size()) continue;
      s.seek(n);
      const ObjectGraph g = build_object_graph(s);
      if (g.built && !g.too_large && layout_hash(g) != best.shape) {
        best.other = n;
        break;
      }
    }
  }
  s.seek(best.at);
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1920, 1080);
  io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
  VizApp app(s);
  app.load_fonts(io, 1.0f);
  unsigned char* px = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsRGBA32(&px, &w, &h);
  app.settings().main_view = "heap";
  app.settings().heap_graph = true;
  double t = 0;
  for (int i = 0; i < 10; ++i) frame(app, t += 16);
  std::vector<double> still, same_shape, relayout;
  for (int i = 0; i < 100; ++i) still.push_back(frame(app, t += 16));
  // Steps that keep the graph's shape: the panel reuses its layout.
  for (int i = 0; i < 100; ++i) {
    s.seek(best.at + static_cast<uint64_t>(i % 2));
    const ObjectGraph g = build_object_graph(s);
    if (layout_hash(g) != best.shape) continue;
    same_shape.push_back(frame(app, t += 16));
  }
  for (int i = 0; i < 100 && best.other != 0; ++i) {
    s.seek(i % 2 == 0 ? best.other : best.at);
    relayout.push_back(frame(app, t += 16));
  }
  std::printf("heap graph (%s at event %llu: %zu objects), 1920x1080: median %.2f ms at a fixed cursor (layout cached)",
              best.path.substr(best.path.rfind('/') + 1).c_str(), static_cast<unsigned long long>(best.at), best.nodes,
              median(still));
  if (!same_shape.empty()) std::printf(", %.2f ms stepping where the shape stays", median(same_shape));
  if (!relayout.empty()) {
    std::printf(", %.2f ms (p90 %.2f) laying out again every frame (events %llu and %llu)", median(relayout), p90(relayout),
                static_cast<unsigned long long>(best.at), static_cast<unsigned long long>(best.other));
  }
  std::printf("\n");
  ImGui::DestroyContext();
}

}  // namespace

// One row of the table: median frame times (ms) at a fixed cursor and with the cursor moving,
// wall clock and CPU.
struct Row {
  std::string name;
  std::vector<double> fixed, moving, fixed_cpu, moving_cpu;  // one median per round
};

// How a row sets the app up: the tiled layout with a main view, or presenter mode with panels.
struct Setup {
  std::string name;
  bool presenter = false;
  std::vector<std::string> panels;  // presenter: what it shows; tiled: {main view}
  bool graph = false;               // the Heap view's Graph toggle
  bool automatic = false;           // presenter mode's per-event choice
};

void apply(VizApp& app, const Setup& su) {
  UiSettings& st = app.settings();
  st.presenter = su.presenter;
  st.presenter_auto = su.automatic;
  st.heap_graph = su.graph;
  if (su.presenter) {
    if (!su.automatic) st.presenter_panels = su.panels;
  } else {
    st.main_view = su.panels.front();
  }
}

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "--seek") return seek_bench();
  int rounds = 5;
  std::string only;  // --only TEXT: the rows whose name contains TEXT (for a profiler)
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::string(argv[i]) == "--rounds") rounds = std::max(1, std::atoi(argv[i + 1]));
    if (std::string(argv[i]) == "--only") only = argv[i + 1];
  }
  auto prog = std::make_shared<TestProgram>();
  prog->add("main.main", main_body);
  prog->add("main.worker", worker_body);
  Config c;
  c.gomaxprocs = 64;
  Session s;
  auto t0 = std::chrono::steady_clock::now();
  s.open_program(prog, 0, c, "10k goroutines on 64 Ps");
  const double record_ms = ms_since(t0);

  // The busiest moment: the most goroutines alive.
  uint64_t best = 0;
  int64_t most = -1;
  for (uint64_t n = 0; n <= s.size(); n += std::max<uint64_t>(1, s.size() / 400)) {
    s.seek(n);
    if (s.model().live_goroutines > most) {
      most = s.model().live_goroutines;
      best = n;
    }
  }
  s.seek(best);
  size_t runq = s.model().sched.runq.size(), waiting = 0, local = 0;
  for (const G& g : s.model().allg) waiting += g.status == GStatus::kWaiting;
  for (const P& p : s.model().allp) local += p.runqtail - p.runqhead;
  size_t spans = 0;
  for (const heap::Span& sp : s.model().heap.spans) spans += sp.state == heap::SpanState::kInUse;
  std::printf("run: %llu events, recorded in %.0f ms; frame at event %llu: %lld live goroutines, %zu waiting, "
              "%zu in local queues, %zu in the global queue, %zu Ps, %zu heap spans in use, GC phase %s (cycle %u)\n",
              static_cast<unsigned long long>(s.size()), record_ms, static_cast<unsigned long long>(best),
              static_cast<long long>(most), waiting, local, runq, s.model().allp.size(), spans,
              heap::gc_phase_name(s.model().heap.gc.phase), static_cast<unsigned>(s.model().heap.gc.work.cycles));

  // What the timeline's GC and mark lanes and the pacer plot have to draw.
  size_t gc_phases = 0, mark_turns = 0, shades = 0;
  for (const Event& e : s.events()) {
    gc_phases += e.kind == EventKind::kGcPhase;
    mark_turns += e.kind == EventKind::kGcMarkWork;
    shades += e.kind == EventKind::kGcShade;
  }
  std::printf("GC: %zu gc_phase events, %zu mark-work turns (the GC and per-P mark lanes), %zu objects shaded\n", gc_phases,
              mark_turns, shades);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1920, 1080);
  // What the OpenGL 3 backend announces: draw lists may pass 64k vertices (16-bit indices).
  io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
  VizApp app(s);
  app.load_fonts(io, 1.0f);
  unsigned char* px = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsRGBA32(&px, &w, &h);
  app.settings().selection = Selection::g(1);

  const std::vector<Setup> setups = {
      {"tiled: scheduler", false, {"scheduler"}},
      {"tiled: stacks", false, {"stacks"}},
      {"tiled: heap spans", false, {"heap"}},
      {"tiled: heap graph", false, {"heap"}, true},
      {"tiled: gc", false, {"gc"}},
      {"tiled: channels", false, {"channels"}},
      {"tiled: sync (sema)", false, {"sync"}},
      {"tiled: timers", false, {"timers"}},
      {"tiled: netpoll", false, {"netpoll"}},
      {"alone: scheduler", true, {"scheduler"}},
      {"alone: timeline", true, {"timeline"}},
      {"alone: channels", true, {"channels"}},
      {"alone: sync (sema)", true, {"sync"}},
      {"alone: timers", true, {"timers"}},
      {"alone: netpoll", true, {"netpoll"}},
      {"alone: heap spans", true, {"heap"}},
      {"alone: heap graph", true, {"heap"}, true},
      {"alone: stacks", true, {"stacks"}},
      {"alone: gc", true, {"gc"}},
      {"alone: event log", true, {"events"}},
      {"alone: source", true, {"source"}},
      {"presenter: sched+timeline", true, {"scheduler", "timeline"}},
      {"presenter: per event", true, {}, false, true},
  };
  std::vector<Row> rows(setups.size());
  double t = 0;
  for (int i = 0; i < 10; ++i) frame(app, t += 16);
  for (int round = 0; round < rounds; ++round) {
    for (size_t k = 0; k < setups.size(); ++k) {
      Row& row = rows[k];
      row.name = setups[k].name;
      if (row.name.find(only) == std::string::npos) continue;
      apply(app, setups[k]);
      s.seek(best);
      for (int i = 0; i < 5; ++i) frame(app, t += 16);
      std::vector<double> a, b;
      for (int i = 0; i < 30; ++i) a.push_back(frame(app, t += 16));
      row.fixed.push_back(median(a));
      row.fixed_cpu.push_back(cpu_median(30));
      for (int i = 0; i < 30; ++i) {
        s.seek(best + static_cast<uint64_t>(i % 2));
        b.push_back(frame(app, t += 16));
      }
      row.moving.push_back(median(b));
      row.moving_cpu.push_back(cpu_median(30));
    }
  }
  std::printf("frame build, 1920x1080, no renderer; medians of %d rounds of 30 frames each (ms)\n", rounds);
  std::printf("%-28s %8s %8s %8s %8s\n", "view", "fixed", "moving", "fix-cpu", "mov-cpu");
  for (const Row& r : rows) {
    if (r.fixed.empty()) continue;
    std::printf("%-28s %8.2f %8.2f %8.2f %8.2f%s\n", r.name.c_str(), median(r.fixed), median(r.moving), median(r.fixed_cpu),
                median(r.moving_cpu), median(r.moving) > 8.0 ? "  over 8 ms" : "");
  }
  ImGui::DestroyContext();
  if (only.empty()) graph_bench();
  return 0;
}
