#include "visualizer/session/graph_layout.h"

#include <algorithm>
#include <cmath>
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

// Wraps each hop taller than p.max_col_h into sub-columns; returns each box's layer (column)
// and fills L.hop (per layer) and L.hops. Within a hop, a box's depth is the longest chain of
// its hop's pointers that reaches it (a cycle stops counting at the hop's size): boxes go to
// the sub-columns in depth order (stable: discovery order among equals), so a pointer between
// two boxes of a hop runs from an earlier sub-column to a later one wherever the heights allow.
std::vector<int32_t> wrap_hops(const std::vector<LayoutBox>& boxes, const std::vector<LayoutEdge>& edges, const std::vector<int32_t>& hop,
                               const std::vector<uint32_t>& discovered, const LayoutParams& p, GraphLayout& L) {
  const size_t n = boxes.size();
  int32_t hops = 0;
  for (int32_t h : hop) hops = std::max(hops, h + 1);
  L.hops = hops;
  std::vector<std::vector<uint32_t>> of_hop(static_cast<size_t>(hops));
  for (uint32_t b : discovered) of_hop[static_cast<size_t>(hop[b])].push_back(b);
  std::vector<uint32_t> depth(n, 0);
  for (size_t round = 0; round < n; ++round) {
    bool changed = false;
    for (const LayoutEdge& e : edges) {
      if (e.from == e.to || hop[e.from] != hop[e.to]) continue;
      const uint32_t d = std::min<uint32_t>(depth[e.from] + 1, static_cast<uint32_t>(of_hop[static_cast<size_t>(hop[e.to])].size()));
      if (d > depth[e.to]) {
        depth[e.to] = d;
        changed = true;
      }
    }
    if (!changed) break;
  }
  std::vector<int32_t> layer(n, 0);
  L.hop.clear();
  for (int32_t h = 0; h < hops; ++h) {
    std::vector<uint32_t>& v = of_hop[static_cast<size_t>(h)];
    float total = 0;
    for (uint32_t b : v) total += boxes[b].h + p.row_gap;
    const int32_t first = static_cast<int32_t>(L.hop.size());
    L.hop.push_back(h);
    if (p.max_col_h <= 0 || total - p.row_gap <= p.max_col_h) {
      for (uint32_t b : v) layer[b] = first;
      continue;
    }
    std::stable_sort(v.begin(), v.end(), [&](uint32_t a, uint32_t b) { return depth[a] < depth[b]; });
    float y = 0;
    int32_t sub = 0;
    for (uint32_t b : v) {
      if (y > 0 && y + boxes[b].h > p.max_col_h) {
        ++sub;
        L.hop.push_back(h);
        y = 0;
      }
      layer[b] = first + sub;
      y += boxes[b].h + p.row_gap;
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
  const std::vector<int32_t> hop = assign_layers(boxes, out, discovered);
  L.layer = wrap_hops(boxes, edges, hop, discovered, p, L);
  L.layers = static_cast<int32_t>(L.hop.size());
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

  // Heights: each item near the mean of what points to it from the previous layer, below the
  // item above. (Columns get their x once the gaps are known, below.)
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
        L.pos[it.id].y = it.y;
        bottom = std::max(bottom, it.y + it.h);
      }
    }
  }

  // Where each edge crosses each gap: from height y0 on the left to y1 on the right. A crossing
  // that changes height by more than a passing edge's room turns at a vertical of its own, so
  // arrows that fall or rise together run side by side, never along one another.
  struct Cross {
    uint32_t edge = 0;
    float y0 = 0, y1 = 0;
    float x = 0;  // its vertical, once placed
    bool lane_in = false;  // a back edge's rise from its lane into its target
  };
  std::vector<std::vector<Cross>> verticals(static_cast<size_t>(L.layers));
  std::vector<float> lane_y(edges.size(), 0);
  auto port_of = [&](const LayoutEdge& e) { return L.pos[e.from].y + e.port_y; };
  auto entry_of = [&](const LayoutEdge& e) { return L.pos[e.to].y + std::min(boxes[e.to].h * 0.5f, p.dummy_h); };
  int32_t lanes = 0;
  for (uint32_t ei = 0; ei < edges.size(); ++ei) {
    const LayoutEdge& e = edges[ei];
    const int32_t lf = L.layer[e.from], lt = L.layer[e.to];
    if (L.back[ei]) {
      lane_y[ei] = bottom + p.lane_gap * static_cast<float>(1 + lanes++);
      verticals[static_cast<size_t>(lf)].push_back(Cross{ei, port_of(e), lane_y[ei], 0, false});
      if (lt > 0) verticals[static_cast<size_t>(lt) - 1].push_back(Cross{ei, lane_y[ei], entry_of(e), 0, true});
      continue;
    }
    for (int32_t l = lf; l < lt; ++l) {
      const float y0 = l == lf ? port_of(e) : dummy_y[ei][static_cast<size_t>(l)];
      const float y1 = l + 1 == lt ? entry_of(e) : dummy_y[ei][static_cast<size_t>(l) + 1];
      if (std::abs(y1 - y0) >= p.dummy_h) verticals[static_cast<size_t>(l)].push_back(Cross{ei, y0, y1, 0, false});
    }
  }
  // Order in a gap: the falling ones first, the lowest start nearest the left (then none crosses
  // another's horizontal), then the rising ones, the highest start first; the rises from the
  // lanes last, nearest their targets.
  for (std::vector<Cross>& v : verticals) {
    std::stable_sort(v.begin(), v.end(), [](const Cross& a, const Cross& b) {
      const int ka = a.lane_in ? 2 : a.y1 > a.y0 ? 0 : 1, kb = b.lane_in ? 2 : b.y1 > b.y0 ? 0 : 1;
      if (ka != kb) return ka < kb;
      return ka == 0 ? a.y0 > b.y0 : a.y0 < b.y0;
    });
  }

  // Columns. The arrows leaving a column run straight past the widest name in its gap (up to
  // max_gap), then turn at their verticals, a lane_gap apart, and keep room for the arrowhead.
  const float step = std::max(2.0f, p.lane_gap);
  const float tail = std::floor(p.col_gap * 0.4f);
  L.gap.assign(static_cast<size_t>(L.layers), p.col_gap);
  L.run.assign(static_cast<size_t>(L.layers), 0.0f);
  if (p.max_gap > 0) {
    for (const LayoutEdge& e : edges) {
      float& run = L.run[static_cast<size_t>(L.layer[e.from])];
      if (e.label_w > 0) run = std::max(run, std::min(p.max_gap, std::ceil(e.label_w + p.label_pad)));
    }
  }
  // The first vertical: right after the names, or a step clear of the column's widest box.
  auto lead = [&](int32_t l) { return L.run[static_cast<size_t>(l)] > 0 ? 0.0f : step; };
  for (int32_t l = 0; l < L.layers; ++l) {
    const auto nv = static_cast<float>(verticals[static_cast<size_t>(l)].size());
    float& g = L.gap[static_cast<size_t>(l)];
    g = std::max(g, L.run[static_cast<size_t>(l)] + lead(l) + std::max(0.0f, nv - 1) * step + tail);
  }
  L.col_x.assign(static_cast<size_t>(L.layers) + 1, 0);
  for (int32_t l = 0; l < L.layers; ++l) {
    float w = 0;
    for (const Item& it : items[static_cast<size_t>(l)]) w = std::max(w, it.dummy ? 0.0f : boxes[it.id].w);
    L.col_x[static_cast<size_t>(l) + 1] = L.col_x[static_cast<size_t>(l)] + w + L.gap[static_cast<size_t>(l)];
  }
  L.width = L.layers > 0 ? L.col_x.back() - L.gap.back() : 0;
  for (uint32_t b = 0; b < n; ++b) L.pos[b].x = L.col_x[static_cast<size_t>(L.layer[b])];
  // Where the arrows leaving column l start to turn.
  auto turn_x = [&](int32_t l) { return L.col_right(l) + L.run[static_cast<size_t>(l)]; };
  // The verticals: from the turn on, a step apart, spread over the gap when it has room to spare.
  std::vector<std::vector<std::pair<float, float>>> vx(edges.size());  // per edge: (gap, x) of its verticals, in route order
  for (int32_t l = 0; l < L.layers; ++l) {
    std::vector<Cross>& v = verticals[static_cast<size_t>(l)];
    if (v.empty()) continue;
    const float x0 = turn_x(l) + lead(l);
    const float room = L.col_x[static_cast<size_t>(l) + 1] - tail - x0;
    const float st = v.size() > 1 ? std::min(std::max(step, room / static_cast<float>(v.size() - 1)), p.col_gap * 0.5f) : 0;
    for (size_t k = 0; k < v.size(); ++k) {
      v[k].x = std::floor(x0 + st * static_cast<float>(k));
      vx[v[k].edge].push_back({static_cast<float>(l) + (v[k].lane_in ? 0.5f : 0.0f), v[k].x});
    }
  }
  auto vertical_at = [&](uint32_t ei, float key) -> float {
    for (const auto& [k, x] : vx[ei]) {
      if (k == key) return x;
    }
    return -1;
  };

  // Routes: straight pieces along the verticals, a curve where a crossing barely changes height.
  L.routes.assign(edges.size(), {});
  for (uint32_t ei = 0; ei < edges.size(); ++ei) {
    const LayoutEdge& e = edges[ei];
    const int32_t lf = L.layer[e.from], lt = L.layer[e.to];
    const LPoint s{L.pos[e.from].x + boxes[e.from].w, port_of(e)};
    const LPoint t{L.pos[e.to].x, entry_of(e)};
    std::vector<LPoint>& r = L.routes[ei];
    auto push = [&](LPoint q) {
      if (r.empty() || r.back().x != q.x || r.back().y != q.y) r.push_back(q);
    };
    r.push_back(s);
    r.push_back(LPoint{L.col_right(lf), s.y});  // kept even when it is the port: the name's place
    if (L.back[ei]) {
      // Below every box, in a lane of its own; the verticals in the gaps beside the columns.
      const float out_x = vertical_at(ei, static_cast<float>(lf));
      const float in_x = lt > 0 ? vertical_at(ei, static_cast<float>(lt - 1) + 0.5f) : L.col_x[0] - step;
      push(LPoint{out_x, s.y});
      push(LPoint{out_x, lane_y[ei]});
      push(LPoint{in_x, lane_y[ei]});
      push(LPoint{in_x, t.y});
      push(t);
      continue;
    }
    float y = s.y;
    for (int32_t l = lf; l < lt; ++l) {
      const bool last = l + 1 == lt;
      const float y1 = last ? t.y : dummy_y[ei][static_cast<size_t>(l) + 1];
      const float x = vertical_at(ei, static_cast<float>(l));
      if (x >= 0) {
        push(LPoint{x, y});
        push(LPoint{x, y1});
      } else {
        push(LPoint{turn_x(l), y});  // then a curve to the next column
      }
      push(LPoint{L.col_x[static_cast<size_t>(l) + 1], y1});
      if (!last) push(LPoint{turn_x(l + 1), y1});  // through the dummy's place in that column
      y = y1;
    }
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
