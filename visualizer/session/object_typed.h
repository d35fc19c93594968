// The typed half of the object graph (object_graph.h): roots from the frames' and the package's
// variables, each object's type and fields, and the pointer arrows named after the variable or
// field that holds them. Internal to session/object_graph.cpp.
#pragma once

#include "visualizer/session/object_graph.h"

namespace gosim::viz {

// Fills g.roots and g.edges, and each node's type, own size and fields. g.nodes must hold the
// allocated objects (by address).
void build_typed_graph(const Session& s, ObjectGraph& g);

}  // namespace gosim::viz
