// The runtime's own objects folded into chips (visualizer/session/runtime_chip.h): on
// scenarios/write_barrier at its first write barrier, the runtime's g objects, allgs's arrays and
// the mark worker's node, and Go's start-up objects (sim/rt/startup.cpp), become two chips
// (reached, and what nothing reaches: allgs's old arrays and the start-up's garbage) that count
// them, their bytes and their colours; the program's boxes and arrows are untouched; an arrow
// from a runtime object to a program object survives, from the chip.
#include <doctest/doctest.h>

#include <string>

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/session/object_graph.h"
#include "visualizer/session/runtime_chip.h"
#include "visualizer/session/session.h"

using namespace gosim;
using namespace gosim::viz;

namespace {

ObjectGraph at_first_barrier(Session& s) {
  REQUIRE(s.open_scenario(std::string(GOSIM_SOURCE_DIR) + "/scenarios/write_barrier/write_barrier.json").empty());
  for (uint64_t i = 0; i < s.size(); ++i) {
    if (s.events()[i].kind == EventKind::kGcWriteBarrier) {
      s.seek(i + 1);
      break;
    }
  }
  ObjectGraph g = build_object_graph(s);
  REQUIRE(g.built);
  return g;
}

}  // namespace

TEST_CASE("runtime chip: write_barrier's runtime objects fold into a reached chip and an unreached one") {
  Session s;
  const ObjectGraph g = at_first_barrier(s);
  size_t rt = 0, rt_reached = 0, program = 0;
  uint64_t bytes_reached = 0;
  size_t black = 0, grey = 0, white = 0;
  for (const GraphNode& n : g.nodes) {
    if (!n.runtime) {
      ++program;
      continue;
    }
    ++rt;
    if (n.reachable) {
      ++rt_reached;
      bytes_reached += n.own_size ? n.own_size : n.size;
    }
    black += n.colour == heap::SlotColour::kBlack;
    grey += n.colour == heap::SlotColour::kGrey;
    white += n.colour == heap::SlotColour::kWhite;
  }
  // 6 g objects (G1–G6), allgs's [8] array and its old [1], [2], [4] ones, G6's gcBgMarkWorkerNode.
  CHECK(rt == 11);
  CHECK(rt_reached == 8);
  // Go's start-up objects are never boxes (g.startup): the ms, the p, the package inits' errors,
  // maps and files (fmt, os...): held by the globals, except gcenable's channel and its two
  // closures and internal/cpu's first two option arrays, garbage from the start.
  size_t su_reached = 0, su_unreached = 0;
  uint64_t su_bytes_reached = 0, su_bytes_unreached = 0;
  for (const GraphNode& n : g.startup) {
    (n.reachable ? su_reached : su_unreached) += 1;
    (n.reachable ? su_bytes_reached : su_bytes_unreached) += n.own_size ? n.own_size : n.size;
    black += n.colour == heap::SlotColour::kBlack;
    grey += n.colour == heap::SlotColour::kGrey;
    white += n.colour == heap::SlotColour::kWhite;
  }
  CHECK(su_reached > 60);
  CHECK(su_unreached == 5);
  CHECK(su_bytes_unreached == 112 + 16 + 16 + 160 + 320);
  CHECK(g.runtime_objects == rt + g.startup.size());
  CHECK(g.chips.empty());

  const ObjectGraph f = fold_runtime_objects(g);
  REQUIRE(f.chips.size() == 2);
  CHECK(f.chips[0].reachable);
  CHECK(f.chips[0].count == 8 + su_reached);
  CHECK(f.chips[0].bytes == bytes_reached + su_bytes_reached);
  CHECK(bytes_reached == 6 * 392 + 64 + 32);  // g is 392 B in Go 1.19; [8]*runtime.g; the node
  CHECK_FALSE(f.chips[1].reachable);
  CHECK(f.chips[1].count == 3 + 5);
  CHECK(f.chips[1].bytes == 8 + 16 + 32 + su_bytes_unreached);
  CHECK(f.chips[0].black + f.chips[1].black == black);
  CHECK(f.chips[0].grey + f.chips[1].grey == grey);
  CHECK(f.chips[0].white + f.chips[1].white == white);
  // The program's boxes stay, by address, with the chips after them.
  REQUIRE(f.nodes.size() == program + 2);
  for (size_t i = 0; i < program; ++i) {
    CHECK_FALSE(f.nodes[i].runtime);
    CHECK(f.nodes[i].chip < 0);
    if (i > 0) CHECK(f.nodes[i - 1].addr < f.nodes[i].addr);
    CHECK(f.node_of(f.nodes[i].addr) == static_cast<int32_t>(i));
  }
  CHECK(f.nodes[program].chip == 0);
  CHECK(f.nodes[program + 1].chip == 1);
  // runtime.allgs in the globals box points at the reached chip; the mark worker's root is gone.
  int to_chip = 0;
  for (const GraphEdge& e : f.edges) {
    if (f.nodes[e.to].chip < 0) continue;
    ++to_chip;
    CHECK(e.from_root);
    CHECK(e.label == "runtime.allgs");
    CHECK(f.nodes[e.to].chip == 0);
    const GraphRoot& r = f.roots[e.from];
    CHECK(r.kind == GraphRoot::Kind::kGlobals);
    REQUIRE(e.field >= 0);
    CHECK(r.vars[static_cast<size_t>(e.field)].edge == static_cast<int32_t>(&e - f.edges.data()));
  }
  CHECK(to_chip == 1);
  for (const GraphRoot& r : f.roots) CHECK(r.func != "runtime.gcBgMarkWorker");
  // Every program arrow is still there, named as before.
  size_t program_edges = 0;
  for (const GraphEdge& e : g.edges) program_edges += !g.nodes[e.to].runtime && (e.from_root || !g.nodes[e.from].runtime);
  CHECK(f.edges.size() == program_edges + 1);
  // Every line's arrow index points at an arrow leaving that line.
  for (size_t r = 0; r < f.roots.size(); ++r) {
    for (const GraphField& x : f.roots[r].vars) {
      if (x.edge < 0) continue;
      CHECK(f.edges[static_cast<size_t>(x.edge)].from_root);
      CHECK(f.edges[static_cast<size_t>(x.edge)].from == r);
    }
  }
  // The shapes differ, so the panel lays the folded graph out again.
  CHECK(layout_hash(f) != layout_hash(g));
}

TEST_CASE("runtime chip: an object reachable only through a runtime object keeps its arrow, from the chip") {
  // Go never stores a program pointer in a g, but the chip must not hide one if it did.
  ObjectGraph g;
  g.built = true;
  g.roots.push_back(GraphRoot{});
  g.roots[0].kind = GraphRoot::Kind::kGlobals;
  g.roots[0].vars.push_back(GraphField{"runtime.allgs", "", 0});
  GraphNode arr, gobj, user;
  arr.addr = 0xc000010000, arr.size = 64, arr.runtime = true, arr.reachable = true, arr.colour = heap::SlotColour::kBlack;
  gobj.addr = 0xc000020000, gobj.size = 416, gobj.own_size = 392, gobj.runtime = true, gobj.reachable = true;
  gobj.colour = heap::SlotColour::kGrey;
  user.addr = 0xc000030000, user.size = 16, user.reachable = true, user.type = "main.node";
  g.nodes = {arr, gobj, user};
  g.nodes[0].fields.push_back(GraphField{"+0", "", 1});
  g.nodes[1].fields.push_back(GraphField{"+8", "", 2});
  g.edges.push_back(GraphEdge{true, 0, 0, -1, "runtime.allgs", 0});
  g.edges.push_back(GraphEdge{false, 0, 1, 0, "+0", 0});
  g.edges.push_back(GraphEdge{false, 1, 2, 8, "+8", 0});
  g.runtime_objects = 2;

  const ObjectGraph f = fold_runtime_objects(g);
  REQUIRE(f.chips.size() == 1);
  CHECK(f.chips[0].count == 2);
  CHECK(f.chips[0].bytes == 64 + 392);
  CHECK(f.chips[0].black == 1);
  CHECK(f.chips[0].grey == 1);
  REQUIRE(f.nodes.size() == 2);
  CHECK(f.nodes[0].type == "main.node");
  CHECK(f.nodes[1].chip == 0);
  // globals -> chip, chip -> node (named "+8"); the array's pointer to its g is inside the chip.
  REQUIRE(f.edges.size() == 2);
  CHECK(f.edges[0].from_root);
  CHECK(f.edges[0].to == 1);
  CHECK_FALSE(f.edges[1].from_root);
  CHECK(f.edges[1].from == 1);
  CHECK(f.edges[1].to == 0);
  CHECK(f.edges[1].label == "+8");
  CHECK(f.edges[1].field == -1);  // a chip lists no lines: the arrow leaves from its title
}

TEST_CASE("runtime chip: a graph without runtime objects is left as it is") {
  ObjectGraph g;
  g.built = true;
  GraphNode n;
  n.addr = 0xc000030000, n.size = 16;
  g.nodes.push_back(n);
  const ObjectGraph f = fold_runtime_objects(g);
  CHECK(f.chips.empty());
  CHECK(f.nodes.size() == 1);
  CHECK(layout_hash(f) == layout_hash(g));
}

TEST_CASE("runtime chip: the heap graph's summary counts the program's objects and the runtime's the chips hold") {
  // The summary said "4 objects" (the program's boxes) beside chips counting the runtime's
  // objects: it now names both, and together they are every object of the graph.
  Session s;
  const ObjectGraph g = at_first_barrier(s);
  const ObjectGraph f = fold_runtime_objects(g);
  const GraphCounts c = graph_counts(g);
  size_t program = 0, in_chips = 0;
  for (const GraphNode& n : g.nodes) program += n.runtime ? 0 : 1;
  for (const RuntimeChip& ch : f.chips) in_chips += ch.count;
  REQUIRE(c.runtime > 0);
  CHECK(c.program == program);
  CHECK(c.runtime == in_chips);  // what the chips show, start-up objects included
  CHECK(c.program + c.runtime == g.nodes.size() + g.startup.size());
  CHECK(c.pointers == g.edges.size());
  set_ui_lang(Lang::kEn);
  const std::string text = graph_summary(g);
  CHECK(text.find(std::to_string(c.program) + (c.program == 1 ? " object of the program" : " objects of the program")) == 0);
  CHECK(text.find("+ " + std::to_string(c.runtime) + " of the runtime") != std::string::npos);
  // Folded or not, the same counts (the chips are no objects of their own).
  const GraphCounts cf = graph_counts(f);
  CHECK(cf.program == c.program);
  set_ui_lang(Lang::kZhCN);
  CHECK(graph_summary(g).find(std::to_string(c.runtime)) != std::string::npos);
  set_ui_lang(Lang::kEn);
}
