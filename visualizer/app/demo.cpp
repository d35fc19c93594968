#include "visualizer/app/demo.h"

#include <fmt/format.h>

#include "sim/run/native_program.h"

namespace gosim::viz {

bool is_demo(const std::string& spec) { return spec.rfind("demo:", 0) == 0; }

std::optional<Demo> demo_program(const std::string& spec, std::string* error) {
  using run::NativeProgram;
  using run::PingPong;
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t i = 0; i <= spec.size(); ++i) {
    if (i == spec.size() || spec[i] == ':') {
      parts.push_back(spec.substr(start, i - start));
      start = i + 1;
    }
  }
  if (parts.size() < 2 || parts[1] != "pingpong" || parts.size() > 4) {
    *error = fmt::format("{}: unknown demo (known: demo:pingpong[:PAIRS[:ROUNDS]])", spec);
    return std::nullopt;
  }
  int64_t nums[2] = {4, 10};
  for (size_t i = 2; i < parts.size(); ++i) {
    try {
      nums[i - 2] = std::stoll(parts[i]);
    } catch (...) {
      nums[i - 2] = -1;
    }
    if (nums[i - 2] < 1 || nums[i - 2] > 100000) {
      *error = fmt::format("{}: PAIRS and ROUNDS want whole numbers from 1 to 100000", spec);
      return std::nullopt;
    }
  }
  // PingPong's sizes are globals its goroutine bodies read; the app runs one demo at a time.
  PingPong::pairs = nums[0];
  PingPong::rounds = nums[1];
  Demo d;
  d.program = std::make_shared<NativeProgram>(PingPong::program());
  d.main_entry = 0;
  d.title = fmt::format("ping-pong: {} pairs, {} rounds (C++ demo program)", nums[0], nums[1]);
  return d;
}

}  // namespace gosim::viz
