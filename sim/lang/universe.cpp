// The universe scope and the library packages gosim models, as declarations.
//
// Go: types2/universe.go for the predeclared names; the library signatures are copied
// from the Go 1.19 standard library (names of parameters and results included, because
// messages print them). gosim does not parse library Go source: each member is an object
// with a signature and a LibFunc id the interpreter dispatches on. Library structs have
// their real (unexported) fields, so sizes and %v output match Go. Names that exist in
// the real package but not here are listed so that using one says "unsupported"
// instead of Go's "undefined".
#include "sim/lang/check.h"

namespace gosim::lang {
namespace {

using Params = std::vector<std::pair<std::string, const Type*>>;

class Builder {
 public:
  explicit Builder(Package* p) : p_(p), t_(p->types) {}

  const Type* basic(TypeKind k) { return t_.basic(k); }

  const Type* sig(const Params& params, const Params& results, bool variadic = false) {
    std::vector<const Type*> pt;
    std::vector<std::string> pn;
    for (const auto& [n, t] : params) {
      pn.push_back(n);
      pt.push_back(t);
    }
    std::vector<const Type*> rt;
    std::vector<std::string> rn;
    for (const auto& [n, t] : results) {
      rn.push_back(n);
      rt.push_back(t);
    }
    return t_.func(t_.tuple(pt, pn), t_.tuple(rt, rn), variadic);
  }

  LibPackage& lib(const char* name, std::vector<std::string> missing) {
    LibPackage& l = p_->libs.emplace_back();
    l.ref = {name, name};
    l.known_missing = std::move(missing);
    return l;
  }

  Object* func(LibPackage& l, const char* name, const Type* s, LibFunc id) {
    Object* o = p_->objects.make(ObjKind::Func, name, {}, s, &l.ref);
    o->lib = id;
    l.members[name] = o;
    return o;
  }

  // A named library type; the TypeName is a member of the package.
  const Type* named(LibPackage& l, const char* name) {
    Object* o = p_->objects.make(ObjKind::TypeName, name, {}, nullptr, &l.ref);
    o->color = 1;
    Type* t = t_.named(o);
    o->type = t;
    l.members[name] = o;
    return t;
  }

  void method(const Type* named, const char* name, const Type* s, LibFunc id, bool ptr) {
    Object* o = p_->objects.make(ObjKind::Func, name, {}, s, named->obj->pkg);
    o->lib = id;
    o->ptr_recv = ptr;
    o->recv_base = named;
    o->color = 1;
    t_.add_method(named, o);
  }

  const Type* fields(LibPackage& l, std::vector<std::pair<std::string, const Type*>> fs) {
    std::vector<StructField> out;
    for (auto& [n, t] : fs) out.push_back(StructField{n, t, false, "", &l.ref, nullptr});
    return t_.struct_type(std::move(out));
  }

  void constant(LibPackage& l, const char* name, const Type* t, Int128 v) {
    Object* o = p_->objects.make(ObjKind::Const, name, {}, t, &l.ref);
    o->value = p_->make_constant(Constant::make_int(v));
    l.members[name] = o;
  }

  Package* p_;
  TypeTable& t_;
};

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
  };
  for (const auto& [name, id] : builtins) {
    Object* o = p->objects.make(ObjKind::Builtin, name, {}, T.invalid(), nullptr);
    o->builtin = id;
    def(o);
  }

  const std::pair<const char*, const char*> refused[] = {
      {"float32", "type float32 (gosim supports float64)"},
      {"complex64", "type complex64 (gosim has no complex numbers; it supports float64)"},
      {"complex128", "type complex128 (gosim has no complex numbers; it supports float64)"},
      {"complex", "built-in complex (gosim has no complex numbers)"},
      {"real", "built-in real (gosim has no complex numbers)"},
      {"imag", "built-in imag (gosim has no complex numbers)"},
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

  LibPackage& errors = b.lib("errors", {"As", "Is", "Unwrap"});
  b.func(errors, "New", b.sig({{"text", str}}, {{"", err}}), LibFunc::ErrorsNew);

  LibPackage& os = b.lib("os", {"Chdir", "Create", "Environ", "Getenv", "Getpid",
                                "Getwd", "Hostname", "Mkdir", "Open", "OpenFile", "ReadFile", "Remove",
                                "Setenv", "Stderr", "Stdin", "Stdout", "WriteFile", "File", "Signal",
                                "Interrupt", "Kill", "Getppid", "LookupEnv", "Executable"});
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
  LibPackage& rt = b.lib("runtime", {"Breakpoint", "Caller", "Callers", "CallersFrames", "Error",
                                     "Frame", "Frames", "Func", "FuncForPC", "GOARCH", "GOOS",
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

  b.func(rt, "Gosched", b.sig({}, {}), LibFunc::RuntimeGosched);
  b.func(rt, "GC", b.sig({}, {}), LibFunc::RuntimeGC);
  b.func(rt, "GOMAXPROCS", b.sig({{"n", int_t}}, {{"", int_t}}), LibFunc::RuntimeGOMAXPROCS);
  b.func(rt, "NumGoroutine", b.sig({}, {{"", int_t}}), LibFunc::RuntimeNumGoroutine);
  b.func(rt, "NumCPU", b.sig({}, {{"", int_t}}), LibFunc::RuntimeNumCPU);
  b.func(rt, "ReadMemStats", b.sig({{"m", T.pointer(mem_stats)}}, {}), LibFunc::RuntimeReadMemStats);
  b.func(rt, "KeepAlive", b.sig({{"x", T.any_type()}}, {}), LibFunc::RuntimeKeepAlive);
}

void declare_sync(Builder& b) {
  TypeTable& T = b.t_;
  const Type* u32 = T.basic(TypeKind::Uint32);
  const Type* i32 = T.basic(TypeKind::Int32);
  LibPackage& s = b.lib("sync", {"Cond", "Locker", "Map", "NewCond", "Pool"});
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
}

void declare_time(Builder& b) {
  TypeTable& T = b.t_;
  const Type* i64 = T.basic(TypeKind::Int64);
  const Type* f64 = T.basic(TypeKind::Float64);
  LibPackage& tm = b.lib("time", {"AfterFunc", "Date", "Kitchen", "Local", "Month", "NewTicker",
                                  "NewTimer", "Parse", "ParseDuration", "RFC3339", "Ticker", "Timer",
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
                                  "TCPConn", "TCPListener", "UDPAddr", "UDPConn", "Pipe", "LookupHost"});
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

}  // namespace

std::string supported_packages() { return "fmt, runtime, sync, time, errors, os, syscall, net"; }

void declare_universe(Package* pkg) {
  Builder b(pkg);
  declare_predeclared(pkg, b);
  declare_fmt_errors_os(b);
  declare_runtime(b);
  declare_sync(b);
  declare_time(b);
  declare_syscall_net(b);
}

const char* builtin_name(BuiltinId id) {
  static const char* const kNames[] = {"append", "cap",   "close", "copy",    "delete",  "len",
                                       "make",   "new",   "panic", "print",   "println", "recover"};
  return kNames[static_cast<size_t>(id)];
}

}  // namespace gosim::lang
