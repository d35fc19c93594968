#include "visualizer/session/runtime_chip.h"

#include <algorithm>
#include <limits>

#include "sim/heap/mgc.h"
#include "visualizer/i18n/ui_strings.h"

namespace gosim::viz {

ObjectGraph fold_runtime_objects(const ObjectGraph& g) {
  const bool any = std::any_of(g.nodes.begin(), g.nodes.end(), [](const GraphNode& n) { return n.runtime; });
  if (!any && g.startup.empty()) return g;
  ObjectGraph f;
  f.built = g.built;
  f.too_large = g.too_large;
  f.objects = g.objects;
  f.max_objects = g.max_objects;
  f.phase = g.phase;
  f.columns = g.columns;
  f.has_unreachable = g.has_unreachable;
  f.untyped = g.untyped;
  f.runtime_objects = g.runtime_objects;
  f.flash = g.flash;

  // The chips: reached first, then what no root reaches.
  int32_t chip_of[2] = {-1, -1};  // [reachable]
  for (int reach = 1; reach >= 0; --reach) {
    const auto in_chip = [&](const GraphNode& n) { return n.runtime && n.reachable == (reach == 1); };
    if (std::any_of(g.nodes.begin(), g.nodes.end(), in_chip) || std::any_of(g.startup.begin(), g.startup.end(), in_chip)) {
      chip_of[reach] = static_cast<int32_t>(f.chips.size());
      f.chips.push_back(RuntimeChip{});
      f.chips.back().reachable = reach == 1;
    }
  }
  // Nodes: the program's, by address; then the chips, whose addresses sort after every object's
  // so node_of's search by address still holds (a chip has no bytes of its own: size 0).
  std::vector<int32_t> node_map(g.nodes.size(), -1);
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    if (g.nodes[i].runtime) continue;
    node_map[i] = static_cast<int32_t>(f.nodes.size());
    f.nodes.push_back(g.nodes[i]);
  }
  const size_t first_chip = f.nodes.size();
  for (size_t c = 0; c < f.chips.size(); ++c) {
    GraphNode n;
    n.addr = std::numeric_limits<uint64_t>::max() - (f.chips.size() - 1 - c);
    n.chip = static_cast<int32_t>(c);
    n.reachable = f.chips[c].reachable;
    f.nodes.push_back(std::move(n));
  }
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    const GraphNode& n = g.nodes[i];
    if (!n.runtime) continue;
    const auto c = static_cast<size_t>(chip_of[n.reachable ? 1 : 0]);
    RuntimeChip& ch = f.chips[c];
    ++ch.count;
    ch.bytes += n.own_size ? n.own_size : n.size;
    ch.white += n.colour == heap::SlotColour::kWhite;
    ch.grey += n.colour == heap::SlotColour::kGrey;
    ch.black += n.colour == heap::SlotColour::kBlack;
    GraphNode& box = f.nodes[first_chip + c];
    box.flash = box.flash || n.flash;
    box.column = std::max(box.column, n.column);
    node_map[i] = static_cast<int32_t>(first_chip + c);
  }
  // The start-up objects (never drawn): counted in the chip of their reachability; the reached
  // chip hangs off the globals, as Go's globals hold them.
  for (const GraphNode& n : g.startup) {
    const auto c = static_cast<size_t>(chip_of[n.reachable ? 1 : 0]);
    RuntimeChip& ch = f.chips[c];
    ++ch.count;
    ch.bytes += n.size;
    ch.white += n.colour == heap::SlotColour::kWhite;
    ch.grey += n.colour == heap::SlotColour::kGrey;
    ch.black += n.colour == heap::SlotColour::kBlack;
    GraphNode& box = f.nodes[first_chip + c];
    if (n.reachable) {
      box.column = std::max(box.column, 1);
    } else if (box.column == 0) {
      // Garbage only start-up made (gcenable's channel, ...): the "no root reaches" column.
      if (!f.has_unreachable) {
        f.has_unreachable = true;
        ++f.columns;
      }
      box.column = f.columns;
    }
  }
  f.startup = g.startup;
  // Roots: a mark worker's root goes when everything it points to is folded.
  std::vector<int32_t> root_map(g.roots.size(), -1);
  for (size_t r = 0; r < g.roots.size(); ++r) {
    const bool only_runtime = std::all_of(g.edges.begin(), g.edges.end(), [&](const GraphEdge& e) {
      return !e.from_root || e.from != r || g.nodes[e.to].runtime;
    });
    if (g.roots[r].runtime && only_runtime) continue;
    root_map[r] = static_cast<int32_t>(f.roots.size());
    f.roots.push_back(g.roots[r]);
  }
  // Edges: to and from the chips; none between two folded objects.
  std::vector<int32_t> edge_map(g.edges.size(), -1);
  for (size_t ei = 0; ei < g.edges.size(); ++ei) {
    const GraphEdge& e = g.edges[ei];
    const int32_t from = e.from_root ? root_map[e.from] : node_map[e.from];
    if (from < 0) continue;
    if (!e.from_root && g.nodes[e.from].runtime && g.nodes[e.to].runtime) continue;
    GraphEdge ne = e;
    ne.from = static_cast<uint32_t>(from);
    ne.to = static_cast<uint32_t>(node_map[e.to]);
    if (!e.from_root && g.nodes[e.from].runtime) {
      ne.field = -1;  // the chip lists no lines: the arrow leaves from its title
      ne.offset = -1;
    }
    edge_map[ei] = static_cast<int32_t>(f.edges.size());
    f.edges.push_back(std::move(ne));
  }
  auto remap = [&](std::vector<GraphField>& lines) {
    for (GraphField& x : lines) {
      if (x.edge >= 0) x.edge = edge_map[static_cast<size_t>(x.edge)];
    }
  };
  for (GraphRoot& r : f.roots) remap(r.vars);
  for (GraphNode& n : f.nodes) remap(n.fields);
  return f;
}

GraphCounts graph_counts(const ObjectGraph& full) {
  GraphCounts c;
  for (const GraphNode& n : full.nodes) {
    if (n.chip >= 0) continue;  // a folded graph's chip is no object
    (n.runtime ? c.runtime : c.program) += 1;
  }
  c.runtime += full.startup.size();
  c.pointers = full.edges.size();
  for (const GraphEdge& e : full.edges) c.from_roots += e.from_root ? 1 : 0;
  return c;
}

std::string graph_summary(const ObjectGraph& full) {
  const GraphCounts c = graph_counts(full);
  const std::string pointers = count_of(Str::kNPointers, c.pointers);
  const char* phase = heap::gc_phase_name(full.phase);
  if (c.runtime == 0) return trf(Str::kGraphSummary, count_of(Str::kNObjects, c.program), pointers, c.from_roots, phase);
  return trf(Str::kGraphSummaryRuntime, count_of(Str::kNObjects, c.program), c.runtime, pointers, c.from_roots, phase);
}

}  // namespace gosim::viz
