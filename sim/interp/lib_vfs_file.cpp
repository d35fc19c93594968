// (*os.File)'s methods on a descriptor of the virtual file tree, and the methods of the types
// behind os's interfaces and errors (part vfs2; see lib_vfs.cpp).
//
// Go: os/file.go (*File).Read/Write/WriteString/Seek/ReadAt, os/file_posix.go wrapErr,
// os/file_unix.go (*file).close, internal/poll/fd_unix.go (Read, Write, Pread, Seek,
// eofError), os/types_unix.go fileStat's methods, os/dir_unix.go unixDirent's, io/fs/fs.go
// FileMode's and PathError's, syscall/syscall_unix.go Errno's.
#include <algorithm>

#include "sim/interp/exec.h"
#include "sim/lang/object.h"

namespace gosim::interp {

using lang::LibFunc;

namespace {
constexpr uint32_t kModeDir = 1u << 31;
constexpr uint32_t kModeType = kModeDir | (1u << 27) | (1u << 25) | (1u << 24) | (1u << 26) | (1u << 21) | (1u << 19);
}  // namespace

// A read of the vfs descriptor fd into [buf, buf+len) at the file offset (pread: at `at`).
// Go: poll.FD.Read: len 0 returns 0, nil without the call; n == 0 is io.EOF (eofError).
bool Exec::vfs_read(int64_t fd, uint64_t file, uint64_t buf, uint64_t len, int64_t at, uint64_t results) {
  Model& md = mc_.mutable_model();
  VfsOpen* o = md.vfs.fd(fd);
  st8(results, 0);
  error_value("", results + 8);
  const std::string name = str_at(ld8(file) + 8);
  if (o == nullptr) {  // Go: the descriptor is closed: ErrFileClosing, which wrapErr makes ErrClosed
    oserror_value(4, vfs_scratch());
    path_error_value("read", name, vfs_scratch(), results + 8);
    return false;
  }
  if (len == 0) return false;
  const VfsNode* n = md.vfs.find(o->path);
  const int64_t acc = o->flags & kOAccMode;
  std::vector<std::pair<int64_t, int64_t>> calls;
  if (n == nullptr || n->dir || acc == kOWronly) {
    path_errno("read", name, static_cast<int64_t>(n == nullptr || acc == kOWronly ? Errno::kEBADF : Errno::kEISDIR),
               results + 8);
    return vfs_calls({{at < 0 ? 0 : kSysPread64, fd}}, false);
  }
  if (at < 0) {
    const uint64_t off = std::min<uint64_t>(o->off, n->data.size());
    const uint64_t k = std::min<uint64_t>(len, n->data.size() - off);
    if (k > 0) mem_.write(buf, n->data.data() + off, k);
    o->off += k;
    st8(results, k);
    if (k == 0) eof_value(results + 8);
    return vfs_calls({{0, fd}}, false);
  }
  // Go: (*File).ReadAt loops pread until b is full or a call returns 0 (io.EOF).
  const auto off = static_cast<uint64_t>(at);
  const uint64_t have = off < n->data.size() ? n->data.size() - off : 0;
  const uint64_t k = std::min(len, have);
  if (k > 0) mem_.write(buf, n->data.data() + off, k);
  st8(results, k);
  if (k > 0) calls.push_back({kSysPread64, fd});
  if (k < len) {
    calls.push_back({kSysPread64, fd});
    eof_value(results + 8);
  }
  return vfs_calls(std::move(calls), false);
}

// Go: (*File).Write -> poll.FD.Write: one write(2) (even of 0 bytes); O_APPEND writes at the end.
bool Exec::vfs_write(int64_t fd, uint64_t file, const std::string& text, uint64_t results) {
  Model& md = mc_.mutable_model();
  VfsOpen* o = md.vfs.fd(fd);
  const std::string name = str_at(ld8(file) + 8);
  if (results != 0) {
    st8(results, 0);
    error_value("", results + 8);
  }
  const uint64_t err_at = results != 0 ? results + 8 : vfs_scratch() - 32;
  if (o == nullptr) {
    oserror_value(4, vfs_scratch());
    path_error_value("write", name, vfs_scratch(), err_at);
    return false;
  }
  VfsNode* n = md.vfs.find(o->path);
  if (n == nullptr || n->dir || (o->flags & kOAccMode) == 0) {
    path_errno("write", name, static_cast<int64_t>(n != nullptr && n->dir ? Errno::kEISDIR : Errno::kEBADF), err_at);
    return vfs_calls({{1, fd}}, results == 0);
  }
  if ((o->flags & kOAppend) != 0) o->off = n->data.size();
  if (n->data.size() < o->off) n->data.resize(o->off, '\0');
  n->data.replace(o->off, std::min<size_t>(text.size(), n->data.size() - o->off), text);
  o->off += text.size();
  n->mtime = static_cast<int64_t>(md.engine.now);
  if (results != 0) st8(results, text.size());
  return vfs_calls({{1, fd}}, results == 0);
}

// Go: (*file).close -> pfd.Close: close(2); a second Close is "close NAME: file already closed".
bool Exec::vfs_close(int64_t fd, uint64_t file, uint64_t results) {
  Model& md = mc_.mutable_model();
  const uint64_t err_at = results != 0 ? results : vfs_scratch() - 32;
  error_value("", err_at);
  if (md.vfs.close(fd) != Errno::kOK) {
    oserror_value(4, vfs_scratch());
    path_error_value("close", str_at(ld8(file) + 8), vfs_scratch(), err_at);
    return false;
  }
  return vfs_calls({{kSysClose, fd}}, results == 0);
}

// A type of the module by name: the program's own when it made one ("*fs.PathError" when it
// uses io/fs's type), otherwise the one gosim adds for os (sim/interp/interp.cpp).
int32_t Exec::vfs_type(const char* name) const {
  for (size_t i = 0; i < mod_.types.size(); ++i) {
    if (mod_.types[i].name == name) return static_cast<int32_t>(i);
  }
  return -1;
}

bool Exec::vfs_file_lib(int64_t id, uint64_t args, uint64_t results, bool deferred) {
  Model& md = mc_.mutable_model();
  Vfs& vfs = md.vfs;
  const auto fn = static_cast<LibFunc>(id);
  auto file_fd = [&](uint64_t f) { return static_cast<int64_t>(ld8(ld8(f))); };
  auto file_name = [&](uint64_t f) { return str_at(ld8(f) + 8); };
  switch (fn) {
    case LibFunc::OsFileSeek: {
      const uint64_t f = ld8(args);
      st8(results, 0);
      error_value("", results + 8);
      if (f == 0) {
        oserror_value(0, results + 8);
        return false;
      }
      const int64_t fd = file_fd(f);
      VfsOpen* o = fd >= 3 ? vfs.fd(fd) : nullptr;
      if (o == nullptr) {
        oserror_value(4, vfs_scratch());
        path_error_value("seek", file_name(f), vfs_scratch(), results + 8);
        return false;
      }
      const auto offset = static_cast<int64_t>(ld8(args + 8));
      const auto whence = static_cast<int64_t>(ld8(args + 16));
      const VfsNode* n = vfs.find(o->path);
      const int64_t base = whence == 0 ? 0 : whence == 1 ? static_cast<int64_t>(o->off)
                                                         : static_cast<int64_t>(n != nullptr ? n->data.size() : 0);
      if (whence < 0 || whence > 2 || base + offset < 0) {
        path_errno("seek", file_name(f), static_cast<int64_t>(Errno::kEINVAL), results + 8);
      } else {
        o->off = static_cast<uint64_t>(base + offset);
        st8(results, o->off);
      }
      return vfs_calls({{kSysLseek, fd}}, deferred);
    }
    case LibFunc::OsFileReadAt: {
      const uint64_t f = ld8(args);
      st8(results, 0);
      error_value("", results + 8);
      if (f == 0) {
        oserror_value(0, results + 8);
        return false;
      }
      const auto off = static_cast<int64_t>(ld8(args + 32));
      if (off < 0) {  // Go: &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
        error_value("negative offset", vfs_scratch());
        path_error_value("readat", file_name(f), vfs_scratch(), results + 8);
        return false;
      }
      return vfs_read(file_fd(f), f, ld8(args + 8), ld8(args + 16), off, results);
    }
    case LibFunc::OsFileStat: {
      const uint64_t f = ld8(args);
      st8(results, 0);
      st8(results + 8, 0);
      error_value("", results + 16);
      if (f == 0) {
        oserror_value(0, results + 16);
        return false;
      }
      const int64_t fd = file_fd(f);
      VfsOpen* o = fd >= 3 ? vfs.fd(fd) : nullptr;
      if (o == nullptr || vfs.find(o->path) == nullptr) {
        error_value("use of closed file", vfs_scratch());  // Go: poll.ErrFileClosing, unwrapped
        path_error_value("stat", file_name(f), vfs_scratch(), results + 16);
        return false;
      }
      st8(results, ir::type_word(vfs_type("*os.fileStat")));
      st8(results + 8, new_file_stat(o->path, file_name(f)));
      return vfs_calls({{kSysFstat, fd}}, deferred);
    }
    // The concrete types' methods: the receiver is at args.
    case LibFunc::FileStatName: mem_.copy(results, ld8(args), 16); return false;
    case LibFunc::FileStatSize: st8(results, ld8(ld8(args) + 16)); return false;
    case LibFunc::FileStatMode: mem_.store(results, mem_.load(ld8(args) + 24, 4), 4); return false;
    case LibFunc::FileStatModTime: mem_.copy(results, ld8(args) + 32, 24); return false;
    case LibFunc::FileStatIsDir: mem_.store(results, (mem_.load(ld8(args) + 24, 4) & kModeDir) != 0 ? 1 : 0, 1); return false;
    case LibFunc::FileStatSys:
      // Go: &fs.sys, a *syscall.Stat_t; gosim has no Stat_t type, so Sys is nil (docs/go-subset.md).
      st8(results, 0);
      st8(results + 8, 0);
      return false;
    case LibFunc::DirentName: mem_.copy(results, ld8(args) + 16, 16); return false;
    case LibFunc::DirentIsDir: mem_.store(results, (mem_.load(ld8(args) + 32, 4) & kModeDir) != 0 ? 1 : 0, 1); return false;
    case LibFunc::DirentType: mem_.store(results, mem_.load(ld8(args) + 32, 4) & kModeType, 4); return false;
    case LibFunc::DirentInfo: {
      // Go: lstat(parent + "/" + name) now, the entry's FileInfo (or the error if it is gone).
      const uint64_t d = ld8(args);
      const std::string parent = str_at(d);
      const std::string name = str_at(d + 16);
      const std::string p = vfs.abs(parent + "/" + name);
      st8(results, 0);
      st8(results + 8, 0);
      error_value("", results + 16);
      if (vfs.find(p) == nullptr) {
        path_errno("lstat", parent + "/" + name, static_cast<int64_t>(Errno::kENOENT), results + 16);
      } else {
        st8(results, ir::type_word(vfs_type("*os.fileStat")));
        st8(results + 8, new_file_stat(p, name));
      }
      return vfs_calls({{kSysNewfstatat, -100}}, deferred);
    }
    case LibFunc::PathErrorError: {
      // Go: e.Op + " " + e.Path + ": " + e.Err.Error(): Err's Error runs in C++ when it is an
      // Errno or an errors.errorString (what gosim's os puts there).
      const uint64_t pe = ld8(args);
      const uint64_t tw = ld8(pe + 32);
      const uint64_t dw = ld8(pe + 40);
      std::string inner;
      if (tw != 0 && ir::type_of_word(tw) == vfs_type("syscall.Errno")) {
        inner = errno_text(static_cast<int64_t>(ld8(dw)));
      } else if (tw != 0) {
        inner = str_at(dw);  // *errors.errorString: its first field is the text
      } else {
        panic_text("runtime error: invalid memory address or nil pointer dereference\n"
                   "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
        return requested_;
      }
      const std::string s = str_at(pe) + " " + str_at(pe + 16) + ": " + inner;
      st8(results, new_string(s));
      st8(results + 8, s.size());
      return false;
    }
    case LibFunc::PathErrorUnwrap: mem_.copy(results, ld8(args) + 32, 16); return false;
    case LibFunc::ErrnoError: {
      const std::string s = errno_text(static_cast<int64_t>(ld8(args)));
      st8(results, new_string(s));
      st8(results + 8, s.size());
      return false;
    }
    case LibFunc::ErrnoIs: {
      // Go: switch target { case oserror.ErrPermission: ...; case ErrExist; case ErrNotExist }.
      bool is = false;
      for (int which = 1; which <= 3 && !is; ++which) {
        oserror_value(which, vfs_scratch());
        if (ld8(args + 8) == ld8(vfs_scratch()) && ld8(args + 16) == ld8(vfs_scratch() + 8)) {
          is = errno_is(ld8(args), which);
        }
      }
      mem_.store(results, is ? 1 : 0, 1);
      return false;
    }
    default:
      panic_text("gosim: internal error: library function " + std::to_string(id) + " is not os's");
      return requested_;
  }
}

}  // namespace gosim::interp
