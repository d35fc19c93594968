// The library functions the Go subset provides (fmt, errors, os, runtime, sync, time) and the
// builtins print, println and panic. Each reads its arguments from a parameter block laid out
// as Go lays out its signature, writes its results, and either finishes at once or hands the
// runtime a request (a write, a lock, a sleep…).
#include <cstring>

#include "sim/heap/heap.h"
#include "sim/interp/exec.h"
#include "sim/interp/interp.h"
#include "sim/lang/object.h"

namespace gosim::interp {

using lang::LibFunc;

// Go: time/time.go Duration.String — "1h2m3.5s", "1.5ms", "0s".
std::string duration_string(int64_t d) {
  if (d == 0) return "0s";
  const bool neg = d < 0;
  uint64_t u = neg ? static_cast<uint64_t>(0) - static_cast<uint64_t>(d) : static_cast<uint64_t>(d);
  auto frac = [](uint64_t v, int prec, std::string* out) {  // digits after the point, trailing zeros cut
    std::string digits;
    bool print = false;
    for (int i = 0; i < prec; ++i) {
      const uint64_t digit = v % 10;
      print = print || digit != 0;
      if (print) digits.insert(digits.begin(), static_cast<char>('0' + digit));
      v /= 10;
    }
    if (print) *out = "." + digits;
    return v;
  };
  std::string out;
  if (u < 1000000000ULL) {
    // Sub-second: ns, µs or ms with a fraction.
    std::string f;
    std::string unit;
    uint64_t whole = u;
    if (u < 1000ULL) {
      unit = "ns";
    } else if (u < 1000000ULL) {
      unit = "\xC2\xB5s";
      whole = frac(u, 3, &f);
    } else {
      unit = "ms";
      whole = frac(u, 6, &f);
    }
    out = std::to_string(whole) + f + unit;
  } else {
    std::string f;
    uint64_t secs = frac(u, 9, &f);
    std::string s = std::to_string(secs % 60) + f + "s";
    secs /= 60;
    if (secs > 0) {
      s = std::to_string(secs % 60) + "m" + s;
      secs /= 60;
      if (secs > 0) s = std::to_string(secs) + "h" + s;
    }
    out = s;
  }
  return neg ? "-" + out : out;
}

bool Exec::lib(int64_t id, uint64_t args, uint64_t results) {
  const FmtContext fc = fmt_context();
  code().in_lib = id;
  // fmt runs a value's Error or String method to completion inside the call (call_method); a
  // method that grows the stack moves it (copystack), and the caller's result block with it.
  // Where the results are written after formatting, they are re-based onto the new stack.
  const uint64_t stack_lo0 = code().stack_lo, stack_hi0 = code().stack_hi;
  auto rebase_results = [&] {
    const uint64_t hi = code().stack_hi;
    if (hi != stack_hi0 && results >= stack_lo0 && results < stack_hi0) results = results - stack_hi0 + hi;
  };
  // part vfs2: an os call that makes several system calls runs again for each (lib_vfs.cpp).
  if (!code().sys_queue.empty()) return vfs_next();
  auto write_out = [&](int fd, const std::string& text) {
    Request r;
    r.kind = ReqKind::kWrite;
    r.a = fd;
    r.text = text;
    request(std::move(r));
  };
  auto set_int = [&](uint64_t at, int64_t v) {
    if (results != 0) st8(at, static_cast<uint64_t>(v));
  };
  auto set_string = [&](uint64_t at, const std::string& s) {
    if (results == 0) return;
    // Go: fmt's string(p.buf) is slicebytetostring: a one-byte result points into
    // staticuint64s (when the program has the table: it does for any such conversion).
    if (s.size() == 1 && mod_.staticuint64s != 0) {
      st8(at, mod_.staticuint64s + 8 * static_cast<uint8_t>(s[0]));
    } else {
      st8(at, new_string(s));
    }
    st8(at + 8, s.size());
  };
  auto sync_req = [&](ReqKind k, int64_t b = 0) {
    Request r;
    r.kind = k;
    r.a = static_cast<int64_t>(ld8(args));
    r.b = b;
    request(std::move(r));
    return true;
  };
  if (id >= ir::kLibBuiltinBase) {
    const auto b = static_cast<lang::BuiltinId>(id - ir::kLibBuiltinBase);
    const uint64_t arr = ld8(args);
    const auto n = static_cast<int64_t>(ld8(args + 8));
    if (b == lang::BuiltinId::Panic) {
      const uint64_t v[2] = {ld8(arr), ld8(arr + 8)};
      panic_text(panic_value(fc, arr), v);
      return requested_;
    }
    if (b == lang::BuiltinId::Slice) {
      // Go: runtime/unsafe.go unsafeslice (panicunsafeslicelen, panicunsafeslicenilptr).
      const uint64_t size = ld8(args + 16);
      const unsigned __int128 mem = static_cast<unsigned __int128>(size) * static_cast<uint64_t>(n);
      if (n < 0 || mem > static_cast<unsigned __int128>(-arr)) {
        panic_text(arr == 0 && n >= 0 ? "runtime error: unsafe.Slice: ptr is nil and len is not zero"
                                      : "runtime error: unsafe.Slice: len out of range");
        return requested_;
      }
      st8(results, arr);
      st8(results + 8, static_cast<uint64_t>(n));
      st8(results + 16, static_cast<uint64_t>(n));
      return false;
    }
    if (b == lang::BuiltinId::Recover) {
      recover_into(results);
      return false;
    }
    if (b == lang::BuiltinId::Len || b == lang::BuiltinId::Cap) {  // of a channel
      const uint64_t ch = ld8(args);
      const auto& chans = mc_.model().chans;
      const auto it = chans.find(ch);
      const uint64_t v = it == chans.end() ? 0 : b == lang::BuiltinId::Len ? it->second.buf.size() : it->second.dataqsiz;
      st8(results, v);
      return false;
    }
    write_out(2, print_values(fc, arr, n, b == lang::BuiltinId::Println));
    return true;
  }
  if (id >= static_cast<int64_t>(LibFunc::BytealgCompare) && id <= static_cast<int64_t>(LibFunc::RuntimeDivideError)) {
    return intrinsic_lib(id, args, results);  // part unsafe
  }
  if (id >= static_cast<int64_t>(LibFunc::VfsBegin) && id <= static_cast<int64_t>(LibFunc::VfsEnd)) {
    return vfs_lib(id, args, results);  // part vfs2: lib_vfs.cpp
  }
  if (id >= static_cast<int64_t>(LibFunc::Lang2IntrinsicBegin) && id <= static_cast<int64_t>(LibFunc::Lang2IntrinsicEnd)) {
    return intrinsic_lib(id, args, results);  // part lang2
  }
  if (id >= static_cast<int64_t>(LibFunc::Lang2ParseBegin) && id <= static_cast<int64_t>(LibFunc::Lang2ParseEnd)) {
    return parse_lib(id, args, results);  // part lang2: lib_parse.cpp
  }
  if (id >= static_cast<int64_t>(LibFunc::TemplateBegin) && id <= static_cast<int64_t>(LibFunc::TemplateEnd)) {
    return template_lib(id, args, results);  // part template: lib_reflect_call.cpp
  }
  if (id >= static_cast<int64_t>(LibFunc::JsonTimeBegin) && id <= static_cast<int64_t>(LibFunc::JsonTimeEnd)) {
    return time_json_lib(id, args, results);  // part json2: lib_time_json.cpp
  }
  if (id >= static_cast<int64_t>(LibFunc::RfXmlBegin) && id <= static_cast<int64_t>(LibFunc::RfXmlEnd)) {
    return reflect_xml_lib(id, args, results);  // part xml: lib_reflect_xml.cpp
  }
  if (id >= static_cast<int64_t>(LibFunc::Lang19Begin) && id <= static_cast<int64_t>(LibFunc::Lang19End)) {
    return lang19_lib(id, args, results);  // part lang19: lib_parse.cpp, lib_reflect_chan.cpp
  }
  if (id >= static_cast<int64_t>(LibFunc::Log19Begin) && id <= static_cast<int64_t>(LibFunc::Log19End)) {
    return callers_lib(id, args, results);  // part log19: lib_callers.cpp
  }
  if (id >= static_cast<int64_t>(LibFunc::FmtFprint) && id <= static_cast<int64_t>(LibFunc::TimeTimeUnix)) {
    return io_lib(id, args, results);  // part io: lib_os.cpp, lib_time.cpp
  }
  if (id >= static_cast<int64_t>(LibFunc::ReflectliteBegin) && id <= static_cast<int64_t>(LibFunc::ReflectliteEnd)) {
    return reflectlite_lib(id, args, results);  // part reflectlite: lib_reflectlite.cpp
  }
  if (id >= static_cast<int64_t>(LibFunc::SyncPoolPut) && id <= static_cast<int64_t>(LibFunc::SyncPoolGet)) {
    return pool_lib(id, args, results);  // part reflectlite: lib_pool.cpp
  }
  if (id >= static_cast<int64_t>(LibFunc::ReflectBegin) && id <= static_cast<int64_t>(LibFunc::ReflectEnd)) {
    return reflect_lib(id, args, results);  // part reflect: lib_reflect.cpp
  }
  if (id == static_cast<int64_t>(LibFunc::ReflectSwapper) || id == static_cast<int64_t>(LibFunc::ReflectSwapperCall)) {
    return reflectlite_swapper(id, args, results);  // part sortrand: lib_reflectlite.cpp
  }
  if (id >= static_cast<int64_t>(LibFunc::TimeMoreBegin) && id <= static_cast<int64_t>(LibFunc::TimeMoreEnd)) {
    return time_more_lib(id, args, results);  // part tutorial: lib_time_more.cpp
  }
  switch (static_cast<LibFunc>(id)) {
    case LibFunc::FmtPrintln:
    case LibFunc::FmtPrint: {
      // Go: Fprintln(os.Stdout, a...): newPrinter, doPrintln, w.Write(p.buf), p.free().
      const uint64_t pp = pp_get();
      std::vector<uint64_t> pieces;
      fc.pieces = &pieces;
      const std::string s = static_cast<LibFunc>(id) == LibFunc::FmtPrintln
                                ? fmt_sprintln(fc, ld8(args), static_cast<int64_t>(ld8(args + 8)))
                                : fmt_sprint(fc, ld8(args), static_cast<int64_t>(ld8(args + 8)));
      pp_grow(pp, pieces, s.size());
      pp_free(pp);
      rebase_results();
      set_int(results, static_cast<int64_t>(s.size()));
      write_out(1, s);
      return true;
    }
    case LibFunc::FmtPrintf: {
      const uint64_t pp = pp_get();
      std::vector<uint64_t> pieces;
      fc.pieces = &pieces;
      const std::string s = fmt_sprintf(fc, str_at(args), ld8(args + 16), static_cast<int64_t>(ld8(args + 24)));
      pp_grow(pp, pieces, s.size());
      pp_free(pp);
      rebase_results();
      set_int(results, static_cast<int64_t>(s.size()));
      write_out(1, s);
      return true;
    }
    case LibFunc::FmtSprint:
    case LibFunc::FmtSprintln:
    case LibFunc::FmtSprintf: {
      // Go: newPrinter, doPrint*, s := string(p.buf), p.free().
      const uint64_t pp = pp_get();
      std::vector<uint64_t> pieces;
      fc.pieces = &pieces;
      const auto lf = static_cast<LibFunc>(id);
      const std::string s = lf == LibFunc::FmtSprint ? fmt_sprint(fc, ld8(args), static_cast<int64_t>(ld8(args + 8)))
                            : lf == LibFunc::FmtSprintln
                                ? fmt_sprintln(fc, ld8(args), static_cast<int64_t>(ld8(args + 8)))
                                : fmt_sprintf(fc, str_at(args), ld8(args + 16), static_cast<int64_t>(ld8(args + 24)));
      pp_grow(pp, pieces, s.size());
      rebase_results();
      set_string(results, s);
      pp_free(pp);
      return false;
    }
    case LibFunc::ErrorsNew:
    case LibFunc::FmtErrorf: {
      const bool errorf = static_cast<LibFunc>(id) == LibFunc::FmtErrorf;
      const uint64_t pp = errorf ? pp_get() : 0;
      std::vector<uint64_t> pieces;
      fc.pieces = &pieces;
      std::pair<uint64_t, uint64_t> wrapped{0, 0};
      const std::string text =
          !errorf ? str_at(args)
                  : fmt_errorf(fc, str_at(args), ld8(args + 16), static_cast<int64_t>(ld8(args + 24)), &wrapped);
      if (errorf) pp_grow(pp, pieces, text.size());
      rebase_results();
      if (wrapped.first != 0) {
        // Go: s := string(p.buf); err = &wrapError{s, p.wrappedErr}; p.free().
        const uint64_t s = new_string(text);
        const uint64_t we = alloc(32);
        st8(we, s);
        st8(we + 8, text.size());
        st8(we + 16, wrapped.first);
        st8(we + 24, wrapped.second);
        pp_free(pp);
        if (results != 0) {
          st8(results, ir::type_word(wraperror_type_));
          st8(results + 8, we);
        }
        return false;
      }
      // &errorString{s}: a pointer, held in the interface's data word itself.
      const uint64_t es = alloc(16);
      if (!errorf) {
        mem_.copy(es, args, 16);  // Go: errors.New keeps the caller's string header, no copy of the bytes
      } else {
        st8(es, new_string(text));  // Go: Errorf's string(p.buf)
        st8(es + 8, text.size());
        pp_free(pp);
      }
      const uint64_t box = es;  // a pointer: the interface's data word itself (direct iface)
      if (results != 0) {
        st8(results, ir::type_word(errstring_type_));
        st8(results + 8, box);
      }
      return false;
    }
    case LibFunc::NetListen: case LibFunc::NetDial: case LibFunc::NetListenerAccept: case LibFunc::NetListenerClose:
    case LibFunc::NetConnRead: case LibFunc::NetConnWrite: case LibFunc::NetConnClose:
      return net_lib(id, args, results);
    case LibFunc::FmtWrapErrorError: case LibFunc::FmtWrapErrorUnwrap: {  // Go: fmt/errors.go
      const uint64_t we = ld8(args);
      if (we == 0) {
        panic_text("runtime error: invalid memory address or nil pointer dereference\n"
                   "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
        return requested_;
      }
      if (results != 0) mem_.copy(results, static_cast<LibFunc>(id) == LibFunc::FmtWrapErrorError ? we : we + 16, 16);
      return false;
    }
    case LibFunc::ErrorString: {  // (*errors.errorString).Error
      const uint64_t es = ld8(args);
      if (es == 0) {
        panic_text("runtime error: invalid memory address or nil pointer dereference\n"
                   "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
        return requested_;
      }
      set_string(results, str_at(es));
      return false;
    }
    case LibFunc::OsExit: {
      Request r;
      r.kind = ReqKind::kOsExit;
      r.a = static_cast<int64_t>(ld8(args));
      request(std::move(r));
      return true;
    }
    case LibFunc::RuntimeGosched: {
      Request r;
      r.kind = ReqKind::kGosched;
      request(std::move(r));
      return true;
    }
    case LibFunc::RuntimeNumGoroutine: set_int(results, mc_.model().live_goroutines); return false;
    case LibFunc::RuntimeNumCPU: set_int(results, mc_.config().gomaxprocs); return false;
    case LibFunc::RuntimeGOMAXPROCS: {
      // Go: runtime/debug.go GOMAXPROCS — returns the previous value; n > 0 and different
      // stops the world and resizes (sim/rt/procresize.cpp).
      const auto prev = static_cast<int64_t>(mc_.model().allp.size());
      const auto n = static_cast<int64_t>(ld8(args));
      set_int(results, prev);
      if (n <= 0 || n == prev) return false;
      if (n > 256) {
        panic_text("gosim: runtime.GOMAXPROCS(" + std::to_string(n) + "): gosim models at most 256 Ps");
        return requested_;
      }
      Request r;
      r.kind = ReqKind::kGomaxprocs;
      r.a = n;
      request(std::move(r));
      return true;
    }
    case LibFunc::SyscallNsecToTimespec: {  // syscall.NsecToTimespec: {Sec, Nsec}
      const auto ns = static_cast<int64_t>(ld8(args));
      st8(results, static_cast<uint64_t>(ns / 1000000000));
      st8(results + 8, static_cast<uint64_t>(ns % 1000000000));
      return false;
    }
    case LibFunc::SyscallNanosleep: {  // syscall.Nanosleep(&ts, nil): a blocking system call
      const uint64_t ts = ld8(args);
      if (ts == 0) {
        panic_text("runtime error: invalid memory address or nil pointer dereference\n"
                   "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
        return requested_;
      }
      Request r;
      r.kind = ReqKind::kSyscall;
      r.a = static_cast<int64_t>(ld8(ts) * 1000000000 + ld8(ts + 8));
      if (results != 0) {
        st8(results, 0);  // err: nil
        st8(results + 8, 0);
      }
      request(std::move(r));
      return true;
    }
    case LibFunc::RuntimeReadMemStats: {
      // Go: runtime.ReadMemStats — the figures come from the heap model (sim/heap); the field
      // offsets are runtime.MemStats's (24 uint64 counters, PauseNs, PauseEnd, then NumGC).
      const uint64_t ms = ld8(args);
      if (ms == 0) {
        panic_text("runtime error: invalid memory address or nil pointer dereference\n"
                   "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
        return requested_;
      }
      const heap::MemStats st = heap::ReadMemStats(mc_.mutable_model().heap, mc_.code_events(gi_));
      const std::pair<uint64_t, uint64_t> fields[] = {
          {0, st.Alloc}, {8, st.TotalAlloc}, {16, st.Sys}, {32, st.Mallocs}, {40, st.Frees},
          {48, st.HeapAlloc}, {56, st.HeapSys}, {64, st.HeapIdle}, {72, st.HeapInuse}, {80, st.HeapReleased},
          {88, st.HeapObjects}, {96, st.StackInuse}, {104, st.StackSys}, {168, st.NextGC}, {184, st.PauseTotalNs}};
      for (const auto& [off, v] : fields) st8(ms + off, v);
      mem_.store(ms + 192 + 2 * 256 * 8, st.NumGC, 4);
      return false;
    }
    case LibFunc::RuntimeGC: {
      // Go: runtime.GC — a full cycle and its sweep before returning (sim/rt/gc.cpp).
      Request r;
      r.kind = ReqKind::kGC;
      request(std::move(r));
      return true;
    }
    case LibFunc::RuntimeKeepAlive:
      return false;
    case LibFunc::SyncWaitGroupAdd: return sync_req(ReqKind::kWgAdd, static_cast<int64_t>(ld8(args + 8)));
    case LibFunc::SyncWaitGroupDone: return sync_req(ReqKind::kWgAdd, -1);
    case LibFunc::SyncWaitGroupWait: return sync_req(ReqKind::kWgWait);
    case LibFunc::SyncMutexLock: return sync_req(ReqKind::kMutexLock);
    case LibFunc::SyncMutexUnlock: return sync_req(ReqKind::kMutexUnlock);
    case LibFunc::SyncRWMutexLock: return sync_req(ReqKind::kRWLock);
    case LibFunc::SyncRWMutexUnlock: return sync_req(ReqKind::kRWUnlock);
    case LibFunc::SyncRWMutexRLock: return sync_req(ReqKind::kRLock);
    case LibFunc::SyncRWMutexRUnlock: return sync_req(ReqKind::kRUnlock);
    case LibFunc::SyncOnceDo: {
      // gosim: Once's done flag lives in the first word; a second caller during f does not wait.
      const uint64_t once = ld8(args);
      if (mem_.load(once, 4) != 0) return false;
      mem_.store(once, 1, 4);
      const uint64_t fv = ld8(args + 8);
      push_frame(static_cast<int32_t>(ld8(fv)), 0, fv, 0);
      return false;
    }
    case LibFunc::TimeAfter: {
      const uint64_t ch = alloc(96 + 24);
      if (results != 0) st8(results, ch);
      Request r;
      r.kind = ReqKind::kTimeAfter;
      r.a = static_cast<int64_t>(ch);
      r.b = static_cast<int64_t>(ld8(args));
      request(std::move(r));
      return true;
    }
    case LibFunc::TimeNow: {
      // Go: time.Now — the wall clock is gosim's epoch plus the virtual time (time_format.h), the
      // monotonic reading (ext) the virtual time itself.
      if (results != 0) put_time(results, gotime::now_at(mc_.now() + executed_ * mc_.config().cost.instr_ns));
      return false;
    }
    case LibFunc::TimeSince:
      set_int(results, gotime::sub(gotime::now_at(mc_.now() + executed_ * mc_.config().cost.instr_ns), time_at(args)));
      return false;
    case LibFunc::TimeUntil:  // Go: time.Until(t) = t.Sub(Now()) (part reflectlite: context uses it)
      set_int(results, gotime::sub(time_at(args), gotime::now_at(mc_.now() + executed_ * mc_.config().cost.instr_ns)));
      return false;
    case LibFunc::TimeTimeSub:
      set_int(results, gotime::sub(time_at(args), time_at(args + 24)));
      return false;
    case LibFunc::TimeTimeAdd:
      put_time(results, gotime::add(time_at(args), static_cast<int64_t>(ld8(args + 24))));
      return false;
    case LibFunc::TimeTimeUnixNano: {
      const gotime::Time t = time_at(args);
      set_int(results, gotime::unix_sec(t) * 1000000000 + gotime::nsec(t));
      return false;
    }
    case LibFunc::TimeDurationString:
      set_string(results, duration_string(static_cast<int64_t>(ld8(args))));
      return false;
    case LibFunc::TimeDurationNanoseconds: set_int(results, static_cast<int64_t>(ld8(args))); return false;
    case LibFunc::TimeDurationMicroseconds: set_int(results, static_cast<int64_t>(ld8(args)) / 1000); return false;
    case LibFunc::TimeDurationMilliseconds: set_int(results, static_cast<int64_t>(ld8(args)) / 1000000); return false;
    case LibFunc::TimeDurationSeconds:
    case LibFunc::TimeDurationMinutes:
    case LibFunc::TimeDurationHours: {
      // Go: sec, nsec := d/Second, d%Second; float64(sec) + float64(nsec)/1e9 (and the like).
      const auto d = static_cast<int64_t>(ld8(args));
      const int64_t unit = static_cast<LibFunc>(id) == LibFunc::TimeDurationSeconds ? 1000000000LL
                           : static_cast<LibFunc>(id) == LibFunc::TimeDurationMinutes ? 60000000000LL : 3600000000000LL;
      const double v = static_cast<double>(d / unit) + static_cast<double>(d % unit) / static_cast<double>(unit);
      uint64_t bits;
      std::memcpy(&bits, &v, 8);
      if (results != 0) st8(results, bits);
      return false;
    }
    case LibFunc::TimeSleep: {
      Request r;
      r.kind = ReqKind::kSleep;
      r.a = static_cast<int64_t>(ld8(args));
      request(std::move(r));
      return true;
    }
    default:
      return rtpkgs_lib(id, args, results);
  }
}

}  // namespace gosim::interp
