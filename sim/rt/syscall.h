// Blocking system calls — Go 1.19 proc.go entersyscall / exitsyscall.
#pragma once

#include "sim/base/config.h"
#include "sim/rt/runtime2.h"

namespace gosim {

// Go: entersyscall (reentersyscall) — the running G enters a system call lasting `duration`;
// its M keeps it, the P stays in _Psyscall without an M until sysmon retakes it or the call
// returns. The call's return is put on the agenda.
// sysno and fd, when known, name the call in its event (Go: the syscall package's SYS_* numbers
// on linux/amd64; -1: not named, as for syscall.Nanosleep).
constexpr int64_t kSysUnnamed = -1;
constexpr int64_t kSysRead = 0;   // SYS_read (part vfs)
constexpr int64_t kSysWrite = 1;  // SYS_write
void entersyscall(Model& md, int32_t pid, VTime duration, int64_t sysno = kSysUnnamed, int64_t fd = 0);

// Go: entersyscall's entersyscall_sysmon — any system call (a write to stdout, a socket read)
// wakes sysmon from its deep sleep.
void wake_sysmon(Model& md);

// How exitsyscall got the G running again (SyscallExit's `path` argument).
enum class SyscallExitPath : int32_t { kFastOldP = 0, kFastIdleP = 1, kSlow = 2 };

// Go: exitsyscall — M `mid`'s system call returned. Fast paths: reacquire the old P if nobody
// took it, else any idle P; the G keeps running (returns the P). Slow path (exitsyscall0): the
// G goes to the global queue and the M stops (returns -1).
int32_t exitsyscall(Model& md, int32_t mid);

}  // namespace gosim
