// The heap as an object graph at the cursor, for the Heap panel's Graph view (small heaps only).
//
// Go's collector sees the heap as a graph: roots (goroutine stacks, globals) point to objects,
// objects point to objects, and marking is a walk over it that colours nodes white -> grey ->
// black (mgcmark.go). The span view shows the colours; this view shows the arrows, which is
// what a learner needs to see why the write barrier exists: a pointer moved behind the
// collector's back would leave a reachable object white.
//
// Nodes are every allocated slot of an in-use heap span (live or not yet swept: the collector
// cannot tell until it has marked), with its colour read by heap::slot_colour.
//
// Types and fields (object_typed.cpp): Go's collector scans precisely, reading the frame's stack
// map and each object's pointer bitmap, both made from the types. The graph does the same from
// the program's types: the roots are each frame's variables (the IR's VarInfo, what a stack map
// lists for a frame at a call) and the package-level variables; a pointer of type *T gives its
// object the type T, a slice's pointer its backing array, a string's its bytes, a map's its hmap,
// and so on; each typed object's fields are listed with their values (Python Tutor style) and its
// pointer fields become arrows named after the field ("next", "slots[0]"). gosim's own collector
// scans conservatively (sim/rt/gc_roots.cpp: every word of a stack, temporaries included), so an
// object only a temporary or a runtime record reaches shows in the graph as "no variable
// reaches it" while gosim's GC still marks it; the panel's note says so. An object no typed
// pointer reaches has no type; its pointer-looking words are listed by offset ("+8"), the way
// the collector finds them.
//
// Layout: session/graph_layout.h (layers by distance from the roots, barycentre order, routed
// edges), done by the panel with its text sizes and cached. `column` is the layer. With more
// than `max_objects` objects the graph is not built (too_large) and the panel shows the span
// view instead.
//
// The flash: when the last events before the cursor are a write barrier, a shade, a scan or a
// markroot, the objects (and edges) they name are listed so the panel can highlight them. One
// agenda item may emit several events, so the model at the cursor can already be a little
// ahead of the flashed event (session.h, cursor semantics): the colours are the model's.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/heap/heap.h"

namespace gosim::viz {

class Session;

constexpr size_t kGraphMaxObjects = 64;
// How many events back from the cursor a GC event still flashes.
constexpr uint64_t kFlashLookback = 3;

// One line of a box: a field of an object or a variable of a frame. A pointer that reaches a
// node of the graph is drawn as an arrow from the line (edge >= 0) instead of a value.
struct GraphField {
  std::string name;    // "next", "slots[0]", "len", a variable's name
  std::string value;   // "42", "\"hi\"", "nil", "len=3 cap=4"; with an arrow, what it points to
  int32_t edge = -1;   // index into ObjectGraph::edges
};

struct GraphNode {
  uint64_t addr = 0;
  uint64_t size = 0;  // the slot's size (elemsize)
  uint64_t own_size = 0;  // the object's own bytes, from its type (0: type unknown)
  heap::SpanIdx span = heap::kNoSpan;
  uint32_t slot = 0;
  int sizeclass = 0;
  bool noscan = false;
  heap::SlotColour colour = heap::SlotColour::kWhite;
  std::string type;  // "main.node", "[4]int", "[]byte backing array"; "" when no typed pointer reaches it
  std::string short_type;  // what the box shows: "node" for main.node
  int32_t type_id = -1;    // ir::Module::types (the element's for a backing array)
  std::vector<GraphField> fields;
  size_t more_fields = 0;  // fields not listed (long arrays)
  int32_t column = 0;  // 1 + distance from the roots; the last column holds the unreachable
  int32_t row = 0;     // position in its column (by address)
  bool reachable = false;
  bool flash = false;  // named by the flashed event
  // The runtime's own object (runtime.g, allgs's arrays, a gcBgMarkWorkerNode: object_typed.cpp
  // runtime_objects), which the panel folds into a chip unless asked (runtime_chip.h).
  bool runtime = false;
  int32_t chip = -1;  // a chip standing for folded runtime objects: index into ObjectGraph::chips
};

// A frame of a goroutine's stack (its variables) or the package-level variables.
struct GraphRoot {
  enum class Kind : uint8_t { kGlobals, kStack };
  Kind kind = Kind::kStack;
  int64_t goid = 0;    // kStack
  std::string label;   // "G1 main.main", "globals"
  std::string func;    // kStack: "main.main"
  uint64_t fp = 0;     // kStack: the frame's lowest address
  std::vector<GraphField> vars;
  size_t more_vars = 0;
  int32_t row = 0;
  bool flash = false;  // the flashed markroot scans it (its goroutine's stack, or the globals)
  bool runtime = false;  // a runtime goroutine's root (a mark worker's node): folded with the chip
};

struct GraphEdge {
  bool from_root = false;
  uint32_t from = 0;     // index into roots (from_root) or nodes
  uint32_t to = 0;       // index into nodes
  int64_t offset = -1;   // byte offset of the word in the source object, -1: not in its memory
                         // (a stack root, or a channel's buffered element the model keeps aside)
  std::string label;     // the variable or field that holds the pointer: "a", "next", "slots[0]", "+8"
  int32_t field = -1;    // the line of the source box it leaves from (GraphRoot::vars or GraphNode::fields)
  bool flash = false;
};

struct GraphFlash {
  enum class Kind : uint8_t { kNone, kBarrier, kShade, kScan, kMarkRoot };
  Kind kind = Kind::kNone;
  uint64_t event = 0;               // index of the flashed event in the run
  std::string text;                 // "write barrier: before the store, it shades 0xc000010000 (the overwritten pointer)"
  std::vector<uint64_t> objects;    // object bases it names (shaded, scanned, greyed)
  uint64_t old_value = 0, new_value = 0;  // kBarrier: the slot's old and new pointer
  int64_t root_goid = -1;                 // kMarkRoot: the stack's goroutine, 0 for the globals
};

// The runtime's own objects folded into one box (runtime_chip.h): how many, the bytes their
// boxes would show, and their colours, so the collector's picture stays whole.
struct RuntimeChip {
  size_t count = 0;
  uint64_t bytes = 0;
  size_t white = 0, grey = 0, black = 0;
  bool reachable = false;  // the chip of reached objects; the other one holds what no root reaches
};

struct ObjectGraph {
  bool built = false;       // false: no run, or too large
  bool too_large = false;
  size_t objects = 0;       // allocated slots in in-use heap spans
  size_t max_objects = kGraphMaxObjects;
  heap::GCPhase phase = heap::GCPhase::kOff;
  std::vector<GraphRoot> roots;
  std::vector<GraphNode> nodes;  // by address
  std::vector<GraphEdge> edges;
  int32_t columns = 0;            // object columns (the roots' column is not counted)
  bool has_unreachable = false;   // the last column holds objects no root reaches
  size_t untyped = 0;             // objects no typed pointer reaches
  std::vector<RuntimeChip> chips; // folded graphs only (fold_runtime_objects)
  size_t runtime_objects = 0;     // nodes flagged `runtime` (before folding), plus `startup`
  // The runtime's start-up objects (sim/rt/startup.cpp: the ms, the p, envs, the natively
  // modelled packages' errors, ...), some 90 with fmt: never drawn as boxes (they would push a
  // lesson's objects off the graph), counted in the runtime chips instead. reachable: held by
  // the runtime's globals (Model::startup_roots).
  std::vector<GraphNode> startup;
  GraphFlash flash;

  // The node holding address `addr` (any byte of it), or -1.
  int32_t node_of(uint64_t addr) const;
};

ObjectGraph build_object_graph(const Session& s, size_t max_objects = kGraphMaxObjects);

// A hash of everything the graph's layout depends on (the boxes' texts, which decide their
// sizes, and the edges), and of nothing it does not (colours, the flash): two cursors with the
// same hash lay out the same, so the panel lays out again only when it changes. FNV-1a.
uint64_t layout_hash(const ObjectGraph& g);

// The flash alone (what build_object_graph fills in), from the events before the cursor.
GraphFlash flash_at_cursor(const Session& s);

}  // namespace gosim::viz
