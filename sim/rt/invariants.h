// Scheduler invariants the runtime keeps (and throws on) — checked after every event in tests
// and with `gosim run --check-invariants`.
#pragma once

#include <string>

#include "sim/rt/runtime2.h"

namespace gosim {

// Returns "" when the model is consistent, else the first broken rule in one sentence:
//  - every runnable G is in exactly one run queue slot (a runnext, a ring, the global queue)
//    and is nobody's current G; every running G is the current G of exactly one M, which holds
//    a P; a G in a syscall is the current G of an M without a P;
//  - P and M point at each other; an idle P has no M and an empty queue (Go: pidleput's throw);
//  - nmspinning counts the spinning Ms, each of which holds a P, and spinning Ms are limited to
//    about half the busy Ps (Go: findRunnable's 2*nmspinning < gomaxprocs-npidle rule, plus the
//    one wakep may add).
std::string check_sched_invariants(const Model& md);

}  // namespace gosim
