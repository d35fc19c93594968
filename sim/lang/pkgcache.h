// The standard library, parsed and type-checked once per process.
//
// A program's GOROOT packages (load.h) cost most of its check: `strings` and `strconv` with
// their imports are ~100 files and 650 KB of Go. Everything that checks many programs in one
// process (the visualizer's what-if re-runs, `gosim lesson check`, the test runners) shares
// one cache: a Package (`world`) that holds the universe, the modelled packages and every
// GOROOT package checked so far. A program's own Package layers over it (check.h
// Package::base): its units list the shared units it imports, in its own initialization
// order, and its types and objects continue the world's numbering. A GOROOT package is
// parsed and checked the first time a program imports it and never again; it depends only
// on the packages it imports, so it is the same for every program (Go's compiler reuses a
// package's export data on the same ground). Checked parts are never changed afterwards;
// checks are serialized by the cache's lock, so the world only grows while no one else
// checks. A package with errors is not kept (the next program that imports it checks it
// again and gets the same errors).
//
// GOSIM_CACHE=off turns the cache off: every check then reads, parses and checks its GOROOT
// packages itself, as a cold process does. Both give the same program (tests/unit/lang/
// pkgcache_test.cpp compares trace hashes).
//
// Not cached on disk: measured (docs/go-subset.md, "Packages from source"), parsing and
// checking the GOROOT packages is ~35 ms of a ~200 ms `gosim run`; most of a cold run is the
// first touch of fresh memory, which reading a serialized tree would pay as well.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "sim/lang/check.h"

namespace gosim::lang {

class ErrorList;

struct StdlibCacheStats {
  int files_parsed = 0;      // GOROOT files parsed into the cache
  int packages_checked = 0;  // GOROOT packages type-checked into the cache
  int packages_reused = 0;   // times a program took an already checked package
};

class StdlibCache {
 public:
  StdlibCache();

  std::mutex mu;                   // held by a check from loading to its last unit
  std::shared_ptr<Package> world;  // storage of the shared units (never the main package)
  StdlibCacheStats stats;

  // A checked package's unit in `world` and what it added to the world's program-wide lists,
  // which a program's Package gets in its own unit order (what a cold check appends there).
  struct Entry {
    size_t unit = 0;  // index into world->units
    std::vector<Object*> globals, consts, type_names, funcs_decl;
    std::vector<FuncInfo*> all_funcs;
  };
  const Entry* find(const std::string& path) const;
  // Checks `u` (read into world's storage by the loader) into the world; nullptr (nothing
  // kept) on errors, which go to `errors`.
  const Entry* check(const Unit& u, ErrorList* errors, const std::vector<std::string>& loaded, const Package* program);
  // Appends the entry's lists to a program's Package, as a cold check of the unit would.
  static void splice(const Entry& e, Package* pkg);

 private:
  std::map<std::string, Entry> done_;
};

// The process's cache, or nullptr when GOSIM_CACHE=off.
StdlibCache* stdlib_cache();
StdlibCacheStats stdlib_cache_stats();
// Forgets every cached package (tests: a cold start within one process).
void stdlib_cache_reset();

// Checks one unit of pkg (subset check, then types); false on errors (check.cpp).
// `program` (optional) is the program whose imports name where a deep refusal is reported.
bool check_unit(Package* pkg, Unit& u, ErrorList* errors, const std::vector<std::string>& loaded,
                const Package* program = nullptr);

}  // namespace gosim::lang
