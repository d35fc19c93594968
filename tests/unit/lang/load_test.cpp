// Loading packages from source (sim/lang/load.cpp, build_tags.cpp): which files go build
// compiles for linux/amd64, and a directory program's packages in Go's initialization order.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "sim/lang/build_tags.h"
#include "sim/lang/load.h"

namespace fs = std::filesystem;
using namespace gosim::lang;

namespace {

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << text;
}

// A scratch module: go.mod plus the given files, in a fresh folder under the temp dir.
fs::path module(const std::string& name, const std::vector<std::pair<std::string, std::string>>& files) {
  fs::path dir = fs::temp_directory_path() / ("gosim_load_test_" + name);
  fs::remove_all(dir);
  write(dir / "go.mod", "module example.com/m\n\ngo 1.19\n");
  for (const auto& [f, text] : files) write(dir / f, text);
  return dir;
}

}  // namespace

TEST_CASE("file name suffixes select linux/amd64 files, as go/build's goodOSArchFile") {
  CHECK(good_os_arch_file("utf8.go"));
  CHECK(good_os_arch_file("zgoarch_amd64.go"));
  CHECK(good_os_arch_file("sys_linux_amd64.go"));
  CHECK(good_os_arch_file("dir_unix.go"));  // "unix" is no GOOS: not a suffix
  CHECK_FALSE(good_os_arch_file("sys_windows.go"));
  CHECK_FALSE(good_os_arch_file("asm_arm64.go"));
  CHECK_FALSE(good_os_arch_file("sys_linux_386.go"));
  CHECK(good_os_arch_file("linux.go"));  // the whole name is never a suffix
}

TEST_CASE("//go:build expressions evaluate with linux, amd64, unix, gc and go1.1..go1.19") {
  CHECK(eval_build_expr(" linux && amd64", nullptr));
  CHECK(eval_build_expr(" !386 && !arm", nullptr));
  CHECK_FALSE(eval_build_expr(" amd64 && !linux", nullptr));
  CHECK(eval_build_expr(" (darwin || linux) && go1.19", nullptr));
  CHECK_FALSE(eval_build_expr(" go1.20", nullptr));
  CHECK_FALSE(eval_build_expr(" cgo", nullptr));  // gosim builds as CGO_ENABLED=0
  CHECK(eval_build_expr(" !purego || unix", nullptr));
  bool bad = false;
  CHECK_FALSE(eval_build_expr(" linux &&", &bad));
  CHECK(bad);
  CHECK(go_build_line("// Copyright\n\n//go:build ignore\n\npackage main\n") == " ignore");
  CHECK(go_build_line("package main\n//go:build ignore\n").empty());  // after the clause: not a constraint
  CHECK_FALSE(go_file_selected("make_tables.go", "//go:build ignore\n\npackage main\n"));
  CHECK_FALSE(go_file_selected("utf8_test.go", "package utf8\n"));
}

TEST_CASE("a directory program: packages in init order, dependencies first in import order, main last") {
  fs::path dir = module("order", {
      {"main.go", "package main\n\nimport (\n\t\"example.com/m/b\"\n\t\"example.com/m/a\"\n)\n\nfunc main() { _ = a.A + b.B }\n"},
      {"a/a.go", "package a\n\nimport \"example.com/m/c\"\n\nvar A = c.C + 1\n"},
      {"b/b.go", "package b\n\nimport \"example.com/m/c\"\n\nvar B = c.C + 2\n"},
      {"c/c.go", "package c\n\nvar C = 10\n\nfunc init() {}\n"},
  });
  CheckResult r = check_dir(dir.string());
  REQUIRE(r.ok());
  std::vector<std::string> order;
  for (const Unit& u : r.pkg->units) order.push_back(u.ref->path);
  CHECK(order == std::vector<std::string>{"example.com/m/c", "example.com/m/b", "example.com/m/a", "main"});
  CHECK(r.pkg->units.front().init_funcs.size() == 1);
  CHECK(r.pkg->units.front().init_funcs[0]->pkg->path == "example.com/m/c");
  fs::remove_all(dir);
}

TEST_CASE("an importer sees only exported names: Go 1.19 says undefined") {
  fs::path dir = module("unexported", {
      {"main.go", "package main\n\nimport \"example.com/m/u\"\n\nfunc main() { _ = u.F() + u.g() }\n"},
      {"u/u.go", "package u\n\nfunc F() int { return 1 }\nfunc g() int { return 2 }\n"},
  });
  CheckResult r = check_dir(dir.string());
  REQUIRE_FALSE(r.ok());
  REQUIRE(r.diags.size() == 1);
  CHECK(r.diags[0].message == "undefined: u.g");
  CHECK(r.diags[0].pos.line == 5);
  CHECK(r.diags[0].pos.col == 29);
  fs::remove_all(dir);
}

TEST_CASE("an import cycle is refused at the import that closes it, with the import stack") {
  fs::path dir = module("cycle", {
      {"main.go", "package main\n\nimport \"example.com/m/a\"\n\nfunc main() { _ = a.X }\n"},
      {"a/a.go", "package a\n\nimport \"example.com/m/b\"\n\nvar X = b.Y\n"},
      {"b/b.go", "package b\n\nimport \"example.com/m/a\"\n\nvar Y = a.X\n"},
  });
  CheckResult r = check_dir(dir.string());
  REQUIRE_FALSE(r.ok());
  REQUIRE(r.diags.size() == 1);
  CHECK(r.diags[0].file == (dir / "b/b.go").string());
  CHECK(r.diags[0].message ==
        "import cycle not allowed: package example.com/m imports example.com/m/a imports example.com/m/b imports "
        "example.com/m/a");
  fs::remove_all(dir);
}

TEST_CASE("a one-file program importing unicode/utf8 loads it from GOROOT with Go's symbol names") {
  if (find_goroot().empty()) return;  // no Go sources on this machine
  CheckResult r = check_file("prog.go", "package main\n\nimport \"unicode/utf8\"\n\nfunc main() { _ = utf8.RuneLen('x') }\n");
  REQUIRE(r.ok());
  REQUIRE(r.pkg->units.size() == 2);
  CHECK(r.pkg->units[0].ref->path == "unicode/utf8");
  CHECK(r.pkg->units[0].goroot);
  bool found = false;
  for (const FuncInfo* f : r.pkg->all_funcs) {
    if (f->pkg != nullptr && f->pkg->path == "unicode/utf8" && f->name == "RuneLen") found = true;
  }
  CHECK(found);
}

// part json: sync.Map is Go's sync/map.go read into the modelled sync package, only for a
// program that names it (load.cpp kSourceMembers).
TEST_CASE("sync.Map loads sync/map.go into the modelled sync package only when a file names it") {
  if (find_goroot().empty()) return;  // no Go sources on this machine
  CheckResult plain = check_file("prog.go", "package main\n\nimport \"sync\"\n\nfunc main() { var mu sync.Mutex; mu.Lock() }\n");
  REQUIRE(plain.ok());
  CHECK(plain.pkg->units.size() == 1);  // main only: sync stays the model's
  CheckResult r = check_file("prog.go",
                             "package main\n\nimport s \"sync\"\n\nfunc main() {\n\tvar m s . Map\n\tvar mu s.Mutex\n"
                             "\tmu.Lock()\n\tm.Store(1, 2)\n}\n");
  REQUIRE(r.ok());
  REQUIRE(r.pkg->units.size() == 2);
  CHECK(r.pkg->units[0].ref->path == "sync");
  REQUIRE(r.pkg->units[0].filenames.size() == 1);
  CHECK(r.pkg->units[0].filenames[0].ends_with("/src/sync/map.go"));
  bool store = false;
  for (const FuncInfo* f : r.pkg->all_funcs) {
    if (f->pkg != nullptr && f->pkg->path == "sync" && f->name == "(*Map).Store") store = true;
  }
  CHECK(store);
  // What sync still lacks says unsupported through the merged view, as from the modelled one.
  CheckResult bad = check_file("prog.go", "package main\n\nimport \"sync\"\n\nvar m sync.Map\n\nvar c sync.OnceFunc\n\nfunc main() {}\n");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.diags[0].message.find("undefined: sync.OnceFunc") != std::string::npos);
}
