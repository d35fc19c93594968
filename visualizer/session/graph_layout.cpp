#include "visualizer/session/graph_layout.h"

#include <algorithm>
#include <deque>
#include <numeric>

namespace gosim::viz {

namespace {

// A place in a layer's order: a box, or the dummy point of a long edge passing through.
struct Item {
  bool dummy = false;
  uint32_t id = 0;  // box, or edge (dummy)
  float key = 0;
  float y = 0, h = 0;
};

std::vector<int32_t> assign_layers(const std::vector<LayoutBox>& boxes, const std::vector<std::vector<uint32_t>>& out,
                                   std::vector<uint32_t>& order) {
  const size_t n = boxes.size();
  std::vector<int32_t> layer(n, -1);
  std::deque<uint32_t> q;
  for (uint32_t i = 0; i < n; ++i) {
    if (boxes[i].root) {
      layer[i] = 0;
      q.push_back(i);
    }
  }
  auto bfs = [&] {
    while (!q.empty()) {
      const uint32_t u = q.front();
      q.pop_front();
      order.push_back(u);
      for (uint32_t v : out[u]) {
        if (layer[v] >= 0) continue;
        layer[v] = layer[u] + 1;
        q.push_back(v);
      }
    }
  };
  bfs();
  // What no root reaches: after the last layer, each group from the boxes nothing else
  // unreached points to (then any cycle left over).
  int32_t last = 0;
  for (int32_t l : layer) last = std::max(last, l);
  std::vector<bool> pointed(n, false);
  for (uint32_t u = 0; u < n; ++u) {
    if (layer[u] >= 0) continue;
    for (uint32_t v : out[u]) pointed[v] = pointed[v] || v != u;
  }
  for (int pass = 0; pass < 2; ++pass) {
    for (uint32_t i = 0; i < n; ++i) {
      if (layer[i] >= 0 || (pass == 0 && pointed[i])) continue;
      layer[i] = last + 1;
      q.push_back(i);
      bfs();
    }
  }
  return layer;
}

}  // namespace

GraphLayout layout_graph(const std::vector<LayoutBox>& boxes, const std::vector<LayoutEdge>& edges, const LayoutParams& p) {
  GraphLayout L;
  const size_t n = boxes.size();
  std::vector<std::vector<uint32_t>> out(n);
  for (const LayoutEdge& e : edges) out[e.from].push_back(e.to);
  std::vector<uint32_t> discovered;
  L.layer = assign_layers(boxes, out, discovered);
  for (int32_t l : L.layer) L.layers = std::max(L.layers, l + 1);
  L.back.assign(edges.size(), false);

  // Layers of items, boxes first in discovery order, then the dummies of long forward edges.
  std::vector<std::vector<Item>> items(static_cast<size_t>(L.layers));
  for (uint32_t b : discovered) items[static_cast<size_t>(L.layer[b])].push_back(Item{false, b, 0, 0, boxes[b].h});
  for (uint32_t ei = 0; ei < edges.size(); ++ei) {
    const int32_t lf = L.layer[edges[ei].from], lt = L.layer[edges[ei].to];
    L.back[ei] = lt <= lf;
    for (int32_t l = lf + 1; l < lt; ++l) items[static_cast<size_t>(l)].push_back(Item{true, ei, 0, 0, p.dummy_h});
  }
  // Where an item sits in its layer, and its neighbours in the layers either side.
  auto index_of_box = [&](uint32_t b) {
    const auto& v = items[static_cast<size_t>(L.layer[b])];
    for (size_t i = 0; i < v.size(); ++i) {
      if (!v[i].dummy && v[i].id == b) return static_cast<float>(i);
    }
    return 0.0f;
  };
  auto index_of_dummy = [&](uint32_t e, int32_t l) {
    const auto& v = items[static_cast<size_t>(l)];
    for (size_t i = 0; i < v.size(); ++i) {
      if (v[i].dummy && v[i].id == e) return static_cast<float>(i);
    }
    return 0.0f;
  };
  // The item in layer l-1 (down) or l+1 (up) that a forward edge links to item `it` of layer l.
  auto neighbours = [&](const Item& it, int32_t l, bool down, std::vector<float>& at) {
    at.clear();
    const int32_t nl = down ? l - 1 : l + 1;
    if (it.dummy) {
      const LayoutEdge& e = edges[it.id];
      const uint32_t end = down ? e.from : e.to;
      at.push_back(L.layer[end] == nl ? index_of_box(end) : index_of_dummy(it.id, nl));
      return;
    }
    for (uint32_t ei = 0; ei < edges.size(); ++ei) {
      const LayoutEdge& e = edges[ei];
      if (L.back[ei]) continue;
      if (down && e.to == it.id) at.push_back(L.layer[e.from] == nl ? index_of_box(e.from) : index_of_dummy(ei, nl));
      if (!down && e.from == it.id) at.push_back(L.layer[e.to] == nl ? index_of_box(e.to) : index_of_dummy(ei, nl));
    }
  };
  std::vector<float> at;
  auto sweep = [&](int32_t l, bool down) {
    auto& v = items[static_cast<size_t>(l)];
    for (size_t i = 0; i < v.size(); ++i) {
      neighbours(v[i], l, down, at);
      v[i].key = at.empty() ? static_cast<float>(i) : std::accumulate(at.begin(), at.end(), 0.0f) / static_cast<float>(at.size());
    }
    std::stable_sort(v.begin(), v.end(), [](const Item& a, const Item& b) { return a.key < b.key; });
  };
  for (int it = 0; it < 3; ++it) {
    for (int32_t l = 1; l < L.layers; ++l) sweep(l, true);
    for (int32_t l = L.layers - 2; l >= 1; --l) sweep(l, false);
  }
  for (int32_t l = 1; l < L.layers; ++l) sweep(l, true);

  // Columns.
  L.col_x.assign(static_cast<size_t>(L.layers) + 1, 0);
  for (int32_t l = 0; l < L.layers; ++l) {
    float w = 0;
    for (const Item& it : items[static_cast<size_t>(l)]) w = std::max(w, it.dummy ? 0.0f : boxes[it.id].w);
    L.col_x[static_cast<size_t>(l) + 1] = L.col_x[static_cast<size_t>(l)] + w + p.col_gap;
  }
  L.width = L.layers > 0 ? L.col_x.back() - p.col_gap : 0;
  auto col_right = [&](int32_t l) { return L.col_x[static_cast<size_t>(l) + 1] - p.col_gap; };

  // Heights: each item near the mean of what points to it from the previous layer, below the item above.
  L.pos.assign(n, LPoint{});
  std::vector<std::vector<float>> dummy_y(edges.size());
  for (uint32_t ei = 0; ei < edges.size(); ++ei) dummy_y[ei].assign(static_cast<size_t>(L.layers), 0);
  float bottom = 0;
  for (int32_t l = 0; l < L.layers; ++l) {
    float y = 0;
    for (Item& it : items[static_cast<size_t>(l)]) {
      float want = y;
      if (l > 0) {
        float sum = 0;
        int cnt = 0;
        for (uint32_t ei = 0; ei < edges.size(); ++ei) {
          const LayoutEdge& e = edges[ei];
          if (L.back[ei]) continue;
          const bool into = it.dummy ? ei == it.id : e.to == it.id;
          if (!into) continue;
          if (L.layer[e.from] == l - 1) {
            sum += L.pos[e.from].y + e.port_y;
          } else if (L.layer[e.from] < l - 1) {
            sum += dummy_y[ei][static_cast<size_t>(l - 1)];
          } else {
            continue;
          }
          ++cnt;
        }
        // A box's arrows arrive a little below its top (its header line); a dummy is its own middle.
        if (cnt > 0) want = sum / static_cast<float>(cnt) - (it.dummy ? p.dummy_h * 0.5f : std::min(it.h * 0.5f, p.dummy_h));
      }
      it.y = std::max(y, want);
      y = it.y + it.h + p.row_gap;
      if (it.dummy) {
        dummy_y[it.id][static_cast<size_t>(l)] = it.y + p.dummy_h * 0.5f;
      } else {
        L.pos[it.id] = LPoint{L.col_x[static_cast<size_t>(l)], it.y};
        bottom = std::max(bottom, it.y + it.h);
      }
    }
  }

  // Routes.
  L.routes.assign(edges.size(), {});
  int32_t lanes = 0;
  for (uint32_t ei = 0; ei < edges.size(); ++ei) {
    const LayoutEdge& e = edges[ei];
    const int32_t lf = L.layer[e.from], lt = L.layer[e.to];
    const LPoint s{L.pos[e.from].x + boxes[e.from].w, L.pos[e.from].y + e.port_y};
    const LPoint t{L.pos[e.to].x, L.pos[e.to].y + std::min(boxes[e.to].h * 0.5f, p.dummy_h)};
    std::vector<LPoint>& r = L.routes[ei];
    r.push_back(s);
    r.push_back(LPoint{col_right(lf), s.y});
    if (!L.back[ei]) {
      for (int32_t l = lf + 1; l < lt; ++l) {
        const float y = dummy_y[ei][static_cast<size_t>(l)];
        r.push_back(LPoint{L.col_x[static_cast<size_t>(l)], y});
        r.push_back(LPoint{col_right(l), y});
      }
      r.push_back(t);
      continue;
    }
    // Below every box, in a lane of its own; the verticals in the gaps beside the columns.
    const float lane = bottom + p.lane_gap * static_cast<float>(1 + lanes++);
    const float shift = std::min(p.col_gap * 0.45f, p.lane_gap * static_cast<float>(lanes % 4 + 1));
    const float out_x = col_right(lf) + shift, in_x = L.col_x[static_cast<size_t>(lt)] - shift;
    r.push_back(LPoint{out_x, s.y});
    r.push_back(LPoint{out_x, lane});
    r.push_back(LPoint{in_x, lane});
    r.push_back(LPoint{in_x, t.y});
    r.push_back(t);
  }
  L.height = bottom + p.lane_gap * static_cast<float>(lanes + (lanes > 0 ? 1 : 0));
  return L;
}

bool segment_hits_box(LPoint a, LPoint b, LPoint min, LPoint max, float inset) {
  // Liang-Barsky: clip the segment to the (shrunk) rectangle; any part left is inside.
  const float x0 = min.x + inset, y0 = min.y + inset, x1 = max.x - inset, y1 = max.y - inset;
  if (x0 >= x1 || y0 >= y1) return false;
  float t0 = 0, t1 = 1;
  const float dx = b.x - a.x, dy = b.y - a.y;
  const float pq[4][2] = {{-dx, a.x - x0}, {dx, x1 - a.x}, {-dy, a.y - y0}, {dy, y1 - a.y}};
  for (const auto& [pp, q] : pq) {
    if (pp == 0) {
      if (q < 0) return false;
      continue;
    }
    const float r = q / pp;
    if (pp < 0) {
      t0 = std::max(t0, r);
    } else {
      t1 = std::min(t1, r);
    }
    if (t0 > t1) return false;
  }
  return t1 - t0 > 1e-6f;
}

}  // namespace gosim::viz
