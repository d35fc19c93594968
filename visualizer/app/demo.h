// Built-in demo programs, for development and the UI tests: `gosim-viz demo:pingpong[:PAIRS[:ROUNDS]]`
// runs the C++ ping-pong program the runtime tests also use (sim/run/native_program.h): PAIRS
// pairs of goroutines hand a token back and forth over semaphores ROUNDS times while main
// waits for them. It stresses the scheduler with many events and no Go front end.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "sim/base/config.h"
#include "sim/rt/program.h"

namespace gosim::viz {

struct Demo {
  std::shared_ptr<const Program> program;
  int32_t main_entry = 0;
  Config config;
  std::string title;
};

bool is_demo(const std::string& spec);
// The demo named by `spec`, or nullopt with `error` set.
std::optional<Demo> demo_program(const std::string& spec, std::string* error);

}  // namespace gosim::viz
