// Part log19 (issue #19): runtime.Caller and its family, which package log needs (log.go's
// Output calls runtime.Caller for Lshortfile/Llongfile) and which programs call to name their
// own frames. package runtime is modelled, so these are library functions over the goroutine's
// frames (sim/interp/lib_callers.cpp).
//
// Go: runtime/extern.go Caller, Callers; runtime/symtab.go Func, FuncForPC, (*Func).Name,
// FileLine, Entry, Frame, Frames, CallersFrames, (*Frames).Next. Frame and Frames have Go 1.19's
// fields and sizes (Frame: 80 bytes; Frames: 208, so CallersFrames allocates Go's size class).
#include <algorithm>

#include "sim/lang/universe_builder.h"

namespace gosim::lang {

void declare_log19(Builder& b) {
  TypeTable& T = b.t_;
  LibPackage& rt = b.existing("runtime");
  if (rt.ref.path != "runtime") return;
  for (const char* m : {"Caller", "Callers", "CallersFrames", "Frame", "Frames", "Func", "FuncForPC"}) {
    rt.known_missing.erase(std::remove(rt.known_missing.begin(), rt.known_missing.end(), m), rt.known_missing.end());
  }
  const Type* int_t = T.basic(TypeKind::Int);
  const Type* uptr = T.basic(TypeKind::Uintptr);
  const Type* str = T.basic(TypeKind::String);
  const Type* boolean = T.basic(TypeKind::Bool);
  const Type* uptrs = T.slice(uptr);

  // Go: type Func struct { opaque struct{} } — a *Func points at the function's table entry.
  const Type* func_t = b.named(rt, "Func");
  T.set_underlying(func_t, b.fields(rt, {{"opaque", b.fields(rt, {})}}));
  const Type* func_p = T.pointer(func_t);
  b.method(func_t, "Name", b.sig({}, {{"", str}}), LibFunc::RuntimeFuncName, true);
  b.method(func_t, "FileLine", b.sig({{"pc", uptr}}, {{"file", str}, {"line", int_t}}), LibFunc::RuntimeFuncFileLine,
           true);
  b.method(func_t, "Entry", b.sig({}, {{"", uptr}}), LibFunc::RuntimeFuncEntry, true);

  // Go: funcInfo{_func *_func; datap *moduledata}, two words the Frame keeps for the runtime.
  const Type* func_info = b.fields(rt, {{"_func", uptr}, {"datap", uptr}});
  const Type* frame = b.named(rt, "Frame");
  T.set_underlying(frame, b.fields(rt, {{"PC", uptr}, {"Func", func_p}, {"Function", str}, {"File", str},
                                        {"Line", int_t}, {"Entry", uptr}, {"funcInfo", func_info}}));
  const Type* frames = b.named(rt, "Frames");
  T.set_underlying(frames, b.fields(rt, {{"callers", uptrs}, {"frames", T.slice(frame)},
                                         {"frameStore", T.array(frame, 2)}}));
  b.method(frames, "Next", b.sig({}, {{"frame", frame}, {"more", boolean}}), LibFunc::RuntimeFramesNext, true);

  b.func(rt, "Caller", b.sig({{"skip", int_t}}, {{"pc", uptr}, {"file", str}, {"line", int_t}, {"ok", boolean}}),
         LibFunc::RuntimeCaller);
  b.func(rt, "Callers", b.sig({{"skip", int_t}, {"pc", uptrs}}, {{"", int_t}}), LibFunc::RuntimeCallers);
  b.func(rt, "FuncForPC", b.sig({{"pc", uptr}}, {{"", func_p}}), LibFunc::RuntimeFuncForPC);
  b.func(rt, "CallersFrames", b.sig({{"callers", uptrs}}, {{"", T.pointer(frames)}}), LibFunc::RuntimeCallersFrames);
}

}  // namespace gosim::lang
