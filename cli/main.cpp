// gosim — a step-through simulator of the Go runtime, headless command line.
#include <cstdio>
#include <string>

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
  gosim::cli::add_lesson(app);
  // CLI11 says "A subcommand is required" for a misspelt command; name it instead, as `go` does.
  if (argc > 1 && argv[1][0] != '-') {
    std::string names;
    bool known = false;
    for (const CLI::App* sub : app.get_subcommands({})) {
      known = known || sub->get_name() == argv[1];
      names += (names.empty() ? "" : ", ") + sub->get_name();
    }
    if (!known) {
      std::fprintf(stderr, "gosim %s: unknown command (commands: %s)\nRun 'gosim --help' for usage.\n", argv[1],
                   names.c_str());
      return gosim::cli::kExitRefused;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    // CLI11 returns 0 for --help; usage mistakes are refusals (exit 1).
    return code == 0 ? 0 : gosim::cli::kExitRefused;
  }
  return gosim::cli::exit_status;
}
