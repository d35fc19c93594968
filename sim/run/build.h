// From a scenario to something the Machine can run: parse and check the Go source, lower it to
// IR, and wrap the IR in the interpreter's Program. One function, so the CLI, the tests and
// the visualizer build programs the same way and refuse bad ones with the same words.
#pragma once

#include <memory>

#include "sim/base/diag.h"
#include "sim/ir/ir.h"
#include "sim/rt/program.h"
#include "sim/scenario/scenario.h"

namespace gosim {

struct Build {
  std::unique_ptr<Program> program;  // null when errors is non-empty
  int32_t main_entry = 0;            // the entry number of main.main
  Diagnostics errors;                // file:line:col diagnostics, as `go build` prints them
};

Build build_program(const Scenario& scenario);

// Checks and lowers the program to IR only (what `gosim ir` prints).
Diagnostics lower_program(const Scenario& scenario, ir::Module* out);

// Parses and type-checks the scenario's Go program only (what `gosim check` needs).
Diagnostics check_program(const Scenario& scenario);

}  // namespace gosim
