// The heap as an object graph at the cursor, for the Heap panel's Graph view (small heaps only).
//
// Go's collector sees the heap as a graph: roots (goroutine stacks, globals) point to objects,
// objects point to objects, and marking is a walk over it that colours nodes white -> grey ->
// black (mgcmark.go). The span view shows the colours; this view shows the arrows, which is
// what a learner needs to see why the write barrier exists: a pointer moved behind the
// collector's back would leave a reachable object white.
//
// Nodes are every allocated slot of an in-use heap span (live or not yet swept: the collector
// cannot tell until it has marked), with its colour read by heap::slot_colour. Edges are found
// the way gosim's collector finds them (sim/rt/gc_roots.cpp, conservatively: a word whose value
// lies inside an allocated object), with the word's offset; noscan objects have none, as in Go.
// Root edges come from the same root jobs markroot scans (gc_stack_root, gc_globals_root). The
// type of an object is known only when a stack variable of pointer type points at it.
//
// Layout is deterministic: column = distance from the roots (BFS), rows by address inside a
// column; objects no root reaches go in a last column. With more than `max_objects` objects
// the graph is not built (too_large) and the panel shows the span view instead.
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

struct GraphNode {
  uint64_t addr = 0;
  uint64_t size = 0;  // the slot's size (elemsize)
  heap::SpanIdx span = heap::kNoSpan;
  uint32_t slot = 0;
  int sizeclass = 0;
  bool noscan = false;
  heap::SlotColour colour = heap::SlotColour::kWhite;
  std::string type;  // "main.node" when a stack variable says so, else ""
  int32_t column = 0;  // 1 + distance from the roots; the last column holds the unreachable
  int32_t row = 0;     // position in its column (by address)
  bool reachable = false;
  bool flash = false;  // named by the flashed event
};

struct GraphRoot {
  enum class Kind : uint8_t { kGlobals, kStack };
  Kind kind = Kind::kStack;
  int64_t goid = 0;    // kStack
  std::string label;   // "G1 stack", "globals"
  int32_t row = 0;
  bool flash = false;  // the flashed markroot scans it
};

struct GraphEdge {
  bool from_root = false;
  uint32_t from = 0;     // index into roots (from_root) or nodes
  uint32_t to = 0;       // index into nodes
  int64_t offset = -1;   // byte offset of the word in the source object, -1: not in its memory
                         // (a stack root, or a channel's buffered element the model keeps aside)
  std::string label;     // a root edge's variable name, when known
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
  GraphFlash flash;

  // The node holding address `addr` (any byte of it), or -1.
  int32_t node_of(uint64_t addr) const;
};

ObjectGraph build_object_graph(const Session& s, size_t max_objects = kGraphMaxObjects);

// The flash alone (what build_object_graph fills in), from the events before the cursor.
GraphFlash flash_at_cursor(const Session& s);

}  // namespace gosim::viz
