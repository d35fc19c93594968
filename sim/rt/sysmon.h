// sysmon — Go 1.19 proc.go sysmon, retake, preemptone: the runtime's watchdog thread.
#pragma once

#include "sim/base/config.h"
#include "sim/rt/runtime2.h"

namespace gosim {

constexpr VTime kForcePreemptNS = 10'000'000;  // Go: forcePreemptNS, 10ms
constexpr VTime kForceGCPeriod = 120'000'000'000;  // Go: forcegcperiod, 2 minutes

// Creates sysmon's M (Go: runtime.main's newm(sysmon, nil, -1)) and its first wake-up.
void newm_sysmon(Model& md);

// One turn of sysmon's loop, after its usleep: deep sleep when every P is idle, else retake
// Ps from system calls and ask long-running Gs to stop; then the next usleep, 20 µs doubling
// after 50 idle turns up to 10 ms.
void sysmon_cycle(Model& md, const Config& config);

// Go: proc.go schedtrace — the SCHED lines GODEBUG=schedtrace prints, in Go 1.19's format.
std::string schedtrace(const Model& md, bool detailed);

}  // namespace gosim
