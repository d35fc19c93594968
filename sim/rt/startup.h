// The heap objects Go 1.19 allocates before main.main (part startup18, docs/heap.md "Absolute
// MemStats at main's start"): schedinit's, runtime.main's and gcenable's, and the package-level
// initialisation of the packages gosim models natively (fmt, os, time, sync, syscall) and of
// their dependencies gosim never loads (io, unicode, strconv, internal/poll, ...). Each is a
// real mallocgc on P0 with an AllocWhy naming the Go function, so MemStats at main's first line
// are Go's (GOMAXPROCS=1, the run's environment and a one-word argv).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "sim/heap/heap.h"
#include "sim/rt/runtime2.h"

namespace gosim {

// Whether a kMalloc event's AllocWhy is one of the start-up's (heap::malloc_event_why).
inline bool is_startup_alloc(heap::AllocWhy w) {
  return w >= heap::AllocWhy::kCpuinitGodebug && w <= heap::AllocWhy::kOsArgs;
}

// Go: proc.go schedinit, before newproc(runtime.main): cpuinit (GODEBUG's copy; internal/cpu's
// options unless the program runs internal/cpu from source, which then allocates them itself),
// mcommoninit's gsignal for m0, modulesinit, goargs, goenvs and procresize(nprocs).
void startup_schedinit(Model& md, int32_t nprocs, bool cpu_from_source);

// Go: proc.go newm -> allocm: the m struct, its gsignal g (mcommoninit -> mpreinit) and its g0.
void startup_allocm(Model& md);

// Go: mgc.go gcenable, before `go bgsweep(c)` (first=true: the channel and bgsweep's closure)
// or before `go bgscavenge(c)` (first=false: its closure).
void startup_gcenable_go(Model& md, bool first);

// Go: gcenable's `<-c` (acquireSudog; the locked main M hands its P to a new M: handoffp ->
// startm -> newm), bgscavenge's timer, then runtime.main's main_init_done channel.
void startup_gcenable_wait(Model& md);

// Go: the init tasks of `pkgs` (Go import paths, in init order: native_init_order), as
// doInit runs them. os's first NewFile sets a finalizer, which starts the finalizer goroutine:
// `start_runfinq` creates it there.
void startup_package_inits(Model& md, const std::vector<std::string>& pkgs, const std::function<void()>& start_runfinq);

// The packages whose initialisation Go runs for a program importing `imports`, that gosim
// neither loads from source (`from_source`) nor can skip: the closure of Go 1.19's import
// graph over the natively modelled packages, restricted to packages whose init allocates, in
// Go's init order.
std::vector<std::string> native_init_order(const std::vector<std::string>& imports,
                                           const std::vector<std::string>& from_source);

}  // namespace gosim
