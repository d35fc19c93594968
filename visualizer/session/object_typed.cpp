// Types, fields and named pointers for the object graph: a walk from the typed roots, as Go's
// precise collector reads stack maps and pointer bitmaps (see object_graph.h for what gosim's
// own, conservative, collector does instead).
#include "visualizer/session/object_typed.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <set>

#include <fmt/format.h>

#include "sim/interp/frame_view.h"
#include "sim/interp/hmap.h"
#include "sim/ir/ir.h"
#include "sim/rt/gc.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/session/session.h"

namespace gosim::viz {

namespace {

using ir::TypeKind;

constexpr size_t kMaxLines = 10;         // lines of a box; the rest are counted in more_fields
constexpr int64_t kMaxArrayScan = 1 << 16;  // elements of an array looked at for pointers
constexpr int kMaxDepth = 4;             // nested structs and arrays
constexpr int kMaxStaticDepth = 24;      // pointers, fields and elements followed through static data

// What a typed pointer says its object is.
struct Typing {
  enum class Kind : uint8_t { kValue, kArray, kBytes, kHmap, kMapTable, kHchan, kFuncval } kind = Kind::kValue;
  int32_t type = -1;   // kValue: the object's type; kArray: the element's; kHmap, kMapTable, kHchan: the map's or chan's
  uint64_t count = 0;  // kArray: elements (a slice's cap); kBytes: a string's length
};

// Where a line goes: a root's vars or a node's fields, and the edges leave from it.
struct Sink {
  bool root = false;
  uint32_t index = 0;
  uint64_t base = 0;  // a node's address (edge offsets are from it)
  std::vector<GraphField>* lines = nullptr;
  size_t* more = nullptr;
};

std::string short_name(const std::string& t) {
  // "main.node" -> "node", "*main.node" -> "*node", "[]main.node" -> "[]node": Go's own package
  // is the learner's, its prefix is noise in a box.
  std::string out;
  for (size_t i = 0; i < t.size();) {
    if (t.compare(i, 5, "main.") == 0 && (i == 0 || !std::isalnum(static_cast<unsigned char>(t[i - 1])))) {
      i += 5;
      continue;
    }
    out += t[i++];
  }
  return out;
}

class Walker {
 public:
  Walker(const Model& md, const ir::Module& mod, ObjectGraph& g) : md_(md), mod_(mod), g_(g) {}

  void roots();
  void runtime_objects();
  template <class Name>
  void pool_objects(Name& name);
  void objects();
  void untyped_objects();

 private:
  const ir::TypeDesc* type(int32_t id) const {
    return id >= 0 && static_cast<size_t>(id) < mod_.types.size() ? &mod_.types[static_cast<size_t>(id)] : nullptr;
  }
  uint64_t load(uint64_t addr) const { return md_.mem.load(addr, 8); }
  int32_t node_at(uint64_t p) const {
    const heap::ObjectRef o = heap::findObject(md_.heap, p);
    if (o.span == heap::kNoSpan || heap::isFree(md_.heap.spans[static_cast<size_t>(o.span)], o.index)) return -1;
    return g_.node_of(o.base);
  }
  size_t line(Sink& k, std::string name, std::string value) {
    if (k.lines->size() >= kMaxLines) {
      ++*k.more;
      return SIZE_MAX;
    }
    k.lines->push_back(GraphField{std::move(name), std::move(value), -1});
    return k.lines->size() - 1;
  }
  // A pointer word at `at` (in the sink's memory; 0 for a value held outside it) with value p,
  // shown on line `ln`: an arrow when it reaches a node, which it gives the typing.
  void pointer(Sink& k, size_t ln, const std::string& label, uint64_t at, uint64_t p, const Typing& t);
  void value(Sink& k, const std::string& name, int32_t type, uint64_t addr, int depth);
  // Static data (Go's staticinit: &T{...} and slice backing arrays laid out in .data, no
  // malloc): [static_lo_, static_hi_), after the package variables in the data block. Go's
  // collector scans it whole as a root (markrootBlock), so a heap object whose only pointer
  // sits there is reached from the globals: the walk goes through the static object by its
  // type and gives each heap pointer found a line of the globals box named by the Go
  // expression that reaches it ("t.next.next", "table[1].next").
  bool in_static(uint64_t p) const { return p >= static_lo_ && p < static_hi_; }
  void static_value(Sink& k, const std::string& name, int32_t type, uint64_t addr, int depth);
  void static_words(Sink& k);
  void fields_of(uint32_t n);
  void type_node(int32_t n, uint64_t p, const Typing& t);

  const Model& md_;
  const ir::Module& mod_;
  ObjectGraph& g_;
  std::vector<Typing> typing_;
  std::vector<bool> typed_;
  std::deque<uint32_t> queue_;
  uint64_t static_lo_ = 0, static_hi_ = 0;
  bool in_globals_ = false;  // walking the package variables (the only roots static data is walked from)
  std::set<uint64_t> static_seen_;  // static words already walked (a cycle stops there)
};

void Walker::type_node(int32_t n, uint64_t p, const Typing& t) {
  if (n < 0) return;
  const auto i = static_cast<size_t>(n);
  if (typed_.empty()) {
    typed_.assign(g_.nodes.size(), false);
    typing_.assign(g_.nodes.size(), Typing{});
  }
  // Only a pointer to the object's start says what the whole object is (&x.f or s[2:] do not).
  if (typed_[i] || g_.nodes[i].addr != p) return;
  GraphNode& nd = g_.nodes[i];
  const ir::TypeDesc* td = type(t.type);
  switch (t.kind) {
    case Typing::Kind::kValue:
      if (!td) return;
      nd.type = td->name;
      nd.own_size = static_cast<uint64_t>(td->size);
      break;
    case Typing::Kind::kArray:
      if (!td) return;
      nd.type = fmt::format("[{}]{}", t.count, td->name);
      nd.own_size = t.count * static_cast<uint64_t>(td->size);
      break;
    case Typing::Kind::kBytes:
      nd.type = fmt::format("[{}]byte", t.count);
      nd.own_size = t.count;
      break;
    case Typing::Kind::kHmap:
      nd.type = "hmap";  // Go: runtime.hmap (48 bytes, sim/interp/hmap.h)
      nd.own_size = interp::kHmapSize;
      break;
    case Typing::Kind::kMapTable: {
      // Go: makeBucketArray — 2^B buckets (bmap); spare overflow buckets may follow them.
      const interp::MapType mt = interp::map_type(mod_, t.type);
      nd.type = fmt::format("[{}]bmap", t.count);
      nd.own_size = t.count * mt.bucketsize;
      break;
    }
    case Typing::Kind::kHchan:
      nd.type = "hchan";  // Go: runtime.hchan
      nd.own_size = 96;   // Go 1.19 unsafe.Sizeof(hchan{}) on amd64; the buffer follows it
      if (const ir::TypeDesc* ct = type(t.type); ct && ct->elem >= 0) {
        const auto it = md_.chans.find(nd.addr);
        if (it != md_.chans.end()) nd.own_size += it->second.dataqsiz * static_cast<uint64_t>(it->second.elemsize);
      }
      break;
    case Typing::Kind::kFuncval:
      nd.type = "funcval";  // Go: runtime.funcval, the closure's code pointer and captured variables
      nd.own_size = 0;
      break;
  }
  nd.short_type = short_name(nd.type);
  nd.type_id = t.type;
  typed_[i] = true;
  typing_[i] = t;
  queue_.push_back(static_cast<uint32_t>(i));
}

void Walker::pointer(Sink& k, size_t ln, const std::string& label, uint64_t at, uint64_t p, const Typing& t) {
  const int32_t to = node_at(p);
  if (to < 0) return;
  GraphEdge e;
  e.from_root = k.root;
  e.from = k.index;
  e.to = static_cast<uint32_t>(to);
  e.offset = k.root || at == 0 ? -1 : static_cast<int64_t>(at - k.base);
  e.label = label;
  e.field = ln == SIZE_MAX ? -1 : static_cast<int32_t>(ln);
  if (ln != SIZE_MAX) (*k.lines)[ln].edge = static_cast<int32_t>(g_.edges.size());
  g_.edges.push_back(std::move(e));
  type_node(to, p, t);
}

void Walker::value(Sink& k, const std::string& name, int32_t tid, uint64_t addr, int depth) {
  const ir::TypeDesc* t = type(tid);
  if (!t) {
    line(k, name, fmt::format("{:#x}", load(addr)));
    return;
  }
  switch (t->kind) {
    case TypeKind::kPointer: case TypeKind::kMap: case TypeKind::kChan: case TypeKind::kFunc:
    case TypeKind::kUnsafePointer: {
      const uint64_t p = load(addr);
      if (p == 0) {
        line(k, name, "nil");
        return;
      }
      const int32_t to = node_at(p);
      if (to < 0 && t->kind == TypeKind::kPointer && in_globals_ && in_static(p)) {
        // &T{...} laid out by the compiler: its heap pointers are the globals' too.
        line(k, name, fmt::format("&{}", tr(Str::kInStaticData)));
        static_value(k, name, t->elem, p, depth + 1);
        return;
      }
      const size_t ln = line(k, name, to < 0 ? fmt::format("{:#x}", p) : std::string());
      Typing ty;
      if (t->kind == TypeKind::kPointer) ty = Typing{Typing::Kind::kValue, t->elem, 0};
      if (t->kind == TypeKind::kMap) ty = Typing{Typing::Kind::kHmap, tid, 0};
      if (t->kind == TypeKind::kChan) ty = Typing{Typing::Kind::kHchan, tid, 0};
      if (t->kind == TypeKind::kFunc) ty = Typing{Typing::Kind::kFuncval, -1, 0};
      if (t->kind == TypeKind::kUnsafePointer) ty = Typing{Typing::Kind::kValue, -1, 0};
      pointer(k, ln, name, addr, p, ty);
      return;
    }
    case TypeKind::kString: {
      const uint64_t p = load(addr), n = load(addr + 8);
      const size_t ln = line(k, name, interp::format_value(md_.mem, mod_, tid, addr));
      if (n > 0) pointer(k, ln, name, addr, p, Typing{Typing::Kind::kBytes, -1, n});
      return;
    }
    case TypeKind::kSlice: {
      const uint64_t p = load(addr), n = load(addr + 8), c = load(addr + 16);
      const size_t ln = line(k, name, p == 0 ? std::string("nil") : fmt::format("len={} cap={}", n, c));
      if (p != 0 && in_globals_ && node_at(p) < 0 && in_static(p)) {
        // A slice literal's backing array laid out by the compiler (stmp_N): its elements' heap
        // pointers are the globals' too, named table[i]...
        const ir::TypeDesc* et = type(t->elem);
        for (uint64_t i = 0; et && et->has_pointers && i < std::min<uint64_t>(c, kMaxArrayScan); ++i) {
          static_value(k, fmt::format("{}[{}]", name, i), t->elem, p + i * static_cast<uint64_t>(et->size), depth + 1);
        }
        return;
      }
      if (p != 0) pointer(k, ln, name, addr, p, Typing{Typing::Kind::kArray, t->elem, c});
      return;
    }
    case TypeKind::kInterface: {
      const uint64_t tw = load(addr), d = load(addr + 8);
      if (tw == 0) {
        line(k, name, "nil");
        return;
      }
      const int32_t dyn = ir::type_of_word(tw);
      const ir::TypeDesc* dt = type(dyn);
      const std::string dyn_name = dt ? short_name(dt->name) : std::string("?");
      if (dt && ir::is_direct_iface(mod_.types, dyn)) {
        // The data word is the value itself (a pointer-shaped type).
        const size_t ln = line(k, name, fmt::format("({})", dyn_name));
        Typing ty{Typing::Kind::kValue, -1, 0};
        if (dt->kind == TypeKind::kPointer) ty = Typing{Typing::Kind::kValue, dt->elem, 0};
        if (dt->kind == TypeKind::kMap) ty = Typing{Typing::Kind::kHmap, dyn, 0};
        if (dt->kind == TypeKind::kChan) ty = Typing{Typing::Kind::kHchan, dyn, 0};
        if (dt->kind == TypeKind::kFunc) ty = Typing{Typing::Kind::kFuncval, -1, 0};
        pointer(k, ln, name, addr + 8, d, ty);
        return;
      }
      // The data word points to a copy of the value (convT), or into staticuint64s/rodata.
      const int32_t to = node_at(d);
      const size_t ln = line(k, name, to < 0 && dt ? fmt::format("({}) {}", dyn_name, interp::format_value(md_.mem, mod_, dyn, d, 1))
                                                   : fmt::format("({})", dyn_name));
      pointer(k, ln, name, addr + 8, d, Typing{Typing::Kind::kValue, dyn, 0});
      return;
    }
    case TypeKind::kStruct: {
      if (depth >= kMaxDepth) {
        line(k, name, "{…}");
        return;
      }
      for (const ir::FieldDesc& f : t->fields) {
        value(k, name.empty() ? f.name : name + "." + f.name, f.type, addr + static_cast<uint64_t>(f.offset), depth + 1);
      }
      return;
    }
    case TypeKind::kArray: {
      const ir::TypeDesc* et = type(t->elem);
      if (!et || depth >= kMaxDepth) {
        line(k, name, interp::format_value(md_.mem, mod_, tid, addr, 1));
        return;
      }
      const auto es = static_cast<uint64_t>(et->size);
      const int64_t n = t->len;
      if (!et->has_pointers) {
        // A pointer-free array is one line: its first elements (a 4 MiB []byte is not 4M lines).
        line(k, name, interp::format_value(md_.mem, mod_, tid, addr));
        return;
      }
      // Arrays of pointers: the first elements, then only the non-nil ones (a [8192]*node that
      // holds one pointer shows it).
      int64_t skipped = 0;
      for (int64_t i = 0; i < std::min(n, kMaxArrayScan); ++i) {
        const uint64_t ea = addr + static_cast<uint64_t>(i) * es;
        bool zero = true;
        for (uint64_t w = 0; w + 8 <= es && zero; w += 8) zero = load(ea + w) == 0;
        if (i >= 4 && zero) {
          ++skipped;
          continue;
        }
        value(k, fmt::format("{}[{}]", name, i), t->elem, ea, depth + 1);
      }
      if (skipped > 0) line(k, "…", fmt::format("{} nil", skipped));
      return;
    }
    default:
      line(k, name, interp::format_value(md_.mem, mod_, tid, addr));
      return;
  }
}

void Walker::static_value(Sink& k, const std::string& name, int32_t tid, uint64_t addr, int depth) {
  const ir::TypeDesc* t = type(tid);
  if (!t || !t->has_pointers || depth > kMaxStaticDepth) return;
  switch (t->kind) {
    case TypeKind::kPointer: case TypeKind::kMap: case TypeKind::kChan: case TypeKind::kFunc: case TypeKind::kUnsafePointer: {
      // Each word once: static data may hold a cycle (t.next = t at run time).
      if (!static_seen_.insert(addr).second) return;
      const uint64_t p = load(addr);
      if (p == 0) return;
      if (node_at(p) >= 0) {
        Typing ty{Typing::Kind::kValue, t->kind == TypeKind::kPointer ? t->elem : -1, 0};
        if (t->kind == TypeKind::kMap) ty = Typing{Typing::Kind::kHmap, tid, 0};
        if (t->kind == TypeKind::kChan) ty = Typing{Typing::Kind::kHchan, tid, 0};
        if (t->kind == TypeKind::kFunc) ty = Typing{Typing::Kind::kFuncval, -1, 0};
        pointer(k, line(k, name, std::string()), name, 0, p, ty);
      } else if (t->kind == TypeKind::kPointer && in_static(p)) {
        static_value(k, name, t->elem, p, depth + 1);  // Go's selectors go through pointers: t.next.next
      }
      return;
    }
    case TypeKind::kString: {
      if (!static_seen_.insert(addr).second) return;
      const uint64_t p = load(addr), n = load(addr + 8);
      if (n > 0 && node_at(p) >= 0) {
        pointer(k, line(k, name, interp::format_value(md_.mem, mod_, tid, addr)), name, 0, p, Typing{Typing::Kind::kBytes, -1, n});
      }
      return;
    }
    case TypeKind::kSlice: {
      if (!static_seen_.insert(addr).second) return;
      const uint64_t p = load(addr), n = load(addr + 8), c = load(addr + 16);
      const ir::TypeDesc* et = type(t->elem);
      if (p != 0 && node_at(p) >= 0) {
        pointer(k, line(k, name, fmt::format("len={} cap={}", n, c)), name, 0, p, Typing{Typing::Kind::kArray, t->elem, c});
      } else if (p != 0 && et && et->has_pointers && in_static(p)) {
        for (uint64_t i = 0; i < std::min<uint64_t>(c, kMaxArrayScan); ++i) {
          static_value(k, fmt::format("{}[{}]", name, i), t->elem, p + i * static_cast<uint64_t>(et->size), depth + 1);
        }
      }
      return;
    }
    case TypeKind::kInterface: {
      if (!static_seen_.insert(addr + 8).second) return;
      const uint64_t tw = load(addr), d = load(addr + 8);
      if (tw == 0 || d == 0) return;
      const int32_t dyn = ir::type_of_word(tw);
      const ir::TypeDesc* dt = type(dyn);
      if (!dt) return;
      const bool direct = ir::is_direct_iface(mod_.types, dyn);
      if (node_at(d) >= 0) {
        Typing ty{Typing::Kind::kValue, direct ? (dt->kind == TypeKind::kPointer ? dt->elem : -1) : dyn, 0};
        pointer(k, line(k, name, fmt::format("({})", short_name(dt->name))), name, 0, d, ty);
      } else if (in_static(d)) {
        static_value(k, name, direct ? (dt->kind == TypeKind::kPointer ? dt->elem : -1) : dyn, d, depth + 1);
      }
      return;
    }
    case TypeKind::kStruct:
      for (const ir::FieldDesc& f : t->fields) static_value(k, name + "." + f.name, f.type, addr + static_cast<uint64_t>(f.offset), depth + 1);
      return;
    case TypeKind::kArray: {
      const ir::TypeDesc* et = type(t->elem);
      if (!et || !et->has_pointers) return;
      for (int64_t i = 0; i < std::min(t->len, kMaxArrayScan); ++i) {
        static_value(k, fmt::format("{}[{}]", name, i), t->elem, addr + static_cast<uint64_t>(i) * static_cast<uint64_t>(et->size), depth + 1);
      }
      return;
    }
    default: return;
  }
}

// The static words no package variable's walk went through (a static object a variable no
// longer points to is still in .data, and Go's collector still scans it): one line each for
// those that point into the heap, named by their place in the data block.
void Walker::static_words(Sink& k) {
  for (uint64_t a = static_lo_; a + 8 <= static_hi_; a += 8) {
    if (static_seen_.count(a) != 0) continue;
    const uint64_t w = load(a);
    if (node_at(w) < 0) continue;
    const std::string label = trf(Str::kStaticDataWord, a - static_lo_);
    pointer(k, line(k, label, std::string()), label, 0, w, Typing{Typing::Kind::kValue, -1, 0});
  }
}

void Walker::fields_of(uint32_t n) {
  GraphNode& nd = g_.nodes[n];
  const Typing t = typing_[n];
  Sink k{false, n, nd.addr, &nd.fields, &nd.more_fields};
  switch (t.kind) {
    case Typing::Kind::kValue:
      if (t.type >= 0) value(k, "", t.type, nd.addr, 0);
      break;
    case Typing::Kind::kArray: {
      // The backing array as [cap]T, element by element (pointer-free ones as one line).
      const ir::TypeDesc* et = type(t.type);
      if (!et) break;
      ir::TypeDesc arr;
      const auto es = static_cast<uint64_t>(et->size);
      if (!et->has_pointers) {
        std::string vals = "[";
        const uint64_t shown = std::min<uint64_t>(t.count, 6);
        for (uint64_t i = 0; i < shown; ++i) {
          vals += (i ? " " : "") + interp::format_value(md_.mem, mod_, t.type, nd.addr + i * es, 1);
        }
        line(k, "", vals + (t.count > shown ? " …]" : "]"));
        break;
      }
      int64_t skipped = 0;
      for (uint64_t i = 0; i < std::min<uint64_t>(t.count, kMaxArrayScan); ++i) {
        const uint64_t ea = nd.addr + i * es;
        bool zero = true;
        for (uint64_t w = 0; w + 8 <= es && zero; w += 8) zero = load(ea + w) == 0;
        if (i >= 4 && zero) {
          ++skipped;
          continue;
        }
        value(k, fmt::format("[{}]", i), t.type, ea, 1);
      }
      if (skipped > 0) line(k, "…", fmt::format("{} zero", skipped));
      break;
    }
    case Typing::Kind::kBytes: {
      std::string text = md_.mem.read_string(nd.addr, std::min<uint64_t>(t.count, 24));
      for (char& ch : text) ch = (ch >= 32 && ch < 127) ? ch : '.';
      line(k, "", fmt::format("\"{}\"{}", text, t.count > 24 ? "…" : ""));
      break;
    }
    case Typing::Kind::kHmap: {
      line(k, "count", std::to_string(load(nd.addr + interp::kHmapCount)));
      const auto B = static_cast<uint8_t>(load(nd.addr + interp::kHmapB) & 0xff);
      line(k, "B", std::to_string(B));
      const uint64_t buckets = load(nd.addr + interp::kHmapBuckets);
      const size_t ln = line(k, "buckets", buckets == 0 ? std::string("nil") : std::string());
      pointer(k, ln, "buckets", nd.addr + interp::kHmapBuckets, buckets, Typing{Typing::Kind::kMapTable, t.type, uint64_t{1} << B});
      if (const uint64_t old = load(nd.addr + interp::kHmapOldbuckets); old != 0) {
        const size_t lo = line(k, "oldbuckets", std::string());
        pointer(k, lo, "oldbuckets", nd.addr + interp::kHmapOldbuckets, old, Typing{Typing::Kind::kMapTable, t.type, uint64_t{1} << (B > 0 ? B - 1 : 0)});
      }
      break;
    }
    case Typing::Kind::kMapTable: {
      // The entries live in the buckets; the map's header (above) points to them.
      const interp::MapType mt = interp::map_type(mod_, t.type);
      const int32_t hm = [&] {
        for (const GraphEdge& e : g_.edges) {
          if (!e.from_root && e.to == n && e.label == "buckets") return static_cast<int32_t>(e.from);
        }
        return -1;
      }();
      if (hm < 0) break;
      for (const auto& [ka, va] : interp::map_entries(mod_, md_.mem, g_.nodes[static_cast<size_t>(hm)].addr, t.type)) {
        const std::string key = interp::format_value(md_.mem, mod_, mt.key_type, ka, 1);
        value(k, fmt::format("[{}]", key), mt.elem_type, va, 1);
      }
      break;
    }
    case Typing::Kind::kHchan: {
      const auto it = md_.chans.find(nd.addr);
      if (it == md_.chans.end()) break;
      const HChan& c = it->second;
      line(k, "qcount", std::to_string(c.buf.size()));
      line(k, "dataqsiz", std::to_string(c.dataqsiz));
      line(k, "closed", c.closed ? "true" : "false");
      if (!c.recvq.empty()) line(k, "recvq", fmt::format("{} waiting", c.recvq.size()));
      if (!c.sendq.empty()) line(k, "sendq", fmt::format("{} waiting", c.sendq.size()));
      // gosim keeps the buffered elements in the model (runtime2.h HChan::buf), not in memory.
      for (size_t i = 0; i < c.buf.size(); ++i) {
        const std::string& b = c.buf[i];
        uint64_t w = 0;
        for (size_t j = 0; j < std::min<size_t>(b.size(), 8); ++j) w |= static_cast<uint64_t>(static_cast<uint8_t>(b[j])) << (8 * j);
        const int32_t to = b.size() == 8 ? node_at(w) : -1;
        const size_t ln = line(k, fmt::format("buf[{}]", i), to >= 0 ? std::string() : std::to_string(static_cast<int64_t>(w)));
        if (to >= 0) pointer(k, ln, fmt::format("buf[{}]", i), 0, w, Typing{Typing::Kind::kValue, -1, 0});
      }
      break;
    }
    case Typing::Kind::kFuncval: {
      const uint64_t fn = load(nd.addr);
      const std::string fname = fn < mod_.funcs.size() ? mod_.funcs[fn].name : fmt::format("{:#x}", fn);
      line(k, "fn", fname);
      // Captured variables: their addresses (or small values copied in); types are the closure's.
      for (uint64_t off = 8; off + 8 <= nd.size; off += 8) {
        const uint64_t w = load(nd.addr + off);
        if (node_at(w) < 0) continue;
        const size_t ln = line(k, fmt::format("+{}", off), std::string());
        pointer(k, ln, fmt::format("+{}", off), nd.addr + off, w, Typing{Typing::Kind::kValue, -1, 0});
      }
      break;
    }
  }
}

void Walker::roots() {
  typed_.assign(g_.nodes.size(), false);
  typing_.assign(g_.nodes.size(), Typing{});
  // The package-level variables (Go: markrootBlock over data and bss).
  if (!mod_.globals.empty() || md_.allgs_ptr != 0) {
    g_.roots.emplace_back();
    GraphRoot& r = g_.roots.back();
    r.kind = GraphRoot::Kind::kGlobals;
    r.label = tr(Str::kRootGlobals);
    Sink k{true, static_cast<uint32_t>(g_.roots.size() - 1), 0, &r.vars, &r.more_vars};
    // The static temporaries follow the package variables in the data block (lower.cpp).
    uint64_t vars_end = 0;
    for (const ir::VarInfo& v : mod_.globals) {
      const ir::TypeDesc* t = type(v.type);
      vars_end = std::max(vars_end, static_cast<uint64_t>(v.offset) + static_cast<uint64_t>(t ? t->size : 8));
    }
    static_lo_ = mod_.globals_addr + (vars_end + 7) / 8 * 8;
    static_hi_ = std::max(static_lo_, mod_.globals_addr + static_cast<uint64_t>(mod_.globals_size));
    in_globals_ = true;
    for (const ir::VarInfo& v : mod_.globals) value(k, v.name, v.type, mod_.globals_addr + static_cast<uint64_t>(v.offset), 0);
    static_words(k);
    in_globals_ = false;
    // The runtime's own global (Go: proc.go `var allgs []*g`, in bss; sim/rt/gc_roots.cpp scans it
    // with the globals): its array keeps every g object alive, as the collector sees it.
    if (md_.allgs_ptr != 0) {
      const size_t ln = line(k, "runtime.allgs", std::string());
      pointer(k, ln, "runtime.allgs", 0, md_.allgs_ptr, Typing{Typing::Kind::kValue, -1, 0});
    }
    // sync's allPools/oldPools slices and fmt's ppFree (package variables: sim/rt/gc_roots.cpp
    // scans them with the globals), which hold the pooled printers.
    auto global_ptr = [&](const char* label, uint64_t w) {
      if (w == 0) return;
      const size_t ln = line(k, label, std::string());
      pointer(k, ln, label, 0, w, Typing{Typing::Kind::kValue, -1, 0});
    };
    global_ptr("sync.allPools", md_.all_pools_array);
    global_ptr("sync.oldPools", md_.old_pools_array);
    if (md_.fmt_ppfree != 0) {
      global_ptr("fmt.ppFree.local", md_.mem.load(md_.fmt_ppfree, 8));
      global_ptr("fmt.ppFree.victim", md_.mem.load(md_.fmt_ppfree + 16, 8));
    }
    r.row = static_cast<int32_t>(g_.roots.size() - 1);
  }
  // Each live user goroutine by goid, its frames outermost first (as gcStart queues the stacks;
  // the runtime's own goroutines have no Go frames in gosim).
  std::vector<std::pair<int64_t, GIdx>> gs;
  for (size_t i = 0; i < md_.allg.size(); ++i) {
    const G& gg = md_.allg[i];
    if (gg.status != GStatus::kDead && !gg.system) gs.emplace_back(gg.goid, static_cast<GIdx>(i));
  }
  std::sort(gs.begin(), gs.end());
  for (const auto& [goid, gi] : gs) {
    for (const interp::FrameView& f : interp::frame_views(md_, mod_, gi)) {
      if (f.slots.empty() || f.fn < 0) continue;
      const ir::Function& fn = mod_.funcs[static_cast<size_t>(f.fn)];
      g_.roots.emplace_back();
      GraphRoot& r = g_.roots.back();
      r.kind = GraphRoot::Kind::kStack;
      r.goid = goid;
      r.func = f.func;
      r.fp = f.fp;
      r.label = fmt::format("G{} {}", goid, short_name(f.func));
      Sink k{true, static_cast<uint32_t>(g_.roots.size() - 1), 0, &r.vars, &r.more_vars};
      for (const interp::FrameSlot& sl : f.slots) {
        int32_t tid = -1;
        for (const ir::VarInfo& v : fn.vars) {
          if (v.offset == sl.offset && v.name == sl.name) tid = v.type;
        }
        const uint64_t at = f.fp + static_cast<uint64_t>(static_cast<int64_t>(sl.offset));
        if (sl.on_heap) {
          // "moved to heap": the slot holds the variable's address (Go: the &x the compiler keeps).
          const uint64_t p = load(at);
          const size_t ln = line(k, sl.name, p == 0 ? std::string("nil") : std::string());
          pointer(k, ln, sl.name, at, p, Typing{Typing::Kind::kValue, tid, 0});
          continue;
        }
        value(k, sl.name, tid, at, 0);
      }
      r.row = static_cast<int32_t>(g_.roots.size() - 1);
    }
  }
  // A mark worker's stack holds its gcBgMarkWorkerNode (Go: mgc.go gcBgMarkWorker's `node`),
  // its only root; gosim's runtime goroutines have no Go frames, so the root is drawn alone.
  for (const G& gg : md_.allg) {
    if (gg.status == GStatus::kDead || gg.worker_node == 0 || node_at(gg.worker_node) < 0) continue;
    g_.roots.emplace_back();
    GraphRoot& r = g_.roots.back();
    r.kind = GraphRoot::Kind::kStack;
    r.goid = gg.goid;
    r.func = "runtime.gcBgMarkWorker";
    r.runtime = true;
    r.label = fmt::format("G{} gcBgMarkWorker", gg.goid);
    Sink k{true, static_cast<uint32_t>(g_.roots.size() - 1), 0, &r.vars, &r.more_vars};
    const size_t ln = line(k, "node", std::string());
    pointer(k, ln, "node", 0, gg.worker_node, Typing{Typing::Kind::kValue, -1, 0});
    r.row = static_cast<int32_t>(g_.roots.size() - 1);
  }
}

// The runtime's own objects gosim allocates (Go: proc.go malg's new(g), allgadd's allgs, mgc.go
// gcBgMarkStartWorkers' gcBgMarkWorkerNode) have no Go type in the program: name them by what
// holds them, so a learner reads "runtime.g" where the walk found only words.
void Walker::runtime_objects() {
  auto name = [&](uint32_t n, std::string t, uint64_t size) {
    GraphNode& nd = g_.nodes[n];
    if (!nd.type.empty()) return;
    nd.runtime = true;
    nd.type = std::move(t);
    nd.short_type = nd.type;
    nd.own_size = size;
  };
  int32_t allgs = -1;
  for (const GraphEdge& e : g_.edges) {
    if (!e.from_root) continue;
    if (e.label == "runtime.allgs") {
      allgs = static_cast<int32_t>(e.to);
      name(e.to, fmt::format("[{}]*runtime.g", md_.allgs_cap), md_.allgs_cap * 8);
    } else if (e.label == "node" && g_.roots[e.from].func == "runtime.gcBgMarkWorker") {
      name(e.to, "runtime.gcBgMarkWorkerNode", 32);  // Go 1.19: lfnode (16) + gp + m
    }
  }
  pool_objects(name);
  if (allgs < 0) return;
  std::vector<bool> is_g(g_.nodes.size(), false);
  for (const GraphEdge& e : g_.edges) {
    if (e.from_root || e.from != static_cast<uint32_t>(allgs)) continue;
    is_g[e.to] = true;
    name(e.to, "runtime.g", 392);  // Go 1.19 unsafe.Sizeof(g{}) on amd64
  }
  // allgs's older arrays, which allgadd's append left behind: words that point at g objects only.
  std::vector<int> to_g(g_.nodes.size(), 0), to_other(g_.nodes.size(), 0);
  for (const GraphEdge& e : g_.edges) {
    if (e.from_root) continue;
    (is_g[e.to] ? to_g : to_other)[e.from]++;
  }
  for (size_t n = 0; n < g_.nodes.size(); ++n) {
    if (to_g[n] > 0 && to_other[n] == 0 && !is_g[n]) {
      name(static_cast<uint32_t>(n), fmt::format("[{}]*runtime.g", g_.nodes[n].size / 8), g_.nodes[n].size);
    }
  }
}

// fmt's printer pool (sim/interp/fmt_pool.cpp): the per-P arrays ppFree holds, the printers in
// their private slots and shared chains, and each printer's buffer (Go: fmt/print.go pp, sync/pool.go).
template <class Name>
void Walker::pool_objects(Name& name) {
  std::vector<int8_t> kind(g_.nodes.size(), 0);  // 1 poolLocal array, 2 chain element, 3 ring, 4 pp
  for (const GraphEdge& e : g_.edges) {
    if (!e.from_root) continue;
    const GraphNode& nd = g_.nodes[e.to];
    if (e.label == "fmt.ppFree.local" || e.label == "fmt.ppFree.victim") {
      kind[e.to] = 1;
      name(e.to, fmt::format("[{}]sync.poolLocal", nd.size / 128), nd.size);
    } else if (e.label == "sync.allPools" || e.label == "sync.oldPools") {
      name(e.to, fmt::format("[{}]*sync.Pool", nd.size / 8), nd.size);
    }
  }
  // Follow the words in layout order: poolLocal{private any @0, shared.head @16, shared.tail @24},
  // poolChainElt{vals @8, next @32, prev @40}, a ring of efaces (data words at +8 mod 16).
  for (bool grew = true; grew;) {
    grew = false;
    for (const GraphEdge& e : g_.edges) {
      if (e.from_root || kind[e.from] == 0 || kind[e.to] != 0 || e.offset < 0) continue;
      const uint64_t off = static_cast<uint64_t>(e.offset);
      int8_t k = 0;
      if (kind[e.from] == 1) k = off % 128 == 8 ? 4 : (off % 128 == 16 || off % 128 == 24) ? 2 : 0;
      else if (kind[e.from] == 2) k = off == 8 ? 3 : (off == 32 || off == 40) ? 2 : 0;
      else if (kind[e.from] == 3) k = off % 16 == 8 ? 4 : 0;
      else if (kind[e.from] == 4 && off == 0) k = 5;  // pp.buf
      if (k == 0) continue;
      kind[e.to] = k;
      grew = true;
      const GraphNode& nd = g_.nodes[e.to];
      if (k == 2) name(e.to, "sync.poolChainElt", 48);
      else if (k == 3) name(e.to, fmt::format("[{}]sync.eface", nd.size / 16), nd.size);
      else if (k == 4) name(e.to, "fmt.pp", 200);  // Go 1.19 unsafe.Sizeof(pp{}) on amd64
      else name(e.to, fmt::format("[{}]byte", nd.size), nd.size);  // the printer's buffer
    }
  }
}

void Walker::objects() {
  while (!queue_.empty()) {
    const uint32_t n = queue_.front();
    queue_.pop_front();
    fields_of(n);
  }
}

// Objects no typed pointer reaches: their pointer-looking words, as gosim's collector finds them.
void Walker::untyped_objects() {
  const heap::PointerFinder find = gc_pointer_finder(md_);
  std::vector<uint64_t> words, all;
  for (size_t ni = 0; ni < g_.nodes.size(); ++ni) {
    if (typed_[ni]) continue;
    ++g_.untyped;
    GraphNode& nd = g_.nodes[ni];
    Sink k{false, static_cast<uint32_t>(ni), nd.addr, &nd.fields, &nd.more_fields};
    if (nd.noscan) continue;  // Go never scans noscan spans
    size_t in_memory = 0;
    for (uint64_t off = 0; off + 8 <= nd.size; off += 8) {
      words.clear();
      gc_words(md_, nd.addr + off, nd.addr + off + 8, words);
      in_memory += words.size();
      for (uint64_t w : words) {
        if (node_at(w) < 0) continue;
        const std::string label = fmt::format("+{}", off);
        const size_t ln = line(k, label, std::string());
        pointer(k, ln, label, nd.addr + off, w, Typing{Typing::Kind::kValue, -1, 0});
      }
    }
    all.clear();
    find(nd.addr, nd.size, all);
    for (size_t j = in_memory; j < all.size(); ++j) {
      if (node_at(all[j]) < 0) continue;
      const size_t ln = line(k, "buf", std::string());
      pointer(k, ln, "buf", 0, all[j], Typing{Typing::Kind::kValue, -1, 0});
    }
  }
  // An untyped object's pointers type nothing (type_node ignores kValue -1), so nothing new is queued.
  queue_.clear();
}

}  // namespace

void build_typed_graph(const Session& s, ObjectGraph& g) {
  static const ir::Module kNoModule;
  const ir::Module* mod = s.module();
  Walker w(s.model(), mod ? *mod : kNoModule, g);
  w.roots();
  w.objects();
  w.untyped_objects();
  w.runtime_objects();
}

}  // namespace gosim::viz
