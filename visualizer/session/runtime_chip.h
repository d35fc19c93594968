// The runtime's own objects folded into a chip, as the scheduler folds its runtime goroutines
// into "runtime (4)".
//
// Go allocates for itself before and beside the program: malg's new(g) for every goroutine
// (proc.go), allgadd's allgs array, which append replaces as it grows and leaves the old ones to
// the collector, and each mark worker's gcBgMarkWorkerNode (mgc.go). gosim allocates them too, so
// they are in the heap the collector marks; object_typed.cpp names them and flags them
// `runtime`. A write-barrier lesson has 6 objects of its own beside 11 of these: unfolded, they
// push the program's objects off a projector's screen.
//
// Folded, the graph keeps everything the collector's picture needs:
//   - one chip for the runtime objects some root reaches (through runtime.allgs in the globals
//     box, or a mark worker's stack), and one in the "no root reaches" column for those nothing
//     reaches (allgs's old arrays until the sweep frees them): folding never makes garbage look
//     alive or the reverse;
//   - each chip counts its objects, their bytes (what their boxes would show) and colours, so
//     "3 black, 8 white" still shows how far marking got;
//   - an arrow from a program variable or object to a runtime object ends at the chip, and an
//     arrow from a runtime object to one of the program's objects leaves from the chip (Go never
//     makes one, but if it did, hiding it would hide why that object lives);
//   - only arrows between two runtime objects (allgs's array to its g objects) are left out, and
//     the mark workers' roots, whose only variable points into the chip.
#pragma once

#include <cstddef>
#include <string>

#include "visualizer/session/object_graph.h"

namespace gosim::viz {

// The graph with its `runtime` nodes replaced by at most two chip nodes (GraphNode::chip >= 0,
// after every other node; reached chip first). Returns `g` unchanged when it has none.
ObjectGraph fold_runtime_objects(const ObjectGraph& g);

// What the heap graph's summary line counts, from the whole (unfolded) graph: the program's
// objects (boxes of their own) and the runtime's (the `runtime` nodes and the start-up objects,
// which the chips count when folded), every pointer between objects and from the roots, and
// those from the roots. `program + runtime` is every object the graph holds.
struct GraphCounts {
  size_t program = 0, runtime = 0, pointers = 0, from_roots = 0;
};
GraphCounts graph_counts(const ObjectGraph& full);

// "4 objects of the program + 17 of the runtime, 9 pointers (5 from roots); GC: off" in the UI
// language: the count beside the runtime chips is not the program's alone. A graph without
// runtime objects says "4 objects, ...".
std::string graph_summary(const ObjectGraph& full);

}  // namespace gosim::viz
