// gosim frames SCENARIO.json|FILE.go — each function's frame under Go 1.19's register ABI
// (ABIInternal, linux/amd64): which registers or stack slots carry the arguments and results,
// their spill slots, the variables that stay in the frame, and the frame's size. The layout is
// data (sim/ir/frames.h) the visualizer's stack panel uses too.
#include <cstdint>
#include <cstdio>
#include <string>

#include "cli/cli.h"
#include "cli/load.h"
#include "sim/ir/frames.h"
#include "sim/ir/lower.h"
#include "sim/lang/check.h"
#include "sim/rt/stack.h"

namespace gosim::cli {

namespace {

constexpr const char* kHeader =
    "gosim frames: Go 1.19 frame layouts on linux/amd64 (ABIInternal, inlining off)\n"
    "  exact:     argument and result registers (integers RAX RBX RCX RDI RSI R8 R9 R10 R11, floats X0-X14),\n"
    "             stack-assigned arguments and results, spill slots, the argument area (\"args=\" of -gcflags=-S)\n"
    "  estimated: the callee's frame; the compiler also keeps spill slots chosen by register allocation\n"
    "             and outgoing space for runtime calls it inserts, so \"locals=\" in -S is at least this\n"
    "  gosim:     the interpreter runs its own frames (every value in memory), shown last; those are\n"
    "             the frames the simulated stack holds, checks against the stack guard and grows by\n";

}  // namespace

void add_frames(CLI::App& app) {
  auto* cmd = app.add_subcommand("frames", "Print each function's frame layout under Go's register ABI (amd64)");
  auto path = std::make_shared<std::string>();
  auto only = std::make_shared<std::string>();
  cmd->add_option("program", *path, "A .go file or a scenario .json file")->required();
  cmd->add_option("--func", *only, "Only this function (e.g. main.f)");
  cmd->callback([path, only]() {
    const std::unique_ptr<CheckedInput> in = load_and_check(*path);
    if (!in) {
      exit_status = kExitRefused;
      return;
    }
    const lang::CheckResult& checked = in->checked;
    ir::LowerResult lowered = ir::lower_package(*checked.pkg);
    const ir::Module* mod = lowered.errors.empty() ? &lowered.module : nullptr;
    std::string text;
    for (const ir::FrameLayout& f : ir::compute_frames(*checked.pkg, mod)) {
      if (!only->empty() && f.func != *only) continue;
      text += "\n" + ir::format_frame(f);
      // The prologue's check (Go: obj6.go stacksplit) for the real frame size.
      text += std::string("  prologue: ") + split_check_name(split_check_kind(f.locals_size, f.leaf)) + "\n";
    }
    if (text.empty() && !only->empty()) {
      std::fprintf(stderr, "%s: no function %s\n", path->c_str(), only->c_str());
      exit_status = kExitRefused;
      return;
    }
    std::fputs(kHeader, stdout);
    std::fputs(text.c_str(), stdout);
  });
}

}  // namespace gosim::cli
