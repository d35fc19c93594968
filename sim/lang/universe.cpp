// The universe scope and the library packages gosim models, as declarations.
//
// Go: types2/universe.go for the predeclared names; the library signatures are copied
// from the Go 1.19 standard library (names of parameters and results included, because
// messages print them). gosim does not parse library Go source: each member is an object
// with a signature and a LibFunc id the interpreter dispatches on. Library structs have
// their real (unexported) fields, so sizes and %v output match Go. Names that exist in
// the real package but not here are listed so that using one says "unsupported"
// instead of Go's "undefined".
#include <algorithm>

#include "sim/lang/check.h"
#include "sim/lang/universe_builder.h"

namespace gosim::lang {
namespace {

void declare_predeclared(Package* p, Builder& b) {
  Scope* u = p->make_scope(nullptr, nullptr);
  p->universe = u;
  TypeTable& T = p->types;
  auto def = [&](Object* o) { u->insert(o); };
  auto type_name = [&](const char* name, const Type* t) {
    Object* o = p->objects.make(ObjKind::TypeName, name, {}, t, nullptr);
    o->color = 1;
    def(o);
  };
  const std::pair<const char*, TypeKind> basics[] = {
      {"bool", TypeKind::Bool},     {"int", TypeKind::Int},         {"int8", TypeKind::Int8},
      {"int16", TypeKind::Int16},   {"int32", TypeKind::Int32},     {"int64", TypeKind::Int64},
      {"uint", TypeKind::Uint},     {"uint8", TypeKind::Uint8},     {"uint16", TypeKind::Uint16},
      {"uint32", TypeKind::Uint32}, {"uint64", TypeKind::Uint64},   {"uintptr", TypeKind::Uintptr},
      {"float64", TypeKind::Float64}, {"string", TypeKind::String},
      {"float32", TypeKind::Float32}, {"complex64", TypeKind::Complex64},
      {"complex128", TypeKind::Complex128},
  };
  for (const auto& [name, k] : basics) type_name(name, T.basic(k));
  type_name("byte", T.byte_type());
  type_name("rune", T.rune_type());
  type_name("any", T.any_type());
  // Go: universe.go: comparable is an interface whose type set is the strictly comparable
  // types; it may only be used as a constraint.
  {
    Object* cmp = p->objects.make(ObjKind::TypeName, "comparable", {}, nullptr, nullptr);
    cmp->color = 1;
    Type* ct = T.named(cmp);
    cmp->type = ct;
    T.set_underlying(ct, T.constraint_interface(T.empty_interface(), {}, true, false));
    def(cmp);
  }

  // type error interface{ Error() string }
  Object* err = p->objects.make(ObjKind::TypeName, "error", {}, nullptr, nullptr);
  err->color = 1;
  Type* et = T.named(err);
  err->type = et;
  T.set_underlying(et, T.interface({{"Error", b.sig({}, {{"", T.basic(TypeKind::String)}}), {}, nullptr}}));
  def(err);

  for (const char* name : {"true", "false"}) {
    Object* o = p->objects.make(ObjKind::Const, name, {}, T.basic(TypeKind::UntypedBool), nullptr);
    o->value = p->make_constant(Constant::make_bool(name[0] == 't'));
    def(o);
  }
  Object* iota = p->objects.make(ObjKind::Const, "iota", {}, T.basic(TypeKind::UntypedInt), nullptr);
  iota->value = p->make_constant(Constant::make_int(0));
  def(iota);
  def(p->objects.make(ObjKind::Nil, "nil", {}, T.basic(TypeKind::UntypedNil), nullptr));

  const std::pair<const char*, BuiltinId> builtins[] = {
      {"append", BuiltinId::Append}, {"cap", BuiltinId::Cap},       {"close", BuiltinId::Close},
      {"copy", BuiltinId::Copy},     {"delete", BuiltinId::Delete}, {"len", BuiltinId::Len},
      {"make", BuiltinId::Make},     {"new", BuiltinId::New},       {"panic", BuiltinId::Panic},
      {"print", BuiltinId::Print},   {"println", BuiltinId::Println}, {"recover", BuiltinId::Recover},
      {"complex", BuiltinId::Complex}, {"real", BuiltinId::Real},   {"imag", BuiltinId::Imag},
  };
  for (const auto& [name, id] : builtins) {
    Object* o = p->objects.make(ObjKind::Builtin, name, {}, T.invalid(), nullptr);
    o->builtin = id;
    def(o);
  }

  const std::pair<const char*, const char*> refused[] = {
  };
  for (const auto& [name, note] : refused) {
    Object* o = p->objects.make(ObjKind::Unsupported, name, {}, T.invalid(), nullptr);
    o->note = note;
    def(o);
  }
}

void declare_fmt_errors_os(Builder& b) {
  TypeTable& T = b.t_;
  const Type* str = T.basic(TypeKind::String);
  const Type* int_t = T.basic(TypeKind::Int);
  const Type* any_sl = T.slice(T.any_type());
  const Type* err = b.p_->universe->lookup("error")->type;
  LibPackage& fmt = b.lib("fmt", {"Append", "Appendf", "Appendln", "Formatter", "Fprint", "Fprintf",
                                  "Fprintln", "Fscan", "Fscanf", "Fscanln", "GoStringer", "Scan",
                                  "ScanState", "Scanf", "Scanln", "Scanner", "Sscan", "Sscanf",
                                  "Sscanln", "State"});
  Params ne{{"n", int_t}, {"err", err}};
  b.func(fmt, "Print", b.sig({{"a", any_sl}}, ne, true), LibFunc::FmtPrint);
  b.func(fmt, "Printf", b.sig({{"format", str}, {"a", any_sl}}, ne, true), LibFunc::FmtPrintf);
  b.func(fmt, "Println", b.sig({{"a", any_sl}}, ne, true), LibFunc::FmtPrintln);
  b.func(fmt, "Sprint", b.sig({{"a", any_sl}}, {{"", str}}, true), LibFunc::FmtSprint);
  b.func(fmt, "Sprintf", b.sig({{"format", str}, {"a", any_sl}}, {{"", str}}, true), LibFunc::FmtSprintf);
  b.func(fmt, "Sprintln", b.sig({{"a", any_sl}}, {{"", str}}, true), LibFunc::FmtSprintln);
  const Type* stringer = b.named(fmt, "Stringer");
  T.set_underlying(stringer, T.interface({{"String", b.sig({}, {{"", str}}), {}, &fmt.ref}}));
  b.func(fmt, "Errorf", b.sig({{"format", str}, {"a", any_sl}}, {{"", err}}, true), LibFunc::FmtErrorf);

  // errors comes from Go's source (part reflectlite): errors.go and wrap.go over internal/reflectlite.

  LibPackage& os = b.lib("os", {"Chdir", "Create", "Environ", "Getenv", "Getpid",
                                "Getwd", "Hostname", "Mkdir", "Open", "OpenFile", "ReadFile", "Remove",
                                "Setenv", "Stderr", "Stdin", "Stdout", "WriteFile", "File", "Signal",
                                "Interrupt", "Kill", "Getppid", "LookupEnv", "Executable",
                                // part vfs: the rest of Go 1.19's os, so that a package from
                                // source using one is refused by name, not as undefined
                                "Chmod", "Chown", "Chtimes", "Clearenv", "CreateTemp", "DirEntry", "DirFS",
                                "Expand", "ExpandEnv", "FileInfo", "FileMode", "FindProcess", "Getegid",
                                "Geteuid", "Getgid", "Getgroups", "Getpagesize", "Getuid", "IsExist",
                                "IsNotExist", "IsPathSeparator", "IsPermission", "IsTimeout", "Lchown", "Link",
                                "LinkError", "Lstat", "MkdirAll", "MkdirTemp", "NewFile", "NewSyscallError",
                                "Pipe", "ProcAttr", "Process", "ProcessState", "ReadDir", "Readlink",
                                "RemoveAll", "Rename", "SameFile", "StartProcess", "Stat", "Symlink",
                                "SyscallError", "TempDir", "Truncate", "UserCacheDir", "UserConfigDir",
                                "UserHomeDir", "ErrNotExist", "ErrExist", "ErrPermission", "ErrClosed",
                                "ErrInvalid", "ErrDeadlineExceeded", "ErrNoDeadline", "ErrProcessDone",
                                "O_RDONLY", "O_WRONLY", "O_RDWR", "O_APPEND", "O_CREATE", "O_EXCL", "O_SYNC",
                                "O_TRUNC", "ModeDir", "ModePerm", "PathSeparator", "PathListSeparator",
                                "DevNull", "SEEK_SET", "SEEK_CUR", "SEEK_END"});
  b.func(os, "Exit", b.sig({{"code", int_t}}, {}), LibFunc::OsExit);
  Object* args = b.p_->objects.make(ObjKind::Var, "Args", {}, T.slice(str), &os.ref);
  args->var_kind = VarKind::Global;
  os.members["Args"] = args;
}

void declare_runtime(Builder& b) {
  TypeTable& T = b.t_;
  const Type* int_t = T.basic(TypeKind::Int);
  const Type* u64 = T.basic(TypeKind::Uint64);
  const Type* u32 = T.basic(TypeKind::Uint32);
  LibPackage& rt = b.lib("runtime", {"Breakpoint", "Caller", "Callers", "CallersFrames",
                                     "Frame", "Frames", "Func", "FuncForPC",
                                     "GOROOT", "Goexit", "LockOSThread", "MemProfile", "NumCgoCall",
                                     "SetFinalizer", "Stack", "StartTrace", "StopTrace",
                                     "TypeAssertionError", "UnlockOSThread", "Version", "ReadTrace",
                                     "SetBlockProfileRate", "SetMutexProfileFraction"});
  const Type* mem_stats = b.named(rt, "MemStats");
  const char* const u64_fields[] = {
      "Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees", "HeapAlloc", "HeapSys", "HeapIdle",
      "HeapInuse", "HeapReleased", "HeapObjects", "StackInuse", "StackSys", "MSpanInuse", "MSpanSys",
      "MCacheInuse", "MCacheSys", "BuckHashSys", "GCSys", "OtherSys", "NextGC", "LastGC", "PauseTotalNs",
  };
  std::vector<std::pair<std::string, const Type*>> fs;
  for (const char* f : u64_fields) fs.emplace_back(f, u64);
  fs.emplace_back("PauseNs", T.array(u64, 256));
  fs.emplace_back("PauseEnd", T.array(u64, 256));
  fs.emplace_back("NumGC", u32);
  fs.emplace_back("NumForcedGC", u32);
  fs.emplace_back("GCCPUFraction", T.basic(TypeKind::Float64));
  fs.emplace_back("EnableGC", T.basic(TypeKind::Bool));
  fs.emplace_back("DebugGC", T.basic(TypeKind::Bool));
  const Type* by_size = b.fields(rt, {{"Size", u32}, {"Mallocs", u64}, {"Frees", u64}});
  fs.emplace_back("BySize", T.array(by_size, 61));
  T.set_underlying(mem_stats, b.fields(rt, fs));

  // Go: runtime/error.go `type Error interface { error; RuntimeError() }` (part template): the
  // run-time panics' values satisfy it (interp.cpp gives their types RuntimeError).
  const Type* rt_error = b.named(rt, "Error");
  T.set_underlying(rt_error, T.interface({{"Error", b.sig({}, {{"", T.basic(TypeKind::String)}}), {}, &rt.ref},
                                          {"RuntimeError", b.sig({}, {}), {}, &rt.ref}}));
  b.func(rt, "Gosched", b.sig({}, {}), LibFunc::RuntimeGosched);
  b.func(rt, "GC", b.sig({}, {}), LibFunc::RuntimeGC);
  b.func(rt, "GOMAXPROCS", b.sig({{"n", int_t}}, {{"", int_t}}), LibFunc::RuntimeGOMAXPROCS);
  b.func(rt, "NumGoroutine", b.sig({}, {{"", int_t}}), LibFunc::RuntimeNumGoroutine);
  b.func(rt, "NumCPU", b.sig({}, {{"", int_t}}), LibFunc::RuntimeNumCPU);
  b.func(rt, "ReadMemStats", b.sig({{"m", T.pointer(mem_stats)}}, {}), LibFunc::RuntimeReadMemStats);
  b.func(rt, "KeepAlive", b.sig({{"x", T.any_type()}}, {}), LibFunc::RuntimeKeepAlive);
  // Go: runtime/extern.go `const GOOS string = goos.GOOS`, `const GOARCH string = goarch.GOARCH`:
  // typed string constants; gosim models linux/amd64 (crypto/cipher's xor_generic.go reads GOARCH).
  for (const auto& [name, text] : {std::pair<const char*, const char*>{"GOOS", "linux"}, {"GOARCH", "amd64"}}) {
    Object* o = b.p_->objects.make(ObjKind::Const, name, {}, T.basic(TypeKind::String), &rt.ref);
    o->value = b.p_->make_constant(Constant::make_string(text));
    rt.members[name] = o;
  }
}

// Go: sync/cond.go. Cond{noCopy; L Locker; notify notifyList; checker copyChecker}: 56 bytes, so
// NewCond's &Cond{L: l} is a 64-byte object as in Go. notifyList is runtime/sema.go's
// {wait, notify uint32; lock uintptr; head, tail unsafe.Pointer}.
void declare_sync_cond(Builder& b, LibPackage& s, const Type* no_copy) {
  TypeTable& T = b.t_;
  const Type* u32 = T.basic(TypeKind::Uint32);
  const Type* uptr = T.basic(TypeKind::Uintptr);
  const Type* uptr_t = T.basic(TypeKind::UnsafePointer);
  const Type* locker = b.named(s, "Locker");
  T.set_underlying(locker, T.interface({{"Lock", b.sig({}, {}), {}, &s.ref}, {"Unlock", b.sig({}, {}), {}, &s.ref}}));
  const Type* notify_list = b.named(s, "notifyList");
  s.members.erase("notifyList");
  T.set_underlying(notify_list, b.fields(s, {{"wait", u32}, {"notify", u32}, {"lock", uptr}, {"head", uptr_t}, {"tail", uptr_t}}));
  const Type* checker = b.named(s, "copyChecker");
  s.members.erase("copyChecker");
  T.set_underlying(checker, uptr);
  const Type* cond = b.named(s, "Cond");
  T.set_underlying(cond, b.fields(s, {{"noCopy", no_copy}, {"L", locker}, {"notify", notify_list}, {"checker", checker}}));
  b.method(cond, "Wait", b.sig({}, {}), LibFunc::SyncCondWait, true);
  b.method(cond, "Signal", b.sig({}, {}), LibFunc::SyncCondSignal, true);
  b.method(cond, "Broadcast", b.sig({}, {}), LibFunc::SyncCondBroadcast, true);
  b.func(s, "NewCond", b.sig({{"l", locker}}, {{"", T.pointer(cond)}}), LibFunc::SyncNewCond);
}

void declare_sync(Builder& b) {
  TypeTable& T = b.t_;
  const Type* u32 = T.basic(TypeKind::Uint32);
  const Type* i32 = T.basic(TypeKind::Int32);
  LibPackage& s = b.lib("sync", {"Map", "Pool"});
  const Type* no_copy = b.named(s, "noCopy");
  s.members.erase("noCopy");
  T.set_underlying(no_copy, b.fields(s, {}));

  const Type* mutex = b.named(s, "Mutex");
  T.set_underlying(mutex, b.fields(s, {{"state", i32}, {"sema", u32}}));
  b.method(mutex, "Lock", b.sig({}, {}), LibFunc::SyncMutexLock, true);
  b.method(mutex, "TryLock", b.sig({}, {{"", T.basic(TypeKind::Bool)}}), LibFunc::SyncMutexTryLock, true);
  b.method(mutex, "Unlock", b.sig({}, {}), LibFunc::SyncMutexUnlock, true);

  const Type* rw = b.named(s, "RWMutex");
  T.set_underlying(rw, b.fields(s, {{"w", mutex}, {"writerSem", u32}, {"readerSem", u32},
                                    {"readerCount", i32}, {"readerWait", i32}}));
  b.method(rw, "Lock", b.sig({}, {}), LibFunc::SyncRWMutexLock, true);
  b.method(rw, "RLock", b.sig({}, {}), LibFunc::SyncRWMutexRLock, true);
  b.method(rw, "RUnlock", b.sig({}, {}), LibFunc::SyncRWMutexRUnlock, true);
  b.method(rw, "Unlock", b.sig({}, {}), LibFunc::SyncRWMutexUnlock, true);

  const Type* wg = b.named(s, "WaitGroup");
  T.set_underlying(wg, b.fields(s, {{"noCopy", no_copy}, {"state1", T.basic(TypeKind::Uint64)}, {"state2", u32}}));
  b.method(wg, "Add", b.sig({{"delta", T.basic(TypeKind::Int)}}, {}), LibFunc::SyncWaitGroupAdd, true);
  b.method(wg, "Done", b.sig({}, {}), LibFunc::SyncWaitGroupDone, true);
  b.method(wg, "Wait", b.sig({}, {}), LibFunc::SyncWaitGroupWait, true);

  const Type* once = b.named(s, "Once");
  T.set_underlying(once, b.fields(s, {{"done", u32}, {"m", mutex}}));
  b.method(once, "Do", b.sig({{"f", b.sig({}, {})}}, {}), LibFunc::SyncOnceDo, true);
  declare_sync_cond(b, s, no_copy);
}

// Go: time/sleep.go and tick.go. Timer{C <-chan Time; r runtimeTimer} and Ticker{C; r} are 80
// bytes: runtimeTimer is {pp uintptr; when, period int64; f func(any, uintptr); arg any; seq
// uintptr; nextwhen int64; status uint32}, the runtime's timer struct (runtime/time.go).
void declare_time_timers(Builder& b, LibPackage& tm, const Type* dur, const Type* time_t) {
  TypeTable& T = b.t_;
  const Type* i64 = T.basic(TypeKind::Int64);
  const Type* uptr = T.basic(TypeKind::Uintptr);
  const Type* recv_time = T.chan(ChanDir::Recv, time_t);
  const Type* rt_timer = b.named(tm, "runtimeTimer");
  tm.members.erase("runtimeTimer");
  T.set_underlying(rt_timer, b.fields(tm, {{"pp", uptr}, {"when", i64}, {"period", i64},
                                           {"f", b.sig({{"", T.any_type()}, {"", uptr}}, {})}, {"arg", T.any_type()},
                                           {"seq", uptr}, {"nextwhen", i64}, {"status", T.basic(TypeKind::Uint32)}}));
  const Type* boolean = T.basic(TypeKind::Bool);
  const Type* timer = b.named(tm, "Timer");
  T.set_underlying(timer, b.fields(tm, {{"C", recv_time}, {"r", rt_timer}}));
  b.method(timer, "Stop", b.sig({}, {{"", boolean}}), LibFunc::TimeTimerStop, true);
  b.method(timer, "Reset", b.sig({{"d", dur}}, {{"", boolean}}), LibFunc::TimeTimerReset, true);
  const Type* ticker = b.named(tm, "Ticker");
  T.set_underlying(ticker, b.fields(tm, {{"C", recv_time}, {"r", rt_timer}}));
  b.method(ticker, "Stop", b.sig({}, {}), LibFunc::TimeTickerStop, true);
  b.method(ticker, "Reset", b.sig({{"d", dur}}, {}), LibFunc::TimeTickerReset, true);
  b.func(tm, "NewTimer", b.sig({{"d", dur}}, {{"", T.pointer(timer)}}), LibFunc::TimeNewTimer);
  b.func(tm, "NewTicker", b.sig({{"d", dur}}, {{"", T.pointer(ticker)}}), LibFunc::TimeNewTicker);
  b.func(tm, "AfterFunc", b.sig({{"d", dur}, {"f", b.sig({}, {})}}, {{"", T.pointer(timer)}}), LibFunc::TimeAfterFunc);
}

void declare_time(Builder& b) {
  TypeTable& T = b.t_;
  const Type* i64 = T.basic(TypeKind::Int64);
  const Type* f64 = T.basic(TypeKind::Float64);
  LibPackage& tm = b.lib("time", {"Date", "Kitchen", "Local", "Month", "Parse", "ParseDuration", "RFC3339",
                                  "UTC", "Unix", "UnixMilli", "Until", "Weekday", "Location",
                                  "January", "Monday", "LoadLocation", "FixedZone"});
  const Type* dur = b.named(tm, "Duration");
  T.set_underlying(dur, i64);
  b.constant(tm, "Nanosecond", dur, 1);
  b.constant(tm, "Microsecond", dur, 1000);
  b.constant(tm, "Millisecond", dur, 1000000);
  b.constant(tm, "Second", dur, 1000000000);
  b.constant(tm, "Minute", dur, static_cast<Int128>(60) * 1000000000);
  b.constant(tm, "Hour", dur, static_cast<Int128>(3600) * 1000000000);
  b.method(dur, "Hours", b.sig({}, {{"", f64}}), LibFunc::TimeDurationHours, false);
  b.method(dur, "Microseconds", b.sig({}, {{"", i64}}), LibFunc::TimeDurationMicroseconds, false);
  b.method(dur, "Milliseconds", b.sig({}, {{"", i64}}), LibFunc::TimeDurationMilliseconds, false);
  b.method(dur, "Minutes", b.sig({}, {{"", f64}}), LibFunc::TimeDurationMinutes, false);
  b.method(dur, "Nanoseconds", b.sig({}, {{"", i64}}), LibFunc::TimeDurationNanoseconds, false);
  b.method(dur, "Seconds", b.sig({}, {{"", f64}}), LibFunc::TimeDurationSeconds, false);
  b.method(dur, "String", b.sig({}, {{"", T.basic(TypeKind::String)}}), LibFunc::TimeDurationString, false);

  const Type* loc = b.named(tm, "Location");
  tm.members.erase("Location");
  T.set_underlying(loc, b.fields(tm, {{"name", T.basic(TypeKind::String)}}));
  const Type* time_t = b.named(tm, "Time");
  T.set_underlying(time_t, b.fields(tm, {{"wall", T.basic(TypeKind::Uint64)}, {"ext", i64}, {"loc", T.pointer(loc)}}));
  b.method(time_t, "Add", b.sig({{"d", dur}}, {{"", time_t}}), LibFunc::TimeTimeAdd, false);
  b.method(time_t, "Sub", b.sig({{"u", time_t}}, {{"", dur}}), LibFunc::TimeTimeSub, false);
  b.method(time_t, "UnixNano", b.sig({}, {{"", i64}}), LibFunc::TimeTimeUnixNano, false);

  const Type* recv_time = T.chan(ChanDir::Recv, time_t);
  b.func(tm, "After", b.sig({{"d", dur}}, {{"", recv_time}}), LibFunc::TimeAfter);
  b.func(tm, "Now", b.sig({}, {{"", time_t}}), LibFunc::TimeNow);
  b.func(tm, "Since", b.sig({{"t", time_t}}, {{"", dur}}), LibFunc::TimeSince);
  b.func(tm, "Sleep", b.sig({{"d", dur}}, {}), LibFunc::TimeSleep);
  b.func(tm, "Tick", b.sig({{"d", dur}}, {{"", recv_time}}), LibFunc::TimeTick);
  declare_time_timers(b, tm, dur, time_t);
}

void declare_syscall_net(Builder& b) {
  TypeTable& T = b.t_;
  const Type* i64 = T.basic(TypeKind::Int64);
  const Type* str = T.basic(TypeKind::String);
  const Type* err = b.p_->universe->lookup("error")->type;
  LibPackage& sc = b.lib("syscall", {"Close", "Exec", "Exit", "Getpid", "Getppid", "Kill", "Open",
                                     "Read", "SIGINT", "SIGKILL", "SIGTERM", "Signal", "Syscall",
                                     "Write", "Getrusage", "Gettimeofday", "Timeval", "Errno",
                                     "Stdin", "Stdout", "Stderr", "Pipe", "Socket", "Select"});
  const Type* ts = b.named(sc, "Timespec");
  T.set_underlying(ts, b.fields(sc, {{"Sec", i64}, {"Nsec", i64}}));
  const Type* pts = T.pointer(ts);
  b.func(sc, "Nanosleep", b.sig({{"time", pts}, {"leftover", pts}}, {{"err", err}}), LibFunc::SyscallNanosleep);
  b.func(sc, "NsecToTimespec", b.sig({{"nsec", i64}}, {{"", ts}}), LibFunc::SyscallNsecToTimespec);

  LibPackage& net = b.lib("net", {"Addr", "DialTCP", "DialTimeout", "DialUDP", "Dialer", "IP",
                                  "ListenTCP", "ListenUDP", "ParseIP", "ResolveTCPAddr", "TCPAddr",
                                  "TCPConn", "TCPListener", "UDPAddr", "UDPConn", "Pipe", "LookupHost",
                                  // Go 1.19's net has these too: a use is "unsupported", not "undefined".
                                  "SplitHostPort", "JoinHostPort", "ParseCIDR", "IPv4", "IPNet", "IPMask",
                                  "LookupIP", "LookupPort", "LookupAddr", "Interfaces", "ResolveUDPAddr",
                                  "ResolveIPAddr", "ParseMAC", "OpError", "AddrError", "ErrClosed"});
  const Type* conn = b.named(net, "Conn");
  const Type* listener = b.named(net, "Listener");
  const Type* bytes = T.slice(T.byte_type());
  const Type* int_t = T.basic(TypeKind::Int);
  Params rw{{"n", int_t}, {"err", err}};
  T.set_underlying(conn, T.interface({{"Close", b.sig({}, {{"", err}}), {}, &net.ref},
                                      {"Read", b.sig({{"b", bytes}}, rw), {}, &net.ref},
                                      {"Write", b.sig({{"b", bytes}}, rw), {}, &net.ref}}));
  T.set_underlying(listener, T.interface({{"Accept", b.sig({}, {{"", conn}, {"", err}}), {}, &net.ref},
                                          {"Close", b.sig({}, {{"", err}}), {}, &net.ref}}));
  for (Object* m : conn->underlying->methods) {
    m->lib = m->name == "Close" ? LibFunc::NetConnClose : m->name == "Read" ? LibFunc::NetConnRead : LibFunc::NetConnWrite;
  }
  for (Object* m : listener->underlying->methods) {
    m->lib = m->name == "Accept" ? LibFunc::NetListenerAccept : LibFunc::NetListenerClose;
  }
  Params addr{{"network", str}, {"address", str}};
  b.func(net, "Dial", b.sig(addr, {{"", conn}, {"", err}}), LibFunc::NetDial);
  b.func(net, "Listen", b.sig(addr, {{"", listener}, {"", err}}), LibFunc::NetListen);
}


// ---- part io: fmt.Fprint*'s io.Writer, os files and environment, time's calendar ----
// Package io comes from Go's source (part vfs); fmt and os, modelled here, only need a Writer
// type for fmt.Fprint*'s parameter, which any io.Writer value is assignable to.
void declare_io_os_time(Builder& b) {
  TypeTable& T = b.t_;
  Package* p = b.p_;
  const Type* str = T.basic(TypeKind::String);
  const Type* int_t = T.basic(TypeKind::Int);
  const Type* i64 = T.basic(TypeKind::Int64);
  const Type* bool_t = T.basic(TypeKind::Bool);
  const Type* bytes = T.slice(T.byte_type());
  const Type* err = p->universe->lookup("error")->type;
  auto lib_var = [&](LibPackage& l, const char* name, const Type* t, LibFunc id) {
    Object* o = p->objects.make(ObjKind::Var, name, {}, t, &l.ref);
    o->var_kind = VarKind::Global;
    o->lib = id;  // read through the library (ir: a kLib load), not a variable of the program
    l.members[name] = o;
  };
  Params rw{{"n", int_t}, {"err", err}};

  LibPackage& io = b.lib("io", {});
  // Package io itself comes from Go's source (docs/go-subset.md); this view, which no import
  // finds (its path is not "io"), only gives fmt.Fprint* its parameter type.
  io.ref.path = "gosim:io";
  const Type* writer = b.named(io, "Writer");
  T.set_underlying(writer, T.interface({{"Write", b.sig({{"p", bytes}}, rw), {}, &io.ref}}));

  LibPackage& fmt = b.existing("fmt");
  const Type* any_sl = T.slice(T.any_type());
  b.func(fmt, "Fprint", b.sig({{"w", writer}, {"a", any_sl}}, rw, true), LibFunc::FmtFprint);
  b.func(fmt, "Fprintf", b.sig({{"w", writer}, {"format", str}, {"a", any_sl}}, rw, true), LibFunc::FmtFprintf);
  b.func(fmt, "Fprintln", b.sig({{"w", writer}, {"a", any_sl}}, rw, true), LibFunc::FmtFprintln);

  // os.File is struct{ *file } in Go; gosim's file holds the descriptor where Go's has a poll.FD.
  LibPackage& os = b.existing("os");
  const Type* file = b.named(os, "file");
  os.members.erase("file");
  T.set_underlying(file, b.fields(os, {{"fd", int_t}, {"name", str}}));
  const Type* file_t = b.named(os, "File");
  T.set_underlying(file_t, b.fields(os, {{"file", T.pointer(file)}}));
  const Type* pfile = T.pointer(file_t);
  b.method(file_t, "Write", b.sig({{"b", bytes}}, rw), LibFunc::OsFileWrite, true);
  b.method(file_t, "WriteString", b.sig({{"s", str}}, rw), LibFunc::OsFileWriteString, true);
  b.method(file_t, "Read", b.sig({{"b", bytes}}, rw), LibFunc::OsFileRead, true);
  b.method(file_t, "Close", b.sig({}, {{"", err}}), LibFunc::OsFileClose, true);
  b.method(file_t, "Name", b.sig({}, {{"", str}}), LibFunc::OsFileName, true);
  lib_var(os, "Stdin", pfile, LibFunc::OsStdin);
  lib_var(os, "Stdout", pfile, LibFunc::OsStdout);
  lib_var(os, "Stderr", pfile, LibFunc::OsStderr);
  b.func(os, "Getenv", b.sig({{"key", str}}, {{"", str}}), LibFunc::OsGetenv);
  b.func(os, "LookupEnv", b.sig({{"key", str}}, {{"", str}, {"", bool_t}}), LibFunc::OsLookupEnv);
  b.func(os, "Setenv", b.sig({{"key", str}, {"value", str}}, {{"", err}}), LibFunc::OsSetenv);
  b.func(os, "Unsetenv", b.sig({{"key", str}}, {{"", err}}), LibFunc::OsUnsetenv);
  b.func(os, "Environ", b.sig({}, {{"", T.slice(str)}}), LibFunc::OsEnviron);

  LibPackage& tm = b.existing("time");
  const Type* time_t = tm.members.at("Time")->type;
  const Type* dur = tm.members.at("Duration")->type;
  const Type* loc = T.pointer(time_t->underlying->fields[2].type->elem);
  const Type* month = b.named(tm, "Month");
  T.set_underlying(month, int_t);
  b.method(month, "String", b.sig({}, {{"", str}}), LibFunc::TimeMonthString, false);
  const char* const months[] = {"January", "February", "March", "April", "May", "June", "July",
                                "August", "September", "October", "November", "December"};
  for (int i = 0; i < 12; ++i) b.constant(tm, months[i], month, i + 1);
  const Type* weekday = b.named(tm, "Weekday");
  T.set_underlying(weekday, int_t);
  b.method(weekday, "String", b.sig({}, {{"", str}}), LibFunc::TimeWeekdayString, false);
  const char* const days[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  for (int i = 0; i < 7; ++i) b.constant(tm, days[i], weekday, i);
  const std::pair<const char*, const char*> layouts[] = {
      {"Layout", "01/02 03:04:05PM '06 -0700"}, {"ANSIC", "Mon Jan _2 15:04:05 2006"},
      {"UnixDate", "Mon Jan _2 15:04:05 MST 2006"}, {"RubyDate", "Mon Jan 02 15:04:05 -0700 2006"},
      {"RFC822", "02 Jan 06 15:04 MST"}, {"RFC822Z", "02 Jan 06 15:04 -0700"},
      {"RFC850", "Monday, 02-Jan-06 15:04:05 MST"}, {"RFC1123", "Mon, 02 Jan 2006 15:04:05 MST"},
      {"RFC1123Z", "Mon, 02 Jan 2006 15:04:05 -0700"}, {"RFC3339", "2006-01-02T15:04:05Z07:00"},
      {"RFC3339Nano", "2006-01-02T15:04:05.999999999Z07:00"}, {"Kitchen", "3:04PM"},
      {"Stamp", "Jan _2 15:04:05"}, {"StampMilli", "Jan _2 15:04:05.000"},
      {"StampMicro", "Jan _2 15:04:05.000000"}, {"StampNano", "Jan _2 15:04:05.000000000"}};
  for (const auto& [name, text] : layouts) {
    Object* o = p->objects.make(ObjKind::Const, name, {}, T.basic(TypeKind::UntypedString), &tm.ref);
    o->value = p->make_constant(Constant::make_string(text));
    tm.members[name] = o;
  }
  lib_var(tm, "UTC", loc, LibFunc::TimeUTCLoc);
  b.func(tm, "Date", b.sig({{"year", int_t}, {"month", month}, {"day", int_t}, {"hour", int_t}, {"min", int_t},
                            {"sec", int_t}, {"nsec", int_t}, {"loc", loc}}, {{"", time_t}}), LibFunc::TimeDate);
  b.func(tm, "Unix", b.sig({{"sec", i64}, {"nsec", i64}}, {{"", time_t}}), LibFunc::TimeUnix);
  const std::pair<const char*, LibFunc> ints[] = {
      {"Year", LibFunc::TimeTimeYear}, {"Day", LibFunc::TimeTimeDay}, {"Hour", LibFunc::TimeTimeHour},
      {"Minute", LibFunc::TimeTimeMinute}, {"Second", LibFunc::TimeTimeSecond},
      {"Nanosecond", LibFunc::TimeTimeNanosecond}, {"YearDay", LibFunc::TimeTimeYearDay}};
  for (const auto& [name, id] : ints) b.method(time_t, name, b.sig({}, {{"", int_t}}), id, false);
  b.method(time_t, "Month", b.sig({}, {{"", month}}), LibFunc::TimeTimeMonth, false);
  b.method(time_t, "Weekday", b.sig({}, {{"", weekday}}), LibFunc::TimeTimeWeekday, false);
  b.method(time_t, "Format", b.sig({{"layout", str}}, {{"", str}}), LibFunc::TimeTimeFormat, false);
  b.method(time_t, "String", b.sig({}, {{"", str}}), LibFunc::TimeTimeString, false);
  b.method(time_t, "Truncate", b.sig({{"d", dur}}, {{"", time_t}}), LibFunc::TimeTimeTruncate, false);
  b.method(time_t, "UTC", b.sig({}, {{"", time_t}}), LibFunc::TimeTimeUTC, false);
  b.method(time_t, "Before", b.sig({{"u", time_t}}, {{"", bool_t}}), LibFunc::TimeTimeBefore, false);
  b.method(time_t, "After", b.sig({{"u", time_t}}, {{"", bool_t}}), LibFunc::TimeTimeAfter, false);
  b.method(time_t, "Equal", b.sig({{"u", time_t}}, {{"", bool_t}}), LibFunc::TimeTimeEqual, false);
  b.method(time_t, "IsZero", b.sig({}, {{"", bool_t}}), LibFunc::TimeTimeIsZero, false);
  b.method(time_t, "Unix", b.sig({}, {{"", i64}}), LibFunc::TimeTimeUnix, false);
}
// ---- end part io ----

// Go: sync/atomic/doc.go (the functions) and type.go (the 1.19 types). Each type is its value
// word behind zero-size fields (noCopy, and align64 for the 64-bit ones), so &x.v == &x and a
// method is the function of the same name on the same word. AddPointer is not Go's (listed only
// so that it says unsupported) and atomic.Pointer[T] needs generics: both are listed as missing.
void declare_atomic(Builder& b) {
  TypeTable& T = b.t_;
  LibPackage& a = b.lib("sync/atomic", {"AddPointer", "Pointer"});
  a.ref = {"atomic", "sync/atomic"};
  const Type* no_copy = b.named(a, "noCopy");
  a.members.erase("noCopy");
  T.set_underlying(no_copy, b.fields(a, {}));
  const Type* align64 = b.named(a, "align64");
  a.members.erase("align64");
  T.set_underlying(align64, b.fields(a, {}));
  struct Width {
    const char* fn;    // the functions' suffix: AddInt32
    const char* type;  // the 1.19 type: atomic.Int32 ("" for none)
    TypeKind val;      // the value's type
    TypeKind word;     // the type of the type's v field
  };
  // The order is atomic_op.h's width numbering.
  const Width widths[] = {{"Int32", "Int32", TypeKind::Int32, TypeKind::Int32},
                          {"Int64", "Int64", TypeKind::Int64, TypeKind::Int64},
                          {"Uint32", "Uint32", TypeKind::Uint32, TypeKind::Uint32},
                          {"Uint64", "Uint64", TypeKind::Uint64, TypeKind::Uint64},
                          {"Uintptr", "Uintptr", TypeKind::Uintptr, TypeKind::Uintptr},
                          {"", "Bool", TypeKind::Bool, TypeKind::Uint32}};
  const Type* boolean = T.basic(TypeKind::Bool);
  auto id = [](int op, int w) { return static_cast<LibFunc>(static_cast<int>(LibFunc::AtomicOpsBegin) + op * 8 + w); };
  for (int w = 0; w < 6; ++w) {
    const Width& wd = widths[w];
    const Type* v = T.basic(wd.val);
    const bool has_add = wd.val != TypeKind::Bool;
    if (wd.fn[0] != 0) {
      const Type* pv = T.pointer(v);
      const std::string n = wd.fn;
      b.func(a, ("Add" + n).c_str(), b.sig({{"addr", pv}, {"delta", v}}, {{"new", v}}), id(0, w));
      b.func(a, ("Load" + n).c_str(), b.sig({{"addr", pv}}, {{"val", v}}), id(1, w));
      b.func(a, ("Store" + n).c_str(), b.sig({{"addr", pv}, {"val", v}}, {}), id(2, w));
      b.func(a, ("Swap" + n).c_str(), b.sig({{"addr", pv}, {"new", v}}, {{"old", v}}), id(3, w));
      b.func(a, ("CompareAndSwap" + n).c_str(),
             b.sig({{"addr", pv}, {"old", v}, {"new", v}}, {{"swapped", boolean}}), id(4, w));
    }
    const Type* t = b.named(a, wd.type);
    std::vector<std::pair<std::string, const Type*>> fs{{"_", no_copy}};
    if (wd.val == TypeKind::Int64 || wd.val == TypeKind::Uint64) fs.emplace_back("_", align64);
    fs.emplace_back("v", T.basic(wd.word));
    T.set_underlying(t, b.fields(a, fs));
    if (has_add) b.method(t, "Add", b.sig({{"delta", v}}, {{"new", v}}), id(0, w), true);
    b.method(t, "Load", b.sig({}, {{"", v}}), id(1, w), true);
    b.method(t, "Store", b.sig({{"val", v}}, {}), id(2, w), true);
    b.method(t, "Swap", b.sig({{"new", v}}, {{"old", v}}), id(3, w), true);
    b.method(t, "CompareAndSwap", b.sig({{"old", v}, {"new", v}}, {{"swapped", boolean}}), id(4, w), true);
  }
  // part json: Go's unsafe.Pointer functions (doc.go), which sync.Map's source (map.go) uses on
  // its entries: width 7 (atomic_op.h kPointer); a store is a pointer write with its barrier.
  {
    const Type* up = T.basic(TypeKind::UnsafePointer);
    const Type* pup = T.pointer(up);
    b.func(a, "LoadPointer", b.sig({{"addr", pup}}, {{"val", up}}), id(1, 7));
    b.func(a, "StorePointer", b.sig({{"addr", pup}, {"val", up}}, {}), id(2, 7));
    b.func(a, "SwapPointer", b.sig({{"addr", pup}, {"new", up}}, {{"old", up}}), id(3, 7));
    b.func(a, "CompareAndSwapPointer", b.sig({{"addr", pup}, {"old", up}, {"new", up}}, {{"swapped", boolean}}),
           id(4, 7));
  }
  // Go: sync/atomic/value.go — Value{v any}.
  const Type* any = T.any_type();
  const Type* value = b.named(a, "Value");
  T.set_underlying(value, b.fields(a, {{"v", any}}));
  b.method(value, "Load", b.sig({}, {{"val", any}}), LibFunc::AtomicValueLoad, true);
  b.method(value, "Store", b.sig({{"val", any}}, {}), LibFunc::AtomicValueStore, true);
  b.method(value, "Swap", b.sig({{"new", any}}, {{"old", any}}), LibFunc::AtomicValueSwap, true);
  b.method(value, "CompareAndSwap", b.sig({{"old", any}, {"new", any}}, {{"swapped", boolean}}),
           LibFunc::AtomicValueCompareAndSwap, true);
}


// ---- part reflectlite: internal/reflectlite, time.Until, sync.Pool ----
// Go: internal/reflectlite/type.go and value.go. reflectlite reads the runtime's type
// descriptors, so in gosim it belongs to the model (sim/interp/lib_reflectlite.cpp): a Type's
// dynamic type is *reflectlite.rtype and its data word is the type word itself, as Go's *rtype
// is the descriptor; a Value is Go's {typ, ptr, flag}. Only the standard library may import it
// (load.cpp's internal-package rule), as in Go.
void declare_reflectlite(Builder& b) {
  TypeTable& T = b.t_;
  const Type* str = T.basic(TypeKind::String);
  const Type* bool_t = T.basic(TypeKind::Bool);
  const Type* uptr = T.basic(TypeKind::Uintptr);
  LibPackage& r = b.lib("internal/reflectlite", {"ValueError"});
  r.ref = {"reflectlite", "internal/reflectlite"};
  const Type* kind = b.named(r, "Kind");
  T.set_underlying(kind, T.basic(TypeKind::Uint));
  b.method(kind, "String", b.sig({}, {{"", str}}), LibFunc::ReflectKindString, false);
  const char* const kinds[] = {"Invalid", "Bool", "Int", "Int8", "Int16", "Int32", "Int64", "Uint", "Uint8",
                               "Uint16", "Uint32", "Uint64", "Uintptr", "Float32", "Float64", "Complex64",
                               "Complex128", "Array", "Chan", "Func", "Interface", "Map", "Pointer", "Slice",
                               "String", "Struct", "UnsafePointer"};
  for (int i = 0; i < 27; ++i) b.constant(r, kinds[i], kind, i);
  b.constant(r, "Ptr", kind, 22);  // Go: const Ptr = Pointer
  const Type* type = b.named(r, "Type");
  auto m = [&](const char* name, const Type* s) { return TypeTable::MethodSpec{name, s, {}, &r.ref}; };
  T.set_underlying(type, T.interface({m("AssignableTo", b.sig({{"u", type}}, {{"", bool_t}})),
                                      m("Comparable", b.sig({}, {{"", bool_t}})), m("Elem", b.sig({}, {{"", type}})),
                                      m("Implements", b.sig({{"u", type}}, {{"", bool_t}})),
                                      m("Kind", b.sig({}, {{"", kind}})), m("Name", b.sig({}, {{"", str}})),
                                      m("PkgPath", b.sig({}, {{"", str}})), m("Size", b.sig({}, {{"", uptr}})),
                                      m("String", b.sig({}, {{"", str}}))}));
  const Type* value = b.named(r, "Value");
  T.set_underlying(value, b.fields(r, {{"typ", uptr}, {"ptr", T.basic(TypeKind::UnsafePointer)}, {"flag", uptr}}));
  b.method(value, "CanSet", b.sig({}, {{"", bool_t}}), LibFunc::ReflectValueCanSet, false);
  b.method(value, "Elem", b.sig({}, {{"", value}}), LibFunc::ReflectValueElem, false);
  b.method(value, "IsNil", b.sig({}, {{"", bool_t}}), LibFunc::ReflectValueIsNil, false);
  b.method(value, "IsValid", b.sig({}, {{"", bool_t}}), LibFunc::ReflectValueIsValid, false);
  b.method(value, "Kind", b.sig({}, {{"", kind}}), LibFunc::ReflectValueKind, false);
  b.method(value, "Len", b.sig({}, {{"", T.basic(TypeKind::Int)}}), LibFunc::ReflectValueLen, false);
  b.method(value, "Set", b.sig({{"x", value}}, {}), LibFunc::ReflectValueSet, false);
  b.method(value, "Type", b.sig({}, {{"", type}}), LibFunc::ReflectValueType, false);
  b.func(r, "TypeOf", b.sig({{"i", T.any_type()}}, {{"", type}}), LibFunc::ReflectTypeOf);
  b.func(r, "ValueOf", b.sig({{"i", T.any_type()}}, {{"", value}}), LibFunc::ReflectValueOf);
  // part sortrand: Swapper (sort.Slice, sort.SliceStable); its closures: lib_reflectlite.cpp.
  const Type* int_t = T.basic(TypeKind::Int);
  b.func(r, "Swapper", b.sig({{"slice", T.any_type()}}, {{"", b.sig({{"i", int_t}, {"j", int_t}}, {})}}),
         LibFunc::ReflectSwapper);
}

// time.Until (context's WithDeadline uses it) and sync.Pool. Go: sync/pool.go — Pool{noCopy;
// local unsafe.Pointer; localSize uintptr; victim unsafe.Pointer; victimSize uintptr; New func()
// any}: 40 bytes. Its caches are the runtime model's (sim/interp/lib_pool.cpp).
void declare_until_pool(Builder& b) {
  TypeTable& T = b.t_;
  Package* p = b.p_;
  for (LibPackage& l : p->libs) {
    if (l.ref.path == "time") {
      const Type* time_t = l.members.at("Time")->type;
      const Type* dur = l.members.at("Duration")->type;
      b.func(l, "Until", b.sig({{"t", time_t}}, {{"", dur}}), LibFunc::TimeUntil);
    }
    if (l.ref.path != "sync") continue;
    l.known_missing.erase(std::remove(l.known_missing.begin(), l.known_missing.end(), "Pool"), l.known_missing.end());
    const Type* no_copy = T.invalid();
    const Type* pool = b.named(l, "Pool");
    for (const Object& o : p->objects.all()) {
      if (o.kind == ObjKind::TypeName && o.name == "noCopy" && o.pkg == &l.ref) no_copy = o.type;
    }
    const Type* uptr_t = T.basic(TypeKind::UnsafePointer);
    const Type* uptr = T.basic(TypeKind::Uintptr);
    T.set_underlying(pool, b.fields(l, {{"noCopy", no_copy}, {"local", uptr_t}, {"localSize", uptr},
                                        {"victim", uptr_t}, {"victimSize", uptr},
                                        {"New", b.sig({}, {{"", T.any_type()}})}}));
    b.method(pool, "Put", b.sig({{"x", T.any_type()}}, {}), LibFunc::SyncPoolPut, true);
    b.method(pool, "Get", b.sig({}, {{"", T.any_type()}}), LibFunc::SyncPoolGet, true);
  }
}
// ---- end part reflectlite ----
// ---- part unsafe ----
// Go: unsafe/unsafe.go (Go 1.19: Pointer, Sizeof, Offsetof, Alignof, Add, Slice; String,
// StringData and SliceData came in 1.20). The functions are built-ins of the checker
// (check_builtin.cpp), as types2 treats them; Pointer is the basic type unsafe.Pointer.
void declare_unsafe(Builder& b) {
  Package* p = b.p_;
  LibPackage& u = b.lib("unsafe", {});
  Object* ptr = p->objects.make(ObjKind::TypeName, "Pointer", {}, b.t_.basic(TypeKind::UnsafePointer), &u.ref);
  ptr->color = 1;
  u.members["Pointer"] = ptr;
  const std::pair<const char*, BuiltinId> fns[] = {{"Sizeof", BuiltinId::Sizeof}, {"Offsetof", BuiltinId::Offsetof},
                                                   {"Alignof", BuiltinId::Alignof}, {"Add", BuiltinId::Add},
                                                   {"Slice", BuiltinId::Slice}};
  for (const auto& [name, id] : fns) {
    Object* o = p->objects.make(ObjKind::Builtin, name, {}, b.t_.invalid(), &u.ref);
    o->builtin = id;
    u.members[name] = o;
  }
}

// ---- part tutorial: more of time's calendar (sim/interp/lib_time_more.cpp), as tutorials use it ----
// Go: time/time.go UnixMilli, UnixMicro, AddDate, Date, Clock, Location; time/format.go
// ParseDuration; time/zoneinfo.go (*Location).String. Every location is UTC (docs/go-subset.md).
void declare_time_more(Builder& b) {
  TypeTable& T = b.t_;
  Package* p = b.p_;
  for (LibPackage& l : p->libs) {
    if (l.ref.path != "time") continue;
    for (const char* name : {"UnixMilli", "ParseDuration", "Location"}) {
      l.known_missing.erase(std::remove(l.known_missing.begin(), l.known_missing.end(), name), l.known_missing.end());
    }
    const Type* time_t = l.members.at("Time")->type;
    const Type* dur = l.members.at("Duration")->type;
    const Type* month = l.members.at("Month")->type;
    const Type* loc = time_t->underlying->fields[2].type;  // *Location
    const Type* i64 = T.basic(TypeKind::Int64);
    const Type* int_t = T.basic(TypeKind::Int);
    const Type* str = T.basic(TypeKind::String);
    const Type* err = p->universe->lookup("error")->type;
    b.func(l, "UnixMilli", b.sig({{"msec", i64}}, {{"", time_t}}), LibFunc::TimeUnixMilli);
    b.func(l, "UnixMicro", b.sig({{"usec", i64}}, {{"", time_t}}), LibFunc::TimeUnixMicro);
    b.func(l, "ParseDuration", b.sig({{"s", str}}, {{"", dur}, {"", err}}), LibFunc::TimeParseDuration);
    b.method(time_t, "UnixMilli", b.sig({}, {{"", i64}}), LibFunc::TimeTimeUnixMilli, false);
    b.method(time_t, "UnixMicro", b.sig({}, {{"", i64}}), LibFunc::TimeTimeUnixMicro, false);
    b.method(time_t, "AddDate", b.sig({{"years", int_t}, {"months", int_t}, {"days", int_t}}, {{"", time_t}}),
             LibFunc::TimeTimeAddDate, false);
    b.method(time_t, "Location", b.sig({}, {{"", loc}}), LibFunc::TimeTimeLocation, false);
    b.method(time_t, "Date", b.sig({}, {{"year", int_t}, {"month", month}, {"day", int_t}}), LibFunc::TimeTimeDate, false);
    b.method(time_t, "Clock", b.sig({}, {{"hour", int_t}, {"min", int_t}, {"sec", int_t}}), LibFunc::TimeTimeClock, false);
    b.method(loc->elem, "String", b.sig({}, {{"", str}}), LibFunc::TimeLocationString, true);
  }
}
// ---- end part tutorial ----

// ---- part lang2: time.Parse, time.ParseInLocation, net.SplitHostPort, net.JoinHostPort
// (sim/interp/lib_parse.cpp). Go: time/format.go, net/ipsock.go.
void declare_lang2_parse(Builder& b) {
  TypeTable& T = b.t_;
  Package* p = b.p_;
  const Type* str = T.basic(TypeKind::String);
  const Type* err = p->universe->lookup("error")->type;
  for (LibPackage& l : p->libs) {
    auto found = [&](const char* name) {
      l.known_missing.erase(std::remove(l.known_missing.begin(), l.known_missing.end(), name), l.known_missing.end());
    };
    if (l.ref.path == "time") {
      found("Parse");
      found("ParseInLocation");
      const Type* time_t = l.members.at("Time")->type;
      const Type* loc = time_t->underlying->fields[2].type;  // *Location
      b.func(l, "Parse", b.sig({{"layout", str}, {"value", str}}, {{"", time_t}, {"", err}}), LibFunc::TimeParse);
      b.func(l, "ParseInLocation", b.sig({{"layout", str}, {"value", str}, {"loc", loc}}, {{"", time_t}, {"", err}}),
             LibFunc::TimeParseInLocation);
    } else if (l.ref.path == "net") {
      found("SplitHostPort");
      found("JoinHostPort");
      b.func(l, "SplitHostPort", b.sig({{"hostport", str}}, {{"host", str}, {"port", str}, {"err", err}}),
             LibFunc::NetSplitHostPort);
      b.func(l, "JoinHostPort", b.sig({{"host", str}, {"port", str}}, {{"", str}}), LibFunc::NetJoinHostPort);
    }
  }
}
// ---- end part lang2 ----
// ---- end part unsafe ----
}  // namespace

std::string supported_packages() { return "fmt, runtime, sync, sync/atomic, time, errors, os, syscall, net, io"; }

void declare_universe(Package* pkg) {
  Builder b(pkg);
  declare_predeclared(pkg, b);
  declare_fmt_errors_os(b);
  declare_runtime(b);
  declare_sync(b);
  declare_time(b);
  declare_syscall_net(b);
  declare_io_os_time(b);  // part io
  declare_atomic(b);
  declare_reflectlite(b);  // part reflectlite
  declare_until_pool(b);   // part reflectlite
  declare_unsafe(b);  // part unsafe
  declare_time_more(b);  // part tutorial
  declare_reflect(b);  // part reflect: universe_reflect.cpp
  declare_os_files(b);  // part vfs2: universe_os.cpp
  declare_lang2_parse(b);  // part lang2
  declare_lang19(b);  // part lang19: universe_lang19.cpp
  declare_log19(b);  // part log19: universe_log19.cpp
}

const char* builtin_name(BuiltinId id) {
  static const char* const kNames[] = {"append", "cap",   "close", "copy",    "delete",  "len",
                                       "make",   "new",   "panic", "print",   "println", "recover",
                                       "complex", "real", "imag",
                                       "unsafe.Sizeof", "unsafe.Offsetof", "unsafe.Alignof", "unsafe.Add", "unsafe.Slice"};
  return kNames[static_cast<size_t>(id)];
}

}  // namespace gosim::lang
