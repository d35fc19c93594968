// The gosim binary as a user runs it: exit statuses and the first line of what it says.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

struct Result {
  int status = -1;
  std::string out;  // stdout and stderr together
};

Result gosim(const std::string& args) {
  const std::string cmd = std::string(GOSIM_BIN_DIR) + "/gosim " + args + " 2>&1";
  Result r;
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  std::array<char, 4096> buf{};
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  const int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

std::string temp_file(const std::string& name, const std::string& text) {
  const auto dir = std::filesystem::temp_directory_path() / "gosim_cli_test";
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  std::ofstream(path) << text;
  return path.string();
}

}  // namespace

TEST_CASE("gosim without a subcommand refuses with exit status 1") {
  const Result r = gosim("");
  CHECK(r.status == 1);
  CHECK(r.out.find("A subcommand is required") != std::string::npos);
}

TEST_CASE("--help on every subcommand exits 0") {
  for (const char* sub : {"run", "check", "state"}) {
    const Result r = gosim(std::string(sub) + " --help");
    CHECK(r.status == 0);
    CHECK(r.out.find("Usage:") != std::string::npos);
  }
}

TEST_CASE("a missing scenario file is refused with its name, exit 1") {
  const Result r = gosim("run /nonexistent/dir/s.json");
  CHECK(r.status == 1);
  CHECK(r.out.rfind("/nonexistent/dir/s.json", 0) == 0);
}

TEST_CASE("malformed scenario JSON is refused with file:line:col, exit 1") {
  const std::string path = temp_file("broken.json", "{\n  \"id\": \"x\",\n  \"title\" \"t\"\n}\n");
  for (const char* sub : {"run", "check"}) {
    const Result r = gosim(std::string(sub) + " " + path);
    CHECK(r.status == 1);
    CHECK(r.out.rfind(path + ":3:11: ", 0) == 0);
  }
}

TEST_CASE("an unknown key in a scenario is refused with its position, exit 1") {
  const std::string path = temp_file("unknown.json",
                                     "{\"id\": \"x\", \"title\": \"t\", \"summary\": \"s\", \"source\": \"package main\\nfunc main() {}\\n\",\n"
                                     " \"colour\": 1}\n");
  const Result r = gosim("check " + path);
  CHECK(r.status == 1);
  CHECK(r.out.find(path + ":2:2: ") == 0);
  CHECK(r.out.find("unknown key \"colour\"") != std::string::npos);
}

TEST_CASE("an out-of-range --GOMAXPROCS is refused before anything runs") {
  const std::string path = temp_file("ok.go", "package main\n\nfunc main() {}\n");
  const Result r = gosim("run --GOMAXPROCS 0 " + path);
  CHECK(r.status == 1);
  CHECK(r.out.find("--GOMAXPROCS must be between 1 and 256 (got 0)") != std::string::npos);
}

TEST_CASE("a bad --GOGC value is refused") {
  const std::string path = temp_file("ok.go", "package main\n\nfunc main() {}\n");
  const Result r = gosim("run --GOGC lots " + path);
  CHECK(r.status == 1);
  CHECK(r.out.find("--GOGC wants an integer between -1 and 100000 or \"off\", not lots") != std::string::npos);
}

// Every numeric flag parses the whole string and is checked against the range the scenario
// schema gives the same key; the message names the flag, the value and the range.
TEST_CASE("numeric flags out of range or not numbers are refused with the range, exit 1") {
  const std::string path = temp_file("ok.go", "package main\n\nfunc main() {}\n");
  const struct {
    const char* args;
    const char* says;
  } cases[] = {
      {"--max-time-ms 9223372036854775807", "--max-time-ms must be between 1 and 9223372036854 (got 9223372036854775807)"},
      {"--max-goroutines -5", "--max-goroutines must be between 1 and 9223372036854775807 (got -5)"},
      {"--max-goroutines 0", "--max-goroutines must be between 1 and 9223372036854775807 (got 0)"},
      {"--max-events -1", "--max-events must be between 1 and 9223372036854775807 (got -1)"},
      {"--seed -1", "--seed must be between 0 and 9223372036854775807 (got -1)"},
      {"--GOGC 50abc", "--GOGC wants an integer between -1 and 100000 or \"off\", not 50abc"},
      {"--GOGC 100001", "--GOGC wants an integer between -1 and 100000 or \"off\", not 100001"},
      {"--GOMEMLIMIT 99999999TiB", "--GOMEMLIMIT must be between 0 and 9223372036854775807 bytes, or \"off\" (got 99999999TiB)"},
      {"--schedtrace -1", "--schedtrace must be between 0 and 2147483647 (got -1)"},
      {"--sysmon-period-us 9223372036854775807", "--sysmon-period-us must be between 1 and 1000000 (got 9223372036854775807)"},
      {"--sysmon-period-us 0", "--sysmon-period-us must be between 1 and 1000000 (got 0)"},
      {"--GOMAXPROCS 4x", "--GOMAXPROCS wants an integer between 1 and 256, not 4x"},
      {"--max-stack-bytes 99999999999999999999", "--max-stack-bytes wants an integer between 1 and 9223372036854775807, not 99999999999999999999"},
  };
  for (const auto& c : cases) {
    INFO(c.args);
    const Result r = gosim(std::string("run ") + c.args + " " + path);
    CHECK(r.status == 1);
    CHECK(r.out.find(std::string("gosim: ") + c.says) != std::string::npos);
  }
}

TEST_CASE("numeric flags at the ends of their ranges are accepted") {
  const std::string path = temp_file("ok.go", "package main\n\nfunc main() {}\n");
  const Result r = gosim("run --max-time-ms 9223372036854 --max-goroutines 1 --seed 0 --GOGC -1 --GOMEMLIMIT 8388607TiB "
                         "--sysmon-period-us 1000000 --schedtrace 0 " + path);
  CHECK(r.status == 0);
}

TEST_CASE("a Go syntax error is refused like go build: file:line:col, exit 1") {
  const std::string path = temp_file("syntax.go", "package main\n\nfunc main() {\n\tx := [3]int{1, 2\n}\n");
  const Result r = gosim("run " + path);
  CHECK(r.status == 1);
  CHECK(r.out.find(path + ":4:18: syntax error: unexpected newline in composite literal; possibly missing comma or }") == 0);
}

TEST_CASE("gosim state refuses --at values that name no event, exit 1") {
  const std::string scen = std::string(GOSIM_SOURCE_DIR) + "/scenarios/runnext/runnext.json";
  Result r = gosim("state " + scen + " --at kind:no_such_kind");
  CHECK(r.status == 1);
  CHECK(r.out.find("unknown event kind \"no_such_kind\"") != std::string::npos);
  CHECK(r.out.find("go_create") != std::string::npos);
  r = gosim("state " + scen + " --at 99999999");
  CHECK(r.status == 1);
  CHECK(r.out.find("the run has ") != std::string::npos);
  r = gosim("state " + scen + " --at nonsense");
  CHECK(r.status == 1);
  CHECK(r.out.rfind("gosim: --at nonsense: ", 0) == 0);
  r = gosim("state " + scen);
  CHECK(r.status == 1);  // --at is required
  r = gosim("state /nonexistent/s.json --at 1");
  CHECK(r.status == 1);
}

TEST_CASE("gosim state --json prints the state as JSON, exit 0") {
  const std::string scen = std::string(GOSIM_SOURCE_DIR) + "/scenarios/runnext/runnext.json";
  const Result r = gosim("state " + scen + " --at 5 --json");
  CHECK(r.status == 0);
  CHECK(r.out.rfind("{", 0) == 0);
  CHECK(r.out.find("\"schema\": \"gosim.state/1\"") != std::string::npos);
  CHECK(r.out.find("\"seq\": 5") != std::string::npos);
}
