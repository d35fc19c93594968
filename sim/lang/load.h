// Loading a program's packages from Go source: the main package (one file, or a directory
// with go.mod like `go run .`), the packages of its module, and the standard library's from
// GOROOT/src.
//
// Go: cmd/go/internal/load (PackagesAndErrors, the import stack and its "import cycle not
// allowed"), go/build (which files: build_tags.h) and cmd/go's module resolution, reduced to
// what a program without dependencies needs: an import path is
//  - a package gosim models in C++ (fmt, runtime, sync, ...: modelled_package), not loaded;
//  - inside the main module (go.mod's `module` path, or a path below it): a directory of it;
//  - a standard-library path (no dot in its first element): GOROOT/src/<path>;
//  - anything else is refused as go build refuses it without a go.sum: "no required module
//    provides package".
// The packages become lang::Units in initialization order (Go: dependencies first, in the
// order the imports appear, each package once), the main package last; check_units then
// type-checks them in that order.
//
// GOROOT: $GOROOT if it holds src/, else the installation of the `go` on PATH (what `go env GOROOT` prints, found without running it), else Debian's /usr/lib/go-1.19 or
// /usr/share/go-1.19 (find_goroot). What gosim refuses, each at the import or declaration
// with `unsupported: ... (reason)`: cgo (`import "C"`), functions written in assembly that have
// no intrinsic, and `//go:linkname` to a symbol gosim has no other end for (intrinsics.h lists
// what it runs). Package unsafe is the checker's (universe.cpp), never loaded.
#pragma once

#include <string>
#include <string_view>

#include "sim/lang/check.h"

namespace gosim::lang {

class ErrorList;

// The Go 1.19 installation whose sources gosim reads ("" if none was found).
const std::string& find_goroot();

// Whether the parsed file imports a package that must be loaded from source.
bool imports_source_packages(const File& file, std::string_view source);

// Checks a one-file program whose imports need source packages: loads them, then checks
// every unit. `file` was parsed from `source` (kept alive by the caller's Package).
CheckResult check_with_imports(std::string_view filename, std::string_view source, std::unique_ptr<File> file,
                               ErrorList* errors);

// A directory program (`gosim run DIR`): DIR/go.mod names the module; the .go files of DIR
// are package main.
CheckResult check_dir(std::string_view dir);

// Whether gosim models the package in C++ rather than loading its source (subset.cpp).
bool modelled_package(std::string_view path);

}  // namespace gosim::lang
