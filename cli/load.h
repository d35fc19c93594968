// Loading what the user named on the command line: a scenario .json or a bare .go file.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "sim/lang/check.h"
#include "sim/scenario/scenario.h"

namespace gosim::cli {

// Prints every diagnostic to stderr and returns nullopt when the input is refused.
std::optional<Scenario> load_input(const std::string& path);

// The input and its program parsed and type-checked (what `gosim escape` and `gosim frames`
// read). Prints every diagnostic and returns null when either step refuses it.
struct CheckedInput {
  Scenario scenario;
  lang::CheckResult checked;  // its package refers to scenario's source: keep them together
};
std::unique_ptr<CheckedInput> load_and_check(const std::string& path);

}  // namespace gosim::cli
