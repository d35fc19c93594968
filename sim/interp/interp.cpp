// The interpreter's loop: Go semantics instruction by instruction over simulated memory.
//
// Allocation goes through the heap model's mallocgc (exec.cpp), calls and stack growth are in
// stack.cpp, panics, deferred calls and recover in panic.cpp. One simplification: a grown stack's
// words that pointed into the old range are all adjusted (Go consults stack maps to know which
// words are pointers).
#include "sim/interp/interp.h"

#include <cmath>
#include <cstring>

#include "sim/interp/exec.h"
#include "sim/interp/frame_view.h"
#include "sim/interp/lib_frames.h"
#include "sim/lang/object.h"

namespace gosim::interp {

Interp::Interp(ir::Module module) : module_(std::move(module)) {
  // errors.New's dynamic type, as %T shows it.
  ir::TypeDesc s;
  s.kind = ir::TypeKind::kStruct;
  s.size = 16;
  s.align = 8;
  s.name = "errors.errorString";
  s.named = true;
  const auto sid = static_cast<int32_t>(module_.types.size());
  module_.types.push_back(s);
  ir::TypeDesc p;
  p.kind = ir::TypeKind::kPointer;
  p.size = 8;
  p.align = 8;
  p.name = "*errors.errorString";
  p.elem = sid;
  p.methods.push_back(ir::TypeDesc::Method{"Error", -1, true, "func() string", static_cast<int32_t>(lang::LibFunc::ErrorString)});
  errstring_type_ = static_cast<int32_t>(module_.types.size());
  module_.types.push_back(p);
  // The runtime's own error types, which recover() returns for run-time panics (Go:
  // runtime/error.go). gosim stores each like errors.New's value (a word pointing at the text),
  // so one native Error method serves them all; %T prints Go's names.
  for (const char* name : {"runtime.boundsError", "runtime.errorString", "runtime.plainError", "*runtime.TypeAssertionError"}) {
    ir::TypeDesc r = module_.types[static_cast<size_t>(errstring_type_)];
    r.name = name;
    // Go: each has a RuntimeError method, so a recovered run-time panic is a runtime.Error
    // (part template; text/template/parse's recover tests for it).
    r.methods.push_back(ir::TypeDesc::Method{"RuntimeError", -1, true, "func()",
                                             static_cast<int32_t>(lang::LibFunc::RuntimeErrorRuntimeError)});
    module_.types.push_back(r);
  }
  // net's concrete types behind net.Listener and net.Conn (errstring_type_ + 5 and + 6): a
  // pointer to a word holding the descriptor, with the library methods (net.cpp).
  using lang::LibFunc;
  auto lib_method = [](const char* name, const char* sig, LibFunc f) {
    return ir::TypeDesc::Method{name, -1, true, sig, static_cast<int32_t>(f)};
  };
  ir::TypeDesc listener = module_.types[static_cast<size_t>(errstring_type_)];
  listener.name = "*net.TCPListener";
  listener.methods = {lib_method("Accept", "func() (net.Conn, error)", LibFunc::NetListenerAccept),
                      lib_method("Close", "func() error", LibFunc::NetListenerClose)};
  module_.types.push_back(listener);
  ir::TypeDesc conn = listener;
  conn.name = "*net.TCPConn";
  conn.methods = {lib_method("Close", "func() error", LibFunc::NetConnClose),
                  lib_method("Read", "func([]uint8) (int, error)", LibFunc::NetConnRead),
                  lib_method("Write", "func([]uint8) (int, error)", LibFunc::NetConnWrite)};
  module_.types.push_back(conn);
  // Part reflectlite (errstring_type_ + 7 and + 8). *reflectlite.rtype is a Type's dynamic type:
  // its data word is a type word, the descriptor's address (lib_reflectlite.cpp). *fmt.wrapError
  // is what fmt.Errorf returns for a %w (Go: fmt/errors.go wrapError{msg string; err error}).
  ir::TypeDesc rtype = listener;
  rtype.name = "*reflectlite.rtype";
  const char* const kTypeSig = "func() reflectlite.Type";
  rtype.methods = {lib_method("AssignableTo", "func(reflectlite.Type) bool", LibFunc::ReflectTypeAssignableTo),
                   lib_method("Comparable", "func() bool", LibFunc::ReflectTypeComparable),
                   lib_method("Elem", kTypeSig, LibFunc::ReflectTypeElem),
                   lib_method("Implements", "func(reflectlite.Type) bool", LibFunc::ReflectTypeImplements),
                   lib_method("Kind", "func() reflectlite.Kind", LibFunc::ReflectTypeKind),
                   lib_method("Name", "func() string", LibFunc::ReflectTypeName),
                   lib_method("PkgPath", "func() string", LibFunc::ReflectTypePkgPath),
                   lib_method("Size", "func() uintptr", LibFunc::ReflectTypeSize),
                   lib_method("String", "func() string", LibFunc::ReflectTypeString)};
  module_.types.push_back(rtype);
  ir::TypeDesc ws;
  ws.kind = ir::TypeKind::kStruct;
  ws.size = 32;
  ws.align = 8;
  ws.name = "fmt.wrapError";
  ws.named = true;
  ws.has_pointers = true;
  const auto wsid = static_cast<int32_t>(module_.types.size() + 1);
  ir::TypeDesc wp = module_.types[static_cast<size_t>(errstring_type_)];
  wp.name = "*fmt.wrapError";
  wp.elem = wsid;
  wp.methods = {lib_method("Error", "func() string", LibFunc::FmtWrapErrorError),
                lib_method("Unwrap", "func() error", LibFunc::FmtWrapErrorUnwrap)};
  module_.types.push_back(wp);
  module_.types.push_back(ws);
  // Part reflect (errstring_type_ + 10): *reflect.rtype, a reflect.Type's dynamic type, whose data
  // word is the descriptor's address as Go's *rtype is the descriptor (lib_reflect.cpp).
  {
    ir::TypeDesc rf = listener;
    rf.name = "*reflect.rtype";
    const char* const kT = "func() reflect.Type";
    const char* const kI = "func() int";
    const char* const kB = "func() bool";
    const char* const kU = "func(reflect.Type) bool";
    rf.methods = {lib_method("Align", kI, LibFunc::RfTypeAlign),
                  lib_method("AssignableTo", kU, LibFunc::ReflectTypeAssignableTo),
                  lib_method("Bits", kI, LibFunc::RfTypeBits),
                  lib_method("ChanDir", "func() reflect.ChanDir", LibFunc::RfTypeChanDir),  // part template
                  lib_method("Comparable", kB, LibFunc::ReflectTypeComparable),
                  lib_method("ConvertibleTo", kU, LibFunc::RfTypeConvertibleTo),
                  lib_method("Elem", kT, LibFunc::RfTypeElem),
                  lib_method("Field", "func(int) reflect.StructField", LibFunc::RfTypeField),
                  lib_method("FieldByIndex", "func([]int) reflect.StructField", LibFunc::RfTypeFieldByIndex),  // part xml
                  lib_method("FieldByName", "func(string) (reflect.StructField, bool)", LibFunc::RfTypeFieldByName),
                  lib_method("Implements", kU, LibFunc::ReflectTypeImplements),
                  lib_method("In", "func(int) reflect.Type", LibFunc::RfTypeIn),
                  lib_method("IsVariadic", kB, LibFunc::RfTypeIsVariadic),
                  lib_method("Key", kT, LibFunc::RfTypeKey),
                  lib_method("Kind", "func() reflect.Kind", LibFunc::ReflectTypeKind),
                  lib_method("Len", kI, LibFunc::RfTypeLen),
                  lib_method("Method", "func(int) reflect.Method", LibFunc::RfTypeMethod),  // part template
                  lib_method("MethodByName", "func(string) (reflect.Method, bool)", LibFunc::RfTypeMethodByName),
                  lib_method("Name", "func() string", LibFunc::ReflectTypeName),
                  lib_method("NumField", kI, LibFunc::RfTypeNumField),
                  lib_method("NumIn", kI, LibFunc::RfTypeNumIn),
                  lib_method("NumMethod", kI, LibFunc::RfTypeNumMethod),
                  lib_method("NumOut", kI, LibFunc::RfTypeNumOut),
                  lib_method("Out", "func(int) reflect.Type", LibFunc::RfTypeOut),
                  lib_method("PkgPath", "func() string", LibFunc::ReflectTypePkgPath),
                  lib_method("Size", "func() uintptr", LibFunc::ReflectTypeSize),
                  lib_method("String", "func() string", LibFunc::ReflectTypeString)};
    module_.types.push_back(rf);
  }
  // Part vfs2: the dynamic types behind os's interfaces and errors (lib_vfs_file.cpp): Go's
  // names, layouts and method sets. Found by name (Exec::vfs_type), so they need no fixed ids.
  {
    auto ptr_to = [&](const char* name, int32_t elem, std::vector<ir::TypeDesc::Method> methods) {
      ir::TypeDesc d = listener;
      d.name = name;
      d.elem = elem;
      d.methods = std::move(methods);
      module_.types.push_back(std::move(d));
    };
    auto record = [&](const char* name, int64_t size) {
      ir::TypeDesc st;
      st.kind = ir::TypeKind::kStruct;
      st.size = size;
      st.align = 8;
      st.name = name;
      st.named = true;
      st.has_pointers = true;
      module_.types.push_back(st);
      return static_cast<int32_t>(module_.types.size() - 1);
    };
    const int32_t pe = record("fs.PathError", 48);
    ptr_to("*fs.PathError", pe, {lib_method("Error", "func() string", LibFunc::PathErrorError),
                                 lib_method("Unwrap", "func() error", LibFunc::PathErrorUnwrap)});
    const int32_t fst = record("os.fileStat", 200);
    ptr_to("*os.fileStat", fst, {lib_method("IsDir", "func() bool", LibFunc::FileStatIsDir),
                                 lib_method("ModTime", "func() time.Time", LibFunc::FileStatModTime),
                                 lib_method("Mode", "func() fs.FileMode", LibFunc::FileStatMode),
                                 lib_method("Name", "func() string", LibFunc::FileStatName),
                                 lib_method("Size", "func() int64", LibFunc::FileStatSize),
                                 lib_method("Sys", "func() interface {}", LibFunc::FileStatSys)});
    const int32_t de = record("os.unixDirent", 56);
    ptr_to("*os.unixDirent", de, {lib_method("Info", "func() (fs.FileInfo, error)", LibFunc::DirentInfo),
                                  lib_method("IsDir", "func() bool", LibFunc::DirentIsDir),
                                  lib_method("Name", "func() string", LibFunc::DirentName),
                                  lib_method("Type", "func() fs.FileMode", LibFunc::DirentType)});
    // part fs: os.Rename's error (os/file.go LinkError).
    const int32_t le = record("os.LinkError", 64);
    ptr_to("*os.LinkError", le, {lib_method("Error", "func() string", LibFunc::LinkErrorError),
                                 lib_method("Unwrap", "func() error", LibFunc::LinkErrorUnwrap)});
    // part lang19: time.Parse's error (time/format.go ParseError: five strings).
    const int32_t tpe = record("time.ParseError", 80);
    ptr_to("*time.ParseError", tpe, {lib_method("Error", "func() string", LibFunc::TimeParseErrorError)});
    ir::TypeDesc en;
    en.kind = ir::TypeKind::kUintptr;
    en.size = 8;
    en.align = 8;
    en.name = "syscall.Errno";
    en.named = true;
    auto value_method = [&](const char* name, const char* sig, LibFunc f) {
      return ir::TypeDesc::Method{name, -1, false, sig, static_cast<int32_t>(f)};
    };
    en.methods = {value_method("Error", "func() string", LibFunc::ErrnoError),
                  value_method("Is", "func(error) bool", LibFunc::ErrnoIs)};
    module_.types.push_back(en);
  }
  is_lib_ = library_functions(module_);
}

void Interp::load(Model& model) const {
  model.mem.write(kRodataBase, module_.rodata.data(), module_.rodata.size());
  // Go: the binary's .data and .noptrdata, laid out by the compiler's static initialization.
  model.mem.write(module_.globals_addr, module_.data.data(), module_.data.size());
  model.mem.write(kNoptrDataBase, module_.noptrdata.data(), module_.noptrdata.size());
}

int32_t Interp::user_line(const Model& md, GIdx gi) const { return user_line_in_model(md, module_, is_lib_, gi); }

std::string Interp::func_name(int32_t entry) const {
  if (entry < 0 || static_cast<size_t>(entry) >= module_.funcs.size()) return "?";
  return module_.funcs[static_cast<size_t>(entry)].name;
}

namespace {

// The library frames Go 1.19 prints above user code when a goroutine is inside package sync
// (inlined frames show as "(...)"; lines are those of the 1.19.8 sources).
std::vector<TraceFrame> library_frames(int64_t lib) {
  using lang::LibFunc;
  switch (static_cast<LibFunc>(lib)) {
    case LibFunc::SyncWaitGroupWait:
      return {{"sync.runtime_Semacquire", "runtime/sema.go", 62}, {"sync.(*WaitGroup).Wait", "sync/waitgroup.go", 139}};
    case LibFunc::SyncMutexLock:
      return {{"sync.runtime_SemacquireMutex", "runtime/sema.go", 77},
              {"sync.(*Mutex).lockSlow", "sync/mutex.go", 171},
              {"sync.(*Mutex).Lock", "sync/mutex.go", 90}};
    case LibFunc::SyncMutexUnlock:
      return {{"sync.fatal", "runtime/panic.go", 1031},
              {"sync.(*Mutex).unlockSlow", "sync/mutex.go", 229},
              {"sync.(*Mutex).Unlock", "sync/mutex.go", 223}};
    case LibFunc::SyncWaitGroupAdd: return {{"sync.(*WaitGroup).Add", "sync/waitgroup.go", 83}};
    case LibFunc::SyncNotifyListWait: return {{"sync.runtime_notifyListWait", "runtime/sema.go", 517}};
    case LibFunc::SyncWaitGroupDone:
      return {{"sync.(*WaitGroup).Add", "sync/waitgroup.go", 83}, {"sync.(*WaitGroup).Done", "sync/waitgroup.go", 108}};
    default: return {};
  }
}

}  // namespace

// Go: a directory program's files print by their import path under `go build -trimpath`
// (`example.com/m/lib/lib.go:4`), the form the conformance corpus records (part lang19).
std::string Interp::trace_file(const std::string& file) const {
  const std::string& dir = module_.trace_dir;
  if (module_.trace_module.empty() || file.size() <= dir.size() + 1 || file.compare(0, dir.size(), dir) != 0 ||
      file[dir.size()] != '/') {
    return file;
  }
  return module_.trace_module + file.substr(dir.size());
}

std::vector<TraceFrame> Interp::traceback(const Machine& mc, GIdx gi) const {
  const GCode& code = mc.g(gi).code;
  std::vector<TraceFrame> out = library_frames(code.in_lib);
  for (auto it = code.frames.rbegin(); it != code.frames.rend(); ++it) {
    const ir::Function& f = module_.funcs[static_cast<size_t>(it->fn)];
    // Go: traceback.go showframe leaves the runtime's own frames (runtime.main, doInit) out.
    if (f.name.starts_with("runtime.")) continue;
    // Go: showframe hides wrapper functions (defer close(ch)'s closure); go1.19 shows no
    // gopanic frame under one either (dclose_panic in tests/conformance/lang).
    if (f.wrapper) continue;
    out.push_back(TraceFrame{f.name, trace_file(f.file), frame_line(f, *it)});
    // A deferred call run by a panic was called from gopanic, which shows below it.
    if (it->deferred_call) out.push_back(TraceFrame{"panic", "runtime/panic.go", 884});
  }
  if (out.empty() && code.entry >= 0 && static_cast<size_t>(code.entry) < module_.funcs.size()) {
    // Never ran: Go shows the function's first line.
    const ir::Function& f = module_.funcs[static_cast<size_t>(code.entry)];
    out.push_back(TraceFrame{f.name, trace_file(f.file), f.pos.line});
  }
  return out;
}

TraceFrame Interp::created_by(const Machine& mc, GIdx gi) const {
  const GCode& code = mc.g(gi).code;
  if (code.go_fn < 0) return {};
  const ir::Function& f = module_.funcs[static_cast<size_t>(code.go_fn)];
  return TraceFrame{f.name, trace_file(f.file), code.go_line};
}

GTask Interp::body(Machine& mc, GIdx gi) const {
  for (;;) {
    if (!run(mc, gi)) co_return;
    co_await Suspend{};
  }
}

bool Interp::run(Machine& mc, GIdx gi) const {
  Exec ex(*this, module_, mc, gi, errstring_type_);
  return ex.run();
}

}  // namespace gosim::interp
