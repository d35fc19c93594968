// gosim — a step-through simulator of the Go runtime, headless command line.
#include <cstdio>

#include "cli/cli.h"

int gosim::cli::exit_status = 0;

int main(int argc, char** argv) {
  CLI::App app{"gosim: run Go programs on a simulated Go 1.19 runtime, one runtime event at a time"};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Show help for every subcommand");
  gosim::cli::add_run(app);
  gosim::cli::add_check(app);
  gosim::cli::add_ir(app);
  gosim::cli::add_escape(app);
  gosim::cli::add_frames(app);
  gosim::cli::add_state(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    // CLI11 returns 0 for --help; usage mistakes are refusals (exit 1).
    return code == 0 ? 0 : gosim::cli::kExitRefused;
  }
  return gosim::cli::exit_status;
}
