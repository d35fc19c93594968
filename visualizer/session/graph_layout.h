// A layered (Sugiyama-style) layout for the heap graph, pure data in and out so it can be
// tested and cached (the panel lays out again only when the graph or the text size changes).
//
//   1. Hops: the roots are hop 0; every other box goes one hop right of the nearest box that
//      points to it (breadth-first); boxes nothing reaches go after the last hop.
//   1b. Layers: a hop whose boxes stack taller than `max_col_h` wraps into sub-columns, each a
//      layer of its own (so the panel's aspect ratio, not the number of boxes a hop has, sets
//      the picture's shape). A box another box of its hop points to goes to a later sub-column
//      where it can, so that pointer runs forward; an arrow into a later sub-column passes the
//      earlier ones through dummies like any long edge.
//   2. A forward edge that spans several layers gets a dummy point in each layer it crosses,
//      with its own place in that layer's order, so it passes between the boxes, never through.
//      (Breadth-first hops make most edges from a reached box span one layer; a wrapped hop, a
//      group nothing reaches layered from its own first box, make longer ones.)
//   3. Order within a layer: a few down and up sweeps placing each box (or dummy) at the mean
//      position of its neighbours in the previous layer (the barycentre heuristic), which
//      removes most crossings.
//   4. Coordinates: layers are columns as wide as their widest box; in a column each box goes
//      as near the mean height of the ports pointing to it as the boxes above allow. The gap
//      after a column is wide enough for the names of the arrows leaving it (up to `max_gap`):
//      its arrows run straight past the names, then turn at their verticals.
//   5. Routes: a forward edge is a chain of points: from the source port on the right side of
//      its box, through its dummies, into the left side of its target; every piece between two
//      columns lies in the gap between them, where there are no boxes. In a gap, each edge that
//      changes height by more than dummy_h turns at a vertical of its own (a lane_gap apart,
//      ordered so that the edges falling together do not cross: the lowest start turns first),
//      so no two arrows run along one another; a small change of height is one curve. An edge to the same or an
//      earlier layer (a cycle, a back pointer) leaves right into the gap, runs down to a lane
//      below every box, left to the gap before its target's column, and up into its left side.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace gosim::viz {

struct LPoint {
  float x = 0, y = 0;
};

struct LayoutBox {
  float w = 0, h = 0;
  bool root = false;  // layer 0
};

struct LayoutEdge {
  uint32_t from = 0, to = 0;  // boxes
  float port_y = 0;           // where it leaves, from the top of the source box
  float label_w = 0;          // its name's width, drawn in the gap after the source's column
};

struct LayoutParams {
  float col_gap = 60;   // between columns (the routes and the labels live here)
  float row_gap = 12;   // between boxes of a column
  float lane_gap = 8;   // between the lanes of back edges below the boxes
  float dummy_h = 10;   // the room a passing edge takes in a column
  float max_col_h = 0;  // a hop taller than this wraps into sub-columns (0: never)
  float label_pad = 0;  // room around an arrow's name in its gap
  float max_gap = 0;    // the room a gap makes for the names in it, at most (0: none, names in col_gap)
};

struct GraphLayout {
  std::vector<LPoint> pos;            // top-left of each box
  std::vector<int32_t> layer;         // each box's layer (column)
  std::vector<std::vector<LPoint>> routes;  // per edge: a polyline from the port to the target's left side
  std::vector<bool> back;             // per edge: routed below the boxes
  std::vector<float> col_x;           // left of each column, plus the end of the last
  std::vector<float> gap;             // per column: the gap after it (col_gap, or wider for names)
  std::vector<float> run;             // per column: how far its arrows run straight into the gap (past the names)
  std::vector<int32_t> hop;           // per column: its hop (a wrapped hop has several columns)
  float width = 0, height = 0;
  int32_t layers = 0, hops = 0;
  // Right edge of column l's boxes (where its gap starts).
  float col_right(int32_t l) const { return col_x[static_cast<size_t>(l) + 1] - gap[static_cast<size_t>(l)]; }
};

GraphLayout layout_graph(const std::vector<LayoutBox>& boxes, const std::vector<LayoutEdge>& edges, const LayoutParams& p);

// True when the segment a-b passes through the inside of the rectangle [min, max] (shrunk by
// `inset`), for tests and the panel's self-check.
bool segment_hits_box(LPoint a, LPoint b, LPoint min, LPoint max, float inset = 1.0f);

}  // namespace gosim::viz
