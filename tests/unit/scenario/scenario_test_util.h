// Helpers shared by the scenario tests: printing load errors, and files on disk.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "sim/scenario/scenario.h"

namespace gosim::test {

// All diagnostics, one per line, as the CLI prints them.
inline std::string errors_of(const ScenarioLoad& load) {
  std::string out;
  for (const Diagnostic& d : load.errors) out += (out.empty() ? "" : "\n") + d.str();
  return out;
}

// A scratch folder removed at the end of the test. ctest runs test cases in parallel
// processes, so the name carries both the test's own tag and the process id.
class TempDir {
 public:
  explicit TempDir(const std::string& tag)
      : root_(std::filesystem::temp_directory_path() /
              ("gosim_scenario_" + tag + "_" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(root_);
    std::filesystem::create_directories(root_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(root_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string path(const std::string& relative = "") const {
    return relative.empty() ? root_.string() : (root_ / relative).string();
  }

  void write(const std::string& relative, const std::string& content) const {
    std::filesystem::path p = root_ / relative;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
  }

 private:
  std::filesystem::path root_;
};

}  // namespace gosim::test
