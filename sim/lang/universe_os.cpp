// Package os's files (part vfs2 of issue #19, part fs of session 22): the calls that work on the
// model's virtual file tree (sim/rt/vfs.h), declared with Go 1.19's names and signatures.
//
// Go: os/file.go, os/file_unix.go, os/stat.go, os/dir.go, os/types.go, os/error.go, os/path.go.
// In Go, os.FileInfo, os.FileMode, os.DirEntry and os.PathError are aliases of io/fs's types,
// and so they are here: os is three layers.
//   1. This file's declare_os_files, part of the universe: the system-call layer that needs no
//      type of io/fs (Open, Create, ReadFile, Remove, Rename, Chdir, Getwd, Truncate, RemoveAll,
//      the flags, *File's Read/Write/Seek/ReadAt/Readdirnames, LinkError, the error values).
//   2. Go's own source read into the modelled package (load.cpp kSourceMembers): os/types.go (the aliases FileInfo and FileMode, the Mode bits, fileStat's
//      Name and IsDir, SameFile), os/types_unix.go (fileStat over syscall.Stat_t), os/path_unix.go
//      (PathSeparator, IsPathSeparator) and os/tempfile.go (CreateTemp, MkdirTemp). They import
//      io/fs, so io/fs (Go's source) is always checked first.
//   3. declare_os_fs, run when layer 2 is checked, after io/fs (check.cpp): the system calls
//      whose signatures name io/fs's types (Stat, Lstat, OpenFile, WriteFile, Mkdir, MkdirAll,
//      ReadDir, Chmod, *File's Stat, ReadDir and Readdir) and the aliases DirEntry and PathError
//      (os/error.go and os/dir.go cannot load: they need internal/poll), as names of layer 2.
// Layers 2 and 3 load only for a program that names one of their members or something that
// hands it an *os.File (load.cpp kSourceMembers); os.Exit or os.Getenv alone does not load io/fs.
// The errors' dynamic types are Go's (*fs.PathError wrapping a syscall.Errno, sim/interp/lib_vfs.cpp).
#include <algorithm>

#include "sim/lang/universe_builder.h"

namespace gosim::lang {

namespace {

// A member os declares now: it is no longer refused by name.
void os_declared(LibPackage& os, const char* name) {
  auto& km = os.known_missing;
  km.erase(std::remove(km.begin(), km.end(), name), km.end());
}

// Go: syscall's types and values that os's files from source name (ztypes_linux_amd64.go
// Stat_t, syscall_unix.go Errno, zerrors_linux_amd64.go's errno constants, Getpagesize).
void declare_syscall_files(Builder& b) {
  TypeTable& T = b.t_;
  LibPackage& sc = b.existing("syscall");
  auto declared = [&](const char* name) { os_declared(sc, name); };
  const Type* u64 = T.basic(TypeKind::Uint64);
  const Type* u32 = T.basic(TypeKind::Uint32);
  const Type* i64 = T.basic(TypeKind::Int64);
  const Type* ts = sc.members.at("Timespec")->type;
  const Type* stat_t = b.named(sc, "Stat_t");
  T.set_underlying(stat_t, b.fields(sc, {{"Dev", u64}, {"Ino", u64}, {"Nlink", u64}, {"Mode", u32}, {"Uid", u32},
                                          {"Gid", u32}, {"X__pad0", T.basic(TypeKind::Int32)}, {"Rdev", u64},
                                          {"Size", i64}, {"Blksize", i64}, {"Blocks", i64}, {"Atim", ts},
                                          {"Mtim", ts}, {"Ctim", ts}, {"X__unused", T.array(i64, 3)}}));
  declared("Stat_t");
  const Type* errno_t = b.named(sc, "Errno");
  T.set_underlying(errno_t, T.basic(TypeKind::Uintptr));
  const Type* err = b.p_->universe->lookup("error")->type;
  b.method(errno_t, "Error", b.sig({}, {{"", T.basic(TypeKind::String)}}), LibFunc::ErrnoError, false);
  b.method(errno_t, "Is", b.sig({{"target", err}}, {{"", T.basic(TypeKind::Bool)}}), LibFunc::ErrnoIs, false);
  declared("Errno");
  const std::pair<const char*, int> errnos[] = {{"EPERM", 1},   {"ENOENT", 2},  {"EBADF", 9},    {"EACCES", 13},
                                                {"EBUSY", 16},  {"EEXIST", 17}, {"ENOTDIR", 20}, {"EISDIR", 21}, {"EINVAL", 22},
                                                {"ENOTEMPTY", 39}};
  for (const auto& [name, v] : errnos) {
    b.constant(sc, name, errno_t, v);
    declared(name);
  }
  b.func(sc, "Getpagesize", b.sig({}, {{"", T.basic(TypeKind::Int)}}), LibFunc::SyscallGetpagesize);
  declared("Getpagesize");
}

}  // namespace

void declare_os_files(Builder& b) {
  declare_syscall_files(b);
  TypeTable& T = b.t_;
  Package* p = b.p_;
  const Type* str = T.basic(TypeKind::String);
  const Type* int_t = T.basic(TypeKind::Int);
  const Type* i64 = T.basic(TypeKind::Int64);
  const Type* bool_t = T.basic(TypeKind::Bool);
  const Type* err = p->universe->lookup("error")->type;
  LibPackage& os = b.existing("os");
  auto declared = [&](const char* name) { os_declared(os, name); };
  auto lib_var = [&](const char* name, const Type* t, LibFunc id) {
    Object* o = p->objects.make(ObjKind::Var, name, {}, t, &os.ref);
    o->var_kind = VarKind::Global;
    o->lib = id;  // read through the library, as os.Stdout is
    os.members[name] = o;
    declared(name);
  };
  auto func = [&](const char* name, const Type* s, LibFunc id) {
    b.func(os, name, s, id);
    declared(name);
  };
  const Type* pfile = T.pointer(os.members.at("File")->type);
  const Type* file_t = pfile->elem;

  // Go: os/file.go's flags (syscall's values on linux/amd64) and Seek's whence.
  const std::pair<const char*, int> flags[] = {{"O_RDONLY", 0},    {"O_WRONLY", 1},  {"O_RDWR", 2},
                                               {"O_APPEND", 0x400}, {"O_CREATE", 0x40}, {"O_EXCL", 0x80},
                                               {"O_SYNC", 0x101000}, {"O_TRUNC", 0x200}, {"SEEK_SET", 0},
                                               {"SEEK_CUR", 1},      {"SEEK_END", 2}};
  for (const auto& [name, v] : flags) {
    b.constant(os, name, int_t, v);
    declared(name);
  }
  // Go: os/file.go DevNull (file_unix.go's const on linux).
  Object* devnull = p->objects.make(ObjKind::Const, "DevNull", {}, T.basic(TypeKind::UntypedString), &os.ref);
  devnull->value = p->make_constant(Constant::make_string("/dev/null"));
  os.members["DevNull"] = devnull;
  declared("DevNull");

  // Go: os/file.go LinkError, Rename's error: "rename OLD NEW: ERR".
  const Type* link_error = b.named(os, "LinkError");
  T.set_underlying(link_error, b.fields(os, {{"Op", str}, {"Old", str}, {"New", str}, {"Err", err}}));
  b.method(link_error, "Error", b.sig({}, {{"", str}}), LibFunc::LinkErrorError, true);
  b.method(link_error, "Unwrap", b.sig({}, {{"", err}}), LibFunc::LinkErrorUnwrap, true);
  declared("LinkError");

  func("Open", b.sig({{"name", str}}, {{"", pfile}, {"", err}}), LibFunc::OsOpen);
  func("Create", b.sig({{"name", str}}, {{"", pfile}, {"", err}}), LibFunc::OsCreate);
  func("ReadFile", b.sig({{"name", str}}, {{"", T.slice(T.byte_type())}, {"", err}}), LibFunc::OsReadFile);
  func("Remove", b.sig({{"name", str}}, {{"", err}}), LibFunc::OsRemove);
  func("RemoveAll", b.sig({{"path", str}}, {{"", err}}), LibFunc::OsRemoveAll);
  func("Rename", b.sig({{"oldpath", str}, {"newpath", str}}, {{"", err}}), LibFunc::OsRename);
  func("Truncate", b.sig({{"name", str}, {"size", i64}}, {{"", err}}), LibFunc::OsTruncate);
  func("Readlink", b.sig({{"name", str}}, {{"", str}, {"", err}}), LibFunc::OsReadlink);
  func("Chdir", b.sig({{"dir", str}}, {{"", err}}), LibFunc::OsChdir);
  func("Getwd", b.sig({}, {{"dir", str}, {"err", err}}), LibFunc::OsGetwd);
  func("TempDir", b.sig({}, {{"", str}}), LibFunc::OsTempDir);
  func("IsNotExist", b.sig({{"err", err}}, {{"", bool_t}}), LibFunc::OsIsNotExist);
  func("IsExist", b.sig({{"err", err}}, {{"", bool_t}}), LibFunc::OsIsExist);
  func("IsPermission", b.sig({{"err", err}}, {{"", bool_t}}), LibFunc::OsIsPermission);
  lib_var("ErrNotExist", err, LibFunc::OsErrNotExist);
  lib_var("ErrExist", err, LibFunc::OsErrExist);
  lib_var("ErrPermission", err, LibFunc::OsErrPermission);
  lib_var("ErrClosed", err, LibFunc::OsErrClosed);
  lib_var("ErrInvalid", err, LibFunc::OsErrInvalid);

  b.method(file_t, "Seek", b.sig({{"offset", i64}, {"whence", int_t}}, {{"ret", i64}, {"err", err}}),
           LibFunc::OsFileSeek, true);
  b.method(file_t, "ReadAt", b.sig({{"b", T.slice(T.byte_type())}, {"off", i64}}, {{"n", int_t}, {"err", err}}),
           LibFunc::OsFileReadAt, true);
  b.method(file_t, "Readdirnames", b.sig({{"n", int_t}}, {{"names", T.slice(str)}, {"err", err}}),
           LibFunc::OsFileReaddirnames, true);
}

// Go: os/dir.go's and os/error.go's aliases of io/fs's types and the calls whose signatures name
// io/fs's types, for the check of os's source files (check.cpp), which gets them as its own
// names: they are in os's view only for a program that loads those files, never in the modelled
// package (which every program shares through the standard-library cache). *File's methods are
// added to the model's File type once per universe.
std::vector<Object*> declare_os_fs(Package* p, const LibPackage& fs) {
  LibPackage* found = nullptr;
  for (LibPackage& l : p->libs) {
    if (l.ref.path == "os") found = &l;
  }
  if (found == nullptr) return {};
  Builder b(p);
  LibPackage& os = *found;
  TypeTable& T = b.t_;
  const Type* str = T.basic(TypeKind::String);
  const Type* int_t = T.basic(TypeKind::Int);
  const Type* bytes = T.slice(T.byte_type());
  const Type* err = p->universe->lookup("error")->type;
  const Type* info = fs.members.at("FileInfo")->type;
  const Type* mode = fs.members.at("FileMode")->type;
  const Type* dirent = fs.members.at("DirEntry")->type;
  // Go: `type DirEntry = fs.DirEntry`, `type PathError = fs.PathError`.
  std::vector<Object*> out = {fs.members.at("DirEntry"), fs.members.at("PathError")};
  auto func = [&](const char* name, const Type* s, LibFunc id) {
    Object* o = p->objects.make(ObjKind::Func, name, {}, s, &os.ref);
    o->lib = id;
    out.push_back(o);
  };
  const Type* pfile = T.pointer(os.members.at("File")->type);
  const Type* file_t = pfile->elem;
  func("OpenFile", b.sig({{"name", str}, {"flag", int_t}, {"perm", mode}}, {{"", pfile}, {"", err}}), LibFunc::OsOpenFile);
  func("WriteFile", b.sig({{"name", str}, {"data", bytes}, {"perm", mode}}, {{"", err}}), LibFunc::OsWriteFile);
  func("Stat", b.sig({{"name", str}}, {{"", info}, {"", err}}), LibFunc::OsStat);
  func("Lstat", b.sig({{"name", str}}, {{"", info}, {"", err}}), LibFunc::OsLstat);
  func("Mkdir", b.sig({{"name", str}, {"perm", mode}}, {{"", err}}), LibFunc::OsMkdir);
  func("MkdirAll", b.sig({{"path", str}, {"perm", mode}}, {{"", err}}), LibFunc::OsMkdirAll);
  func("Chmod", b.sig({{"name", str}, {"mode", mode}}, {{"", err}}), LibFunc::OsChmod);
  func("ReadDir", b.sig({{"name", str}}, {{"", T.slice(dirent)}, {"", err}}), LibFunc::OsReadDir);
  for (const Object* m : file_t->methods) {
    if (m->name == "Stat") return out;  // this universe's File has them already
  }
  b.method(file_t, "Stat", b.sig({}, {{"", info}, {"", err}}), LibFunc::OsFileStat, true);
  b.method(file_t, "ReadDir", b.sig({{"n", int_t}}, {{"", T.slice(dirent)}, {"", err}}), LibFunc::OsFileReadDir, true);
  b.method(file_t, "Readdir", b.sig({{"n", int_t}}, {{"", T.slice(info)}, {"", err}}), LibFunc::OsFileReaddir, true);
  return out;
}

}  // namespace gosim::lang
