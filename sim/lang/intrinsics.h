// The standard library's functions without a Go body, and its //go:linkname directives, that
// gosim can run: which ones, and what stands in for them.
//
// Go 1.19 writes a few functions of the packages below strings, strconv and math in assembly
// for amd64 (internal/bytealg's searches, internal/cpu's CPUID, math's archExp/archLog/...),
// declared in Go without a body. gosim runs each as an intrinsic: a C++ function with Go's
// semantics (sim/interp/lib_intrinsics.cpp), called through a real frame of the function's Go
// name, as Go calls the assembly. A //go:linkname directive either only makes the compiler
// emit an ABI wrapper for the runtime (internal/bytealg's abigen_runtime_*: never called from
// Go code) or reads a variable of the runtime (math/bits: runtime.overflowError), which the
// library provides like io.EOF. Anything else is refused at the import (load.cpp).
#pragma once

#include <string_view>

#include "sim/lang/object.h"

namespace gosim::lang {

// The intrinsic standing in for body-less function `name` of package `path`, or None.
LibFunc intrinsic_func(std::string_view path, std::string_view name);

// A //go:linkname directive of package `path`, `//go:linkname local target`: whether gosim
// accepts it, and for a runtime variable the library value that reads it (else None).
bool linkname_ok(std::string_view path, std::string_view local, std::string_view target);
LibFunc linkname_var(std::string_view path, std::string_view local);

}  // namespace gosim::lang
