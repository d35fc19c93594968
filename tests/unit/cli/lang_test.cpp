// --lang on gosim run and gosim state: which language the event sentences are printed in, and
// that files and JSON stay English whatever the environment says unless --lang asks.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

struct Result {
  int status = -1;
  std::string out;  // stdout and stderr together
};

// Runs gosim with only LANG set among the locale variables (LC_ALL and LC_MESSAGES removed).
Result gosim_env(const std::string& lang_env, const std::string& args) {
  const std::string cmd = "env -u LC_ALL -u LC_MESSAGES LANG=" + lang_env + " " + std::string(GOSIM_BIN_DIR) +
                          "/gosim " + args + " 2>&1";
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

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const std::string kScen = std::string(GOSIM_SOURCE_DIR) + "/scenarios/runnext/runnext.json";
// Event 1 of the runnext scenario in each language.
const char* kEn1 = "G1 (runtime.main) was created and went into P0's runnext";
const char* kZh1 = "G1（runtime.main）被创建，放入 P0 的 runnext";

}  // namespace

TEST_CASE("gosim run --events prints the sentences in the language --lang names") {
  Result r = gosim_env("C", "run " + kScen + " --events --lang zh-CN");
  CHECK(r.status == 0);
  CHECK(r.out.find(kZh1) != std::string::npos);
  CHECK(r.out.find(kEn1) == std::string::npos);
  r = gosim_env("zh_CN.UTF-8", "run " + kScen + " --events --lang en");
  CHECK(r.status == 0);
  CHECK(r.out.find(kEn1) != std::string::npos);
  CHECK(r.out.find(kZh1) == std::string::npos);
}

TEST_CASE("without --lang, gosim run --events follows the environment's language") {
  Result r = gosim_env("zh_CN.UTF-8", "run " + kScen + " --events");
  CHECK(r.out.find(kZh1) != std::string::npos);
  r = gosim_env("en_US.UTF-8", "run " + kScen + " --events");
  CHECK(r.out.find(kEn1) != std::string::npos);
  // The program's own output is never translated.
  CHECK(r.out.find("G1 (runtime.main)") != std::string::npos);
}

TEST_CASE("a trace file is English whatever LANG says, and Chinese only with --lang zh-CN") {
  const auto dir = std::filesystem::temp_directory_path() / "gosim_lang_test";
  std::filesystem::create_directories(dir);
  const std::string en = (dir / "en.jsonl").string(), zh = (dir / "zh.jsonl").string();
  REQUIRE(gosim_env("zh_CN.UTF-8", "run " + kScen + " --trace-jsonl " + en).status == 0);
  REQUIRE(gosim_env("C", "run " + kScen + " --trace-jsonl " + zh + " --lang zh-CN").status == 0);
  const std::string en_text = read_file(en), zh_text = read_file(zh);
  CHECK(en_text.find(std::string("\"text\":\"") + kEn1 + "\"") != std::string::npos);
  CHECK(zh_text.find(std::string("\"text\":\"") + kZh1 + "\"") != std::string::npos);
  // Only the text field differs: the same events, kinds and arguments.
  CHECK(std::count(en_text.begin(), en_text.end(), '\n') == std::count(zh_text.begin(), zh_text.end(), '\n'));
}

TEST_CASE("gosim state: JSON's text is English unless --lang says; the text view follows the environment") {
  Result r = gosim_env("zh_CN.UTF-8", "state " + kScen + " --at kind:go_create --json");
  CHECK(r.status == 0);
  CHECK(r.out.find(std::string("\"text\": \"") + kEn1 + "\"") != std::string::npos);
  r = gosim_env("C", "state " + kScen + " --at kind:go_create --json --lang zh-CN");
  CHECK(r.out.find(std::string("\"text\": \"") + kZh1 + "\"") != std::string::npos);
  r = gosim_env("zh_CN.UTF-8", "state " + kScen + " --at kind:go_create");
  CHECK(r.status == 0);
  CHECK(r.out.find(kZh1) != std::string::npos);
  r = gosim_env("zh_CN.UTF-8", "state " + kScen + " --at kind:go_create --lang en");
  CHECK(r.out.find(kEn1) != std::string::npos);
}

TEST_CASE("an unknown --lang is refused with exit 1, naming the languages gosim has") {
  for (const std::string& args : {"run " + kScen + " --lang fr", "state " + kScen + " --at 1 --lang fr"}) {
    const Result r = gosim_env("C", args);
    CHECK(r.status == 1);
    CHECK(r.out.find("gosim: --lang: unknown language \"fr\" (gosim speaks en and zh-CN)") != std::string::npos);
  }
}
