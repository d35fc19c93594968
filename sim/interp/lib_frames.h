// Library frames: which interpreted functions are the standard library's, and where the user's
// own code is while the library runs (issue 19).
//
// A function is library code when its package was read from GOROOT's source (its file lies under
// GOROOT/src) or it is one of the runtime functions gosim writes itself (runtime.main and
// runtime.doInit, whose frames run the package initialization before main.main; their file is
// the relative "runtime/proc.go"). Modelled packages (fmt, sync, time, os, net) have no frames at
// all: their work happens inside one instruction of the calling frame, so it is at the caller's
// line already. Everything else, the user's file and the local packages of a module, is user code.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "sim/ir/ir.h"
#include "sim/rt/runtime2.h"

namespace gosim::interp {

// One flag per function of the module (by entry number): 1 for library code.
std::vector<uint8_t> library_functions(const ir::Module& mod);

// The package path of a Go symbol: "strings" for "strings.(*Builder).Grow", "unicode/utf8" for
// "unicode/utf8.RuneLen", "unicode" for "unicode.SpecialCase.ToUpper".
std::string_view symbol_package(std::string_view symbol);

// The line of G gi's innermost frame that is not library code (its function's first line if it
// has not started and is user code); 0 when it has none.
int32_t user_line_in_model(const Model& md, const ir::Module& mod, const std::vector<uint8_t>& is_lib, GIdx gi);

}  // namespace gosim::interp
