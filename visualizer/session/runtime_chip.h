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

#include "visualizer/session/object_graph.h"

namespace gosim::viz {

// The graph with its `runtime` nodes replaced by at most two chip nodes (GraphNode::chip >= 0,
// after every other node; reached chip first). Returns `g` unchanged when it has none.
ObjectGraph fold_runtime_objects(const ObjectGraph& g);

}  // namespace gosim::viz
