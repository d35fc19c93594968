// scenario -> checked Go package -> IR -> an interpreter Program.
#include "sim/run/build.h"

#include "sim/interp/interp.h"
#include "sim/ir/frames.h"
#include "sim/ir/lower.h"
#include "sim/lang/check.h"
#include "sim/lang/load.h"

namespace gosim {

namespace {
// A file program, or a directory program with its module (lang/load.h).
lang::CheckResult check_scenario(const Scenario& scenario) {
  if (!scenario.source_dir.empty()) return lang::check_dir(scenario.source_dir);
  return lang::check_file(scenario.source_name, scenario.source);
}
}  // namespace

Diagnostics check_program(const Scenario& scenario) {
  return check_scenario(scenario).diags;
}

Diagnostics lower_program(const Scenario& scenario, ir::Module* out) {
  lang::CheckResult checked = check_scenario(scenario);
  if (!checked.ok()) return std::move(checked.diags);
  ir::LowerResult lowered = ir::lower_package(*checked.pkg);
  *out = std::move(lowered.module);
  return std::move(lowered.errors);
}

Build build_program(const Scenario& scenario) {
  Build b;
  lang::CheckResult checked = check_scenario(scenario);
  if (!checked.ok()) {
    b.errors = std::move(checked.diags);
    return b;
  }
  ir::LowerResult lowered = ir::lower_package(*checked.pkg);
  if (!lowered.errors.empty()) {
    // Like go build, at most 10 problems, then "too many errors".
    for (size_t i = 0; i < lowered.errors.size() && i < 10; ++i) b.errors.push_back(lowered.errors[i]);
    if (lowered.errors.size() > 10) b.errors.push_back(Diagnostic{scenario.source_name, {}, "", "too many errors"});
    return b;
  }
  std::vector<std::string> notes_en = ir::abi_notes(*checked.pkg, lowered.module, Lang::kEn);
  std::vector<std::string> notes_zh = ir::abi_notes(*checked.pkg, lowered.module, Lang::kZhCN);
  // Diagnostics name the file as the user can open it; the running program knows it by a name
  // that does not depend on the working directory (Scenario::program_name), so goroutine dumps
  // and the trace hash are the same however the scenario's path was spelled.
  if (!scenario.program_name.empty()) {
    for (ir::Function& f : lowered.module.funcs) {
      if (f.file == scenario.source_name) f.file = scenario.program_name;
    }
  }
  // A directory program's files are named from the directory's own name ("m/util/u.go"), so
  // neither does the trace depend on where the directory is.
  if (!scenario.source_dir.empty()) {
    const std::string dir = scenario.source_dir + "/";
    const std::string base = scenario.program_name.substr(0, scenario.program_name.find('/') + 1);
    for (ir::Function& f : lowered.module.funcs) {
      if (f.file.rfind(dir, 0) == 0) f.file = base + f.file.substr(dir.size());
    }
  }
  auto program = std::make_unique<interp::Interp>(std::move(lowered.module));
  program->set_abi_notes(Lang::kEn, std::move(notes_en));
  program->set_abi_notes(Lang::kZhCN, std::move(notes_zh));
  b.main_entry = program->main_entry();
  b.program = std::move(program);
  return b;
}

}  // namespace gosim
