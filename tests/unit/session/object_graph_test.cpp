// The Heap panel's object graph (visualizer/session/object_graph.h) against the model, on
// tests/ui/programs/object_graph.json: four linked nodes a -> b -> c -> d (a held by the global
// head and main's variable a, the rest by pointers only), dropped 4 KiB buffers, GOGC=5 so a
// cycle marks while the heap (with Go's start-up objects, docs/heap.md) is this small, and move()
// shifting c between a.other and b.other during the mark (write barrier events).
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "sim/heap/heap.h"
#include "visualizer/session/object_graph.h"
#include "visualizer/session/script.h"
#include "visualizer/session/session.h"

using namespace gosim;
using namespace gosim::viz;

namespace {

const std::string kProgram = std::string(GOSIM_SOURCE_DIR) + "/tests/ui/programs/object_graph.json";

int64_t word(const Session& s, uint64_t addr) {
  int64_t w = 0;
  s.model().mem.read(addr, &w, 8);
  return w;
}

// The node a's field at `offset` points to, or -1.
int32_t field_target(const ObjectGraph& g, int32_t from, int64_t offset) {
  for (const GraphEdge& e : g.edges) {
    if (!e.from_root && e.from == static_cast<uint32_t>(from) && e.offset == offset) return static_cast<int32_t>(e.to);
  }
  return -1;
}

// The first event of `kind` (and c != 0 when asked) during a mark phase; the cursor right after it.
uint64_t seek_after_first(Session& s, EventKind kind, bool c_nonzero) {
  for (uint64_t i = 0; i < s.size(); ++i) {
    const Event& e = s.events()[i];
    if (e.kind == kind && (!c_nonzero || e.c != 0)) {
      s.seek(i + 1);
      return i;
    }
  }
  FAIL("no such event in the run");
  return 0;
}

}  // namespace

TEST_CASE("object graph: during mark, one node per allocated object, coloured as heap::slot_colour says") {
  Session s;
  REQUIRE(s.open_scenario(kProgram).empty());
  // Right after the first barrier's shades (the barrier's event comes first, its shades next).
  const uint64_t barrier = seek_after_first(s, EventKind::kGcWriteBarrier, true);
  const int64_t c = s.events()[barrier].c;
  s.seek(barrier + 1 + static_cast<uint64_t>((c & 1) + ((c >> 1) & 1)));
  REQUIRE(s.model().heap.gc.phase == heap::GCPhase::kMark);
  const ObjectGraph g = build_object_graph(s);
  REQUIRE(g.built);
  CHECK_FALSE(g.too_large);
  // What the program built: four 24-byte nodes with pointers, and the 4 KiB pointer-free buffers
  // it allocated so far (none is freed before the first cycle's sweep).
  int64_t allocated = 0;
  for (uint64_t i = 0; i < s.cursor(); ++i) allocated += s.events()[i].kind == EventKind::kMalloc && s.events()[i].b == 4096;
  REQUIRE(allocated > 2);
  int nodes24 = 0, buffers = 0;
  for (const GraphNode& n : g.nodes) {
    nodes24 += n.size == 24 && !n.noscan;
    buffers += n.size == 4096 && n.noscan;
  }
  CHECK(nodes24 == 4);
  CHECK(buffers == allocated);
  // Besides the program's objects, the runtime's own: malg's g objects, allgs's arrays (the old
  // ones unreachable once allgadd replaced them) and the mark workers' gcBgMarkWorkerNodes.
  // Go's start-up objects (sim/rt/startup.cpp: 31 mallocs before main.main in a program that
  // imports only runtime: the ms, the p, allp, argslice, gcenable's channel...) are not nodes: the graph counts them in g.startup, its
  // runtime chip, each slot once (the tiny allocator puts several in one 16-byte block).
  std::set<uint64_t> startup_addrs;
  for (const Model::StartupObject& o : s.model().startup_objects) startup_addrs.insert(o.addr);
  REQUIRE(startup_addrs.size() > 20);
  int64_t runtime_objects = 0;
  for (uint64_t i = 0; i < s.cursor(); ++i) {
    const Event& e = s.events()[i];
    if (e.kind != EventKind::kMalloc || startup_addrs.count(static_cast<uint64_t>(e.a)) != 0) continue;
    runtime_objects += e.b != 4096 && e.b != 24;
  }
  CHECK(runtime_objects > 0);
  CHECK(g.nodes.size() == static_cast<size_t>(4 + allocated + runtime_objects));
  CHECK(g.objects == g.nodes.size());
  const auto covers = [](const std::vector<GraphNode>& ns, uint64_t a) {
    return std::any_of(ns.begin(), ns.end(), [a](const GraphNode& n) { return n.addr <= a && a < n.addr + n.size; });
  };
  for (uint64_t a : startup_addrs) {
    INFO("start-up object 0x" << std::hex << a);
    CHECK(covers(g.startup, a));  // none is freed before the first cycle's sweep
    CHECK_FALSE(covers(g.nodes, a));
  }
  const heap::Heap& h = s.model().heap;
  int marked = 0;
  for (const GraphNode& n : g.nodes) {
    CHECK(static_cast<int>(n.colour) == static_cast<int>(heap::slot_colour(h, n.span, n.slot)));
    CHECK(n.addr == h.spans[static_cast<size_t>(n.span)].base() + n.slot * n.size);
    marked += n.colour != heap::SlotColour::kWhite;
  }
  CHECK(marked > 0);  // the cycle has greyed or blackened something by the first barrier's shades
  // Nodes are by address, rows by address inside each column.
  for (size_t i = 1; i < g.nodes.size(); ++i) CHECK(g.nodes[i - 1].addr < g.nodes[i].addr);
  // Too many objects for the limit: no graph, the span view instead.
  const ObjectGraph small = build_object_graph(s, 3);
  CHECK(small.too_large);
  CHECK_FALSE(small.built);
  CHECK(small.objects == g.objects);
}

TEST_CASE("object graph: a -> b -> c -> d as pointer fields, roots from the globals and main's frame") {
  Session s;
  REQUIRE(s.open_scenario(kProgram).empty());
  seek_after_first(s, EventKind::kGcWriteBarrier, true);
  const ObjectGraph g = build_object_graph(s);
  REQUIRE(g.built);
  // The globals root points at a (head) and at the last buffer (sink).
  const auto globals = std::find_if(g.roots.begin(), g.roots.end(), [](const GraphRoot& r) { return r.kind == GraphRoot::Kind::kGlobals; });
  REQUIRE(globals != g.roots.end());
  CHECK(globals->label == "globals");
  int32_t a = -1;
  int from_globals = 0, runtime_allgs = 0;
  for (const GraphEdge& e : g.edges) {
    if (!e.from_root || e.from != static_cast<uint32_t>(globals - g.roots.begin())) continue;
    ++from_globals;
    if (g.nodes[e.to].size == 24) a = static_cast<int32_t>(e.to);
    runtime_allgs += e.label == "runtime.allgs";
  }
  CHECK(from_globals == 3);  // head, sink and the runtime's allgs (whose array holds every g)
  CHECK(runtime_allgs == 1);
  REQUIRE(a >= 0);
  CHECK(word(s, g.nodes[static_cast<size_t>(a)].addr + 16) == 1);  // a.v
  // a.next (offset 0) -> b -> c -> d: the edges name the word's offset.
  const int32_t b = field_target(g, a, 0);
  REQUIRE(b >= 0);
  CHECK(word(s, g.nodes[static_cast<size_t>(b)].addr + 16) == 2);
  const int32_t c = field_target(g, b, 0);
  REQUIRE(c >= 0);
  CHECK(word(s, g.nodes[static_cast<size_t>(c)].addr + 16) == 3);
  const int32_t d = field_target(g, c, 0);
  REQUIRE(d >= 0);
  CHECK(word(s, g.nodes[static_cast<size_t>(d)].addr + 16) == 4);
  CHECK(field_target(g, d, 0) == -1);  // d.next is nil
  // c.other-style field at +8: move() deletes one pointer to c, then stores the other. The
  // barrier runs before its store, and the model at a barrier event is the state right before
  // that store: the slot still holds c when the store deletes it (exactly one field holds c),
  // and no field holds c yet when the store puts it there.
  const Event* barrier = s.current();
  REQUIRE(barrier != nullptr);
  REQUIRE(barrier->kind == EventKind::kGcWriteBarrier);
  const int holders = (field_target(g, a, 8) == c) + (field_target(g, b, 8) == c);
  CHECK(holders == (static_cast<uint64_t>(barrier->a) == g.nodes[static_cast<size_t>(c)].addr ? 1 : 0));
  CHECK((static_cast<uint64_t>(barrier->a) == g.nodes[static_cast<size_t>(c)].addr ||
         static_cast<uint64_t>(barrier->b) == g.nodes[static_cast<size_t>(c)].addr));
  // main's frame: its variable a (type *node) is a root arrow named after it, from its line.
  const auto g1 = std::find_if(g.roots.begin(), g.roots.end(), [](const GraphRoot& r) { return r.goid == 1 && r.func == "main.main"; });
  REQUIRE(g1 != g.roots.end());
  CHECK(g1->label == "G1 main");
  const bool named = std::any_of(g.edges.begin(), g.edges.end(), [&](const GraphEdge& e) {
    return e.from_root && e.from == static_cast<uint32_t>(g1 - g.roots.begin()) && e.to == static_cast<uint32_t>(a) && e.label == "a";
  });
  CHECK(named);
  CHECK(g.nodes[static_cast<size_t>(a)].type == "main.node");
  CHECK(g.nodes[static_cast<size_t>(a)].column == 1);  // one hop from a root
  // d is held by c alone: one column after c; the typed pointer c.next gives it its type.
  for (const GraphEdge& e : g.edges) CHECK_FALSE((e.from_root && e.to == static_cast<uint32_t>(d)));
  CHECK(g.nodes[static_cast<size_t>(d)].column == g.nodes[static_cast<size_t>(c)].column + 1);
  CHECK(g.nodes[static_cast<size_t>(d)].type == "main.node");
  // The dropped buffers (all but sink's): no root reaches them, so they sit in the last column.
  // (The runtime's allgs arrays that allgadd replaced are unreachable too: small, with pointers.)
  int unreachable = 0, buffers = 0;
  for (const GraphNode& n : g.nodes) {
    const bool buffer = n.size == 4096 && n.noscan;
    buffers += buffer;
    if (n.reachable) continue;
    CHECK(n.column == g.columns);
    if (!buffer) {
      CHECK(n.size <= 64);
      continue;
    }
    ++unreachable;
  }
  CHECK(unreachable == buffers - 1);
  CHECK(g.has_unreachable);
}

TEST_CASE("object graph: the write barrier's flash names the objects it shaded") {
  Session s;
  REQUIRE(s.open_scenario(kProgram).empty());
  const uint64_t i = seek_after_first(s, EventKind::kGcWriteBarrier, true);
  const Event& e = s.events()[i];
  const ObjectGraph g = build_object_graph(s);
  REQUIRE(g.built);
  CHECK(g.flash.kind == GraphFlash::Kind::kBarrier);
  CHECK(g.flash.event == i);
  CHECK(g.flash.old_value == static_cast<uint64_t>(e.a));
  CHECK(g.flash.new_value == static_cast<uint64_t>(e.b));
  std::vector<uint64_t> want;
  if (e.c & 1) want.push_back(heap::findObject(s.model().heap, static_cast<uint64_t>(e.a)).base);
  if (e.c & 2) want.push_back(heap::findObject(s.model().heap, static_cast<uint64_t>(e.b)).base);
  REQUIRE_FALSE(want.empty());
  CHECK(g.flash.objects == want);
  CHECK(g.flash.text.rfind("write barrier: before the store, it shades 0x", 0) == 0);
  for (const GraphNode& n : g.nodes) {
    INFO("node " << n.addr);
    CHECK(n.flash == (std::find(want.begin(), want.end(), n.addr) != want.end()));
  }
  // At the barrier's event the objects it will shade are still white; the next events grey them.
  for (uint64_t a : want) CHECK(g.nodes[static_cast<size_t>(g.node_of(a))].colour == heap::SlotColour::kWhite);
  for (size_t k = 0; k < want.size(); ++k) {
    const Event& shade = s.events()[i + 1 + k];
    CHECK(shade.kind == EventKind::kGcShade);
    CHECK(heap::findObject(s.model().heap, static_cast<uint64_t>(shade.a)).base == want[k]);
  }
  s.seek(i + 1 + want.size());
  const ObjectGraph after = build_object_graph(s);
  for (uint64_t a : want) CHECK(after.nodes[static_cast<size_t>(after.node_of(a))].colour != heap::SlotColour::kWhite);
  // Far from any GC event there is nothing to flash.
  s.seek(1);
  CHECK(build_object_graph(s).flash.kind == GraphFlash::Kind::kNone);
}

TEST_CASE("object graph: a scan's flash names the scanned object and the objects it greyed") {
  Session s;
  REQUIRE(s.open_scenario(kProgram).empty());
  const uint64_t i = seek_after_first(s, EventKind::kGcScanObject, true);
  const Event& e = s.events()[i];
  const ObjectGraph g = build_object_graph(s);
  REQUIRE(g.built);
  CHECK(g.flash.kind == GraphFlash::Kind::kScan);
  REQUIRE(g.flash.objects.size() == static_cast<size_t>(1 + e.c));
  CHECK(g.flash.objects[0] == static_cast<uint64_t>(e.a));
  // Each greyed object came from a gc_shade event naming the scanned object as its source, and
  // the arrow from the scanned object to it is flashed.
  const int32_t from = g.node_of(static_cast<uint64_t>(e.a));
  REQUIRE(from >= 0);
  for (size_t k = 1; k < g.flash.objects.size(); ++k) {
    const int32_t to = g.node_of(g.flash.objects[k]);
    REQUIRE(to >= 0);
    CHECK(g.nodes[static_cast<size_t>(to)].flash);
    const bool arrow = std::any_of(g.edges.begin(), g.edges.end(), [&](const GraphEdge& x) {
      return !x.from_root && x.from == static_cast<uint32_t>(from) && x.to == static_cast<uint32_t>(to) && x.flash;
    });
    CHECK(arrow);
  }
}

TEST_CASE("object graph: a script reaches the graph as panel heap_graph; unknown panels are still refused") {
  const ScriptParse ok = parse_script("t.json", R"([{"panel": "heap_graph"}, {"panel": "heap"}])");
  REQUIRE(ok.ok());
  CHECK(ok.steps[0].op == StepOp::kPanel);
  CHECK(ok.steps[0].text == "heap_graph");
  const ScriptParse bad = parse_script("t.json", R"([{"panel": "heap_graf"}])");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.errors[0].message.find("unknown panel \"heap_graf\"") != std::string::npos);
  CHECK_FALSE(parse_script("t.json", R"([{"graph": true}])").ok());
}

TEST_CASE("layout_hash: the same boxes and arrows at two cursors hash the same; any text or arrow change does not") {
  Session s;
  REQUIRE(s.open_scenario(kProgram).empty());
  auto texts = [](const ObjectGraph& g) {
    std::string t;
    for (const GraphRoot& r : g.roots) {
      t += r.label + "|";
      for (const GraphField& f : r.vars) t += f.name + "=" + f.value + (f.edge >= 0 ? "*" : "") + ";";
    }
    for (const GraphNode& n : g.nodes) {
      t += std::to_string(n.addr) + n.short_type + "|";
      for (const GraphField& f : n.fields) t += f.name + "=" + f.value + (f.edge >= 0 ? "*" : "") + ";";
    }
    for (const GraphEdge& e : g.edges) t += std::to_string(e.from) + ">" + std::to_string(e.to) + ",";
    return t;
  };
  size_t same = 0, changed = 0;
  s.seek(0);
  ObjectGraph prev = build_object_graph(s);
  const uint64_t n = std::min<uint64_t>(s.size(), 3000);
  for (uint64_t i = 1; i <= n; ++i) {
    s.seek(i);
    const ObjectGraph g = build_object_graph(s);
    if (texts(g) == texts(prev)) {
      CHECK(layout_hash(g) == layout_hash(prev));
      ++same;
    } else {
      CHECK(layout_hash(g) != layout_hash(prev));
      ++changed;
    }
    prev = g;
  }
  // Most steps leave the heap's picture as it was: the panel keeps its layout for those.
  CHECK(changed > 0);
  CHECK(same > changed);
  MESSAGE(same << " steps kept the layout, " << changed << " changed it");
}

TEST_CASE("object graph: objects reached only through static data hang off the package variable, as the collector's globals root finds them") {
  // tests/ui/programs/static_root.go: `var t = &T{next: &T{v: 2}, v: 1}` and
  // `var table = []*T{{v: 10}, {v: 11}}` are laid out by the compiler in .data (no malloc);
  // main stores new(T) in t.next.next and &T{v: 12} in table[1].next. No frame variable holds
  // either heap object. They used to sit under "no variable reaches"; Go's markrootBlock (and
  // gosim's, sim/rt/gc_roots.cpp) scans .data and marks them.
  Session s;
  REQUIRE(s.open_scenario(std::string(GOSIM_SOURCE_DIR) + "/tests/ui/programs/static_root.json").empty());
  uint64_t markroot = 0;
  for (uint64_t i = 0; i < s.size() && markroot == 0; ++i) {
    const Event& e = s.events()[i];
    if (e.kind == EventKind::kGcMarkRoot && static_cast<heap::RootKind>(e.a) == heap::RootKind::kGlobals) markroot = i;
  }
  REQUIRE(markroot > 0);
  s.seek(markroot + 1);
  const ObjectGraph g = build_object_graph(s);
  REQUIRE(g.built);
  const auto globals = std::find_if(g.roots.begin(), g.roots.end(), [](const GraphRoot& r) { return r.kind == GraphRoot::Kind::kGlobals; });
  REQUIRE(globals != g.roots.end());
  const auto gi = static_cast<uint32_t>(globals - g.roots.begin());
  std::map<std::string, uint32_t> from_globals;
  std::set<uint64_t> targets;
  for (const GraphEdge& e : g.edges) {
    if (!e.from_root || e.from != gi) continue;
    from_globals[e.label] = e.to;
    targets.insert(g.nodes[e.to].addr);
  }
  // Named by the Go expression that reaches them, each from a line of the globals box.
  REQUIRE(from_globals.count("t.next.next") == 1);
  REQUIRE(from_globals.count("table[1].next") == 1);
  for (const char* name : {"t.next.next", "table[1].next"}) {
    INFO(name);
    const GraphNode& n = g.nodes[from_globals[name]];
    CHECK(n.type == "main.T");
    CHECK(n.reachable);
    CHECK(n.column == 1);
    const auto line = std::find_if(globals->vars.begin(), globals->vars.end(), [&](const GraphField& f) { return f.name == name; });
    REQUIRE(line != globals->vars.end());
    CHECK(line->edge >= 0);
  }
  CHECK(word(s, g.nodes[from_globals["t.next.next"]].addr + 8) == 3);
  CHECK(word(s, g.nodes[from_globals["table[1].next"]].addr + 8) == 12);
  // The variables themselves say where they point: static data, not a heap object.
  const auto t = std::find_if(globals->vars.begin(), globals->vars.end(), [](const GraphField& f) { return f.name == "t"; });
  REQUIRE(t != globals->vars.end());
  CHECK(t->value == "&static data");
  // The collector agrees: what markroot's scan of the globals greyed (the shades announced right
  // after it) is what the graph draws from the globals box, plus Go's start-up objects the
  // runtime's own globals hold (allm's ms, allp, argslice, envs...: Model::startup_roots),
  // which the graph counts in its runtime chip as held, not as boxes. No more and no less.
  std::set<uint64_t> greyed;
  for (uint64_t k = markroot + 1; k < s.size() && s.events()[k].kind == EventKind::kGcShade; ++k) {
    greyed.insert(static_cast<uint64_t>(s.events()[k].a));
  }
  CHECK(static_cast<int64_t>(greyed.size()) == s.events()[markroot].c);
  std::set<uint64_t> held = targets;
  size_t startup_held = 0;
  for (const GraphNode& n : g.startup) {
    if (!n.reachable) continue;
    held.insert(n.addr);
    ++startup_held;
  }
  CHECK(startup_held > 0);  // schedinit's objects are held even in a program importing only runtime
  CHECK(greyed == held);
}
