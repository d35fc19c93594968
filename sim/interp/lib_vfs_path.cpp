// The rest of os's file calls over the virtual file tree (part fs of session 22; lib_vfs.cpp
// has the first ones and the design).
//
// Go: os/file.go Rename and LinkError, os/file_unix.go rename, Readlink, os/file_posix.go Chmod
// (syscallMode), Truncate, Chdir, os/removeall_at.go RemoveAll (removeAllFrom), os/dir.go and
// dir_unix.go (*File).Readdir/Readdirnames, os/file_unix.go TempDir, os/error.go IsPermission.
// Each makes the system calls Go's does on linux/amd64, in Go's order (renameat, fchmodat,
// truncate, chdir, readlinkat; RemoveAll's unlinkat, openat, getdents64 and close down the tree).
//
// Simplified (docs/go-subset.md): the tree has no symlinks, so Readlink always fails (EINVAL on
// an existing path, as Linux answers for a file that is not a link) and Lstat is Stat; Readdir
// lists names sorted, as ReadDir does.
#include <algorithm>

#include "sim/interp/exec.h"
#include "sim/lang/object.h"

namespace gosim::interp {

using lang::LibFunc;

namespace {
constexpr int64_t kAtFdcwd = -100;
constexpr uint64_t kLinkErrorSize = 64;
constexpr uint32_t kModeSetuid = 1u << 23, kModeSetgid = 1u << 22, kModeSticky = 1u << 20;
using Calls = std::vector<std::pair<int64_t, int64_t>>;

bool ends_with_dot(const std::string& p) {  // Go: os/path.go endsWithDot
  return p == "." || (p.size() >= 2 && p.compare(p.size() - 2, 2, "/.") == 0);
}

// Go: os/path_unix.go splitPath.
std::pair<std::string, std::string> split_path(std::string path) {
  std::string dirname = ".";
  while (path.size() > 1 && path[0] == '/' && path[1] == '/') path = path.substr(1);
  size_t i = path.size() - 1;
  while (i > 0 && path[i] == '/') {
    path = path.substr(0, i);
    i--;
  }
  std::string base = path;
  for (int64_t k = static_cast<int64_t>(i) - 1; k >= 0; k--) {
    if (path[static_cast<size_t>(k)] == '/') {
      dirname = k == 0 ? path.substr(0, 1) : path.substr(0, static_cast<size_t>(k));
      base = path.substr(static_cast<size_t>(k) + 1);
      break;
    }
  }
  return {dirname, base};
}
}  // namespace

// Go: &LinkError{op, old, new, err} with err an interface value at `err`.
void Exec::link_error_value(const std::string& old_path, const std::string& new_path, uint64_t err, uint64_t dst) {
  const uint64_t e[2] = {ld8(err), ld8(err + 8)};
  const uint64_t le = alloc(kLinkErrorSize);
  auto put = [&](uint64_t at, const std::string& s) {
    st8(at, s.empty() ? 0 : new_string(s));
    st8(at + 8, s.size());
  };
  put(le, "rename");
  put(le + 16, old_path);
  put(le + 32, new_path);
  st8(le + 48, e[0]);
  st8(le + 56, e[1]);
  st8(dst, ir::type_word(vfs_type("*os.LinkError")));
  st8(dst + 8, le);
}

// Go: os/file_unix.go rename: Lstat(newname), and when it is a directory Lstat(oldname) too
// (renaming onto a directory is refused with EEXIST unless it is the same file), then renameat.
bool Exec::vfs_rename(uint64_t args, uint64_t results, bool deferred) {
  Vfs& vfs = mc_.mutable_model().vfs;
  const std::string from = str_at(args), to = str_at(args + 16);
  error_value("", results);
  Calls calls{{kSysNewfstatat, kAtFdcwd}};
  const std::string ta = vfs.abs(to), fa = vfs.abs(from);
  const VfsNode* dst = !to.empty() && vfs.parent_ok(ta) == Errno::kOK ? vfs.find(ta) : nullptr;
  if (dst == nullptr) {
    path_errno("lstat", to, static_cast<int64_t>(Errno::kENOENT), vfs_scratch() - 32);  // Go allocates it
  } else {
    new_file_stat(ta, to);
  }
  if (dst != nullptr && dst->dir) {
    calls.push_back({kSysNewfstatat, kAtFdcwd});
    const VfsNode* src = !from.empty() && vfs.parent_ok(fa) == Errno::kOK ? vfs.find(fa) : nullptr;
    if (src == nullptr) {
      errno_value(static_cast<int64_t>(from.empty() || vfs.parent_ok(fa) == Errno::kOK ? Errno::kENOENT : vfs.parent_ok(fa)),
                  vfs_scratch());
      link_error_value(from, to, vfs_scratch(), results);
      return vfs_calls(std::move(calls), deferred);
    }
    new_file_stat(fa, from);
    if (to == from || src->ino != dst->ino) {
      errno_value(static_cast<int64_t>(Errno::kEEXIST), vfs_scratch());
      link_error_value(from, to, vfs_scratch(), results);
      return vfs_calls(std::move(calls), deferred);
    }
  }
  calls.push_back({kSysRenameat, kAtFdcwd});
  if (const Errno e = vfs.renameat(from, to); e != Errno::kOK) {
    errno_value(static_cast<int64_t>(e), vfs_scratch());
    link_error_value(from, to, vfs_scratch(), results);
  }
  return vfs_calls(std::move(calls), deferred);
}

// Go: os/removeall_at.go removeAllFrom(parent, base): unlinkat(parent, base); a directory is
// opened (openat relative to the parent), listed (Readdirnames(1024): getdents64 until it
// returns nothing), emptied entry by entry, closed, and removed (unlinkat AT_REMOVEDIR).
// `parent_fd` is the descriptor the calls name; the tree is changed as each call is made.
void Exec::vfs_remove_all_from(int64_t parent_fd, const std::string& dir, const std::string& base,
                               std::vector<std::pair<int64_t, int64_t>>* calls, std::string* err_path, Errno* err) {
  Model& md = mc_.mutable_model();
  Vfs& vfs = md.vfs;
  // An absolute base names itself, as unlinkat(2) ignores the descriptor for one:
  // RemoveAll("/") is removeAllFrom(Open("."), "/") (Go's splitPath gives "." and "/").
  const std::string p = !base.empty() && base[0] == '/' ? base : dir == "/" ? "/" + base : dir + "/" + base;
  calls->push_back({kSysUnlinkat, parent_fd});
  const VfsNode* n = vfs.find(p);
  if (n == nullptr) return;  // Go: IsNotExist: nothing to do
  if (!n->dir) {
    vfs.nodes.erase(p);
    return;
  }
  calls->push_back({kSysOpenat, parent_fd});
  int64_t fd = -1;
  vfs.openat(p, 0, 0, static_cast<int64_t>(md.engine.now), &fd);
  const uint64_t name_at = vfs_scratch() - 48;  // the directory file's name: base
  st8(name_at, base.empty() ? 0 : new_string(base));
  st8(name_at + 8, base.size());
  new_file(fd, name_at);
  calls->push_back({kSysGetdents64, fd});
  calls->push_back({kSysGetdents64, fd});
  for (const std::string& kid : vfs.children(p)) {
    std::string kid_path;
    Errno kid_err = Errno::kOK;
    vfs_remove_all_from(fd, p, kid, calls, &kid_path, &kid_err);
    if (kid_err != Errno::kOK && *err == Errno::kOK) {
      *err = kid_err;
      *err_path = base + "/" + kid_path;
    }
  }
  calls->push_back({kSysClose, fd});
  vfs.close(fd);
  calls->push_back({kSysUnlinkat, parent_fd});
  const Errno e = vfs.unlinkat(p);
  if (e != Errno::kOK && e != Errno::kENOENT && *err == Errno::kOK) {
    *err = e;
    *err_path = base;
  }
}

// Go: os/removeall_at.go removeAll: Remove(path) first (unlink, rmdir); a directory that is not
// empty is removed from its parent, opened with Open.
bool Exec::vfs_remove_all(uint64_t args, uint64_t results, bool deferred) {
  Model& md = mc_.mutable_model();
  Vfs& vfs = md.vfs;
  const std::string path = str_at(args);
  error_value("", results);
  if (path.empty()) return false;
  if (ends_with_dot(path)) {
    path_errno("RemoveAll", path, static_cast<int64_t>(Errno::kEINVAL), results);
    return false;
  }
  Calls calls{{kSysUnlinkat, kAtFdcwd}};
  const std::string a = vfs.abs(path);
  const VfsNode* n = vfs.parent_ok(a) == Errno::kOK ? vfs.find(a) : nullptr;
  if (n == nullptr || !n->dir) {
    if (n != nullptr) {
      vfs.unlinkat(path);
    } else {
      calls.push_back({kSysUnlinkat, kAtFdcwd});  // Go: rmdir after unlink's ENOENT; then IsNotExist
      path_errno("remove", path, static_cast<int64_t>(Errno::kENOENT), vfs_scratch() - 32);
    }
    return vfs_calls(std::move(calls), deferred);
  }
  calls.push_back({kSysUnlinkat, kAtFdcwd});
  if (vfs.unlinkat(path) == Errno::kOK) return vfs_calls(std::move(calls), deferred);  // an empty directory
  path_errno("remove", path, static_cast<int64_t>(Errno::kENOTEMPTY), vfs_scratch() - 32);
  const auto [parent_dir, base] = split_path(path);
  calls.push_back({kSysOpenat, kAtFdcwd});
  int64_t pfd = -1;
  vfs.openat(parent_dir, 0, 0, static_cast<int64_t>(md.engine.now), &pfd);
  new_file(pfd, args);
  std::string err_path;
  Errno err = Errno::kOK;
  vfs_remove_all_from(pfd, vfs.abs(parent_dir), base, &calls, &err_path, &err);
  calls.push_back({kSysClose, pfd});
  vfs.close(pfd);
  if (err != Errno::kOK) {
    path_errno("unlinkat", parent_dir + "/" + err_path, static_cast<int64_t>(err), results);
  }
  return vfs_calls(std::move(calls), deferred);
}

// Go: (*File).Readdir(n) and Readdirnames(n) (os/dir.go, dir_unix.go readdir): getdents64 until
// n entries or the end; Readdir lstats each entry (newfstatat). n <= 0 lists the rest and never
// returns io.EOF; n > 0 returns io.EOF when nothing is left. Never a nil slice.
bool Exec::vfs_readdir(uint64_t args, uint64_t results, bool deferred, bool infos) {
  Model& md = mc_.mutable_model();
  Vfs& vfs = md.vfs;
  st8(results, 0);
  st8(results + 8, 0);
  st8(results + 16, 0);
  error_value("", results + 24);
  const uint64_t f = ld8(args);
  if (f == 0) {
    oserror_value(0, results + 24);
    return false;
  }
  const auto fd = static_cast<int64_t>(ld8(ld8(f)));
  const uint64_t name_at = ld8(f) + 8;
  const std::string name = str_at(name_at);
  const auto n = static_cast<int64_t>(ld8(args + 8));
  VfsOpen* o = fd >= 3 ? vfs.fd(fd) : nullptr;
  if (o == nullptr) {
    oserror_value(4, vfs_scratch());
    path_error_value("readdirent", name, vfs_scratch(), results + 24);
    return false;
  }
  const VfsNode* dn = vfs.find(o->path);
  Calls calls{{kSysGetdents64, fd}};
  const uint64_t cap = n <= 0 ? 100 : static_cast<uint64_t>(n);  // Go: make(..., 0, size)
  if (dn == nullptr || !dn->dir) {
    st8(results, alloc(0));
    path_errno("readdirent", name, static_cast<int64_t>(Errno::kENOTDIR), results + 24);
    return vfs_calls(std::move(calls), deferred);
  }
  alloc(8192, false);  // Go: the dirInfo's buffer
  const std::vector<std::string> kids = vfs.children(o->path);
  const size_t from = o->dir_pos;
  size_t to = kids.size();
  if (n > 0) to = std::min(to, from + static_cast<size_t>(n));
  const size_t count = to > from ? to - from : 0;
  const uint64_t arr = alloc(16 * std::max<uint64_t>(cap, count), infos);
  for (size_t i = 0; i < count; ++i) {
    const std::string& kid = kids[from + i];
    const std::string kp = o->path == "/" ? "/" + kid : o->path + "/" + kid;
    if (infos) {
      calls.push_back({kSysNewfstatat, kAtFdcwd});  // Go: lstat(f.name + "/" + name)
      st8(arr + 16 * i, ir::type_word(vfs_type("*os.fileStat")));
      st8(arr + 16 * i + 8, new_file_stat(kp, kid));
    } else {
      st8(arr + 16 * i, new_string(kid));
      st8(arr + 16 * i + 8, kid.size());
    }
  }
  o->dir_pos = to;
  if (n <= 0 || to >= kids.size()) calls.push_back({kSysGetdents64, fd});
  if (n > 0 && count == 0) eof_value(results + 24);
  st8(results, arr);
  st8(results + 8, count);
  st8(results + 16, std::max<uint64_t>(cap, count));
  return vfs_calls(std::move(calls), deferred);
}

bool Exec::vfs_path_lib(int64_t id, uint64_t args, uint64_t results, bool deferred) {
  Model& md = mc_.mutable_model();
  Vfs& vfs = md.vfs;
  const auto now = static_cast<int64_t>(md.engine.now);
  // A call on one path with a *PathError named `op`: `e` is the tree's answer.
  auto one = [&](const char* op, const std::string& name, Errno e, int64_t sysno) {
    error_value("", results);
    if (e != Errno::kOK) path_errno(op, name, static_cast<int64_t>(e), results);
    return vfs_calls(Calls{{sysno, sysno == kSysTruncate || sysno == kSysChdir ? -1 : kAtFdcwd}}, deferred);
  };
  switch (static_cast<LibFunc>(id)) {
    case LibFunc::OsRename: return vfs_rename(args, results, deferred);
    case LibFunc::OsRemoveAll: return vfs_remove_all(args, results, deferred);
    case LibFunc::OsTruncate: {
      const std::string name = str_at(args);
      return one("truncate", name, vfs.truncate(name, static_cast<int64_t>(ld8(args + 16)), now), kSysTruncate);
    }
    case LibFunc::OsChmod: {
      // Go: syscallMode: the permission bits, then setuid, setgid and sticky as S_ISUID etc.
      const std::string name = str_at(args);
      const auto m = static_cast<uint32_t>(mem_.load(args + 16, 4));
      uint32_t mode = m & 0777;
      if ((m & kModeSetuid) != 0) mode |= 04000;
      if ((m & kModeSetgid) != 0) mode |= 02000;
      if ((m & kModeSticky) != 0) mode |= 01000;
      return one("chmod", name, vfs.chmod(name, mode), kSysFchmodat);
    }
    case LibFunc::OsChdir: {
      const std::string name = str_at(args);
      return one("chdir", name, vfs.chdir(name), kSysChdir);
    }
    case LibFunc::OsReadlink: {
      // Go: Readlink's buffer of 128 bytes, then readlinkat; no path of the tree is a link.
      const std::string name = str_at(args);
      const std::string p = vfs.abs(name);
      Errno e = name.empty() ? Errno::kENOENT : vfs.parent_ok(p);
      if (e == Errno::kOK) e = vfs.find(p) == nullptr ? Errno::kENOENT : Errno::kEINVAL;
      st8(results, 0);
      st8(results + 8, 0);
      path_errno("readlink", name, static_cast<int64_t>(e), results + 16);
      return vfs_calls(Calls{{kSysReadlinkat, kAtFdcwd}}, deferred);
    }
    case LibFunc::OsTempDir: {
      // Go: $TMPDIR, else "/tmp" (the tree has /tmp).
      std::string dir;
      for (const std::string& kv : md.env) {
        if (kv.rfind("TMPDIR=", 0) == 0) dir = kv.substr(7);
      }
      if (dir.empty()) dir = "/tmp";
      st8(results, new_string(dir));
      st8(results + 8, dir.size());
      return false;
    }
    case LibFunc::OsIsPermission:
      mem_.store(results, os_error_is(args, 1) ? 1 : 0, 1);
      return false;
    case LibFunc::OsFileReaddirnames: return vfs_readdir(args, results, deferred, false);
    case LibFunc::OsFileReaddir: return vfs_readdir(args, results, deferred, true);
    case LibFunc::OsFastrand: mem_.store(results, fastrand(), 4); return false;
    case LibFunc::SyscallGetpagesize: st8(results, 4096); return false;
    case LibFunc::LinkErrorError: {
      std::string s;
      if (!vfs_method_text(static_cast<int32_t>(id), args, &s)) {
        panic_text("runtime error: invalid memory address or nil pointer dereference\n"
                   "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
        return requested_;
      }
      st8(results, new_string(s));
      st8(results + 8, s.size());
      return false;
    }
    case LibFunc::LinkErrorUnwrap: mem_.copy(results, ld8(args) + 48, 16); return false;
    default: return vfs_file_lib(id, args, results, deferred);
  }
}

}  // namespace gosim::interp
