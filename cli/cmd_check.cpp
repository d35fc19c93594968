// gosim check SCENARIO.json|FILE.go — validate the scenario and type-check its Go program.
#include <cstdio>

#include "cli/cli.h"
#include "cli/load.h"
#include "sim/run/build.h"

namespace gosim::cli {

void add_check(CLI::App& app) {
  auto* cmd = app.add_subcommand("check", "Validate a scenario (and its Go program) without running it; exit 0 or 1");
  auto path = std::make_shared<std::string>();
  cmd->add_option("scenario", *path, "A scenario .json file or a .go file")->required();
  cmd->callback([path]() {
    const auto scenario = load_input(*path);
    if (!scenario) {
      exit_status = kExitRefused;
      return;
    }
    const Diagnostics errors = check_program(*scenario);
    if (!errors.empty()) {
      print_diagnostics(stderr, errors);
      exit_status = kExitRefused;
      return;
    }
    std::printf("%s: ok (%s)\n", path->c_str(), scenario->title.c_str());
  });
}

}  // namespace gosim::cli
