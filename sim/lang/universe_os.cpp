// Package os's files (part vfs2 of issue #19): the calls that work on the model's virtual file
// tree (sim/rt/vfs.h), declared with Go 1.19's names and signatures.
//
// Go: os/file.go, os/file_unix.go, os/stat.go, os/dir.go, os/types.go, os/error.go, os/path.go.
// In Go, os.FileInfo, os.FileMode, os.DirEntry and os.PathError are aliases of io/fs's types.
// gosim's os is modelled (it is the system-call layer) and cannot name a type of io/fs, which
// comes from Go's source, so FileMode, FileInfo and DirEntry are os's own here (docs/go-subset.md
// says so): a program that uses them through os behaves as Go's, a program that mixes them with
// io/fs's types (an fs.FileInfo variable holding os.Stat's result) is refused by the type check.
// The errors' dynamic types are Go's (*fs.PathError wrapping a syscall.Errno, sim/interp/interp.cpp).
#include <algorithm>

#include "sim/lang/universe_builder.h"

namespace gosim::lang {

void declare_os_files(Builder& b) {
  TypeTable& T = b.t_;
  Package* p = b.p_;
  const Type* str = T.basic(TypeKind::String);
  const Type* int_t = T.basic(TypeKind::Int);
  const Type* i64 = T.basic(TypeKind::Int64);
  const Type* u32 = T.basic(TypeKind::Uint32);
  const Type* bool_t = T.basic(TypeKind::Bool);
  const Type* bytes = T.slice(T.byte_type());
  const Type* err = p->universe->lookup("error")->type;
  auto existing = [&](const char* path) -> LibPackage& {
    for (LibPackage& l : p->libs) {
      if (l.ref.path == path) return l;
    }
    return p->libs.front();
  };
  LibPackage& os = existing("os");
  auto declared = [&](const char* name) {
    auto& km = os.known_missing;
    km.erase(std::remove(km.begin(), km.end(), name), km.end());
  };
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
  const Type* time_t = existing("time").members.at("Time")->type;
  const Type* pfile = T.pointer(os.members.at("File")->type);
  const Type* file_t = pfile->elem;

  // Go: io/fs FileMode uint32 and its bits (os re-exports them).
  const Type* mode = b.named(os, "FileMode");
  T.set_underlying(mode, u32);
  declared("FileMode");
  b.method(mode, "String", b.sig({}, {{"", str}}), LibFunc::FileModeString, false);
  b.method(mode, "IsDir", b.sig({}, {{"", bool_t}}), LibFunc::FileModeIsDir, false);
  b.method(mode, "IsRegular", b.sig({}, {{"", bool_t}}), LibFunc::FileModeIsRegular, false);
  b.method(mode, "Perm", b.sig({}, {{"", mode}}), LibFunc::FileModePerm, false);
  b.method(mode, "Type", b.sig({}, {{"", mode}}), LibFunc::FileModeType, false);
  b.constant(os, "ModeDir", mode, Int128(1) << 31);
  b.constant(os, "ModePerm", mode, 0777);
  declared("ModeDir");
  declared("ModePerm");

  // Go: io/fs FileInfo and DirEntry.
  const Type* info = b.named(os, "FileInfo");
  T.set_underlying(info, T.interface({{"IsDir", b.sig({}, {{"", bool_t}}), {}, &os.ref},
                                      {"ModTime", b.sig({}, {{"", time_t}}), {}, &os.ref},
                                      {"Mode", b.sig({}, {{"", mode}}), {}, &os.ref},
                                      {"Name", b.sig({}, {{"", str}}), {}, &os.ref},
                                      {"Size", b.sig({}, {{"", i64}}), {}, &os.ref},
                                      {"Sys", b.sig({}, {{"", T.any_type()}}), {}, &os.ref}}));
  declared("FileInfo");
  const Type* dirent = b.named(os, "DirEntry");
  T.set_underlying(dirent, T.interface({{"Info", b.sig({}, {{"", info}, {"", err}}), {}, &os.ref},
                                        {"IsDir", b.sig({}, {{"", bool_t}}), {}, &os.ref},
                                        {"Name", b.sig({}, {{"", str}}), {}, &os.ref},
                                        {"Type", b.sig({}, {{"", mode}}), {}, &os.ref}}));
  declared("DirEntry");

  // Go: os/file.go's flags (syscall's values on linux/amd64) and Seek's whence.
  const std::pair<const char*, int> flags[] = {{"O_RDONLY", 0},    {"O_WRONLY", 1},  {"O_RDWR", 2},
                                               {"O_APPEND", 0x400}, {"O_CREATE", 0x40}, {"O_EXCL", 0x80},
                                               {"O_SYNC", 0x101000}, {"O_TRUNC", 0x200}, {"SEEK_SET", 0},
                                               {"SEEK_CUR", 1},      {"SEEK_END", 2}};
  for (const auto& [name, v] : flags) {
    b.constant(os, name, int_t, v);
    declared(name);
  }

  func("Open", b.sig({{"name", str}}, {{"", pfile}, {"", err}}), LibFunc::OsOpen);
  func("Create", b.sig({{"name", str}}, {{"", pfile}, {"", err}}), LibFunc::OsCreate);
  func("OpenFile", b.sig({{"name", str}, {"flag", int_t}, {"perm", mode}}, {{"", pfile}, {"", err}}), LibFunc::OsOpenFile);
  func("ReadFile", b.sig({{"name", str}}, {{"", bytes}, {"", err}}), LibFunc::OsReadFile);
  func("WriteFile", b.sig({{"name", str}, {"data", bytes}, {"perm", mode}}, {{"", err}}), LibFunc::OsWriteFile);
  func("Stat", b.sig({{"name", str}}, {{"", info}, {"", err}}), LibFunc::OsStat);
  func("Lstat", b.sig({{"name", str}}, {{"", info}, {"", err}}), LibFunc::OsLstat);
  func("Remove", b.sig({{"name", str}}, {{"", err}}), LibFunc::OsRemove);
  func("Mkdir", b.sig({{"name", str}, {"perm", mode}}, {{"", err}}), LibFunc::OsMkdir);
  func("MkdirAll", b.sig({{"path", str}, {"perm", mode}}, {{"", err}}), LibFunc::OsMkdirAll);
  func("ReadDir", b.sig({{"name", str}}, {{"", T.slice(dirent)}, {"", err}}), LibFunc::OsReadDir);
  func("Getwd", b.sig({}, {{"dir", str}, {"err", err}}), LibFunc::OsGetwd);
  func("IsNotExist", b.sig({{"err", err}}, {{"", bool_t}}), LibFunc::OsIsNotExist);
  func("IsExist", b.sig({{"err", err}}, {{"", bool_t}}), LibFunc::OsIsExist);
  lib_var("ErrNotExist", err, LibFunc::OsErrNotExist);
  lib_var("ErrExist", err, LibFunc::OsErrExist);
  lib_var("ErrPermission", err, LibFunc::OsErrPermission);
  lib_var("ErrClosed", err, LibFunc::OsErrClosed);
  lib_var("ErrInvalid", err, LibFunc::OsErrInvalid);

  b.method(file_t, "Seek", b.sig({{"offset", i64}, {"whence", int_t}}, {{"ret", i64}, {"err", err}}),
           LibFunc::OsFileSeek, true);
  b.method(file_t, "ReadAt", b.sig({{"b", bytes}, {"off", i64}}, {{"n", int_t}, {"err", err}}), LibFunc::OsFileReadAt,
           true);
  b.method(file_t, "Stat", b.sig({}, {{"", info}, {"", err}}), LibFunc::OsFileStat, true);
  b.method(file_t, "ReadDir", b.sig({{"n", int_t}}, {{"", T.slice(dirent)}, {"", err}}), LibFunc::OsFileReadDir, true);
}

}  // namespace gosim::lang
