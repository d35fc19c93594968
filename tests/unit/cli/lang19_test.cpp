// Part lang19: what a program sees of os.RemoveAll("/") and of a standard-library package that
// imports GOROOT's vendored golang.org/x packages, through the gosim binary.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <algorithm>
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

Result run(const std::string& args) {
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
  const auto dir = std::filesystem::temp_directory_path() / "gosim_lang19_test";
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  std::ofstream(path) << text;
  return path.string();
}

}  // namespace

// The program below is not a conformance program: gen.sh would run it on the host. Its expected
// output is what Go 1.19.8's binary (CGO_ENABLED=0) printed as root in a chroot of an empty
// directory (so "/" was that directory): everything below "/" went, and rmdir("/") was EBUSY.
TEST_CASE("os.RemoveAll(\"/\") empties the virtual tree and fails as Go's does: unlinkat .//: EBUSY") {
  const std::string prog = temp_file("removeall_root.go", R"(package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func main() {
	os.MkdirAll("/data/sub", 0755)
	os.WriteFile("/data/sub/a.txt", []byte("a"), 0644)
	os.WriteFile("/top.txt", []byte("t"), 0644)
	err := os.Remove("/")
	fmt.Println("Remove:", err)
	err = os.RemoveAll("/")
	fmt.Println("RemoveAll:", err)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Printf("op=%q path=%q errno=%v busy=%v\n", pe.Op, pe.Path, pe.Err, pe.Err == syscall.EBUSY)
	}
	_, err = os.Stat("/data")
	fmt.Println("data gone:", os.IsNotExist(err))
	_, err = os.Stat("/top.txt")
	fmt.Println("top gone:", os.IsNotExist(err))
	fmt.Println("RemoveAll(\"/.\"):", os.RemoveAll("/."))
	fmt.Println("RemoveAll(\"//\"):", os.RemoveAll("//"))
}
)");
  const Result r = run("run " + prog);
  CHECK(r.status == 0);
  CHECK(r.out ==
        "Remove: remove /: device or resource busy\n"
        "RemoveAll: unlinkat .//: device or resource busy\n"
        "op=\"unlinkat\" path=\".//\" errno=device or resource busy busy=true\n"
        "data gone: true\n"
        "top gone: true\n"
        "RemoveAll(\"/.\"): RemoveAll /.: invalid argument\n"
        "RemoveAll(\"//\"): unlinkat .//: device or resource busy\n");
}

TEST_CASE("an import that cannot load is one positioned line, even when many packages below it fail") {
  const std::string prog = temp_file("expvar_import.go", R"(package main

import (
	"expvar"
	"fmt"
)

func main() {
	c := expvar.NewInt("hits")
	c.Add(3)
	fmt.Println(c.Value())
}
)");
  const Result r = run("run " + prog);
  CHECK(r.status == 1);
  // One line (the vendored golang.org/x packages resolve under GOROOT/src/vendor, so no raw
  // "no required module provides package golang.org/x/..." line from a GOROOT file).
  CHECK(r.out.rfind(prog + ":4:2: unsupported: import \"expvar\" needs ", 0) == 0);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 1);
  CHECK(r.out.find("golang.org/x/") == std::string::npos);
}
