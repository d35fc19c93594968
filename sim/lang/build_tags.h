// Which .go files of a package directory go build compiles for linux/amd64.
//
// Go: go/build (Context.MatchFile: goodOSArchFile, shouldBuild) and go/build/constraint
// (the `//go:build` expression grammar). A file is compiled when
//  - its name does not start with "_" or "." and does not end in "_test.go";
//  - its name's suffix, if any, matches: name_GOOS.go, name_GOARCH.go, name_GOOS_GOARCH.go
//    with GOOS/GOARCH from Go 1.19's known lists (go/build/syslist.go);
//  - its `//go:build` line (before the package clause), if any, is true with the tags
//    linux, amd64, unix, gc and go1.1 … go1.19 set.
// What gosim simplifies: cgo is off (as CGO_ENABLED=0: the tag `cgo` is false, and gosim
// refuses `import "C"`); files with only the old `// +build` lines are built (Go 1.19's
// standard library has `//go:build` lines everywhere).
#pragma once

#include <string>
#include <string_view>

namespace gosim::lang {

// Go: build.Context.goodOSArchFile for linux/amd64 (name is a base name). generic_arch: as
// for a GOARCH other than amd64 (see runs_generic_go).
bool good_os_arch_file(std::string_view name, bool generic_arch = false);

// Go: constraint.Parse + Expr.Eval for linux/amd64, cgo off; `expr` is the text after
// "//go:build". A malformed expression is false, and *bad (if not null) becomes true.
bool eval_build_expr(std::string_view expr, bool* bad, bool generic_arch = false);

// The `//go:build` expression of a file (text before its package clause), or "" if none.
std::string go_build_line(std::string_view source);

// Whether go build compiles the file `name` (a base name) with this source for linux/amd64.
bool go_file_selected(std::string_view name, std::string_view source, bool generic_arch = false);

// Whether gosim builds the standard-library package `path` from its portable Go files instead of
// its amd64 assembly (crypto/sha256, crypto/sha1, crypto/md5, crypto/sha512, hash/crc32): the
// files Go compiles where it has no assembly for them. gosim runs the generic Go code where Go
// on amd64 uses assembly (docs/go-subset.md).
bool runs_generic_go(std::string_view path);

}  // namespace gosim::lang
