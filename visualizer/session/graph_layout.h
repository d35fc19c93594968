// A layered (Sugiyama-style) layout for the heap graph, pure data in and out so it can be
// tested and cached (the panel lays out again only when the graph or the text size changes).
//
//   1. Layers: the roots are layer 0; every other box goes one layer right of the nearest box
//      that points to it (breadth-first); boxes nothing reaches go after the last layer.
//   2. A forward edge that spans several layers gets a dummy point in each layer it crosses,
//      with its own place in that layer's order, so it passes between the boxes, never through.
//      (Breadth-first layers make every edge from a reached box span one layer; a group nothing
//      reaches is layered from its own first box, and the routes do not rely on either.)
//   3. Order within a layer: a few down and up sweeps placing each box (or dummy) at the mean
//      position of its neighbours in the previous layer (the barycentre heuristic), which
//      removes most crossings.
//   4. Coordinates: layers are columns as wide as their widest box; in a column each box goes
//      as near the mean height of the ports pointing to it as the boxes above allow.
//   5. Routes: a forward edge is a chain of points: from the source port on the right side of
//      its box, through its dummies, into the left side of its target; every piece between two
//      columns lies in the gap between them, where there are no boxes. An edge to the same or an
//      earlier layer (a cycle, a back pointer) leaves right into the gap, runs down to a lane
//      below every box, left to the gap before its target's column, and up into its left side.
#pragma once

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
};

struct LayoutParams {
  float col_gap = 60;   // between columns (the routes and the labels live here)
  float row_gap = 12;   // between boxes of a column
  float lane_gap = 8;   // between the lanes of back edges below the boxes
  float dummy_h = 10;   // the room a passing edge takes in a column
};

struct GraphLayout {
  std::vector<LPoint> pos;            // top-left of each box
  std::vector<int32_t> layer;         // each box's layer (column)
  std::vector<std::vector<LPoint>> routes;  // per edge: a polyline from the port to the target's left side
  std::vector<bool> back;             // per edge: routed below the boxes
  std::vector<float> col_x;           // left of each column, plus the end of the last
  float width = 0, height = 0;
  int32_t layers = 0;
};

GraphLayout layout_graph(const std::vector<LayoutBox>& boxes, const std::vector<LayoutEdge>& edges, const LayoutParams& p);

// True when the segment a-b passes through the inside of the rectangle [min, max] (shrunk by
// `inset`), for tests and the panel's self-check.
bool segment_hits_box(LPoint a, LPoint b, LPoint min, LPoint max, float inset = 1.0f);

}  // namespace gosim::viz
