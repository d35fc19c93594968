// The program's virtual file tree (part vfs2 of issue #19).
//
// A run's files are part of its inputs, like its stdin and environment: a scenario's "files" or
// `gosim run --files DIR` fill the tree before the run starts, the program's os calls change it
// (sim/interp/lib_vfs.cpp), and nothing ever reaches the host's files. Each os call is the
// system calls Go's os makes on linux/amd64 (openat, read, write, close, fstat, newfstatat,
// lseek, pread64, unlinkat, mkdirat, getdents64, getcwd, renameat, truncate, chdir, fchmodat,
// readlinkat), each a system call of the model
// (entersyscall/exitsyscall, sim/rt/syscall.cpp). The tree answers them the way Linux does,
// with Linux's errno values; this file has no Go counterpart (it stands for the kernel).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace gosim {

// Linux amd64 errno values the tree returns (Go: syscall/zerrors_linux_amd64.go).
enum class Errno : int64_t {
  kOK = 0,
  kENOENT = 2,
  kEBADF = 9,
  kEACCES = 13,
  kEBUSY = 16,
  kEEXIST = 17,
  kENOTDIR = 20,
  kEISDIR = 21,
  kEINVAL = 22,
  kENOTEMPTY = 39,
};
const char* errno_text(int64_t e);  // Go: syscall.Errno.Error's table ("no such file or directory")

// Linux amd64 system call numbers (Go: syscall/zsysnum_linux_amd64.go).
constexpr int64_t kSysClose = 3;
constexpr int64_t kSysFstat = 5;
constexpr int64_t kSysLseek = 8;
constexpr int64_t kSysPread64 = 17;
constexpr int64_t kSysGetcwd = 79;
constexpr int64_t kSysGetdents64 = 217;
constexpr int64_t kSysOpenat = 257;
constexpr int64_t kSysMkdirat = 258;
constexpr int64_t kSysNewfstatat = 262;
constexpr int64_t kSysUnlinkat = 263;
constexpr int64_t kSysTruncate = 76;
constexpr int64_t kSysChdir = 80;
constexpr int64_t kSysRenameat = 264;
constexpr int64_t kSysReadlinkat = 267;
constexpr int64_t kSysFchmodat = 268;
const char* sysno_name(int64_t sysno);  // "openat"; nullptr for a number gosim does not name

// Linux's open flags (Go: syscall.O_*).
constexpr int64_t kOWronly = 1, kORdwr = 2, kOAccMode = 3, kOCreat = 0x40, kOExcl = 0x80, kOTrunc = 0x200,
                  kOAppend = 0x400;

struct VfsNode {
  bool dir = false;
  std::string data;   // a regular file's bytes
  uint32_t perm = 0;  // the permission bits (Go: FileMode & ModePerm)
  int64_t mtime = 0;  // virtual ns since the program started (0: before it started)
  uint64_t ino = 0;   // the inode number (Go: Stat_t.Ino, which os.SameFile compares)
};

struct VfsOpen {
  int64_t fd = 0;
  std::string path;   // absolute and clean: the node's key
  int64_t flags = 0;  // the open flags
  uint64_t off = 0;   // the file offset
  size_t dir_pos = 0; // getdents64: how many names were handed out
};

struct Vfs {
  std::string cwd = "/home/gopher";     // the program's working directory (docs/go-subset.md)
  std::map<std::string, VfsNode> nodes;  // absolute clean path -> node, "/" included
  std::vector<VfsOpen> open;             // by fd
  bool netpoll_fds = false;              // the runtime's epoll fd and break pipe were created
  uint64_t next_ino = 2;                 // the next inode number: in creation order, "/" is 2 as on ext4

  Vfs();
  // Adds a file (directories implied) at a path relative to cwd, before the run.
  void add_file(const std::string& rel, const std::string& data);
  void add_dir(const std::string& rel);

  std::string abs(const std::string& name) const;  // Go: path.Clean(cwd + "/" + name)
  const VfsNode* find(const std::string& abs_path) const;
  VfsNode* find(const std::string& abs_path);
  // The node's parent must be a directory: ENOENT when it is missing, ENOTDIR when it is a file.
  Errno parent_ok(const std::string& abs_path) const;

  // openat(AT_FDCWD, name, flags, perm): the new descriptor (the lowest free one) or an errno.
  Errno openat(const std::string& name, int64_t flags, uint32_t perm, int64_t now, int64_t* fd);
  VfsOpen* fd(int64_t fd);
  Errno close(int64_t fd);
  Errno unlinkat(const std::string& name);  // os.Remove: unlink, then rmdir for a directory
  Errno mkdirat(const std::string& name, uint32_t perm, int64_t now);
  Errno renameat(const std::string& from, const std::string& to);  // rename(2), directories with their trees
  Errno truncate(const std::string& name, int64_t size, int64_t now);
  Errno chmod(const std::string& name, uint32_t mode);
  Errno chdir(const std::string& name);
  std::vector<std::string> children(const std::string& abs_path) const;  // names, sorted
  uint64_t total_bytes() const;
};

std::string clean_path(const std::string& p);  // Go: path.Clean

}  // namespace gosim
