// gosim ir SCENARIO.json|FILE.go — print the IR the interpreter runs, for people.
#include <cstdio>

#include "cli/cli.h"
#include "cli/load.h"
#include "sim/ir/print.h"
#include "sim/run/build.h"

namespace gosim::cli {

void add_ir(CLI::App& app) {
  auto* cmd = app.add_subcommand("ir", "Print the program's IR: frames, variables (heap or stack) and instructions with positions");
  auto path = std::make_shared<std::string>();
  cmd->add_option("program", *path, "A .go file or a scenario .json file")->required();
  cmd->callback([path]() {
    const auto scenario = load_input(*path);
    if (!scenario) {
      exit_status = kExitRefused;
      return;
    }
    ir::Module m;
    const Diagnostics errors = lower_program(*scenario, &m);
    if (!errors.empty()) {
      print_diagnostics(stderr, errors);
      exit_status = kExitRefused;
      return;
    }
    std::fputs(ir::print_module(m).c_str(), stdout);
  });
}

}  // namespace gosim::cli
