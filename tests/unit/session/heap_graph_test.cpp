// The heap graph a learner reads (session/object_graph.h, object_typed.cpp, graph_layout.h):
// typed boxes with field values, roots that are exactly the frames' pointer variables, arrows
// named after the field or variable, and a layered layout whose routes never pass through a box.
// Programs: tests/ui/programs/heap_list.go, heap_tree.go (their expected values are what go run
// prints: "7 30 c 10 70" and "40 20 60 10 70") and scenarios/write_barrier.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "sim/heap/heap.h"
#include "sim/interp/frame_view.h"
#include "sim/rt/gc.h"
#include "visualizer/session/graph_layout.h"
#include "visualizer/session/object_graph.h"
#include "visualizer/session/session.h"

using namespace gosim;
using namespace gosim::viz;

namespace {

const std::string kPrograms = std::string(GOSIM_SOURCE_DIR) + "/tests/ui/programs/";

// The last cursor at which main.main is still running with its variables (just before exit).
void seek_end_of_main(Session& s) {
  for (uint64_t c = s.size(); c > 0; --c) {
    s.seek(c);
    const ObjectGraph g = build_object_graph(s);
    for (const GraphRoot& r : g.roots) {
      if (r.func == "main.main" && !g.edges.empty()) return;
    }
  }
  FAIL("main.main never had a frame with variables");
}

const GraphField* field(const GraphNode& n, const std::string& name) {
  for (const GraphField& f : n.fields) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

// The node the named field (or variable) of `from` points to, or -1.
int32_t via(const ObjectGraph& g, bool root, uint32_t from, const std::string& label) {
  for (const GraphEdge& e : g.edges) {
    if (e.from_root == root && e.from == from && e.label == label) return static_cast<int32_t>(e.to);
  }
  return -1;
}

int32_t root_of(const ObjectGraph& g, const std::string& func) {
  for (size_t i = 0; i < g.roots.size(); ++i) {
    if (g.roots[i].func == func) return static_cast<int32_t>(i);
  }
  return -1;
}

// Lays the graph out with box sizes from its text (8 px a character, 16 px a line) and checks
// that no straight piece of any route passes through a box, and that every curved piece (drawn
// as a curve between two columns) stays in the gap between them.
void check_layout(const ObjectGraph& g, float max_col_h = 0) {
  std::vector<LayoutBox> boxes;
  std::vector<int32_t> root_box(g.roots.size(), -1), node_box(g.nodes.size(), -1);
  auto width = [](const std::vector<GraphField>& f, const std::string& title) {
    size_t w = title.size();
    for (const GraphField& x : f) w = std::max(w, x.name.size() + x.value.size() + 3);
    return static_cast<float>(w * 8 + 10);
  };
  for (size_t i = 0; i < g.roots.size(); ++i) {
    root_box[i] = static_cast<int32_t>(boxes.size());
    boxes.push_back(LayoutBox{width(g.roots[i].vars, g.roots[i].label), 20.0f + 16.0f * static_cast<float>(g.roots[i].vars.size()), true});
  }
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    node_box[i] = static_cast<int32_t>(boxes.size());
    boxes.push_back(LayoutBox{width(g.nodes[i].fields, g.nodes[i].type), 20.0f + 16.0f * static_cast<float>(g.nodes[i].fields.size()), false});
  }
  std::vector<LayoutEdge> edges;
  for (const GraphEdge& e : g.edges) {
    const int32_t from = e.from_root ? root_box[e.from] : node_box[e.from];
    edges.push_back(LayoutEdge{static_cast<uint32_t>(from), static_cast<uint32_t>(node_box[e.to]),
                               e.field < 0 ? 10.0f : 20.0f + 16.0f * (static_cast<float>(e.field) + 0.5f)});
  }
  LayoutParams lp;
  lp.max_col_h = max_col_h;
  const GraphLayout L = layout_graph(boxes, edges, lp);
  REQUIRE(L.routes.size() == edges.size());
  // Boxes do not overlap.
  for (size_t a = 0; a < boxes.size(); ++a) {
    for (size_t b = a + 1; b < boxes.size(); ++b) {
      const bool apart = L.pos[a].x + boxes[a].w <= L.pos[b].x || L.pos[b].x + boxes[b].w <= L.pos[a].x ||
                         L.pos[a].y + boxes[a].h <= L.pos[b].y || L.pos[b].y + boxes[b].h <= L.pos[a].y;
      CHECK(apart);
    }
  }
  size_t pieces = 0;
  for (size_t ei = 0; ei < edges.size(); ++ei) {
    const std::vector<LPoint>& r = L.routes[ei];
    REQUIRE(r.size() >= 3);
    CHECK(r.front().x == L.pos[edges[ei].from].x + boxes[edges[ei].from].w);  // leaves its source's right side
    CHECK(r.back().x == L.pos[edges[ei].to].x);                               // arrives at its target's left side
    for (size_t k = 0; k + 1 < r.size(); ++k) {
      ++pieces;
      for (size_t b = 0; b < boxes.size(); ++b) {
        const LPoint mn = L.pos[b], mx{L.pos[b].x + boxes[b].w, L.pos[b].y + boxes[b].h};
        INFO("edge " << ei << " piece " << k << " box " << b);
        CHECK_FALSE(segment_hits_box(r[k], r[k + 1], mn, mx));
        if (r[k].x != r[k + 1].x && r[k].y != r[k + 1].y) {
          // A curve: its x range must hold no box at all (it is drawn as a Bezier inside it).
          const bool overlaps_x = mn.x < std::max(r[k].x, r[k + 1].x) - 0.5f && mx.x > std::min(r[k].x, r[k + 1].x) + 0.5f;
          CHECK_FALSE(overlaps_x);
        }
      }
    }
  }
  // No two arrows share a vertical: each turns at its own x in a gap.
  for (size_t a = 0; a < edges.size(); ++a) {
    for (size_t b = a + 1; b < edges.size(); ++b) {
      for (size_t i = 0; i + 1 < L.routes[a].size(); ++i) {
        for (size_t j = 0; j + 1 < L.routes[b].size(); ++j) {
          const LPoint p0 = L.routes[a][i], p1 = L.routes[a][i + 1], q0 = L.routes[b][j], q1 = L.routes[b][j + 1];
          if (p0.x != p1.x || q0.x != q1.x || p0.x != q0.x) continue;
          const bool shared = std::min(p0.y, p1.y) < std::max(q0.y, q1.y) && std::min(q0.y, q1.y) < std::max(p0.y, p1.y);
          CHECK_FALSE(shared);
        }
      }
    }
  }
  MESSAGE(boxes.size() << " boxes, " << edges.size() << " edges, " << pieces << " route pieces, " << L.layers << " layers, " << L.hops << " hops");
}

}  // namespace

TEST_CASE("heap graph: a linked list's boxes show the type node and its fields, arrows named next") {
  Session s;
  REQUIRE(s.open_scenario(kPrograms + "heap_list.go").empty());
  seek_end_of_main(s);
  const ObjectGraph g = build_object_graph(s);
  REQUIRE(g.built);
  const int32_t main = root_of(g, "main.main");
  REQUIRE(main >= 0);
  // head -> 10 -> 20 -> ... -> 70 (go run prints head.v 10, all[6].v 70).
  int32_t n = via(g, true, static_cast<uint32_t>(main), "head");
  REQUIRE(n >= 0);
  for (int want = 10; want <= 70; want += 10) {
    REQUIRE(n >= 0);
    const GraphNode& nd = g.nodes[static_cast<size_t>(n)];
    CHECK(nd.type == "main.node");
    CHECK(nd.short_type == "node");
    CHECK(nd.own_size == 32);  // Go: unsafe.Sizeof(node{}) = 8 + 16 + 8
    REQUIRE(field(nd, "v") != nullptr);
    CHECK(field(nd, "v")->value == std::to_string(want));
    REQUIRE(field(nd, "name") != nullptr);
    CHECK(field(nd, "name")->value == "\"" + std::string(1, static_cast<char>('a' + want / 10 - 1)) + "\"");
    const int32_t next = via(g, false, static_cast<uint32_t>(n), "next");
    if (want == 70) {
      CHECK(next == -1);
      CHECK(field(nd, "next")->value == "nil");
    } else {
      REQUIRE(field(nd, "next") != nullptr);
      CHECK(field(nd, "next")->edge >= 0);  // drawn as an arrow from the line
      CHECK(g.edges[static_cast<size_t>(field(nd, "next")->edge)].to == static_cast<uint32_t>(next));
      CHECK(g.edges[static_cast<size_t>(field(nd, "next")->edge)].offset == 0);
    }
    n = next;
  }
  // n := head.next.next: the variable n points at the third node (go run prints n.v 30, n.name c).
  const int32_t nv = via(g, true, static_cast<uint32_t>(main), "n");
  REQUIRE(nv >= 0);
  CHECK(field(g.nodes[static_cast<size_t>(nv)], "v")->value == "30");
  // all: a slice; its backing array is an object of its own, [8]*node, with its elements' arrows.
  const int32_t arr = via(g, true, static_cast<uint32_t>(main), "all");
  REQUIRE(arr >= 0);
  CHECK(g.nodes[static_cast<size_t>(arr)].type == "[8]*main.node");
  CHECK(g.nodes[static_cast<size_t>(arr)].own_size == 64);
  const GraphRoot& r = g.roots[static_cast<size_t>(main)];
  const auto all_line = std::find_if(r.vars.begin(), r.vars.end(), [](const GraphField& f) { return f.name == "all"; });
  REQUIRE(all_line != r.vars.end());
  CHECK(all_line->value == "len=7 cap=8");
  const int32_t e6 = via(g, false, static_cast<uint32_t>(arr), "[6]");
  REQUIRE(e6 >= 0);
  CHECK(field(g.nodes[static_cast<size_t>(e6)], "v")->value == "70");
  check_layout(g);
}

TEST_CASE("heap graph: roots are exactly the frames' pointer variables, each arrow from its slot") {
  Session s;
  REQUIRE(s.open_scenario(kPrograms + "heap_list.go").empty());
  seek_end_of_main(s);
  const ObjectGraph g = build_object_graph(s);
  const Model& md = s.model();
  const ir::Module& mod = *s.module();
  GIdx g1 = kNoG;
  for (size_t i = 0; i < md.allg.size(); ++i) {
    if (md.allg[i].goid == 1) g1 = static_cast<GIdx>(i);
  }
  REQUIRE(g1 != kNoG);
  size_t want = 0;
  for (const interp::FrameView& f : interp::frame_views(md, mod, g1)) {
    const int32_t ri = root_of(g, f.func);
    for (const interp::FrameSlot& sl : f.slots) {
      // Pointer-shaped variables (and a slice's or string's data pointer) that point into an object.
      const bool ptr = sl.type[0] == '*' || sl.type.rfind("[]", 0) == 0 || sl.type == "string";
      if (!ptr) continue;
      const uint64_t w = md.mem.load(f.fp + static_cast<uint64_t>(sl.offset), 8);
      const int32_t to = g.node_of(w);
      if (to < 0) continue;
      ++want;
      REQUIRE(ri >= 0);
      CHECK(via(g, true, static_cast<uint32_t>(ri), sl.name) == to);
    }
  }
  size_t from_stack = 0;
  for (const GraphEdge& e : g.edges) {
    if (!e.from_root || g.roots[e.from].kind != GraphRoot::Kind::kStack) continue;
    ++from_stack;
    // Each root arrow leaves from a variable's line and is named after it.
    const GraphRoot& r = g.roots[e.from];
    REQUIRE(e.field >= 0);
    CHECK(r.vars[static_cast<size_t>(e.field)].name == e.label);
  }
  CHECK(want >= 3);  // head, all, n
  CHECK(from_stack == want);
}

TEST_CASE("heap graph: write_barrier — C is reachable only from objects, never from a stack variable") {
  // lessons/15: after move(), C (v 42) hangs off early (black) alone. gosim's collector scans the
  // stack conservatively and may find C in a temporary of move's frame; a variable never holds it.
  Session s;
  REQUIRE(s.open_scenario(std::string(GOSIM_SOURCE_DIR) + "/scenarios/write_barrier/write_barrier.json").empty());
  uint64_t barrier = 0;
  for (uint64_t i = 0; i < s.size(); ++i) {
    if (s.events()[i].kind == EventKind::kGcWriteBarrier) {
      barrier = i;
      break;
    }
  }
  REQUIRE(barrier > 0);
  int checked = 0, conservative_hits = 0;
  for (uint64_t c = barrier + 1; c < std::min<uint64_t>(s.size(), barrier + 60); ++c) {
    s.seek(c);
    const ObjectGraph g = build_object_graph(s);
    if (!g.built) continue;
    int32_t cnode = -1;
    for (size_t i = 0; i < g.nodes.size(); ++i) {
      const GraphField* v = field(g.nodes[i], "v");
      if (g.nodes[i].type == "main.node" && v && v->value == "42") cnode = static_cast<int32_t>(i);
    }
    if (cnode < 0) continue;
    ++checked;
    for (const GraphEdge& e : g.edges) {
      if (e.to != static_cast<uint32_t>(cnode)) continue;
      CHECK_FALSE(e.from_root);
      CHECK(e.label == "next");
    }
    // What the old picture drew: a conservative scan of G1's stack finds C (a temporary).
    const Model& md = s.model();
    for (size_t i = 0; i < md.allg.size(); ++i) {
      if (md.allg[i].goid != 1) continue;
      for (uint64_t p : gc_stack_root(md, static_cast<GIdx>(i)).pointers) conservative_hits += g.node_of(p) == cnode;
    }
  }
  CHECK(checked > 10);
  MESSAGE("C checked at " << checked << " cursors; the conservative stack scan found it " << conservative_hits << " times");
  check_layout(build_object_graph(s));
  check_layout(build_object_graph(s), 80.0f);  // its tall "1 hop" wrapped into sub-columns
}

TEST_CASE("heap graph: a tree's two pointer fields, laid out with no arrow through a box") {
  Session s;
  REQUIRE(s.open_scenario(kPrograms + "heap_tree.go").empty());
  seek_end_of_main(s);
  const ObjectGraph g = build_object_graph(s);
  REQUIRE(g.built);
  const int32_t main = root_of(g, "main.main");
  REQUIRE(main >= 0);
  const int32_t root = via(g, true, static_cast<uint32_t>(main), "root");
  REQUIRE(root >= 0);
  auto key = [&](int32_t n) { return field(g.nodes[static_cast<size_t>(n)], "key")->value; };
  CHECK(key(root) == "40");  // go run: 40 20 60 10 70
  const int32_t l = via(g, false, static_cast<uint32_t>(root), "left"), r = via(g, false, static_cast<uint32_t>(root), "right");
  REQUIRE(l >= 0);
  REQUIRE(r >= 0);
  CHECK(key(l) == "20");
  CHECK(key(r) == "60");
  CHECK(key(via(g, false, static_cast<uint32_t>(l), "left")) == "10");
  CHECK(key(via(g, false, static_cast<uint32_t>(r), "right")) == "70");
  CHECK(g.nodes[static_cast<size_t>(root)].short_type == "tree");
  check_layout(g);
}

TEST_CASE("graph layout: layers by distance from the roots, back edges and self loops go below the boxes") {
  // r -> a -> b -> c, c -> a (back), b -> b (self). Breadth-first layers make every forward edge
  // span one layer; the back ones run in lanes under all boxes.
  std::vector<LayoutBox> boxes = {{40, 30, true}, {50, 40, false}, {50, 40, false}, {50, 40, false}};
  std::vector<LayoutEdge> edges = {{0, 1, 10}, {1, 2, 25}, {2, 3, 25}, {3, 1, 30}, {2, 2, 35}};
  const GraphLayout L = layout_graph(boxes, edges, LayoutParams{});
  CHECK(L.layers == 4);
  CHECK(L.layer == std::vector<int32_t>{0, 1, 2, 3});
  CHECK(L.back == std::vector<bool>{false, false, false, true, true});
  CHECK(L.routes[0].size() == 3);  // port, the column's right edge, the target's left side
  float bottom = 0;
  for (size_t b = 0; b < boxes.size(); ++b) bottom = std::max(bottom, L.pos[b].y + boxes[b].h);
  for (int ei : {3, 4}) {
    const float lowest = std::max_element(L.routes[static_cast<size_t>(ei)].begin(), L.routes[static_cast<size_t>(ei)].end(),
                                          [](LPoint a, LPoint b) { return a.y < b.y; })->y;
    CHECK(lowest > bottom);
  }
  for (size_t ei = 0; ei < edges.size(); ++ei) {
    for (size_t k = 0; k + 1 < L.routes[ei].size(); ++k) {
      for (size_t b = 0; b < boxes.size(); ++b) {
        CHECK_FALSE(segment_hits_box(L.routes[ei][k], L.routes[ei][k + 1], L.pos[b], LPoint{L.pos[b].x + boxes[b].w, L.pos[b].y + boxes[b].h}));
      }
    }
  }
  CHECK(segment_hits_box(LPoint{0, 5}, LPoint{100, 5}, LPoint{10, 0}, LPoint{20, 10}));
  CHECK_FALSE(segment_hits_box(LPoint{0, 0}, LPoint{100, 0}, LPoint{10, 0}, LPoint{20, 10}));  // along an edge only
}

TEST_CASE("graph layout: a tall hop wraps into sub-columns; a pointer inside the hop runs forward, through no box") {
  // r -> a, b, c, d, e (one hop, five boxes 40 high) and a -> e, a pointer between two boxes of
  // that hop. Unwrapped, the hop is one column 5 boxes tall and a -> e a back edge under all
  // boxes; with columns at most 100 high it wraps into three, e (pointed to from its own hop)
  // in the last, so a -> e runs forward and r -> e passes the sub-columns between its boxes.
  std::vector<LayoutBox> boxes = {{60, 100, true}, {50, 40, false}, {50, 40, false}, {50, 40, false}, {50, 40, false}, {50, 40, false}};
  std::vector<LayoutEdge> edges = {{0, 1, 10}, {0, 2, 30}, {0, 3, 50}, {0, 4, 70}, {0, 5, 90}, {1, 5, 25}};
  LayoutParams p;
  const GraphLayout flat = layout_graph(boxes, edges, p);
  CHECK(flat.layers == 2);
  CHECK(flat.hops == 2);
  CHECK(flat.back[5]);
  p.max_col_h = 100;
  const GraphLayout L = layout_graph(boxes, edges, p);
  CHECK(L.hops == 2);
  CHECK(L.layers == 4);  // the roots, then 1 hop in three sub-columns
  CHECK(L.hop == std::vector<int32_t>{0, 1, 1, 1});
  CHECK(L.layer[5] == 3);  // e: after a, which points to it
  CHECK_FALSE(L.back[5]);
  CHECK(L.height < flat.height);
  CHECK(L.width > flat.width);
  // At most two boxes a sub-column (each box still sits as near its sources' height as it can).
  for (int32_t l = 1; l < L.layers; ++l) CHECK(std::count(L.layer.begin(), L.layer.end(), l) <= 2);
  for (size_t a = 0; a < boxes.size(); ++a) {
    for (size_t b = a + 1; b < boxes.size(); ++b) {
      CHECK((L.pos[a].x + boxes[a].w <= L.pos[b].x || L.pos[b].x + boxes[b].w <= L.pos[a].x || L.pos[a].y + boxes[a].h <= L.pos[b].y ||
             L.pos[b].y + boxes[b].h <= L.pos[a].y));
    }
  }
  for (size_t ei = 0; ei < edges.size(); ++ei) {
    CHECK(L.routes[ei].back().x == L.pos[edges[ei].to].x);
    for (size_t k = 0; k + 1 < L.routes[ei].size(); ++k) {
      for (size_t b = 0; b < boxes.size(); ++b) {
        INFO("edge " << ei << " piece " << k << " box " << b);
        CHECK_FALSE(segment_hits_box(L.routes[ei][k], L.routes[ei][k + 1], L.pos[b], LPoint{L.pos[b].x + boxes[b].w, L.pos[b].y + boxes[b].h}));
      }
    }
  }
}

TEST_CASE("graph layout: a gap widens for the arrows' names, which their lines run straight past") {
  std::vector<LayoutBox> boxes = {{60, 60, true}, {50, 40, false}, {50, 40, false}};
  std::vector<LayoutEdge> edges = {{0, 1, 10, 90}, {0, 2, 40, 30}};
  LayoutParams p;
  p.label_pad = 10;
  p.max_gap = 200;
  const GraphLayout L = layout_graph(boxes, edges, p);
  CHECK(L.run[0] == 100);              // the longer name and its room
  CHECK(L.gap[0] >= L.run[0] + 1);     // and room to turn after it
  CHECK(L.col_x[1] - L.col_right(0) == L.gap[0]);
  for (const std::vector<LPoint>& r : L.routes) {
    // Level from the port until past the names.
    CHECK(r[1].y == r[0].y);
    CHECK(r[2].y == r[0].y);
    CHECK(r[2].x >= L.col_right(0) + L.run[0]);
  }
  p.max_gap = 40;  // too narrow: the gap stops growing (the panel elides the name)
  CHECK(layout_graph(boxes, edges, p).run[0] == 40);
}
