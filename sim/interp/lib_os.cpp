// Package os's files and environment, package io's EOF and fmt.Fprint* as the interpreter sees
// them (part io of issue #19).
//
// Go: fmt/print.go Fprint/Fprintf/Fprintln (newPrinter, doPrint*, w.Write(p.buf), p.free()),
// os/file.go (*File).Write/WriteString/Read/Close/Name, os/env.go Getenv/LookupEnv/Setenv/
// Unsetenv/Environ over syscall/env_unix.go's envs.
//
// os.Stdin, os.Stdout, os.Stderr, io.EOF and time.UTC are package variables Go initialises
// once; gosim keeps them on one gosim page (os_page below), written the first time a program
// reads one, so the same pointer comes back every time (err == io.EOF works, as in Go).
//
// A write to a File is write(2): the G enters a system call (entersyscall, the P left in
// _Psyscall) and comes back through exitsyscall (sim/rt/machine.cpp kFileWrite).
// fmt.Fprint* to another io.Writer calls its Write method with the printer's bytes, as Go
// does. Simplified (docs/go-subset.md): the bytes the Write method receives sit on gosim's
// scratch page rather than in the pooled printer's buffer (gosim's printer is native), and the
// printer goes back to the pool before Write runs rather than after it.
#include <algorithm>

#include "sim/interp/exec.h"
#include "sim/interp/time_format.h"
#include "sim/lang/object.h"

namespace gosim::interp {

using lang::LibFunc;

namespace {
// gosim's page for the os/io/time package variables (no Go counterpart in this shape).
const uint64_t kOsPage = scratch_page(-2);
constexpr uint64_t kReady = 0;        // 1 once written
constexpr uint64_t kEOF = 8;          // errors.errorString{"EOF"}: {ptr, len}
constexpr uint64_t kUTCLoc = 24;      // time.Location{name: "UTC"}
constexpr uint64_t kFiles = 64;       // file{fd, name} x 3 (24 bytes each)
constexpr uint64_t kFileObjs = 160;   // File{*file} x 3
constexpr uint64_t kText = 256;       // the strings' bytes
const char* const kStdNames[] = {"/dev/stdin", "/dev/stdout", "/dev/stderr"};
// Bytes handed to a user Write method: on the G's scratch page, above fmt's method-call block.
constexpr uint64_t kWriteBufOff = 6144;
constexpr uint64_t kWriteBufMax = kPageSize - kWriteBufOff;
const char* const kNilDeref =
    "runtime error: invalid memory address or nil pointer dereference\n"
    "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]";
}  // namespace

uint64_t Exec::os_page() {
  if (ld8(kOsPage + kReady) != 0) return kOsPage;
  st8(kOsPage + kReady, 1);
  uint64_t text = kOsPage + kText;
  auto put_string = [&](uint64_t at, const std::string& s) {
    mem_.write(text, s.data(), s.size());
    st8(at, text);
    st8(at + 8, s.size());
    text += s.size();
  };
  put_string(kOsPage + kEOF, "EOF");
  put_string(kOsPage + kUTCLoc, "UTC");
  for (uint64_t fd = 0; fd < 3; ++fd) {
    const uint64_t f = kOsPage + kFiles + 24 * fd;
    st8(f, fd);
    put_string(f + 8, kStdNames[fd]);
    st8(kOsPage + kFileObjs + 8 * fd, f);
  }
  return kOsPage;
}

// The error os returns for an operation on a file, in Go's words ("write /dev/stdout: file
// already closed"). gosim's value is an errors.New-like error (Go's is a *fs.PathError).
void Exec::path_error(const std::string& op, const std::string& path, const std::string& what, uint64_t dst) {
  error_value(op + " " + path + ": " + what, dst);
}

bool Exec::fd_closed(int64_t fd) const {
  const auto& c = mc_.model().closed_fds;
  return std::find(c.begin(), c.end(), fd) != c.end();
}

// Go: (*File).Write: write(2) on the descriptor, a system call of the model.
bool Exec::file_write(uint64_t file, const std::string& text, uint64_t results) {
  if (file == 0) {  // Go: f.checkValid("write") -> ErrInvalid
    if (results != 0) {
      st8(results, 0);
      error_value("invalid argument", results + 8);
    }
    return false;
  }
  const uint64_t inner = ld8(file);
  const auto fd = static_cast<int64_t>(ld8(inner));
  if (fd >= 3) return vfs_write(fd, file, text, results);  // part vfs2: a file of the tree
  if (fd_closed(fd)) {
    if (results != 0) {
      st8(results, 0);
      path_error("write", str_at(inner + 8), "file already closed", results + 8);
    }
    return false;
  }
  if (results != 0) {
    st8(results, text.size());
    st8(results + 8, 0);
    st8(results + 16, 0);
  }
  Request r;
  r.kind = ReqKind::kFileWrite;
  r.a = fd;
  r.text = text;
  request(std::move(r));
  return true;
}

// Go: fmt.Fprint*'s n, err = w.Write(p.buf) for any io.Writer at `w` (an interface value).
bool Exec::writer_write(uint64_t w, const std::string& text, uint64_t results) {
  const uint64_t tw = ld8(w);
  if (tw == 0) {
    panic_text(kNilDeref);
    return requested_;
  }
  const int32_t dyn = ir::type_of_word(tw);
  const ir::TypeDesc& td = mod_.types[static_cast<size_t>(dyn)];
  const uint64_t dw = ir::iface_value_addr(mod_.types, dyn, w, ld8(w + 8));
  if (td.name == "*os.File") return file_write(ld8(dw), text, results);
  const ir::TypeDesc::Method* m = nullptr;
  for (const auto& cand : td.methods) {
    if (cand.name == "Write") m = &cand;
  }
  if (m == nullptr) {
    panic_text("gosim: internal error: " + td.name + " has no method Write");
    return requested_;
  }
  // The slice Write receives: its bytes on the scratch page (or the heap when they do not fit).
  uint64_t buf = scratch_page(g().goid) + kWriteBufOff;
  if (text.size() > kWriteBufMax) buf = alloc(text.size(), false);
  if (!text.empty()) mem_.write(buf, text.data(), text.size());
  const uint64_t block = scratch_page(g().goid) + kPageSize / 2;
  uint64_t recv_at = dw;
  int64_t recv_size = td.size;
  if (td.kind == ir::TypeKind::kPointer && !m->ptr_recv) {
    // Go: the autogenerated (*T).Write wrapper dereferences (and panics on nil).
    recv_at = ld8(dw);
    if (recv_at == 0) {
      const ir::TypeDesc& et = mod_.types[static_cast<size_t>(td.elem)];
      panic_text("value method " + et.name + ".Write called using nil *" + et.name.substr(et.name.find('.') + 1) +
                 " pointer");
      return requested_;
    }
    recv_size = mod_.types[static_cast<size_t>(td.elem)].size;
  }
  const auto R = static_cast<uint64_t>((recv_size + 7) / 8 * 8);
  mem_.zero(block, static_cast<size_t>(R));
  if (recv_size > 0) mem_.copy(block, recv_at, static_cast<size_t>(recv_size));
  st8(block + R, buf);
  st8(block + R + 8, text.size());
  st8(block + R + 16, text.size());
  if (m->lib >= 0) return lib(m->lib, block, results);  // *net.TCPConn and the like
  if (m->fn < 0) {
    panic_text("gosim: internal error: " + td.name + ".Write has no body");
    return requested_;
  }
  // Write's results (n int, err error) are Fprint's: they land where the caller expects them.
  push_frame(m->fn, block, 0, results);
  return false;
}

// Go: io.EOF. Package io comes from source: the model returns the value io's init stored in its
// variable, so err == io.EOF holds. A program that does not load io cannot name io.EOF; its
// EOF is the model's own errorString on the os page.
void Exec::eof_value(uint64_t dst) {
  if (mod_.io_eof_global >= 0) {
    mem_.copy(dst, mod_.globals_addr + static_cast<uint64_t>(mod_.io_eof_global), 16);
    return;
  }
  st8(dst, ir::type_word(errstring_type_));
  st8(dst + 8, os_page() + kEOF);
}

// Go: os.(*File).Read on stdin -> poll.(*FD).Read -> ignoringEINTRIO(syscall.Read): a read of
// len(b) > 0 bytes is read(2) (a system call of the model, kFileRead); at the end it returns
// 0 and fd.eofError makes that io.EOF. A zero-length read returns 0, nil without the call.
bool Exec::stdin_read(uint64_t buf, uint64_t len, uint64_t results) {
  st8(results, 0);
  error_value("", results + 8);
  if (len == 0) return false;
  Model& md = mc_.mutable_model();
  const uint64_t left = md.stdin_data.size() - md.stdin_off;
  const uint64_t n = std::min(left, len);
  if (n > 0) {
    mem_.write(buf, md.stdin_data.data() + md.stdin_off, n);
    md.stdin_off += n;
    st8(results, n);
  } else {
    eof_value(results + 8);
  }
  Request r;
  r.kind = ReqKind::kFileRead;
  r.a = 0;
  request(std::move(r));
  return true;
}

bool Exec::io_lib(int64_t id, uint64_t args, uint64_t results) {
  const auto fn = static_cast<LibFunc>(id);
  switch (fn) {
    case LibFunc::OsStdin: case LibFunc::OsStdout: case LibFunc::OsStderr: {
      const uint64_t fd = fn == LibFunc::OsStdin ? 0 : fn == LibFunc::OsStdout ? 1 : 2;
      st8(results, os_page() + kFileObjs + 8 * fd);
      return false;
    }
    case LibFunc::TimeUTCLoc:
      st8(results, os_page() + kUTCLoc);
      return false;
    case LibFunc::FmtFprint: case LibFunc::FmtFprintln: case LibFunc::FmtFprintf: {
      // Go: p := newPrinter(); p.doPrint*(a); n, err = w.Write(p.buf); p.free()
      const FmtContext fc = fmt_context();
      const uint64_t pp = pp_get();
      std::vector<uint64_t> pieces;
      fc.pieces = &pieces;
      std::string s;
      if (fn == LibFunc::FmtFprintf) {
        s = fmt_sprintf(fc, str_at(args + 16), ld8(args + 32), static_cast<int64_t>(ld8(args + 40)));
      } else if (fn == LibFunc::FmtFprintln) {
        s = fmt_sprintln(fc, ld8(args + 16), static_cast<int64_t>(ld8(args + 24)));
      } else {
        s = fmt_sprint(fc, ld8(args + 16), static_cast<int64_t>(ld8(args + 24)));
      }
      if (requested_) return true;  // a String method panicked
      pp_grow(pp, pieces, s.size());
      pp_free(pp);
      return writer_write(args, s, results);
    }
    case LibFunc::OsFileWrite: {
      const uint64_t n = ld8(args + 16);
      return file_write(ld8(args), n == 0 ? std::string() : mem_.read_string(ld8(args + 8), n), results);
    }
    case LibFunc::OsFileWriteString: return file_write(ld8(args), str_at(args + 8), results);
    case LibFunc::OsFileRead: {
      // stdin holds the run's stdin bytes (Config::stdin_data; empty as `< /dev/null` without
      // them). stdout and stderr are not open for reading.
      const uint64_t f = ld8(args);
      st8(results, 0);
      if (f == 0) {
        error_value("invalid argument", results + 8);
        return false;
      }
      const uint64_t inner = ld8(f);
      const auto fd = static_cast<int64_t>(ld8(inner));
      if (fd >= 3) return vfs_read(fd, f, ld8(args + 8), ld8(args + 16), -1, results);  // part vfs2
      if (fd_closed(fd)) {
        path_error("read", str_at(inner + 8), "file already closed", results + 8);
      } else if (fd == 0) {
        return stdin_read(ld8(args + 8), ld8(args + 16), results);
      } else {
        path_error("read", str_at(inner + 8), "bad file descriptor", results + 8);
      }
      return false;
    }
    case LibFunc::OsFileClose: {
      const uint64_t f = ld8(args);
      if (f == 0) {
        error_value("invalid argument", results);
        return false;
      }
      const uint64_t inner = ld8(f);
      const auto fd = static_cast<int64_t>(ld8(inner));
      if (fd >= 3) return vfs_close(fd, f, results);  // part vfs2
      if (fd_closed(fd)) {
        path_error("close", str_at(inner + 8), "file already closed", results);
      } else {
        mc_.mutable_model().closed_fds.push_back(fd);
        error_value("", results);
      }
      return false;
    }
    case LibFunc::OsFileName: {
      const uint64_t f = ld8(args);
      if (f == 0) {
        panic_text(kNilDeref);
        return requested_;
      }
      mem_.copy(results, ld8(f) + 8, 16);  // Go: return f.name (the same string)
      return false;
    }
    default:
      return env_lib(id, args, results);
  }
}

// Go: os/env.go over syscall/env_unix.go (envs, a []string of "KEY=value").
bool Exec::env_lib(int64_t id, uint64_t args, uint64_t results) {
  std::vector<std::string>& env = mc_.mutable_model().env;
  auto find = [&](const std::string& key) -> int64_t {
    for (size_t i = 0; i < env.size(); ++i) {
      if (env[i].size() > key.size() && env[i].compare(0, key.size(), key) == 0 && env[i][key.size()] == '=') {
        return static_cast<int64_t>(i);
      }
    }
    return -1;
  };
  auto put_string = [&](uint64_t at, const std::string& s) {
    if (s.empty()) {
      st8(at, 0);
      st8(at + 8, 0);
      return;
    }
    st8(at, new_string(s));
    st8(at + 8, s.size());
  };
  switch (static_cast<LibFunc>(id)) {
    case LibFunc::OsGetenv:
    case LibFunc::OsLookupEnv: {
      const std::string key = str_at(args);
      const int64_t i = find(key);
      // Go: syscall.Getenv returns s[i+1:], a substring of the environment's string; gosim's
      // environment lives in the model, so the value is a new string.
      put_string(results, i < 0 ? std::string() : env[static_cast<size_t>(i)].substr(key.size() + 1));
      if (static_cast<LibFunc>(id) == LibFunc::OsLookupEnv) mem_.store(results + 16, i >= 0 ? 1 : 0, 1);
      return false;
    }
    case LibFunc::OsSetenv: {
      const std::string key = str_at(args);
      const std::string value = str_at(args + 16);
      // Go: syscall.Setenv's checks, with os.Setenv wrapping them as NewSyscallError("setenv", err).
      bool bad = key.empty();
      for (const char c : key) bad = bad || c == '=' || c == '\0';
      for (const char c : value) bad = bad || c == '\0';
      if (bad) {
        error_value("setenv: invalid argument", results);
        return false;
      }
      const int64_t i = find(key);
      if (i >= 0) {
        env[static_cast<size_t>(i)] = key + "=" + value;
      } else {
        env.push_back(key + "=" + value);
      }
      error_value("", results);
      return false;
    }
    case LibFunc::OsUnsetenv: {
      const int64_t i = find(str_at(args));
      if (i >= 0) env[static_cast<size_t>(i)].clear();  // Go: envs[i] = ""
      error_value("", results);
      return false;
    }
    case LibFunc::OsEnviron: {
      // Go: a := make([]string, 0, len(envs)), then the non-empty entries appended.
      std::vector<std::string> live;
      for (const std::string& kv : env) {
        if (!kv.empty()) live.push_back(kv);
      }
      const uint64_t cap = env.size();
      const uint64_t arr = cap == 0 ? 0 : alloc(16 * cap);
      for (size_t i = 0; i < live.size(); ++i) put_string(arr + 16 * i, live[i]);
      st8(results, arr == 0 ? kZeroBase : arr);
      st8(results + 8, live.size());
      st8(results + 16, cap);
      return false;
    }
    default:
      return time_lib(id, args, results);
  }
}

}  // namespace gosim::interp
