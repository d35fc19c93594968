// The exit statuses of a gosim run, shared by the CLI (what `gosim run` returns) and the state
// dump (`gosim state`'s exit.code), so both say the same number.
#pragma once

#include "sim/rt/runtime2.h"

namespace gosim {

// A simulated program exits as real Go would (0, its os.Exit code, 2 after a fatal error or an
// unrecovered panic); gosim's own refusals exit 1, like `go build`; a run cut short by a gosim
// limit exits 3; a gosim bug (a broken internal invariant) exits 4.
constexpr int kExitRefused = 1;
constexpr int kExitLimit = 3;
constexpr int kExitInternal = 4;  // gosim itself broke an invariant: a bug to report

// The status a finished run exits with: a limit stop (the engine's, even while the model's own
// exit_kind is still running) is kExitLimit; otherwise the model's exit code.
inline int exit_status(const Model& md) {
  if (md.engine.limit != LimitKind::kNone || md.exit_kind == ExitKind::kLimit) return kExitLimit;
  if (md.exit_kind == ExitKind::kInternal) return kExitInternal;
  return md.exit_code;
}

}  // namespace gosim
