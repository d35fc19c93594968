// The virtual file tree; see vfs.h. Linux's answers (fs/namei.c, fs/open.c) for the cases a
// program meets: a missing path or parent, a file where a directory is needed, O_EXCL, O_TRUNC.
#include "sim/rt/vfs.h"

#include <algorithm>

namespace gosim {

const char* errno_text(int64_t e) {
  switch (static_cast<Errno>(e)) {
    case Errno::kENOENT: return "no such file or directory";
    case Errno::kEBADF: return "bad file descriptor";
    case Errno::kEACCES: return "permission denied";
    case Errno::kEBUSY: return "device or resource busy";
    case Errno::kEEXIST: return "file exists";
    case Errno::kENOTDIR: return "not a directory";
    case Errno::kEISDIR: return "is a directory";
    case Errno::kEINVAL: return "invalid argument";
    case Errno::kENOTEMPTY: return "directory not empty";
    default: return "errno";
  }
}

const char* sysno_name(int64_t sysno) {
  switch (sysno) {
    case 0: return "read";
    case 1: return "write";
    case kSysClose: return "close";
    case kSysFstat: return "fstat";
    case kSysLseek: return "lseek";
    case kSysPread64: return "pread64";
    case kSysGetcwd: return "getcwd";
    case kSysGetdents64: return "getdents64";
    case kSysOpenat: return "openat";
    case kSysMkdirat: return "mkdirat";
    case kSysNewfstatat: return "newfstatat";
    case kSysUnlinkat: return "unlinkat";
    case kSysTruncate: return "truncate";
    case kSysChdir: return "chdir";
    case kSysRenameat: return "renameat";
    case kSysReadlinkat: return "readlinkat";
    case kSysFchmodat: return "fchmodat";
    default: return nullptr;
  }
}

// Go: path.Clean (lexical: "." and ".." elements, repeated slashes).
std::string clean_path(const std::string& p) {
  if (p.empty()) return ".";
  const bool rooted = p[0] == '/';
  std::vector<std::string> parts;
  size_t i = 0;
  while (i <= p.size()) {
    size_t j = p.find('/', i);
    if (j == std::string::npos) j = p.size();
    const std::string e = p.substr(i, j - i);
    if (e.empty() || e == ".") {
    } else if (e == "..") {
      if (!parts.empty() && parts.back() != "..") {
        parts.pop_back();
      } else if (!rooted) {
        parts.push_back("..");
      }
    } else {
      parts.push_back(e);
    }
    i = j + 1;
  }
  std::string out = rooted ? "/" : "";
  for (size_t k = 0; k < parts.size(); ++k) out += (k > 0 ? "/" : "") + parts[k];
  return out.empty() ? "." : out;
}

Vfs::Vfs() {
  // The working directory and its parents exist (a program starts in an existing directory).
  for (const char* d : {"/", "/home", "/home/gopher", "/tmp"}) {
    nodes[d] = VfsNode{true, "", std::string(d) == "/tmp" ? 01777u : 0755u, 0, next_ino++};
  }
}

std::string Vfs::abs(const std::string& name) const {
  return clean_path(!name.empty() && name[0] == '/' ? name : cwd + "/" + name);
}

const VfsNode* Vfs::find(const std::string& p) const {
  const auto it = nodes.find(p);
  return it == nodes.end() ? nullptr : &it->second;
}

VfsNode* Vfs::find(const std::string& p) {
  const auto it = nodes.find(p);
  return it == nodes.end() ? nullptr : &it->second;
}

// Linux walks every element: a missing one is ENOENT, a file in the middle ENOTDIR.
Errno Vfs::parent_ok(const std::string& p) const {
  size_t i = 1;
  while (true) {
    const size_t j = p.find('/', i);
    if (j == std::string::npos) return Errno::kOK;
    const VfsNode* n = find(p.substr(0, j));
    if (n == nullptr) return Errno::kENOENT;
    if (!n->dir) return Errno::kENOTDIR;
    i = j + 1;
  }
}

void Vfs::add_dir(const std::string& rel) {
  const std::string p = abs(rel);
  for (size_t i = 1; i <= p.size(); ++i) {
    if ((i == p.size() || p[i] == '/') && find(p.substr(0, i)) == nullptr) {
      nodes.emplace(p.substr(0, i), VfsNode{true, "", 0755, 0, next_ino++});
    }
  }
}

void Vfs::add_file(const std::string& rel, const std::string& data) {
  const std::string p = abs(rel);
  const size_t slash = p.rfind('/');
  if (slash > 0) add_dir(p.substr(0, slash));
  VfsNode& n = nodes[p];
  if (n.ino == 0) n.ino = next_ino++;
  n = VfsNode{false, data, 0644, 0, n.ino};
}

VfsOpen* Vfs::fd(int64_t f) {
  for (VfsOpen& o : open) {
    if (o.fd == f) return &o;
  }
  return nullptr;
}

Errno Vfs::openat(const std::string& name, int64_t flags, uint32_t perm, int64_t now, int64_t* out) {
  if (name.empty()) return Errno::kENOENT;
  const std::string p = abs(name);
  if (const Errno e = parent_ok(p); e != Errno::kOK) return e;
  VfsNode* n = find(p);
  const int64_t acc = flags & kOAccMode;
  if (n == nullptr) {
    if ((flags & kOCreat) == 0) return Errno::kENOENT;
    n = &nodes[p];
    *n = VfsNode{false, "", perm & 0777 & ~0022u, now, next_ino++};  // the umask (022) applies, as in a shell
  } else {
    if ((flags & kOCreat) != 0 && (flags & kOExcl) != 0) return Errno::kEEXIST;
    if (n->dir && acc != 0) return Errno::kEISDIR;
    if (!n->dir && (flags & kOTrunc) != 0 && acc != 0) {
      n->data.clear();
      n->mtime = now;
    }
  }
  // The lowest free descriptor (0, 1, 2 are the standard streams, open or closed).
  int64_t f = 3;
  while (fd(f) != nullptr || (netpoll_fds && f >= 4 && f <= 6)) ++f;
  open.push_back(VfsOpen{f, p, flags, 0, 0});
  std::sort(open.begin(), open.end(), [](const VfsOpen& a, const VfsOpen& b) { return a.fd < b.fd; });
  *out = f;
  return Errno::kOK;
}

Errno Vfs::close(int64_t f) {
  for (size_t i = 0; i < open.size(); ++i) {
    if (open[i].fd == f) {
      open.erase(open.begin() + static_cast<std::ptrdiff_t>(i));
      return Errno::kOK;
    }
  }
  return Errno::kEBADF;
}

Errno Vfs::unlinkat(const std::string& name) {
  const std::string p = abs(name);
  if (const Errno e = parent_ok(p); e != Errno::kOK) return e;
  const VfsNode* n = find(p);
  if (n == nullptr) return Errno::kENOENT;
  if (n->dir) {
    // Linux's rmdir(2): the root is busy before it is anything else (rmdir("/") is EBUSY even
    // with entries below it; os.RemoveAll("/") ends there, after emptying the tree).
    if (p == "/") return Errno::kEBUSY;
    if (!children(p).empty()) return Errno::kENOTEMPTY;
    // EINVAL when the name's last element is "." (rmdir("."), rmdir("a/.")); the working
    // directory named any other way goes as any empty directory does on Linux.
    if (name == "." || (name.size() >= 2 && name.compare(name.size() - 2, 2, "/.") == 0)) return Errno::kEINVAL;
  }
  nodes.erase(p);
  return Errno::kOK;
}

Errno Vfs::mkdirat(const std::string& name, uint32_t perm, int64_t now) {
  const std::string p = abs(name);
  if (const Errno e = parent_ok(p); e != Errno::kOK) return e;
  if (find(p) != nullptr) return Errno::kEEXIST;
  nodes[p] = VfsNode{true, "", perm & 0777 & ~0022u, now, next_ino++};
  return Errno::kOK;
}

// Linux's rename(2): the old path must exist; a file may replace a file, a directory an empty
// directory; a directory cannot move below itself (EINVAL). A directory moves with its tree.
Errno Vfs::renameat(const std::string& from, const std::string& to) {
  const std::string a = abs(from), b = abs(to);
  if (from.empty() || to.empty()) return Errno::kENOENT;
  if (const Errno e = parent_ok(a); e != Errno::kOK) return e;
  const VfsNode* src = find(a);
  if (src == nullptr) return Errno::kENOENT;
  if (const Errno e = parent_ok(b); e != Errno::kOK) return e;
  if (a == b) return Errno::kOK;
  if (src->dir && b.compare(0, a.size() + 1, a + "/") == 0) return Errno::kEINVAL;
  if (const VfsNode* dst = find(b)) {
    if (src->dir && !dst->dir) return Errno::kENOTDIR;
    if (!src->dir && dst->dir) return Errno::kEISDIR;
    if (dst->dir && !children(b).empty()) return Errno::kENOTEMPTY;
    nodes.erase(b);
  }
  std::vector<std::pair<std::string, VfsNode>> moved;
  const std::string prefix = a + "/";
  for (auto it = nodes.begin(); it != nodes.end();) {
    if (it->first == a || it->first.compare(0, prefix.size(), prefix) == 0) {
      moved.emplace_back(b + it->first.substr(a.size()), it->second);
      it = nodes.erase(it);
    } else {
      ++it;
    }
  }
  for (auto& [p, n] : moved) nodes[p] = std::move(n);
  for (VfsOpen& o : open) {  // an open descriptor follows its file
    if (o.path == a || o.path.compare(0, prefix.size(), prefix) == 0) o.path = b + o.path.substr(a.size());
  }
  if (cwd == a || cwd.compare(0, prefix.size(), prefix) == 0) cwd = b + cwd.substr(a.size());
  return Errno::kOK;
}

Errno Vfs::truncate(const std::string& name, int64_t size, int64_t now) {
  const std::string p = abs(name);
  if (name.empty()) return Errno::kENOENT;
  if (const Errno e = parent_ok(p); e != Errno::kOK) return e;
  VfsNode* n = find(p);
  if (n == nullptr) return Errno::kENOENT;
  if (n->dir) return Errno::kEISDIR;
  if (size < 0) return Errno::kEINVAL;
  n->data.resize(static_cast<size_t>(size), '\0');
  n->mtime = now;
  return Errno::kOK;
}

Errno Vfs::chmod(const std::string& name, uint32_t mode) {
  const std::string p = abs(name);
  if (name.empty()) return Errno::kENOENT;
  if (const Errno e = parent_ok(p); e != Errno::kOK) return e;
  VfsNode* n = find(p);
  if (n == nullptr) return Errno::kENOENT;
  n->perm = mode & 07777;
  return Errno::kOK;
}

Errno Vfs::chdir(const std::string& name) {
  const std::string p = abs(name);
  if (name.empty()) return Errno::kENOENT;
  if (const Errno e = parent_ok(p); e != Errno::kOK) return e;
  const VfsNode* n = find(p);
  if (n == nullptr) return Errno::kENOENT;
  if (!n->dir) return Errno::kENOTDIR;
  cwd = p;
  return Errno::kOK;
}

std::vector<std::string> Vfs::children(const std::string& p) const {
  std::vector<std::string> out;
  const std::string prefix = p == "/" ? "/" : p + "/";
  for (auto it = nodes.lower_bound(prefix); it != nodes.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
    // (The root's prefix "/" is also the root's own key: it is not its own child.)
    if (it->first.size() > prefix.size() && it->first.find('/', prefix.size()) == std::string::npos) {
      out.push_back(it->first.substr(prefix.size()));
    }
  }
  return out;  // the map's order: sorted by name
}

uint64_t Vfs::total_bytes() const {
  uint64_t n = 0;
  for (const auto& [p, node] : nodes) n += node.data.size();
  return n;
}

}  // namespace gosim
