// gosim escape SCENARIO.json|FILE.go — the compiler's escape-analysis decisions, printed
// like `go build -gcflags='-m -l'` (Go 1.19, inlining off), line for line.
//
// The decisions go to stdout exactly as go build writes them (to its stderr), header
// included, so `diff <(gosim escape x.go) <(go build -gcflags='-m -l' x.go 2>&1)` is empty.
// A one-line note that inlining is off goes to stderr. --explain adds the flow behind each
// decision, in the shape of -m -m.
#include <cstdio>

#include "cli/cli.h"
#include "cli/load.h"
#include "sim/escape/escape.h"
#include "sim/lang/check.h"

namespace gosim::cli {

namespace {
// go build names files in the current directory "./x.go".
std::string display_name(const std::string& name) {
  if (name.empty() || name[0] == '/' || name.rfind("./", 0) == 0 || name.rfind("../", 0) == 0) return name;
  return "./" + name;
}
}  // namespace

void add_escape(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "escape", "Print the escape-analysis decisions of go build -gcflags='-m -l' (Go 1.19, inlining off)");
  auto path = std::make_shared<std::string>();
  auto explain = std::make_shared<bool>(false);
  cmd->add_option("program", *path, "A .go file or a scenario .json file")->required();
  cmd->add_flag("--explain", *explain, "Add the data flow behind each decision, like -gcflags='-m -m -l'");
  cmd->callback([path, explain]() {
    const std::unique_ptr<CheckedInput> in = load_and_check(*path);
    if (!in) {
      exit_status = kExitRefused;
      return;
    }
    const Scenario* scenario = &in->scenario;
    const lang::CheckResult& checked = in->checked;
    escape::Options opts;
    opts.explain = *explain;
    const escape::Result r = escape::analyze(*checked.pkg, opts);
    std::fprintf(stderr, "gosim escape: Go 1.19 escape analysis with inlining off (-gcflags='-m%s -l')\n",
                 *explain ? " -m" : "");
    for (const std::string& line : escape::format_decisions(r, display_name(scenario->source_name))) {
      std::printf("%s\n", line.c_str());
    }
  });
}

}  // namespace gosim::cli
