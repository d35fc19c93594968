#include "sim/run/build.h"

#include "sim/lang/parser.h"

namespace gosim {

Build build_program(const Scenario& scenario) {
  Build b;
  lang::ParseResult parsed = lang::parse_file(scenario.source_name, scenario.source);
  if (!parsed.diags.empty()) {
    b.errors = parsed.diags;
    return b;
  }
  b.errors.push_back(Diagnostic{scenario.source_name, {1, 1}, "", "gosim: the interpreter is not built yet"});
  return b;
}

}  // namespace gosim
