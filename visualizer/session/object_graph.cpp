#include "visualizer/session/object_graph.h"

#include <algorithm>
#include <deque>
#include <map>

#include <fmt/format.h>

#include "sim/heap/mgc.h"
#include "sim/rt/gc.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/session/session.h"
#include "visualizer/session/object_typed.h"

namespace gosim::viz {

namespace {

// Every allocated slot of the in-use heap spans, lowest address first; stops counting (and
// returns false) past `max`.
// The runtime's start-up objects (`startup`, by base: live ones mapped to true) go to g.startup
// and are not counted.
bool collect_nodes(const heap::Heap& h, size_t max, const std::map<uint64_t, bool>& startup, ObjectGraph& g) {
  for (heap::SpanIdx si : heap::spans_in_address_order(h)) {
    const heap::Span& sp = h.spans[static_cast<size_t>(si)];
    if (sp.state != heap::SpanState::kInUse) continue;
    for (uint32_t i = 0; i < sp.nelems; ++i) {
      if (heap::isFree(sp, i)) continue;
      const uint64_t base = sp.base() + static_cast<uint64_t>(i) * sp.elemsize;
      if (const auto it = startup.find(base); it != startup.end()) {
        GraphNode n;
        n.addr = base;
        n.size = sp.elemsize;
        n.span = si;
        n.slot = i;
        n.noscan = heap::spanclass_noscan(sp.spanclass);
        n.colour = heap::slot_colour(h, si, i);
        n.runtime = true;
        n.reachable = it->second;
        g.startup.push_back(std::move(n));
        continue;
      }
      ++g.objects;
      if (g.objects > max) continue;
      GraphNode n;
      n.addr = sp.base() + static_cast<uint64_t>(i) * sp.elemsize;
      n.size = sp.elemsize;
      n.span = si;
      n.slot = i;
      n.sizeclass = heap::spanclass_sizeclass(sp.spanclass);
      n.noscan = heap::spanclass_noscan(sp.spanclass);
      n.colour = heap::slot_colour(h, si, i);
      g.nodes.push_back(std::move(n));
    }
  }
  return g.objects <= max;
}

// Columns by breadth-first distance from the roots; rows by address within a column.
void layout(ObjectGraph& g) {
  std::vector<std::vector<uint32_t>> out(g.nodes.size());
  std::deque<uint32_t> q;
  for (const GraphEdge& e : g.edges) {
    if (e.from_root) {
      GraphNode& n = g.nodes[e.to];
      if (!n.reachable) {
        n.reachable = true;
        n.column = 1;
        q.push_back(e.to);
      }
    } else {
      out[e.from].push_back(e.to);
    }
  }
  // Roots' edges were added root by root; BFS order does not matter for distances.
  while (!q.empty()) {
    const uint32_t n = q.front();
    q.pop_front();
    for (uint32_t t : out[n]) {
      GraphNode& m = g.nodes[t];
      if (m.reachable) continue;
      m.reachable = true;
      m.column = g.nodes[n].column + 1;
      q.push_back(t);
    }
  }
  int32_t last = 0;
  for (const GraphNode& n : g.nodes) last = std::max(last, n.column);
  for (GraphNode& n : g.nodes) {
    if (!n.reachable) {
      n.column = last + 1;
      g.has_unreachable = true;
    }
  }
  g.columns = last + (g.has_unreachable ? 1 : 0);
  std::vector<int32_t> rows(static_cast<size_t>(g.columns) + 2, 0);
  for (GraphNode& n : g.nodes) n.row = rows[static_cast<size_t>(n.column)]++;  // nodes are by address
}

void apply_flash(ObjectGraph& g) {
  GraphFlash& f = g.flash;
  for (uint64_t a : f.objects) {
    const int32_t n = g.node_of(a);
    if (n >= 0) g.nodes[static_cast<size_t>(n)].flash = true;
  }
  if (f.kind == GraphFlash::Kind::kBarrier && f.new_value != 0) {
    // The barrier event does not name the slot; the new pointer now sits in a heap object,
    // so the arrows from heap objects to the new target are the stored pointer (or one of them).
    const int32_t to = g.node_of(f.new_value);
    for (GraphEdge& e : g.edges) e.flash = e.flash || (!e.from_root && to >= 0 && e.to == static_cast<uint32_t>(to));
  }
  if (f.kind == GraphFlash::Kind::kScan && !f.objects.empty()) {
    const int32_t from = g.node_of(f.objects[0]);
    for (GraphEdge& e : g.edges) {
      if (e.from_root || from < 0 || e.from != static_cast<uint32_t>(from)) continue;
      e.flash = std::find(f.objects.begin() + 1, f.objects.end(), g.nodes[e.to].addr) != f.objects.end();
    }
  }
  if (f.kind == GraphFlash::Kind::kShade && f.objects.size() == 2) {
    // Shaded by a scan (or a barrier that names the slot): the arrow from the source object.
    const int32_t from = g.node_of(f.objects[1]), to = g.node_of(f.objects[0]);
    for (GraphEdge& e : g.edges) {
      e.flash = e.flash || (!e.from_root && from >= 0 && to >= 0 && e.from == static_cast<uint32_t>(from) &&
                            e.to == static_cast<uint32_t>(to));
    }
  }
  if (f.kind == GraphFlash::Kind::kMarkRoot) {
    for (GraphRoot& r : g.roots) {
      const bool hit = f.root_goid > 0 ? (r.kind == GraphRoot::Kind::kStack && r.goid == f.root_goid)
                                       : (r.kind == GraphRoot::Kind::kGlobals && f.root_goid == 0);
      r.flash = hit;
      if (!hit) continue;
      const auto ri = static_cast<uint32_t>(&r - g.roots.data());
      for (GraphEdge& e : g.edges) {
        if (!e.from_root || e.from != ri) continue;
        e.flash = std::find(f.objects.begin(), f.objects.end(), g.nodes[e.to].addr) != f.objects.end();
      }
    }
  }
}

const char* shade_why(int64_t why) {
  switch (why) {
    case 0: return tr(Str::kShadeByRoot);
    case 1: return tr(Str::kShadeByScan);
    case 2: return tr(Str::kShadeByOldPtr);
    case 3: return tr(Str::kShadeByNewPtr);
  }
  return "?";
}

// The shades that event i announced: the kGcShade events right after it with from == `from`
// and why == `why` (scanobject and markroot say how many they will grey, then the shades follow).
std::vector<uint64_t> shades_after(const std::vector<Event>& ev, uint64_t i, int64_t from, int64_t why, int64_t count) {
  std::vector<uint64_t> out;
  for (uint64_t k = i + 1; k < ev.size() && static_cast<int64_t>(out.size()) < count; ++k) {
    const Event& e = ev[k];
    if (e.kind != EventKind::kGcShade || (e.c & 3) != why || (why == 1 && e.b != from)) break;
    out.push_back(static_cast<uint64_t>(e.a));
  }
  return out;
}

}  // namespace

int32_t ObjectGraph::node_of(uint64_t addr) const {
  // Nodes are by address and do not overlap.
  auto it = std::upper_bound(nodes.begin(), nodes.end(), addr, [](uint64_t a, const GraphNode& n) { return a < n.addr; });
  if (it == nodes.begin()) return -1;
  --it;
  return addr < it->addr + it->size ? static_cast<int32_t>(it - nodes.begin()) : -1;
}

GraphFlash flash_at_cursor(const Session& s) {
  GraphFlash f;
  if (!s.loaded()) return f;
  const std::vector<Event>& ev = s.events();
  const uint64_t cur = s.cursor();
  for (uint64_t back = 0; back < kFlashLookback && back < cur; ++back) {
    const uint64_t i = cur - 1 - back;
    const Event& e = ev[i];
    const auto a = static_cast<uint64_t>(e.a), b = static_cast<uint64_t>(e.b);
    switch (e.kind) {
      case EventKind::kGcWriteBarrier: {
        // Go: mbarrier.go — shade(*slot) [bit 0], shade(ptr) while the stack is grey [bit 1].
        f.kind = GraphFlash::Kind::kBarrier;
        f.old_value = a;
        f.new_value = b;
        std::string shaded;
        if (e.c & 1) {
          f.objects.push_back(a);
          shaded = trf(Str::kShadeOldPtr, fmt::format("{:#x}", a));
        }
        if (e.c & 2) {
          f.objects.push_back(b);
          shaded += (shaded.empty() ? std::string() : std::string(tr(Str::kShadeAnd))) + trf(Str::kShadeNewPtr, fmt::format("{:#x}", b));
        }
        // The barrier runs before the store: the shades it announces follow, then the store.
        // Nothing to shade: the old value is nil or already marked, and the new one is shaded only
        // while the writer's stack is still grey (the hybrid rule), or is marked already.
        f.text = shaded.empty()
                     ? trf(Str::kFlashBarrierNone, fmt::format("{:#x}", a), fmt::format("{:#x}", b))
                     : trf(Str::kFlashBarrierShades, shaded);
        break;
      }
      case EventKind::kGcShade: {
        const int64_t why = e.c & 3;
        const char* turns = (e.c & heap::kShadeNoscan) ? tr(Str::kTurnsBlackNoscan) : tr(Str::kTurnsGrey);
        f.kind = why >= 2 ? GraphFlash::Kind::kBarrier : GraphFlash::Kind::kShade;
        f.objects.push_back(a);
        if (b != 0) f.objects.push_back(b);  // the scanned object, or the barrier's slot
        const std::string hex = fmt::format("{:#x}", a);
        f.text = why >= 2 ? trf(Str::kFlashBarrierShaded, hex, tr(why == 2 ? Str::kOverwrittenPtr : Str::kNewPtr), turns)
                          : trf(Str::kFlashShade, hex, turns, shade_why(why));
        break;
      }
      case EventKind::kGcScanObject: {
        f.kind = GraphFlash::Kind::kScan;
        f.objects.push_back(a);
        const std::vector<uint64_t> greyed = shades_after(ev, i, e.a, 1, e.c);
        f.objects.insert(f.objects.end(), greyed.begin(), greyed.end());
        const std::string hex = fmt::format("{:#x}", a);
        f.text = greyed.empty() ? trf(Str::kFlashScanNothing, hex) : trf(Str::kFlashScanGreys, hex, greyed.size());
        break;
      }
      case EventKind::kGcMarkRoot: {
        f.kind = GraphFlash::Kind::kMarkRoot;
        const auto kind = static_cast<heap::RootKind>(e.a);
        f.root_goid = kind == heap::RootKind::kStack ? e.b : kind == heap::RootKind::kGlobals ? 0 : -1;
        f.objects = shades_after(ev, i, 0, 0, e.c);
        f.text = trf(Str::kFlashMarkRoot, f.root_goid > 0 ? trf(Str::kRootStackOf, e.b) : std::string(tr(Str::kRootTheGlobals)),
                     f.objects.size());
        break;
      }
      default: continue;
    }
    f.event = i;
    return f;
  }
  return f;
}

ObjectGraph build_object_graph(const Session& s, size_t max_objects) {
  ObjectGraph g;
  g.max_objects = max_objects;
  if (!s.loaded()) return g;
  const Model& md = s.model();
  g.phase = md.heap.gc.phase;
  // Go's start-up objects (Model::startup_objects), by the base of the slot holding them (a
  // tiny one shares a 16-byte block); a slot the collector has freed is no longer one.
  std::map<uint64_t, bool> startup;
  for (const Model::StartupObject& o : md.startup_objects) {
    const heap::ObjectRef r = heap::findObject(md.heap, o.addr);
    if (r.span == heap::kNoSpan || heap::isFree(md.heap.spans[static_cast<size_t>(r.span)], r.index)) continue;
    startup.emplace(r.base, false);
  }
  for (uint64_t a : md.startup_roots) {
    const heap::ObjectRef r = heap::findObject(md.heap, a);
    if (const auto it = startup.find(r.base); it != startup.end()) it->second = true;
  }
  if (!collect_nodes(md.heap, max_objects, startup, g)) {
    g.too_large = true;
    g.nodes.clear();
    return g;
  }
  build_typed_graph(s, g);
  g.runtime_objects = g.startup.size() +
                      static_cast<size_t>(std::count_if(g.nodes.begin(), g.nodes.end(), [](const GraphNode& n) { return n.runtime; }));
  layout(g);
  g.flash = flash_at_cursor(s);
  apply_flash(g);
  g.built = true;
  return g;
}

uint64_t layout_hash(const ObjectGraph& g) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&h](const void* p, size_t n) {
    const auto* b = static_cast<const unsigned char*>(p);
    for (size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 1099511628211ull;
  };
  auto num = [&](uint64_t v) { mix(&v, sizeof v); };
  auto str = [&](const std::string& t) {
    num(t.size());
    mix(t.data(), t.size());
  };
  auto fields = [&](const std::vector<GraphField>& f, size_t more) {
    num(f.size());
    num(more);
    for (const GraphField& x : f) {
      str(x.name);
      str(x.value);
      num(static_cast<uint64_t>(x.edge >= 0));
    }
  };
  num(g.roots.size());
  for (const GraphRoot& r : g.roots) {
    num(static_cast<uint64_t>(r.kind));
    str(r.label);
    fields(r.vars, r.more_vars);
  }
  num(g.nodes.size());
  for (const GraphNode& n : g.nodes) {
    num(n.addr);
    num(n.own_size ? n.own_size : n.size);
    str(n.short_type);
    num(static_cast<uint64_t>(n.reachable));
    fields(n.fields, n.more_fields);
    if (n.chip >= 0) {
      // A chip's box holds its count and bytes, and a line for each colour present.
      const RuntimeChip& c = g.chips[static_cast<size_t>(n.chip)];
      num(c.count);
      num(c.bytes);
      num(static_cast<uint64_t>(c.white > 0) | static_cast<uint64_t>(c.grey > 0) << 1 | static_cast<uint64_t>(c.black > 0) << 2);
    }
  }
  num(g.edges.size());
  for (const GraphEdge& e : g.edges) {
    num(static_cast<uint64_t>(e.from_root));
    num(e.from);
    num(e.to);
    num(static_cast<uint64_t>(static_cast<int64_t>(e.field)));
  }
  return h;
}

}  // namespace gosim::viz
