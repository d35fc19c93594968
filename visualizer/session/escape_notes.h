// The compiler's escape-analysis decisions as Source panel annotations: what `gosim escape`
// prints (Go 1.19's `go build -gcflags='-m -l'`), each written beside its line
// ("moved to heap: u", "&T{...} escapes to heap", "p does not escape").
#pragma once

#include <string>

#include "visualizer/session/source_view.h"

namespace gosim::viz {

// Type-checks and analyses `source` (named `name` in messages); empty when it does not check
// (the run would not have built either). "escapes"/"moved to heap" decisions are kEscape,
// the rest ("does not escape", "leaking param") kOther.
LineAnnotations escape_annotations(const std::string& name, const std::string& source);

}  // namespace gosim::viz
