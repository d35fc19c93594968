// scenario -> checked Go package -> IR -> an interpreter Program.
#include "sim/run/build.h"

#include "sim/lang/check.h"

namespace gosim {

Diagnostics check_program(const Scenario& scenario) {
  return lang::check_file(scenario.source_name, scenario.source).diags;
}

Build build_program(const Scenario& scenario) {
  Build b;
  lang::CheckResult checked = lang::check_file(scenario.source_name, scenario.source);
  if (!checked.ok()) {
    b.errors = std::move(checked.diags);
    return b;
  }
  // Lowering to IR and the interpreter are not in this build yet: say so plainly, with the
  // position of main so the message points somewhere useful.
  Pos where{1, 1};
  if (checked.pkg->main_func != nullptr && checked.pkg->main_func->decl != nullptr) where = checked.pkg->main_func->decl->pos;
  b.errors.push_back(Diagnostic{scenario.source_name, where, "",
                                "gosim cannot run Go programs yet: the interpreter is not part of this build "
                                "(gosim check still type-checks them)"});
  return b;
}

}  // namespace gosim
