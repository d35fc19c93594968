// Package os's files over the model's virtual file tree (part vfs2 of issue #19).
//
// Go: os/file.go (Open, Create, OpenFile, ReadFile, WriteFile, (*File).Read/Write/Seek/ReadAt/
// Close), os/file_unix.go (openFileNolog, newFile, (*file).close), os/stat.go and stat_unix.go
// (Stat, Lstat, (*File).Stat), os/types.go and types_unix.go (fileStat), os/dir.go and
// dir_unix.go (ReadDir, (*File).ReadDir, unixDirent), os/path.go (MkdirAll), os/file_posix.go
// (Remove via unlinkat), os/getwd.go, os/error.go (IsNotExist, underlyingErrorIs), io/fs's
// FileMode.String and PathError, syscall.Errno's Error and Is.
//
// Each call makes the system calls Go's makes, in Go's order, each a system call of the model:
// the G enters it (syscall_enter with the Linux amd64 sysno and the descriptor), its P is left
// in _Psyscall, and exitsyscall takes it back. A regular file is not pollable (newFile's
// pfd.Init fails to register it with epoll), so every read and write blocks its M; none parks
// in the netpoller as a socket read does. The tree's answer is computed when the call starts;
// an os call that makes several system calls (ReadFile: openat, fstat, read, read, close) runs
// its library instruction again after each one until its queue (GCode::sys_queue) is empty.
//
// Simplified (docs/go-subset.md): gosim does not show the runtime's netpoll set-up that the
// first open triggers (epoll_create1, pipe2, epoll_ctl's EPERM for the file), though it gives
// away fds 4-6 to it as Go does; the objects os allocates internally have Go's sizes but only
// the ones a program sees (File, file, fileStat, the read buffers, DirEntry values) are
// allocated; File.ReadDir lists names sorted (Linux's getdents64 order depends on the file
// system); os's deferred multi-call functions (a deferred os.Remove of a directory) make only
// their first call.
#include <algorithm>

#include "sim/interp/exec.h"
#include "sim/interp/time_format.h"
#include "sim/lang/object.h"

namespace gosim::interp {

using lang::LibFunc;

namespace {
// gosim's page for syscall.Errno's boxes (Go: runtime.staticuint64s holds a small integer in an
// interface without allocating) and os's error values when internal/oserror is not loaded.
const uint64_t kVfsPage = scratch_page(-9);
constexpr uint64_t kErrnoBoxes = 0;    // 64 words: Errno n at 8*n
constexpr uint64_t kErrVars = 512;     // 5 x errors.errorString{ptr, len}
constexpr uint64_t kVfsReady = 600;
constexpr uint64_t kVfsText = 640;     // the error strings' and the ops' bytes
const char* const kErrTexts[] = {"invalid argument", "permission denied", "file already exists",
                                 "file does not exist", "file already closed"};
constexpr int64_t kAtFdcwd = -100;     // the fd openat, newfstatat, unlinkat, mkdirat record
// Go: io/fs's mode bits.
constexpr uint32_t kModeDir = 1u << 31, kModeSymlink = 1u << 27, kModeDevice = 1u << 26,
                   kModeNamedPipe = 1u << 25, kModeSocket = 1u << 24, kModeSticky = 1u << 20,
                   kModeCharDevice = 1u << 21, kModeIrregular = 1u << 19;
constexpr uint32_t kModeType =
    kModeDir | kModeSymlink | kModeNamedPipe | kModeSocket | kModeDevice | kModeCharDevice | kModeIrregular;
// Go 1.19's sizes of what os allocates: *file 88 bytes, fileStat 200 (with syscall.Stat_t),
// unixDirent 56, PathError 48.
constexpr uint64_t kFileSize = 88, kFileStatSize = 200, kDirentSize = 56, kPathErrorSize = 48;

std::string base_name(const std::string& p) {  // Go: os.basename
  std::string s = p;
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  const size_t i = s.rfind('/');
  return i == std::string::npos ? s : s.substr(i + 1);
}
}  // namespace

uint64_t Exec::vfs_page() {
  if (ld8(kVfsPage + kVfsReady) != 0) return kVfsPage;
  st8(kVfsPage + kVfsReady, 1);
  for (uint64_t n = 0; n < 64; ++n) st8(kVfsPage + kErrnoBoxes + 8 * n, n);
  uint64_t text = kVfsPage + kVfsText;
  for (uint64_t i = 0; i < 5; ++i) {
    const std::string s = kErrTexts[i];
    mem_.write(text, s.data(), s.size());
    st8(kVfsPage + kErrVars + 16 * i, text);
    st8(kVfsPage + kErrVars + 16 * i + 8, s.size());
    text += s.size();
  }
  return kVfsPage;
}

// Go: internal/oserror's ErrInvalid, ErrPermission, ErrExist, ErrNotExist, ErrClosed (os's and
// io/fs's are the same values). The program's own variables when it loads internal/oserror
// (through io/fs), so errors.Is(err, fs.ErrNotExist) holds; otherwise gosim's.
void Exec::oserror_value(int which, uint64_t dst) {
  if (mod_.oserror_globals[which] >= 0) {
    mem_.copy(dst, mod_.globals_addr + static_cast<uint64_t>(mod_.oserror_globals[which]), 16);
    return;
  }
  st8(dst, ir::type_word(errstring_type_));
  st8(dst + 8, vfs_page() + kErrVars + 16 * static_cast<uint64_t>(which));
}

void Exec::errno_value(int64_t e, uint64_t dst) {
  st8(dst, ir::type_word(vfs_type("syscall.Errno")));
  st8(dst + 8, vfs_page() + kErrnoBoxes + 8 * static_cast<uint64_t>(e));
}

// Go: &PathError{Op: op, Path: path, Err: err} with err an interface value at `err`.
void Exec::path_error_value(const char* op, const std::string& path, uint64_t err, uint64_t dst) {
  uint64_t e[2] = {ld8(err), ld8(err + 8)};
  const uint64_t pe = alloc(kPathErrorSize);
  const std::string o = op;
  st8(pe, new_string(o));
  st8(pe + 8, o.size());
  if (path.empty()) {
    st8(pe + 16, 0);
    st8(pe + 24, 0);
  } else {
    st8(pe + 16, new_string(path));
    st8(pe + 24, path.size());
  }
  st8(pe + 32, e[0]);
  st8(pe + 40, e[1]);
  st8(dst, ir::type_word(vfs_type("*fs.PathError")));
  st8(dst + 8, pe);
}

void Exec::path_errno(const char* op, const std::string& path, int64_t e, uint64_t dst) {
  const uint64_t tmp = vfs_scratch();
  errno_value(e, tmp);
  path_error_value(op, path, tmp, dst);
}

uint64_t Exec::vfs_scratch() { return scratch_page(g().goid) + kPageSize - 64; }

// The queued system calls: the first now, the rest each time the library instruction runs again.
bool Exec::vfs_next() {
  auto& q = code().sys_queue;
  const auto [no, fd] = q.front();
  q.erase(q.begin());
  if (!q.empty()) code().frames.back().pc -= 1;
  Request r;
  r.kind = ReqKind::kFileSys;
  r.a = no;
  r.b = fd;
  request(std::move(r));
  return true;
}

bool Exec::vfs_calls(std::vector<std::pair<int64_t, int64_t>> calls, bool deferred) {
  if (calls.empty()) return false;
  if (deferred) calls.resize(1);  // a deferred library call cannot come back (see the header)
  code().sys_queue = std::move(calls);
  return vfs_next();
}

// Go: newFile: &File{&file{pfd, name, ...}}. gosim's file is {fd, name} in Go's 88 bytes.
uint64_t Exec::new_file(int64_t fd, uint64_t name_at) {
  const uint64_t inner = alloc(kFileSize);
  st8(inner, static_cast<uint64_t>(fd));
  mem_.copy(inner + 8, name_at, 16);  // Go: name is the caller's string, not a copy
  const uint64_t f = alloc(8);
  st8(f, inner);
  Model& md = mc_.mutable_model();
  md.vfs.netpoll_fds = true;  // Go: the first pfd.Init creates the epoll fd and its break pipe
  return f;
}

// Go: fillFileStatFromSys into a new fileStat: {name, size, mode, modTime, sys}.
uint64_t Exec::new_file_stat(const std::string& abs_path, const std::string& name) {
  const VfsNode& n = *mc_.model().vfs.find(abs_path);
  const uint64_t fs = alloc(kFileStatSize);
  const std::string bn = base_name(name);
  st8(fs, bn.empty() ? 0 : new_string(bn));
  st8(fs + 8, bn.size());
  st8(fs + 16, n.dir ? 4096 : n.data.size());  // a directory's size: one ext4 block, as on most Linux disks
  uint32_t mode = n.perm & 0777;
  if (n.dir) mode |= kModeDir;
  if ((n.perm & 01000) != 0) mode |= kModeSticky;  // Go: fillFileStatFromSys's S_ISVTX, S_ISUID, S_ISGID
  if ((n.perm & 04000) != 0) mode |= 1u << 23;      // ModeSetuid
  if ((n.perm & 02000) != 0) mode |= 1u << 22;      // ModeSetgid
  mem_.store(fs + 24, mode, 4);
  // Go: time.Unix(st.Mtim.Unix()): the virtual clock's wall time when the file last changed.
  put_time(fs + 32, gotime::unix_time(gotime::kEpochUnix + n.mtime / 1000000000, n.mtime % 1000000000));
  // Go: sys, the syscall.Stat_t newfstatat filled (ztypes_linux_amd64.go): what SameFile
  // compares (Dev, Ino) and Sys() shows. One device; the owner is uid/gid 1000.
  const uint64_t sys = fs + 56;
  const uint64_t size = n.dir ? 4096 : n.data.size();
  st8(sys, 0x803);
  st8(sys + 8, n.ino);
  st8(sys + 16, n.dir ? 2 : 1);
  mem_.store(sys + 24, (n.dir ? 0040000u : 0100000u) | (n.perm & 07777), 4);
  mem_.store(sys + 28, 1000, 4);
  mem_.store(sys + 32, 1000, 4);
  st8(sys + 48, size);
  st8(sys + 56, 4096);
  st8(sys + 64, (size + 4095) / 4096 * 8);
  for (uint64_t t = 72; t <= 104; t += 16) {  // Atim, Mtim, Ctim
    st8(sys + t, static_cast<uint64_t>(gotime::kEpochUnix + n.mtime / 1000000000));
    st8(sys + t + 8, static_cast<uint64_t>(n.mtime % 1000000000));
  }
  return fs;
}

// What fmt prints for a value of os's types (Error, String), which fmt calls natively.
bool Exec::vfs_method_text(int32_t lib, uint64_t at, std::string* out) {
  switch (static_cast<LibFunc>(lib)) {
    case LibFunc::PathErrorError: {
      const uint64_t pe = ld8(at);
      if (pe == 0) return false;
      const uint64_t tw = ld8(pe + 32);
      std::string inner = "<nil>";
      if (tw != 0) {
        inner = ir::type_of_word(tw) == vfs_type("syscall.Errno") ? errno_text(static_cast<int64_t>(ld8(ld8(pe + 40))))
                                                                   : str_at(ld8(pe + 40));
      }
      *out = str_at(pe) + " " + str_at(pe + 16) + ": " + inner;
      return true;
    }
    case LibFunc::ErrnoError: *out = errno_text(static_cast<int64_t>(ld8(at))); return true;
    case LibFunc::LinkErrorError: {  // Go: e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
      const uint64_t le = ld8(at);
      if (le == 0 || ld8(le + 48) == 0) return false;
      const uint64_t tw = ld8(le + 48);
      const std::string inner = ir::type_of_word(tw) == vfs_type("syscall.Errno")
                                    ? errno_text(static_cast<int64_t>(ld8(ld8(le + 56))))
                                    : str_at(ld8(le + 56));
      *out = str_at(le) + " " + str_at(le + 16) + " " + str_at(le + 32) + ": " + inner;
      return true;
    }
    default: return false;
  }
}

bool Exec::vfs_lib(int64_t id, uint64_t args, uint64_t results) {
  if (!code().sys_queue.empty()) return vfs_next();  // the same call, its next system call
  const auto fn = static_cast<LibFunc>(id);
  const bool deferred = results == 0;
  if (deferred) results = vfs_scratch() - 64;
  Model& md = mc_.mutable_model();
  Vfs& vfs = md.vfs;
  const auto now = static_cast<int64_t>(md.engine.now);
  using Calls = std::vector<std::pair<int64_t, int64_t>>;
  switch (fn) {
    case LibFunc::OsErrInvalid: case LibFunc::OsErrPermission: case LibFunc::OsErrExist:
    case LibFunc::OsErrNotExist: case LibFunc::OsErrClosed:
      oserror_value(fn == LibFunc::OsErrInvalid      ? 0
                    : fn == LibFunc::OsErrPermission ? 1
                    : fn == LibFunc::OsErrExist      ? 2
                    : fn == LibFunc::OsErrNotExist   ? 3
                                                     : 4,
                    results);
      return false;
    case LibFunc::OsOpen: case LibFunc::OsCreate: case LibFunc::OsOpenFile: {
      // Go: Open is OpenFile(name, O_RDONLY, 0); Create is OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666).
      const std::string name = str_at(args);
      int64_t flags = 0;
      uint32_t perm = 0;
      if (fn == LibFunc::OsCreate) {
        flags = kORdwr | kOCreat | kOTrunc;
        perm = 0666;
      } else if (fn == LibFunc::OsOpenFile) {
        flags = static_cast<int64_t>(ld8(args + 16));
        perm = static_cast<uint32_t>(mem_.load(args + 24, 4));
      }
      int64_t fd = -1;
      const Errno e = vfs.openat(name, flags, perm, now, &fd);
      if (e != Errno::kOK) {
        st8(results, 0);
        path_errno("open", name, static_cast<int64_t>(e), results + 8);
      } else {
        st8(results, new_file(fd, args));
        st8(results + 8, 0);
        st8(results + 16, 0);
      }
      return vfs_calls(Calls{{kSysOpenat, kAtFdcwd}}, deferred);
    }
    case LibFunc::OsReadFile: {
      const std::string name = str_at(args);
      int64_t fd = -1;
      const Errno e = vfs.openat(name, 0, 0, now, &fd);
      st8(results, 0);
      st8(results + 8, 0);
      st8(results + 16, 0);
      if (e != Errno::kOK) {
        path_errno("open", name, static_cast<int64_t>(e), results + 24);
        return vfs_calls(Calls{{kSysOpenat, kAtFdcwd}}, deferred);
      }
      new_file(fd, args);
      const VfsOpen o = *vfs.fd(fd);
      const VfsNode& n = *vfs.find(o.path);
      new_file_stat(o.path, name);  // Go: f.Stat() for the size
      Calls calls{{kSysOpenat, kAtFdcwd}, {kSysFstat, fd}};
      if (n.dir) {
        // Go: read(2) on a directory is EISDIR; ReadFile returns the empty buffer and the error.
        const uint64_t buf = alloc(512, false);
        st8(results, buf);
        st8(results + 16, 512);
        path_errno("read", name, static_cast<int64_t>(Errno::kEISDIR), results + 24);
        calls.push_back({0, fd});
      } else {
        // Go: data := make([]byte, 0, max(size+1, 512)); reads until one returns 0 (io.EOF).
        const uint64_t size = n.data.size();
        const uint64_t cap = std::max<uint64_t>(size + 1, 512);
        const uint64_t buf = alloc(cap, false);
        if (size > 0) mem_.write(buf, n.data.data(), size);
        st8(results, buf);
        st8(results + 8, size);
        st8(results + 16, cap);
        st8(results + 24, 0);
        st8(results + 32, 0);
        if (size > 0) calls.push_back({0, fd});
        calls.push_back({0, fd});
      }
      vfs.close(fd);
      calls.push_back({kSysClose, fd});
      return vfs_calls(std::move(calls), deferred);
    }
    case LibFunc::OsWriteFile: {
      // Go: OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm); f.Write(data); f.Close().
      const std::string name = str_at(args);
      int64_t fd = -1;
      const Errno e = vfs.openat(name, kOWronly | kOCreat | kOTrunc, static_cast<uint32_t>(mem_.load(args + 40, 4)), now, &fd);
      if (e != Errno::kOK) {
        path_errno("open", name, static_cast<int64_t>(e), results);
        return vfs_calls(Calls{{kSysOpenat, kAtFdcwd}}, deferred);
      }
      new_file(fd, args);
      VfsNode& n = *vfs.find(vfs.fd(fd)->path);
      const uint64_t len = ld8(args + 24);
      n.data = len == 0 ? std::string() : mem_.read_string(ld8(args + 16), len);
      n.mtime = now;
      vfs.close(fd);
      st8(results, 0);
      st8(results + 8, 0);
      return vfs_calls(Calls{{kSysOpenat, kAtFdcwd}, {1, fd}, {kSysClose, fd}}, deferred);
    }
    case LibFunc::OsStat: case LibFunc::OsLstat: {
      // Go: stat(2) is newfstatat(AT_FDCWD, name, &st, 0) (Lstat: AT_SYMLINK_NOFOLLOW).
      const std::string name = str_at(args);
      const std::string p = vfs.abs(name);
      Errno e = name.empty() ? Errno::kENOENT : vfs.parent_ok(p);
      if (e == Errno::kOK && vfs.find(p) == nullptr) e = Errno::kENOENT;
      if (e != Errno::kOK) {
        st8(results, 0);
        st8(results + 8, 0);
        path_errno(fn == LibFunc::OsStat ? "stat" : "lstat", name, static_cast<int64_t>(e), results + 16);
      } else {
        st8(results, ir::type_word(vfs_type("*os.fileStat")));
        st8(results + 8, new_file_stat(p, name));
        st8(results + 16, 0);
        st8(results + 24, 0);
      }
      return vfs_calls(Calls{{kSysNewfstatat, kAtFdcwd}}, deferred);
    }
    case LibFunc::OsRemove: {
      // Go: unlink, and when that fails rmdir; the error is unlink's unless rmdir's is not ENOTDIR.
      const std::string name = str_at(args);
      const std::string p = vfs.abs(name);
      const VfsNode* n = vfs.find(p);
      error_value("", results);
      if (n != nullptr && !n->dir) {
        vfs.unlinkat(name);
        return vfs_calls(Calls{{kSysUnlinkat, kAtFdcwd}}, deferred);
      }
      Errno unlink_e = n == nullptr ? (vfs.parent_ok(p) != Errno::kOK ? vfs.parent_ok(p) : Errno::kENOENT) : Errno::kEISDIR;
      const Errno rmdir_e = vfs.unlinkat(name);
      if (rmdir_e != Errno::kOK) {
        if (rmdir_e != Errno::kENOTDIR) unlink_e = rmdir_e;
        path_errno("remove", name, static_cast<int64_t>(unlink_e), results);
      }
      return vfs_calls(Calls{{kSysUnlinkat, kAtFdcwd}, {kSysUnlinkat, kAtFdcwd}}, deferred);
    }
    case LibFunc::OsMkdir: {
      const std::string name = str_at(args);
      const Errno e = vfs.mkdirat(name, static_cast<uint32_t>(mem_.load(args + 16, 4)), now);
      if (e != Errno::kOK) {
        path_errno("mkdir", name, static_cast<int64_t>(e), results);
      } else {
        error_value("", results);
      }
      return vfs_calls(Calls{{kSysMkdirat, kAtFdcwd}}, deferred);
    }
    case LibFunc::OsMkdirAll: return vfs_mkdir_all(args, results, deferred);
    case LibFunc::OsReadDir: return vfs_read_dir(args, results, deferred, true);
    case LibFunc::OsFileReadDir: return vfs_read_dir(args, results, deferred, false);
    case LibFunc::OsGetwd: {
      // Go: os.Getwd stats "." (and $PWD when set), then asks getcwd(2).
      const std::string cwd = vfs.cwd;
      st8(results, new_string(cwd));
      st8(results + 8, cwd.size());
      error_value("", results + 16);
      return vfs_calls(Calls{{kSysNewfstatat, kAtFdcwd}, {kSysGetcwd, -1}}, deferred);
    }
    case LibFunc::OsIsNotExist: case LibFunc::OsIsExist:
      mem_.store(results, os_error_is(args, fn == LibFunc::OsIsNotExist ? 3 : 2) ? 1 : 0, 1);
      return false;
    default:
      return vfs_path_lib(id, args, results, deferred);  // lib_vfs_path.cpp, then lib_vfs_file.cpp
  }
}

// Go: os/error.go underlyingErrorIs(underlyingError(err), target): a *PathError's (or
// *LinkError's) Err, then
// err == target or a syscall.Errno whose Is(target) holds.
bool Exec::os_error_is(uint64_t err, int which) {
  uint64_t tw = ld8(err);
  uint64_t dw = ld8(err + 8);
  if (tw == 0) return false;
  if (ir::type_of_word(tw) == vfs_type("*fs.PathError")) {
    tw = ld8(dw + 32);
    dw = ld8(dw + 40);
    if (tw == 0) return false;
  } else if (ir::type_of_word(tw) == vfs_type("*os.LinkError")) {
    tw = ld8(dw + 48);
    dw = ld8(dw + 56);
    if (tw == 0) return false;
  }
  if (ir::type_of_word(tw) == vfs_type("syscall.Errno")) return errno_is(ld8(dw), which);
  const uint64_t tgt = vfs_scratch();
  oserror_value(which, tgt);
  return tw == ld8(tgt) && dw == ld8(tgt + 8);
}

// Go: syscall.Errno.Is (syscall_unix.go).
bool Exec::errno_is(uint64_t e, int which) {
  const auto en = static_cast<Errno>(e);
  switch (which) {
    case 1: return en == Errno::kEACCES || static_cast<int64_t>(e) == 1;  // EPERM
    case 2: return en == Errno::kEEXIST || en == Errno::kENOTEMPTY;
    case 3: return en == Errno::kENOENT;
    default: return false;
  }
}

// Go: MkdirAll: Stat the path; if it is missing, MkdirAll its parent, then Mkdir it (and accept
// a directory that appeared meanwhile).
bool Exec::vfs_mkdir_all(uint64_t args, uint64_t results, bool deferred) {
  Model& md = mc_.mutable_model();
  Vfs& vfs = md.vfs;
  const std::string path = str_at(args);
  const auto perm = static_cast<uint32_t>(mem_.load(args + 16, 4));
  std::vector<std::pair<int64_t, int64_t>> calls;
  error_value("", results);
  // The recursion's Stat calls go up until one finds something; the Mkdir calls come down.
  std::vector<std::string> todo;
  std::string p = path;
  while (true) {
    calls.push_back({kSysNewfstatat, kAtFdcwd});
    const std::string a = vfs.abs(p);
    const VfsNode* n = vfs.parent_ok(a) == Errno::kOK ? vfs.find(a) : nullptr;
    if (n != nullptr) {
      if (!n->dir) {
        path_errno("mkdir", p, static_cast<int64_t>(Errno::kENOTDIR), results);
        return vfs_calls(std::move(calls), deferred);
      }
      break;
    }
    todo.push_back(p);
    size_t i = p.size();
    while (i > 0 && p[i - 1] == '/') --i;
    size_t j = i;
    while (j > 0 && p[j - 1] != '/') --j;
    if (j <= 1) break;
    p = p.substr(0, j - 1);
  }
  for (auto it = todo.rbegin(); it != todo.rend(); ++it) {
    calls.push_back({kSysMkdirat, kAtFdcwd});
    const Errno e = vfs.mkdirat(*it, perm, static_cast<int64_t>(md.engine.now));
    if (e != Errno::kOK) {
      calls.push_back({kSysNewfstatat, kAtFdcwd});  // Go: Lstat: a directory is fine
      const VfsNode* n = vfs.find(vfs.abs(*it));
      if (n != nullptr && n->dir) continue;
      path_errno("mkdir", *it, static_cast<int64_t>(e), results);
      break;
    }
  }
  return vfs_calls(std::move(calls), deferred);
}

// Go: os.ReadDir (Open, f.ReadDir(-1), sorted by name) and (*File).ReadDir(n): getdents64 until
// it returns 0 bytes; each entry a *unixDirent whose type the call reported.
bool Exec::vfs_read_dir(uint64_t args, uint64_t results, bool deferred, bool by_name) {
  Model& md = mc_.mutable_model();
  Vfs& vfs = md.vfs;
  std::vector<std::pair<int64_t, int64_t>> calls;
  st8(results, 0);
  st8(results + 8, 0);
  st8(results + 16, 0);
  error_value("", results + 24);
  int64_t fd = -1;
  std::string name;
  uint64_t name_at = 0;
  int64_t limit = -1;
  if (by_name) {
    name = str_at(args);
    name_at = args;
    calls.push_back({kSysOpenat, kAtFdcwd});
    const Errno e = vfs.openat(name, 0, 0, static_cast<int64_t>(md.engine.now), &fd);
    if (e != Errno::kOK) {
      path_errno("open", name, static_cast<int64_t>(e), results + 24);
      return vfs_calls(std::move(calls), deferred);
    }
    new_file(fd, args);
  } else {
    const uint64_t f = ld8(args);
    if (f == 0) {
      oserror_value(0, results + 24);
      return false;
    }
    fd = static_cast<int64_t>(ld8(ld8(f)));
    name_at = ld8(f) + 8;
    name = str_at(name_at);
    limit = static_cast<int64_t>(ld8(args + 8));
    if (vfs.fd(fd) == nullptr) {
      oserror_value(4, vfs_scratch());
      path_error_value("readdirent", name, vfs_scratch(), results + 24);
      return false;
    }
  }
  VfsOpen& o = *vfs.fd(fd);
  const VfsNode* dn = vfs.find(o.path);
  calls.push_back({kSysGetdents64, fd});
  if (dn == nullptr || !dn->dir) {
    path_errno("readdirent", name, static_cast<int64_t>(Errno::kENOTDIR), results + 24);
  } else {
    alloc(8192, false);  // Go: the dirInfo's buffer of blockSize bytes
    const std::vector<std::string> kids = vfs.children(o.path);
    size_t from = o.dir_pos;
    size_t to = kids.size();
    if (limit > 0) to = std::min(to, from + static_cast<size_t>(limit));
    if (from >= kids.size() && limit > 0) {
      eof_value(results + 24);  // Go: n > 0 and nothing left: io.EOF
    }
    const size_t count = to > from ? to - from : 0;
    const uint64_t arr = count == 0 ? 0 : alloc(16 * count);
    const int32_t dirent_t = vfs_type("*os.unixDirent");
    for (size_t i = 0; i < count; ++i) {
      const std::string& kid = kids[from + i];
      const VfsNode& kn = *vfs.find(o.path == "/" ? "/" + kid : o.path + "/" + kid);
      const uint64_t d = alloc(kDirentSize);
      mem_.copy(d, name_at, 16);  // parent: the name the directory was opened with
      st8(d + 16, new_string(kid));
      st8(d + 24, kid.size());
      mem_.store(d + 32, kn.dir ? kModeDir : 0, 4);
      st8(arr + 16 * i, ir::type_word(dirent_t));
      st8(arr + 16 * i + 8, d);
    }
    o.dir_pos = to;
    // Go: the second getdents64 returns 0 bytes (the end) unless n stopped the listing first.
    if (limit <= 0 || to >= kids.size()) calls.push_back({kSysGetdents64, fd});
    st8(results, arr == 0 ? (by_name || limit <= 0 ? 0 : 0) : arr);
    st8(results + 8, count);
    st8(results + 16, count);
  }
  if (by_name) {
    vfs.close(fd);
    calls.push_back({kSysClose, fd});
  }
  return vfs_calls(std::move(calls), deferred);
}

}  // namespace gosim::interp
