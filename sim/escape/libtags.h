// Parameter tags of the library functions gosim provides (their bodies are Go's, not ours).
#pragma once

#include "sim/escape/graph.h"
#include "sim/lang/object.h"

namespace gosim::escape {

// The tag the Go 1.19 compiler exported for parameter `index` (-1: the receiver) of a
// library function or method, read back from what `go build -gcflags=-m` reports for
// calls to it (tests/conformance/escape/lib*.go).
Leaks lib_param_tag(lang::LibFunc f, int index);

}  // namespace gosim::escape
