// The interpreter: runs a goroutine's IR inside its coroutine.
//
// A G's body loops: execute instructions of the innermost frame until one needs the runtime
// (go, a lock, a channel, a sleep, output, exit…), put the request in the G, suspend. Plain
// arithmetic, loads, stores and calls never suspend; a long stretch of them yields at a
// preemption point every few microseconds of virtual time. Frames, the stack bounds and
// deferred calls live in the G (GCode), values in simulated memory, so a fresh coroutine after a
// checkpoint restore continues exactly where the old one stopped.
#pragma once

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "sim/ir/ir.h"
#include "sim/rt/machine.h"
#include "sim/rt/program.h"
#include "sim/rt/startup.h"

namespace gosim::interp {

class Interp final : public Program {
 public:
  explicit Interp(ir::Module module);

  GTask body(Machine& machine, GIdx g) const override;
  std::string func_name(int32_t entry) const override;
  std::vector<TraceFrame> traceback(const Machine& machine, GIdx g) const override;
  std::string trace_file(const std::string& file) const;  // part lang19: module files by import path
  TraceFrame created_by(const Machine& machine, GIdx g) const override;
  bool initialises_os() const override { return module_.initialises_os; }
  bool models_startup_heap() const override { return true; }
  bool runs_internal_cpu() const override {
    return std::find(module_.source_packages.begin(), module_.source_packages.end(), "internal/cpu") !=
           module_.source_packages.end();
  }
  std::vector<std::string> native_init_packages() const override {
    return native_init_order(module_.imported_packages, module_.source_packages);
  }
  void load(Model& model) const override;
  std::pair<uint64_t, uint64_t> gc_globals() const override {
    return {module_.globals_addr, static_cast<uint64_t>(module_.globals_size)};
  }

  std::string abi_note(int32_t fn, Lang lang) const override {
    const std::vector<std::string>& notes = abi_notes_[static_cast<size_t>(lang)];
    return fn >= 0 && static_cast<size_t>(fn) < notes.size() ? notes[static_cast<size_t>(fn)] : std::string();
  }
  // One clause per function (by entry number) for the call events, in one language:
  // sim/ir/frames.h abi_note.
  void set_abi_notes(Lang lang, std::vector<std::string> notes) { abi_notes_[static_cast<size_t>(lang)] = std::move(notes); }

  // Library frames (lib_frames.h).
  bool is_library(int32_t entry) const override {
    return entry >= 0 && static_cast<size_t>(entry) < is_lib_.size() && is_lib_[static_cast<size_t>(entry)] != 0;
  }
  int32_t user_line(const Model& md, GIdx gi) const override;
  const std::vector<uint8_t>& library_flags() const { return is_lib_; }

  const ir::Module& module() const { return module_; }
  int32_t main_entry() const { return module_.runtime_main; }

  // Runs G `g` until it has a request for the runtime; false when its function returned.
  bool run(Machine& mc, GIdx g) const;

 private:
  ir::Module module_;
  int32_t errstring_type_ = -1;  // *errors.errorString, for errors.New
  std::array<std::vector<std::string>, 2> abi_notes_;  // by Lang
  std::vector<uint8_t> is_lib_;  // by entry: library code (lib_frames.h)
};

}  // namespace gosim::interp
