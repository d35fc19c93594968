// Program: the code goroutines run, as the runtime model sees it.
//
// The runtime does not care whether a G's code is interpreted Go (sim/interp) or a small C++
// body in a test: it asks the Program for a coroutine that runs G number `g`, and for names and
// source positions when it must print them (sentences, tracebacks, deadlock dumps).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "sim/base/lang.h"
#include "sim/engine/task.h"
#include "sim/rt/runtime2.h"

namespace gosim {

class Machine;

// One line of a goroutine traceback, as Go prints it: "main.worker(...)" then "\tfile:line".
struct TraceFrame {
  std::string func;  // "main.worker"
  std::string file;  // as the user named it
  int32_t line = 0;
};

class Program {
 public:
  virtual ~Program() = default;

  // Starts — or after a checkpoint restore, restarts — the code of G `g`. The coroutine must
  // follow the rule in task.h: all of its state lives in the G, so a fresh one continues where
  // an old one stopped.
  virtual GTask body(Machine& machine, GIdx g) const = 0;

  // "main.main", "main.worker" — for sentences and dumps.
  virtual std::string func_name(int32_t entry) const = 0;

  // The goroutine's call stack, innermost first, for `goroutine N [reason]:` dumps.
  virtual std::vector<TraceFrame> traceback(const Machine& machine, GIdx g) const = 0;

  // Where the `go` statement that created G `g` is ("created by main.main\n\tfile:line").
  virtual TraceFrame created_by(const Machine& machine, GIdx g) const { return {}; }

  // Whether package os is initialised (imported directly or through fmt): its init sets a
  // finalizer, which starts the finalizer goroutine, so user goroutines are numbered from 6
  // instead of 5.
  virtual bool initialises_os() const { return true; }

  // part startup18 (sim/rt/startup.h): whether the run allocates what Go allocates before
  // main.main (an interpreted program does; a C++ test body keeps the heap empty), whether it
  // runs internal/cpu from source (which then makes doinit's allocations itself), and the Go
  // packages whose init gosim performs natively (native_init_order).
  virtual bool models_startup_heap() const { return false; }
  virtual bool runs_internal_cpu() const { return false; }
  virtual std::vector<std::string> native_init_packages() const { return {}; }

  // Puts the program's static data (string literals, type descriptors) into a fresh model's
  // memory before anything runs.
  virtual void load(Model& model) const {}

  // The package-level variables' block [addr, addr+size), a root of the garbage collector
  // (Go: the data and bss sections, markrootBlock). {0, 0} when the program has none.
  virtual std::pair<uint64_t, uint64_t> gc_globals() const { return {0, 0}; }

  // How real Go would pass function `fn`'s arguments and results (register ABI) and the size
  // of its argument area, in one clause for the call event's sentence; "" when unknown.
  virtual std::string abi_note(int32_t fn, Lang lang) const { return {}; }

  // Library frames (issue 19, sim/run/lib_calls.h): whether function `entry` is library code, a
  // function of a package read from GOROOT's source or of gosim's own runtime.main/doInit (the
  // package initialization before main.main). The user's program is everything else.
  virtual bool is_library(int32_t entry) const { return false; }
  // The line G gi's innermost user-code frame is at in `md` (the call into the library it waits
  // on, while library frames run above it); 0 when it has none.
  virtual int32_t user_line(const Model& md, GIdx gi) const { return 0; }
};

}  // namespace gosim
