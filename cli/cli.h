// gosim's command line: shared declarations of the subcommands (one file each).
#pragma once

#include <CLI/CLI.hpp>

#include "sim/rt/exit_status.h"

namespace gosim::cli {

// Exit statuses: sim/rt/exit_status.h (`gosim state` reports the same codes).
using gosim::kExitInternal;
using gosim::kExitLimit;
using gosim::kExitRefused;

// The status main() returns, set by the subcommand that ran.
extern int exit_status;

void add_run(CLI::App& app);
void add_check(CLI::App& app);
void add_ir(CLI::App& app);
void add_escape(CLI::App& app);
void add_frames(CLI::App& app);
void add_state(CLI::App& app);
void add_lesson(CLI::App& app);

}  // namespace gosim::cli
