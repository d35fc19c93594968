// The C++ goroutine bodies the engine and runtime tests use (sim/run/native_program.h), under
// the names the tests know them by.
#pragma once

#include "sim/run/native_program.h"

namespace gosim::testing {

using TestProgram = run::NativeProgram;
using run::PingPong;
using run::regs;
using run::req;

}  // namespace gosim::testing
