// Loading what the user named on the command line: a scenario .json or a bare .go file.
#pragma once

#include <optional>
#include <string>

#include "sim/scenario/scenario.h"

namespace gosim::cli {

// Prints every diagnostic to stderr and returns nullopt when the input is refused.
std::optional<Scenario> load_input(const std::string& path);

}  // namespace gosim::cli
