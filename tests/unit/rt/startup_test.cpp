// Go's start-up allocations (sim/rt/startup.h, part startup18): which packages' init gosim must
// perform natively, and what schedinit and gcenable allocate, against Go 1.19.8's figures
// (gdb on runtime.mallocgc, GOMAXPROCS=1; docs/heap.md).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "sim/heap/heap.h"
#include "sim/base/goaddr.h"
#include "sim/rt/startup.h"

using namespace gosim;

namespace {

Model fresh_model(std::vector<std::string> env) {
  Model md;
  md.allp.resize(1);
  md.heap = heap::Heap(1, kZeroBase);
  md.heap.backing.p = &md.mem;
  md.env = std::move(env);
  return md;
}

}  // namespace

TEST_CASE("native_init_order: fmt alone initialises its thirteen allocating dependencies in Go's order") {
  const std::vector<std::string> got = native_init_order({"fmt", "runtime"}, {"main"});
  const std::vector<std::string> want = {"strconv", "sync", "unicode", "io", "internal/oserror", "syscall", "time",
                                         "path", "io/fs", "internal/poll", "internal/safefilepath", "os", "fmt"};
  CHECK(got == want);
}

TEST_CASE("native_init_order: packages loaded from source allocate by construction and are left out") {
  const std::vector<std::string> got =
      native_init_order({"fmt", "strings", "io", "unicode", "sync"}, {"io", "unicode", "strings", "main"});
  CHECK(std::find(got.begin(), got.end(), "io") == got.end());
  CHECK(std::find(got.begin(), got.end(), "unicode") == got.end());
  CHECK(std::find(got.begin(), got.end(), "strconv") != got.end());
  CHECK(native_init_order({"runtime"}, {"main"}).empty());
  CHECK(native_init_order({"time"}, {"main"}) == std::vector<std::string>{"sync", "internal/oserror", "syscall", "time"});
}

TEST_CASE("startup_schedinit: Go's 16 mallocs under GODEBUG= and GOMAXPROCS=1, three of them tiny") {
  Model md = fresh_model({"GODEBUG=", "GOMAXPROCS=1"});
  startup_schedinit(md, 1, false);
  const heap::MemStats ms = heap::ReadMemStats(md.heap);
  // cpuinit 1, doinit 3, gsignal 1, modulesinit 2, goargs 1, goenvs 3, procresize 5.
  CHECK(ms.Mallocs == 16);
  CHECK(ms.Frees == 3);  // "GODEBUG=" and a 4-byte mask and the coprimes packed in a tiny block
  CHECK(md.startup_objects.size() == 16);
  // Not live: cpuinit's GODEBUG copy and doinit's first two options arrays.
  CHECK(md.startup_roots.size() == 13);
}

TEST_CASE("startup_gcenable: the channel, two closures, the sudog, M2's three objects, the timer, main_init_done") {
  Model md = fresh_model({});
  startup_gcenable_go(md, true);
  startup_gcenable_go(md, false);
  startup_gcenable_wait(md);
  const heap::MemStats ms = heap::ReadMemStats(md.heap);
  CHECK(ms.Mallocs == 9);
  CHECK(ms.TotalAlloc == 112 + 16 + 16 + 96 + 1024 + 416 + 416 + 80 + 96);
}
