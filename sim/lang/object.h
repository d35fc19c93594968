// Declared entities (objects), scopes, and per-function facts for later stages.
//
// Go: types2/object.go (Const, TypeName, Var, Func, PkgName, Builtin, Nil), scope.go.
// One Object struct covers every kind. Objects are owned by an ObjectPool (a deque, so
// pointers stay valid) that belongs to the checked package.
//
// What later stages read here:
//  - Var.address_taken: `&x`, x.m() with a pointer receiver on an addressable x, slicing
//    an array variable x[:] (escape analysis starts from these, as Go's does from Addrtaken).
//  - Var.captured / FuncInfo::captures: variables a function literal uses from enclosing
//    functions, per literal (a variable used two literals deep is captured by both).
//  - Var.assigned: assigned after its declaration (Go captures by value only variables
//    never reassigned and not address-taken).
//  - Func.lib / Builtin.builtin: which library or built-in operation a call invokes.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <vector>

#include "sim/lang/constant.h"
#include "sim/lang/types.h"

namespace gosim::lang {

struct FuncInfo;
struct LibPackage;

enum class ObjKind : uint8_t {
  Bad,
  PkgName,      // an imported package name
  Const,
  TypeName,
  Var,          // variables, parameters, results, struct fields
  Func,         // functions and methods (declared or library)
  Builtin,      // len, append, ...
  Nil,
  Unsupported,  // a predeclared name gosim refuses (float32, complex, ...): see `note`
};

enum class VarKind : uint8_t { Local, Param, Result, Recv, Global, Field };

// Go: types2/universe.go predeclaredFuncs (the subset gosim supports).
// Sizeof..Slice: package unsafe's functions (Go 1.19's set), reached as unsafe.X (universe.cpp).
enum class BuiltinId : uint8_t { Append, Cap, Close, Copy, Delete, Len, Make, New, Panic, Print, Println, Recover, Complex, Real, Imag,
                                 Sizeof, Offsetof, Alignof, Add, Slice };
const char* builtin_name(BuiltinId id);

// Library functions and methods the interpreter implements.
enum class LibFunc : uint16_t {
  None,
  FmtPrint, FmtPrintf, FmtPrintln, FmtSprint, FmtSprintf, FmtSprintln, FmtErrorf,
  ErrorsNew, ErrorString,  // the Error method of errors.New's result
  OsExit,
  RuntimeGosched, RuntimeGC, RuntimeGOMAXPROCS, RuntimeNumGoroutine, RuntimeNumCPU,
  RuntimeReadMemStats, RuntimeKeepAlive,
  SyncWaitGroupAdd, SyncWaitGroupDone, SyncWaitGroupWait,
  SyncMutexLock, SyncMutexUnlock, SyncMutexTryLock,
  SyncRWMutexLock, SyncRWMutexUnlock, SyncRWMutexRLock, SyncRWMutexRUnlock,
  SyncOnceDo,
  TimeSleep, TimeNow, TimeSince, TimeAfter, TimeTick,
  TimeDurationString, TimeDurationSeconds, TimeDurationMilliseconds, TimeDurationMicroseconds,
  TimeDurationNanoseconds, TimeDurationMinutes, TimeDurationHours,
  TimeTimeSub, TimeTimeAdd, TimeTimeUnixNano,
  SyscallNanosleep, SyscallNsecToTimespec,
  NetListen, NetDial, NetListenerAccept, NetListenerClose, NetConnRead, NetConnWrite, NetConnClose,
  // part io: fmt.Fprint*, package io (modelled), os files and environment, time's calendar
  FmtFprint, FmtFprintf, FmtFprintln,
  OsStdin, OsStdout, OsStderr, OsFileWrite, OsFileWriteString, OsFileRead, OsFileClose, OsFileName,
  OsGetenv, OsLookupEnv, OsSetenv, OsUnsetenv, OsEnviron,
  TimeMonthString, TimeWeekdayString, TimeUTCLoc, TimeDate, TimeUnix,
  TimeTimeYear, TimeTimeMonth, TimeTimeDay, TimeTimeHour, TimeTimeMinute, TimeTimeSecond, TimeTimeNanosecond,
  TimeTimeYearDay, TimeTimeWeekday, TimeTimeFormat, TimeTimeString, TimeTimeTruncate, TimeTimeUTC,
  TimeTimeBefore, TimeTimeAfter, TimeTimeEqual, TimeTimeIsZero, TimeTimeUnix,
  // rtpkgs (sim/interp/lib_rtpkgs.cpp). sync/atomic's functions and the methods of its 1.19 types
  // share one range: AtomicOpsBegin + op * 8 + width (sim/interp/atomic_op.h), because
  // atomic.AddInt64(&x.v, d) and (*atomic.Int64).Add(d) are the same operation on the same word.
  AtomicOpsBegin, AtomicOpsEnd = AtomicOpsBegin + 63,
  AtomicValueLoad, AtomicValueStore, AtomicValueSwap, AtomicValueCompareAndSwap,
  SyncNewCond, SyncCondWait, SyncCondSignal, SyncCondBroadcast,
  SyncNotifyListAdd, SyncNotifyListWait,  // the runtime half of Cond.Wait (sync.(*Cond).Wait's body calls them)
  TimeNewTimer, TimeTimerStop, TimeTimerReset, TimeAfterFunc, TimeNewTicker, TimeTickerStop, TimeTickerReset,
  // part reflectlite (sim/interp/lib_reflectlite.cpp): internal/reflectlite over gosim's type
  // descriptors, fmt's *wrapError, time.Until, sync.Pool.
  ReflectliteBegin,
  ReflectTypeOf = ReflectliteBegin, ReflectValueOf, ReflectKindString,
  ReflectTypeName, ReflectTypePkgPath, ReflectTypeSize, ReflectTypeKind, ReflectTypeImplements,
  ReflectTypeAssignableTo, ReflectTypeComparable, ReflectTypeString, ReflectTypeElem,
  ReflectValueCanSet, ReflectValueElem, ReflectValueIsNil, ReflectValueIsValid, ReflectValueKind,
  ReflectValueLen, ReflectValueSet, ReflectValueType,
  ReflectliteEnd = ReflectValueType,
  FmtWrapErrorError, FmtWrapErrorUnwrap, TimeUntil,
  SyncPoolPut, SyncPoolGetFast,  // SyncPoolGetFast: the runtime half of sync.(*Pool).Get (lower_pool.cpp)
  SyncPoolGet,
  // part unsafe: the bodies of the standard library's assembly functions (sim/lang/intrinsics.cpp
  // names the Go files they replace; sim/interp/lib_intrinsics.cpp runs them) and the runtime
  // variables //go:linkname binds (math/bits's overflowError, divideError).
  BytealgCompare, BytealgCount, BytealgCountString, BytealgIndex, BytealgIndexString, BytealgIndexByte,
  BytealgIndexByteString,
  CpuCpuid, CpuXgetbv, CpuGetGOAMD64level,
  MathArchMax, MathArchMin, MathArchExp, MathArchFloor, MathArchCeil, MathArchTrunc, MathArchHypot, MathArchLog,
  MathArchSqrt,
  RuntimeOverflowError, RuntimeDivideError,
  // part sortrand: reflectlite.Swapper (sort.Slice's swap) and the closures it returns
  // (sim/interp/lib_reflectlite.cpp reflectlite_swapper; their IR bodies: sim/ir/lower_swapper.cpp).
  ReflectSwapper, ReflectSwapperCall,
  // part tutorial: more of package time's calendar (sim/interp/lib_time_more.cpp)
  TimeMoreBegin,
  TimeUnixMilli = TimeMoreBegin, TimeUnixMicro, TimeParseDuration, TimeTimeUnixMilli, TimeTimeUnixMicro,
  TimeTimeAddDate, TimeTimeLocation, TimeTimeDate, TimeTimeClock, TimeLocationString,
  TimeMoreEnd = TimeLocationString,
  // part reflect (sim/interp/lib_reflect.cpp, lib_reflect_value.cpp): package reflect over
  // gosim's type descriptors. (*rtype)'s Name, PkgPath, Size, Kind, String, Comparable,
  // Implements, AssignableTo and Kind.String are reflectlite's ids above.
  ReflectBegin,
  RfTypeOf = ReflectBegin, RfValueOf, RfNew, RfZero, RfIndirect, RfDeepEqual, RfMakeSlice, RfMakeMap,
  RfTypeAlign, RfTypeElem, RfTypeKey, RfTypeLen, RfTypeNumField, RfTypeField, RfTypeFieldByName, RfTypeNumMethod,
  RfTypeConvertibleTo, RfTypeNumIn, RfTypeIn, RfTypeNumOut, RfTypeOut, RfTypeIsVariadic, RfTypeBits,
  RfStructTagGet, RfStructTagLookup,
  RfValueAddr, RfValueBool, RfValueCanAddr, RfValueCanInterface, RfValueCanSet, RfValueCap, RfValueElem,
  RfValueField, RfValueFieldByName, RfValueFloat, RfValueIndex, RfValueInt, RfValueInterface, RfValueIsNil,
  RfValueIsValid, RfValueIsZero, RfValueKind, RfValueLen, RfValueMapIndex, RfValueMapKeys, RfValueMapRange,
  RfValueNumField, RfValueNumMethod, RfValuePointer, RfValueSet, RfValueSetBool, RfValueSetFloat, RfValueSetInt,
  RfValueSetMapIndex, RfValueSetString, RfValueSetUint, RfValueSlice, RfValueString, RfValueType, RfValueUint,
  RfMapIterNext, RfMapIterKey, RfMapIterValue,
  // part json: lib_reflect_more.cpp.
  RfValueCanInt, RfValueCanUint, RfValueCanFloat, RfValueCanComplex, RfValueComplex, RfValueSetComplex,
  RfValueBytes, RfValueSetBytes, RfValueSetLen, RfValueUnsafePointer, RfValueOverflowInt, RfValueOverflowUint,
  RfValueOverflowFloat,
  // part json2: lib_reflect_json.cpp (dispatched from reflect_lib from RfJsonBegin on).
  RfJsonBegin,
  RfPointerTo = RfJsonBegin, RfCopy, RfValueConvert, RfValueCanConvert, RfStructFieldIsExported,
  ReflectEnd = RfStructFieldIsExported,
  // part vfs2 (sim/interp/lib_vfs.cpp): os's files over the model's virtual file tree, and the
  // methods of the concrete types behind os.FileInfo, os.DirEntry and the errors (*fs.PathError,
  // syscall.Errno).
  VfsBegin,
  OsOpen = VfsBegin, OsCreate, OsOpenFile, OsReadFile, OsWriteFile, OsStat, OsLstat, OsRemove, OsMkdir,
  OsMkdirAll, OsReadDir, OsGetwd, OsIsNotExist, OsIsExist,
  OsErrNotExist, OsErrExist, OsErrPermission, OsErrClosed, OsErrInvalid,
  OsFileSeek, OsFileReadAt, OsFileStat, OsFileReadDir,
  FileStatName, FileStatSize, FileStatMode, FileStatModTime, FileStatIsDir, FileStatSys,
  DirentName, DirentIsDir, DirentType, DirentInfo,
  PathErrorError, PathErrorUnwrap, ErrnoError, ErrnoIs,
  // part fs (session 22): the rest of os's file calls; os.fastrand (tempfile.go's body-less
  // function, the runtime's fastrand) and syscall.Getpagesize for os's files from source.
  OsRemoveAll, OsRename, OsTruncate, OsReadlink, OsChdir, OsTempDir, OsIsPermission, OsChmod,
  OsFileReaddirnames, OsFileReaddir, LinkErrorError, LinkErrorUnwrap, OsFastrand, SyscallGetpagesize,
  VfsEnd = SyscallGetpagesize,
  // part lang2: crypto/internal/boring/sig's marker functions (assembly that only returns: the
  // intrinsic does nothing, sim/interp/lib_intrinsics.cpp).
  Lang2IntrinsicBegin,
  BoringSigMarker = Lang2IntrinsicBegin,
  Lang2IntrinsicEnd = BoringSigMarker,
  // part lang2: time.Parse/ParseInLocation and net.SplitHostPort/JoinHostPort (sim/interp/lib_parse.cpp).
  Lang2ParseBegin,
  TimeParse = Lang2ParseBegin, TimeParseInLocation, NetSplitHostPort, NetJoinHostPort,
  Lang2ParseEnd = NetJoinHostPort,
  // part template (sim/interp/lib_reflect_call.cpp): runtime.Error's RuntimeError method on the
  // runtime's error types, and the reflect members text/template needs beyond part reflect's
  // (calls through func and method Values, method sets, channel direction).
  TemplateBegin,
  RuntimeErrorRuntimeError = TemplateBegin,
  RfValueCall, RfValueCallSlice, RfCallFinish,  // RfCallFinish: reflect.Value.call's second half (lower_reflect_call.cpp)
  RfValueMethod, RfValueMethodByName, RfValueRecv, RfValueFieldByIndex, RfValueFieldByIndexErr,
  RfTypeChanDir, RfTypeMethod, RfTypeMethodByName, RfChanDirString, RfValueSlice3,
  TemplateEnd = RfValueSlice3,
  // part json2: time.Time's JSON and text methods, which encoding/json calls through its
  // Marshaler and TextUnmarshaler checks (sim/interp/lib_time_json.cpp).
  JsonTimeBegin,
  TimeTimeMarshalJSON = JsonTimeBegin, TimeTimeUnmarshalJSON, TimeTimeMarshalText, TimeTimeUnmarshalText,
  JsonTimeEnd = TimeTimeUnmarshalText,
  // part xml (sim/interp/lib_reflect_xml.cpp): the reflect members encoding/xml needs beyond
  // parts reflect, json2 and template.
  RfXmlBegin,
  RfAppend = RfXmlBegin, RfAppendSlice, RfTypeFieldByIndex,
  RfXmlEnd = RfTypeFieldByIndex,
  // part lang19: time's *ParseError (sim/interp/lib_parse.cpp) and reflect's channel operations
  // (sim/interp/lib_reflect_chan.cpp; RfValueRecv is part template's).
  Lang19Begin,
  TimeParseErrorError = Lang19Begin, RfValueTryRecv, RfValueSend, RfValueTrySend, RfValueClose, RfChanStart,
  RfChanFinish,
  Lang19End = RfChanFinish,
  // part log19 (sim/interp/lib_callers.cpp): runtime.Caller, Callers, FuncForPC, CallersFrames
  // over the goroutine's frames, which package log (from source) needs.
  Log19Begin,
  RuntimeCaller = Log19Begin, RuntimeCallers, RuntimeFuncForPC, RuntimeFuncName, RuntimeFuncFileLine,
  RuntimeFuncEntry, RuntimeCallersFrames, RuntimeFramesNext,
  Log19End = RuntimeFramesNext,
};

struct Object {
  ObjKind kind = ObjKind::Bad;
  std::string name;
  Pos pos;
  const Type* type = nullptr;
  const PackageRef* pkg = nullptr;  // nil for the universe
  int order = 0;                    // creation order (source order for the package)

  // Var
  VarKind var_kind = VarKind::Local;
  bool used = false;
  bool address_taken = false;
  bool captured = false;
  bool assigned = false;
  FuncInfo* owner = nullptr;  // declaring function (nil for globals and fields)
  int field_index = -1;       // Field: index in its struct

  // Const
  const Constant* value = nullptr;

  // TypeName / Func: the declaration (TypeDecl or FuncDecl), nil for predeclared/library.
  Decl* decl = nullptr;
  // Func
  FuncInfo* func = nullptr;     // body facts for declared functions
  bool ptr_recv = false;        // method with a pointer receiver
  LibFunc lib = LibFunc::None;  // library function or method
  const Type* recv_base = nullptr;  // method: the named receiver base type

  // Builtin
  BuiltinId builtin = BuiltinId::Len;

  // PkgName
  const LibPackage* imported = nullptr;

  // Unsupported: why and what gosim offers instead.
  std::string note;

  // Checker bookkeeping (Go: object color for cycle detection).
  int color = 0;  // 0 white, 1 black, >= 2 grey (2 + index on the object path)
};

class ObjectPool {
 public:
  // `first`: the order of the first object minus one; a layer over the standard-library cache
  // (pkgcache.h) continues after the cache's objects, so `order` stays unique in a program.
  explicit ObjectPool(int first = 0) : first_(first) {}
  Object* make(ObjKind kind, std::string name, Pos pos, const Type* type, const PackageRef* pkg) {
    Object& o = objects_.emplace_back();
    o.kind = kind;
    o.name = std::move(name);
    o.pos = pos;
    o.type = type;
    o.pkg = pkg;
    o.order = first_ + static_cast<int>(objects_.size());
    return &o;
  }
  size_t size() const { return objects_.size(); }
  int next_first() const { return first_ + static_cast<int>(objects_.size()); }  // `first` for a layer
  // A layer whose base grew before it made anything continues after the base's new objects.
  void rebase(int first) {
    if (objects_.empty()) first_ = first;
  }
  const std::deque<Object>& all() const { return objects_; }  // in creation order

 private:
  int first_ = 0;
  std::deque<Object> objects_;
};

struct Scope {
  Scope* parent = nullptr;
  std::map<std::string, Object*> elems;
  FuncInfo* func = nullptr;  // the function whose body this scope belongs to (nil outside)
  bool is_func = false;      // the outermost scope of a function (parameters live here)

  Object* lookup(const std::string& name) const {
    auto it = elems.find(name);
    return it == elems.end() ? nullptr : it->second;
  }
  // Returns the existing object if the name is taken, else inserts and returns nil.
  Object* insert(Object* obj) {
    auto [it, added] = elems.emplace(obj->name, obj);
    return added ? nullptr : it->second;
  }
};

// Facts about one function body: a declared function, method or function literal.
struct FuncInfo {
  std::string name;             // Go's symbol name: "main", "T.M", "(*T).M", "main.func1"
  const PackageRef* pkg = nullptr;  // its package (nil: main), for names like "unicode/utf8.RuneLen"
  const std::string* file = nullptr;  // the file of its body (nil: the main file)
  Object* obj = nullptr;        // declared function or method; nil for literals
  FuncDecl* decl = nullptr;
  FuncLit* lit = nullptr;
  const Type* sig = nullptr;
  FuncInfo* outer = nullptr;    // enclosing function of a literal
  Object* recv = nullptr;
  std::vector<Object*> params;
  std::vector<Object*> results;
  std::vector<Object*> locals;    // variables declared in the body (not in nested literals)
  std::vector<Object*> captures;  // literals: variables of enclosing functions used here
  std::vector<FuncInfo*> literals;  // function literals directly inside this body
  bool has_defer = false;
  bool calls_recover = false;
  LibFunc intrinsic = LibFunc::None;  // a body-less function of the standard library run in C++ (intrinsics.h)
  int literal_count = 0;  // for naming nested literals func1, func2, ...
};

// A package gosim provides as declarations (fmt, sync, ...).
struct LibPackage {
  PackageRef ref;
  std::map<std::string, Object*> members;
  // Real exported names of the package that gosim does not provide (for the
  // "unsupported" message instead of "undefined").
  std::vector<std::string> known_missing;
};

}  // namespace gosim::lang
