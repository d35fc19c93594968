// Part log19 (issue #19): runtime.Caller, Callers, FuncForPC, (*Func).Name/FileLine/Entry,
// CallersFrames and (*Frames).Next over the running goroutine's frames.
//
// Go: runtime/extern.go Caller/Callers and runtime/symtab.go. Go walks the stack and reads the
// pc tables; gosim's frames already know each frame's function and instruction, so the logical
// frames are those of the traceback (interp.cpp Interp::traceback) plus the runtime's own that
// Go's Callers reports and its printed traceback hides: runtime.main and doInit (gosim has them),
// runtime.Callers itself (skip 0), runtime.gopanic under a deferred call a panic runs, and
// runtime.goexit at the bottom. Wrapper functions are left out, as gentraceback elides them.
//
// Simplified (docs/go-subset.md): a pc is gosim's encoding, not an address in Go's text —
// kPcBase + function << 20 + instruction + 1 (a return address, one past the call); a *Func is
// the function's entry pc, never dereferenced by the program. Function and file names are
// strings in a read-only table (kNameBase), as Go's point into pclntab: they allocate nothing
// (Caller's two allocations are its slice and Frames, made here as Go makes them). The file
// is absolute, as `go run` records it (a program built with -trimpath, as the conformance corpus
// is, prints ./NAME.go instead: its programs print filepath.Base or use Lshortfile).
#include <filesystem>
#include <string>
#include <vector>

#include "sim/interp/exec.h"
#include "sim/interp/frame_view.h"
#include "sim/interp/interp.h"
#include "sim/lang/load.h"
#include "sim/lang/object.h"

namespace gosim::interp {

using lang::LibFunc;

namespace {

constexpr uint64_t kPcBase = 0x7e0000000000;    // gosim's "text": pcs and *Func values
constexpr uint64_t kNameBase = 0x7d0000000000;  // gosim's "pclntab": function and file names
constexpr uint64_t kNameSlot = 4096;            // per function: name at +0, file at +2048
constexpr int32_t kFnBits = 20;
// Runtime frames gosim has no function for.
constexpr int32_t kSynCallers = 0xFFFFF;  // runtime.Callers (runtime/extern.go:247)
constexpr int32_t kSynGoexit = 0xFFFFE;   // runtime.goexit (runtime/asm_amd64.s:1594)
constexpr int32_t kSynGopanic = 0xFFFFD;  // runtime.gopanic (runtime/panic.go:884)

struct LFrame {
  int32_t fn;  // function index or kSyn*
  int32_t at;  // instruction whose line the frame is at (-1: the function's first line)
};

uint64_t pc_of(const LFrame& f) {
  return kPcBase + (static_cast<uint64_t>(f.fn) << kFnBits) + static_cast<uint64_t>(f.at + 1);
}

bool decode(uint64_t pc, size_t nfuncs, LFrame* out) {
  if (pc < kPcBase) return false;
  const uint64_t off = pc - kPcBase;
  const auto fn = static_cast<int32_t>(off >> kFnBits);
  if (fn < kSynGopanic && static_cast<size_t>(fn) >= nfuncs) return false;
  if (fn > kSynCallers) return false;
  *out = LFrame{fn, static_cast<int32_t>(off & ((1u << kFnBits) - 1)) - 1};
  return true;
}

}  // namespace

bool Exec::callers_lib(int64_t id, uint64_t args, uint64_t results) {
  // The logical frames, innermost first: runtime.Callers, then the goroutine's frames.
  auto frames = [&] {
    std::vector<LFrame> out{{kSynCallers, 0}};
    const GCode& c = code();
    for (auto it = c.frames.rbegin(); it != c.frames.rend(); ++it) {
      const ir::Function& f = mod_.funcs[static_cast<size_t>(it->fn)];
      if (f.wrapper) continue;
      // As frame_line: inside an instruction the frame is at the one before pc.
      const bool at_pc = it->at_safe_point || it->at_return;
      out.push_back(LFrame{it->fn, at_pc ? it->pc : it->pc - 1});
      if (it->deferred_call) out.push_back(LFrame{kSynGopanic, 0});
    }
    out.push_back(LFrame{kSynGoexit, 0});
    return out;
  };
  auto name_of = [&](int32_t fn) -> std::string {
    switch (fn) {
      case kSynCallers: return "runtime.Callers";
      case kSynGoexit: return "runtime.goexit";
      case kSynGopanic: return "runtime.gopanic";
      default: return mod_.funcs[static_cast<size_t>(fn)].name;
    }
  };
  auto file_line = [&](const LFrame& f) -> std::pair<std::string, int64_t> {
    const std::string src = lang::find_goroot().empty() ? std::string() : lang::find_goroot() + "/src/";
    switch (f.fn) {
      case kSynCallers: return {src + "runtime/extern.go", 247};
      case kSynGoexit: return {src + "runtime/asm_amd64.s", 1594};
      case kSynGopanic: return {src + "runtime/panic.go", 884};
      default: break;
    }
    const ir::Function& fn = mod_.funcs[static_cast<size_t>(f.fn)];
    const auto at = static_cast<size_t>(f.at < 0 ? 0 : f.at);
    const int64_t line = f.at >= 0 && at < fn.pos_of.size() && fn.pos_of[at].line > 0 ? fn.pos_of[at].line : fn.pos.line;
    // Go (go run, no -trimpath) records absolute paths: the program's file from the directory
    // it was given in, GOROOT's for the library and the runtime frames gosim writes itself.
    if (fn.file.starts_with("runtime/")) return {src + fn.file, line};
    return {std::filesystem::absolute(fn.file).lexically_normal().string(), line};
  };
  // A read-only string for the function's name (slot 0) or file (slot 1), written once in
  // gosim's name table; stores the header at dst.
  auto table_string = [&](uint64_t dst, int32_t fn, int slot, const std::string& s) {
    if (s.empty()) {
      st8(dst, 0);
      st8(dst + 8, 0);
      return;
    }
    const size_t n = std::min<size_t>(s.size(), kNameSlot / 2);
    const uint64_t at = kNameBase + static_cast<uint64_t>(fn) * kNameSlot + static_cast<uint64_t>(slot) * (kNameSlot / 2);
    if (mem_.load(at, 1) == 0) mem_.write(at, s.data(), n);
    st8(dst, at);
    st8(dst + 8, n);
  };
  // Go: runtime.Frame{PC, Func, Function, File, Line, Entry, funcInfo} (80 bytes) at dst.
  auto put_frame = [&](uint64_t dst, const LFrame& f) {
    const auto [file, line] = file_line(f);
    const uint64_t entry = kPcBase + (static_cast<uint64_t>(f.fn) << kFnBits);
    st8(dst, pc_of(f));
    st8(dst + 8, entry);
    table_string(dst + 16, f.fn, 0, name_of(f.fn));
    table_string(dst + 32, f.fn, 1, file);
    st8(dst + 48, static_cast<uint64_t>(line));
    st8(dst + 56, entry);
    st8(dst + 64, 0);
    st8(dst + 72, 0);
  };
  const size_t nfuncs = mod_.funcs.size();
  switch (static_cast<LibFunc>(id)) {
    case LibFunc::RuntimeCaller: {
      // Go: Caller(skip) is the frame Callers(skip+1) would report first. Its body allocates
      // twice, as measured (MemStats.Mallocs: 2 per call): rpc := make([]uintptr, 1) (8 bytes,
      // no pointers) and CallersFrames(rpc)'s &Frames{} (208 bytes), both escaping.
      const auto skip = static_cast<int64_t>(ld8(args));
      const uint64_t rpc = alloc(8, false);
      const std::vector<LFrame> fs = frames();
      if (skip < 0 || static_cast<size_t>(skip) + 1 >= fs.size()) {
        for (int k = 0; k < 5; ++k) st8(results + 8 * static_cast<uint64_t>(k), 0);
        return false;
      }
      const LFrame& f = fs[static_cast<size_t>(skip) + 1];
      st8(rpc, pc_of(f));
      const uint64_t ci = alloc(208);  // the Frames Next reads rpc through (Go: n < 1 returns first)
      st8(ci, rpc);
      st8(ci + 8, 1);
      st8(ci + 16, 1);
      const auto [file, line] = file_line(f);
      st8(results, pc_of(f));
      table_string(results + 8, f.fn, 1, file);
      st8(results + 24, static_cast<uint64_t>(line));
      mem_.store(results + 32, 1, 1);
      return false;
    }
    case LibFunc::RuntimeCallers: {
      auto skip = static_cast<int64_t>(ld8(args));
      const uint64_t arr = ld8(args + 8);
      const uint64_t len = ld8(args + 16);
      const std::vector<LFrame> fs = frames();
      uint64_t n = 0;
      if (skip < 0) skip = 0;
      for (size_t k = static_cast<size_t>(skip); k < fs.size() && n < len; ++k, ++n) st8(arr + 8 * n, pc_of(fs[k]));
      st8(results, n);
      return false;
    }
    case LibFunc::RuntimeFuncForPC: {
      LFrame f{};
      st8(results, decode(ld8(args), nfuncs, &f) ? kPcBase + (static_cast<uint64_t>(f.fn) << kFnBits) : 0);
      return false;
    }
    case LibFunc::RuntimeFuncName:
    case LibFunc::RuntimeFuncEntry:
    case LibFunc::RuntimeFuncFileLine: {
      // Go: a nil *Func has the name "" and entry 0; FileLine reads the pc it is given.
      LFrame f{};
      const bool ok = decode(ld8(args), nfuncs, &f);
      if (static_cast<LibFunc>(id) == LibFunc::RuntimeFuncName) {
        table_string(results, f.fn, 0, ok ? name_of(f.fn) : std::string());
      } else if (static_cast<LibFunc>(id) == LibFunc::RuntimeFuncEntry) {
        st8(results, ok ? kPcBase + (static_cast<uint64_t>(f.fn) << kFnBits) : 0);
      } else {
        LFrame at{};
        if (!ok || !decode(ld8(args + 8), nfuncs, &at) || at.fn != f.fn) at = LFrame{f.fn, -1};
        const auto [file, line] = ok ? file_line(at) : std::pair<std::string, int64_t>{"", 0};
        table_string(results, f.fn, 1, file);
        st8(results + 16, static_cast<uint64_t>(line));
      }
      return false;
    }
    case LibFunc::RuntimeCallersFrames: {
      // Go: return &Frames{callers: callers} — Frames is 208 bytes (callers, frames, frameStore).
      const uint64_t ci = alloc(208);
      mem_.copy(ci, args, 24);
      st8(results, ci);
      return false;
    }
    case LibFunc::RuntimeFramesNext: {
      // Go: Next returns the next frame and whether a further call returns one; gosim's pcs
      // are one per logical frame already (Go expands inlined frames here).
      const uint64_t ci = ld8(args);
      const uint64_t arr = ld8(ci);
      const uint64_t len = ld8(ci + 8);
      LFrame f{};
      if (len == 0 || !decode(ld8(arr), nfuncs, &f)) {
        mem_.zero(results, 80);
        mem_.store(results + 80, 0, 1);
        if (len != 0) {
          st8(ci + 8, 0);
          st8(ci + 16, 0);
        }
        return false;
      }
      put_frame(results, f);
      // ci.callers = ci.callers[1:]: the pointer stays inside the same array (no barrier needed).
      st8(ci, len > 1 ? arr + 8 : arr);
      st8(ci + 8, len - 1);
      st8(ci + 16, ld8(ci + 16) - 1);
      mem_.store(results + 80, len > 1 ? 1 : 0, 1);
      return false;
    }
    default: break;
  }
  return false;
}

}  // namespace gosim::interp
