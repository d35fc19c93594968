// gosim's command line: shared declarations of the subcommands (one file each).
#pragma once

#include <CLI/CLI.hpp>

namespace gosim::cli {

// Exit statuses. A simulated program exits as real Go would (0, its os.Exit code, 2 after a
// fatal error or an unrecovered panic); gosim's own refusals exit 1, like `go build`; a run
// cut short by a gosim limit exits 3; a gosim bug (a broken internal invariant) exits 4.
constexpr int kExitRefused = 1;
constexpr int kExitLimit = 3;
constexpr int kExitInternal = 4;  // gosim itself broke an invariant: a bug to report

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
