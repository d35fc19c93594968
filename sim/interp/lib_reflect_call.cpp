// What text/template needs beyond part reflect (part template; Go: reflect/value.go call,
// Method, MethodByName, FieldByIndex; type.go ChanDir, exportedMethods; runtime/error.go).
//
// Go's Value.Call checks the arguments, lays them out in a frame (funcLayout), calls the
// function through assembly (reflectcall) and wraps each result in a Value. gosim's Call does
// the checks in Go's order with Go's panic texts, copies the arguments into a block (in the
// frame below, or on the heap when large; Go's comes from a sync.Pool) and pushes two frames:
// reflect.Value.call (sim/ir/lower_reflect_call.cpp), then the callee above it, whose results go
// to the block. When
// the callee returns, reflect.Value.call's one library call (RfCallFinish) makes the []Value of
// results (Go: make([]Value, nout) and one unsafe_New per result) and its return hands them to
// Call's caller. So the callee runs as any call does in the model: its events, allocations,
// panics and recover, and a traceback shows reflect.Value.call below it.
//
// A method Value (Method, MethodByName) is Go's: the receiver's typ and ptr with flagMethod and
// the method's index in the type's exported methods, sorted by name (Go: exportedMethods); for
// an interface, the index in its methods. Its Type is the method's func type (the lowering makes
// one descriptor per method for programs that use reflect: lower_reflect.cpp).
#include <algorithm>

#include "sim/interp/exec.h"
#include "sim/interp/reflect_kind.h"
#include "sim/lang/object.h"

namespace gosim::interp {

using lang::LibFunc;
using namespace rk;  // NOLINT: Kind names and flag bits

namespace {

constexpr uint64_t kFlagMethodShift = 10;
// The call block: a spare word, the func type's id, the offset of the results in the argument
// area, then the argument area (the callee's parameter block and result block, laid out as the
// lowering lays out a call). It lives in reflect.Value.call's frame from kFrameBlockOffset when
// it fits in kFrameBlock bytes (sim/ir/lower_reflect_call.cpp sizes the frame), else on the heap,
// its address then in the frame's first word.
constexpr uint64_t kBlockHeader = 24;
constexpr uint64_t kFrameBlockOffset = 32;
constexpr uint64_t kFrameBlock = 24 + 256;

bool exported(const std::string& n) { return !n.empty() && n[0] >= 'A' && n[0] <= 'Z'; }

}  // namespace

// Go: (*rtype).exportedMethods — the exported methods of a non-interface type, sorted by name.
std::vector<const ir::TypeDesc::Method*> Exec::rf_methods(int32_t t) const {
  std::vector<const ir::TypeDesc::Method*> out;
  for (const auto& m : mod_.types[static_cast<size_t>(t)].methods) {
    if (exported(m.name)) out.push_back(&m);
  }
  std::sort(out.begin(), out.end(), [](const auto* a, const auto* b) { return a->name < b->name; });
  return out;
}

// A func type's descriptor by its name (an interface method's signature, "func(int) string").
int32_t Exec::rf_func_type(const std::string& sig) const {
  for (size_t i = 0; i < mod_.types.size(); ++i) {
    if (mod_.types[i].kind == ir::TypeKind::kFunc && mod_.types[i].name == sig && !mod_.types[i].named) {
      return static_cast<int32_t>(i);
    }
  }
  return -1;
}

// Go: Value.Type of a method Value: the method's func type, without the receiver.
uint64_t Exec::rf_method_type(uint64_t tw, uint64_t flag) const {
  const int32_t t = ir::type_of_word(tw);
  const ir::TypeDesc& td = mod_.types[static_cast<size_t>(t)];
  const auto i = static_cast<size_t>(flag >> kFlagMethodShift);
  if (td.kind == ir::TypeKind::kInterface) {
    const int32_t ft = i < td.imethods.size() ? rf_func_type(td.imethods[i].second) : -1;
    return ft < 0 ? 0 : ir::type_word(ft);
  }
  const auto ms = rf_methods(t);
  return i < ms.size() && ms[i]->type >= 0 ? ir::type_word(ms[i]->type) : 0;
}

// Go: value.go Value.assignTo for an argument: x's value written at dst as type `to`, a copy when
// directly assignable, an interface (packEface) when `to` is an interface x implements.
bool Exec::rf_assign_to(uint64_t x, int32_t to, uint64_t dst) {
  const uint64_t xtw = ld8(x), xptr = ld8(x + 8), xflag = ld8(x + 16);
  const int32_t src = ir::type_of_word(xtw);
  const ir::TypeDesc& td = mod_.types[static_cast<size_t>(to)];
  if (rl_directly_assignable(to, src)) {
    const uint64_t from = (xflag & kFlagIndir) != 0 ? xptr : x + 8;
    mem_.copy(dst, from, static_cast<size_t>(td.size));
    return true;
  }
  if (!rl_implements(to, src)) return false;
  if ((xflag & kFlagKindMask) == kInterface) {
    mem_.copy(dst, xptr, 16);  // Go: valueInterface of an interface Value is what it holds
    return true;
  }
  const uint64_t tmp = rf_scratch(16);
  rl_pack_eface(x, tmp);
  mem_.copy(dst, tmp, 16);
  return true;
}

// Go: Value.call, up to the call (see the file comment). `slice`: CallSlice.
bool Exec::rf_call(uint64_t args, uint64_t results, bool slice) {
  const char* op = slice ? "CallSlice" : "Call";
  const std::string mname = std::string("reflect.Value.") + op;
  auto fail = [&](const std::string& text) {
    rf_scratch_used_ = 0;
    panic_text(text);
    return requested_;
  };
  const uint64_t tw = ld8(args), ptr = ld8(args + 8), flag = ld8(args + 16);
  if ((flag & kFlagKindMask) != kFunc) return rf_value_error(mname.c_str(), flag & kFlagKindMask);  // Go: mustBe(Func)
  if ((flag & kFlagRO) != 0) return fail("reflect: " + mname + " using value obtained using unexported field");
  const uint64_t in = ld8(args + 24), nin_given = ld8(args + 32);
  // The callee: a function (fn, its funcval as context) or a library method (lib), and the
  // receiver's bytes for a method.
  int32_t fn = -1, lib_id = -1;
  uint64_t ctx = 0, recv_at = 0;
  int64_t recv_size = 0;
  int32_t ft = -1;
  if ((flag & kFlagMethod) != 0) {
    // Go: methodReceiver — the method of the receiver's type, or of an interface's dynamic type.
    const int32_t rt = ir::type_of_word(tw);
    const ir::TypeDesc* rd = &mod_.types[static_cast<size_t>(rt)];
    const auto i = static_cast<size_t>(flag >> kFlagMethodShift);
    uint64_t val = (flag & kFlagIndir) != 0 ? ptr : args + 8;  // the receiver value's address
    const ir::TypeDesc::Method* m = nullptr;
    if (rd->kind == ir::TypeKind::kInterface) {
      if (i >= rd->imethods.size()) return fail("reflect: internal error: invalid method index");
      const uint64_t dtw = ld8(val);
      if (dtw == 0) return fail("reflect: " + mname + " on nil interface value");  // Go: methodReceiver
      const std::string& name = rd->imethods[i].first;
      ft = rf_func_type(rd->imethods[i].second);
      const int32_t dt = ir::type_of_word(dtw);
      val = ir::iface_value_addr(mod_.types, dt, val, ld8(val + 8));
      rd = &mod_.types[static_cast<size_t>(dt)];
      for (const auto& c : rd->methods) {
        if (c.name == name) m = &c;
      }
    } else {
      const auto ms = rf_methods(rt);
      if (i >= ms.size()) return fail("reflect: internal error: invalid method index");
      m = ms[i];
      ft = m->type;
    }
    if (m == nullptr || ft < 0) return fail("gosim: reflect." + mname + ": no method descriptor");
    fn = m->fn;
    lib_id = m->lib;
    recv_at = val;
    recv_size = rd->size;
    if (rd->kind == ir::TypeKind::kPointer && !m->ptr_recv) {
      // Go: the (*T).M wrapper of a value method dereferences, and panics on nil.
      recv_at = ld8(val);
      const ir::TypeDesc& et = mod_.types[static_cast<size_t>(rd->elem)];
      if (recv_at == 0) {
        return fail("value method " + et.name + "." + m->name + " called using nil *" +
                    et.name.substr(et.name.find('.') + 1) + " pointer");
      }
      recv_size = et.size;
    }
  } else {
    const uint64_t fv = (flag & kFlagIndir) != 0 ? ld8(ptr) : ptr;
    if (fv == 0) return fail("reflect.Value.Call: call of nil function");
    fn = static_cast<int32_t>(ld8(fv));
    ctx = fv;
    ft = ir::type_of_word(tw);
  }
  const ir::TypeDesc& t = mod_.types[static_cast<size_t>(ft)];
  auto type_name = [&](int32_t id) { return mod_.types[static_cast<size_t>(id)].name; };
  size_t n = t.in.size();
  const bool variadic = t.variadic;
  if (slice) {
    if (!variadic) return fail("reflect: CallSlice of non-variadic function");
    if (nin_given < n) return fail("reflect: CallSlice with too few input arguments");
    if (nin_given > n) return fail("reflect: CallSlice with too many input arguments");
  } else {
    if (variadic) n--;
    if (nin_given < n) return fail("reflect: Call with too few input arguments");
    if (!variadic && nin_given > n) return fail("reflect: Call with too many input arguments");
  }
  for (uint64_t k = 0; k < nin_given; ++k) {
    if (ld8(in + 24 * k + 16) == 0) return fail(std::string("reflect: ") + op + " using zero Value argument");
  }
  for (size_t k = 0; k < n; ++k) {
    const int32_t xt = ir::type_of_word(ld8(in + 24 * k)), targ = t.in[k];
    if (!rl_directly_assignable(targ, xt) && !rl_implements(targ, xt)) {
      return fail(std::string("reflect: ") + op + " using " + type_name(xt) + " as type " + type_name(targ));
    }
  }
  // Go: the variadic rest goes into a new slice (MakeSlice: the array and its escaping header),
  // and `in` becomes make([]Value, n+1) holding it.
  uint64_t rest = 0, rest_len = 0;
  if (!slice && variadic) {
    const int32_t st = t.in[n];
    const int32_t et = mod_.types[static_cast<size_t>(st)].elem;
    const ir::TypeDesc& ed = mod_.types[static_cast<size_t>(et)];
    rest_len = nin_given - n;
    rest = alloc(static_cast<uint64_t>(ed.size) * rest_len, ed.has_pointers);
    const uint64_t hdr = alloc(24, true);
    st8(hdr, rest), st8(hdr + 8, rest_len), st8(hdr + 16, rest_len);
    for (uint64_t k = 0; k < rest_len; ++k) {
      const uint64_t x = in + 24 * (n + k);
      const int32_t xt = ir::type_of_word(ld8(x));
      if (!rl_directly_assignable(et, xt) && !rl_implements(et, xt)) {
        return fail("reflect: cannot use " + type_name(xt) + " as type " + type_name(et) + " in " + op);
      }
      rf_assign_to(x, et, rest + k * static_cast<uint64_t>(ed.size));
    }
    alloc(24 * (n + 1), true);  // Go: in = make([]Value, n+1)
  }
  // Go: funcLayout — the receiver (a whole number of words), the parameters, then the results
  // from the next word, each at its alignment.
  uint64_t off = 0;
  std::vector<uint64_t> param_off;
  auto place = [&](int64_t size, int64_t align) {
    const auto a = static_cast<uint64_t>(std::max<int64_t>(align, 1));
    off = (off + a - 1) / a * a;
    const uint64_t at = off;
    off += static_cast<uint64_t>(size);
    return at;
  };
  if (recv_size > 0 || (flag & kFlagMethod) != 0) {
    place(recv_size, 8);
    off = (off + 7) / 8 * 8;
  }
  for (int32_t p : t.in) param_off.push_back(place(mod_.types[static_cast<size_t>(p)].size, mod_.types[static_cast<size_t>(p)].align));
  off = (off + 7) / 8 * 8;
  const uint64_t roff = off;
  for (int32_t r : t.out) place(mod_.types[static_cast<size_t>(r)].size, mod_.types[static_cast<size_t>(r)].align);
  // The argument area is built below the stack pointer first: its sources may be in this stack,
  // which pushing reflect.Value.call's frame may move (newstack).
  const uint64_t size = std::max<uint64_t>(off, 8);
  const uint64_t tmp = rf_scratch(size);
  mem_.zero(tmp, static_cast<size_t>(size));
  if (recv_size > 0) mem_.copy(tmp, recv_at, static_cast<size_t>(recv_size));
  for (size_t k = 0; k < t.in.size(); ++k) {
    const uint64_t at = tmp + param_off[k];
    if (k == n && rest != 0) {  // the variadic slice made above
      st8(at, rest), st8(at + 8, rest_len), st8(at + 16, rest_len);
      continue;
    }
    rf_assign_to(in + 24 * k, t.in[k], at);
  }
  const std::string area_bytes = mem_.read_string(tmp, static_cast<size_t>(size));
  rf_scratch_used_ = 0;
  if ((flag & kFlagMethod) != 0 && mod_.types[static_cast<size_t>(ir::type_of_word(tw))].kind != ir::TypeKind::kInterface) {
    alloc(8, true);  // Go: methodReceiver's fn = unsafe.Pointer(&ifn): ifn escapes
  }
  // Go's frame comes from a sync.Pool per func type, so a steady state allocates none: gosim's
  // block lives in reflect.Value.call's frame when it fits (Go's call16 ... call256 frames),
  // else on the heap.
  const bool in_frame = kBlockHeader + size <= kFrameBlock;
  const uint64_t heap_block = in_frame ? 0 : alloc(kBlockHeader + size, true);
  // reflect.Value.Call's (or CallSlice's) frame, reflect.Value.call's, the callee's above them.
  const size_t depth = code().frames.size();
  push_frame(mod_.reflect_call_fn + (slice ? 2 : 1), 0, 0, results);
  if (code().frames.size() == depth) return requested_;  // the stack overflowed
  push_frame(mod_.reflect_call_fn, 0, 0, code().frames.back().fp);
  if (code().frames.size() == depth + 1) return requested_;
  const uint64_t ffp = code().frames.back().fp;
  st8(ffp, heap_block);
  const uint64_t block = in_frame ? ffp + kFrameBlockOffset : heap_block;
  const uint64_t area = block + kBlockHeader;
  st8(block + 8, static_cast<uint64_t>(ft));
  st8(block + 16, roff);
  mem_.write(area, area_bytes.data(), area_bytes.size());
  if (lib_id >= 0) return lib(lib_id, area, area + roff);
  if (fn < 0) return fail("gosim: reflect." + mname + ": the method has no body");
  push_frame(fn, area, ctx, area + roff);
  return requested_;
}

// Go: the end of Value.call — ret = make([]Value, nout), each result copied into a new object.
void Exec::rf_call_finish(uint64_t args, uint64_t results) {
  const uint64_t block = ld8(args) != 0 ? ld8(args) : args + kFrameBlockOffset;  // args: the frame
  const auto ft = static_cast<int32_t>(ld8(block + 8));
  const uint64_t roff = ld8(block + 16);
  const ir::TypeDesc& t = mod_.types[static_cast<size_t>(ft)];
  const uint64_t nout = t.out.size();
  if (nout == 0) {
    st8(results, 0), st8(results + 8, 0), st8(results + 16, 0);
    return;
  }
  const uint64_t ret = alloc(24 * nout, true);
  uint64_t off = roff;
  for (uint64_t k = 0; k < nout; ++k) {
    const int32_t r = t.out[k];
    const ir::TypeDesc& rd = mod_.types[static_cast<size_t>(r)];
    const auto a = static_cast<uint64_t>(std::max<int64_t>(rd.align, 1));
    off = (off + a - 1) / a * a;
    uint64_t s = mod_.zeroval;
    if (rd.size != 0) {
      s = alloc(static_cast<uint64_t>(rd.size), rd.has_pointers);
      mem_.copy(s, block + kBlockHeader + off, static_cast<size_t>(rd.size));
    }
    off += static_cast<uint64_t>(rd.size);
    st8(ret + 24 * k, ir::type_word(r));
    st8(ret + 24 * k + 8, s);
    st8(ret + 24 * k + 16, kFlagIndir | kind_of(rd));
  }
  st8(results, ret), st8(results + 8, nout), st8(results + 16, nout);
}

bool Exec::template_lib(int64_t id, uint64_t args, uint64_t results) {
  const auto f = static_cast<LibFunc>(id);
  auto put = [&](uint64_t at, uint64_t v) {
    if (results != 0) st8(results + at, v);
  };
  auto fail = [&](const std::string& text) {
    panic_text(text);
    return requested_;
  };
  auto put_string = [&](uint64_t at, const std::string& s) {
    put(at, s.empty() ? 0 : new_string(s));
    put(at + 8, s.size());
  };
  switch (f) {
    case LibFunc::RuntimeErrorRuntimeError: return false;  // Go: func (e errorString) RuntimeError() {}
    case LibFunc::RfValueCall: return rf_call(args, results, false);
    case LibFunc::RfValueCallSlice: return rf_call(args, results, true);
    case LibFunc::RfCallFinish: rf_call_finish(args, results); return false;
    case LibFunc::RfChanDirString: {  // Go: ChanDir.String
      const auto d = static_cast<int64_t>(ld8(args));
      put_string(0, d == 2 ? "chan<-" : d == 1 ? "<-chan" : d == 3 ? "chan" : "ChanDir" + std::to_string(d));
      return false;
    }
    default: break;
  }
  const uint64_t tw = ld8(args);
  if (f == LibFunc::RfTypeChanDir || f == LibFunc::RfTypeMethod || f == LibFunc::RfTypeMethodByName) {
    // (*rtype).M: the receiver word is the type word.
    const int32_t t = ir::type_of_word(tw);
    const ir::TypeDesc& td = mod_.types[static_cast<size_t>(t)];
    if (f == LibFunc::RfTypeChanDir) {
      if (td.kind != ir::TypeKind::kChan) return fail("reflect: ChanDir of non-chan type " + td.name);
      put(0, td.name.rfind("<-chan", 0) == 0 ? 1 : td.name.rfind("chan<-", 0) == 0 ? 2 : 3);
      return false;
    }
    // Go: Method{Name, PkgPath, Type, Func, Index} (80 bytes). For an interface type, Type is the
    // method's signature and Func the zero Value. gosim simplifies for other types: Type is the
    // method's signature without the receiver and Func the zero Value, where Go's has the
    // receiver as the first parameter and Func calls the method.
    auto put_method = [&](const std::string& name, int32_t mt, uint64_t index) {
      if (results == 0) return;
      mem_.zero(results, 80);
      put_string(0, name);
      if (mt >= 0) put(32, ir::type_word(rf_rtype_type_)), put(40, ir::type_word(mt));
      put(72, index);
    };
    if (td.kind == ir::TypeKind::kInterface) {
      if (f == LibFunc::RfTypeMethod) {
        const uint64_t i = ld8(args + 8);
        if (i >= td.imethods.size()) return fail("reflect: Method index out of range");
        put_method(td.imethods[i].first, rf_func_type(td.imethods[i].second), i);
        return false;
      }
      const std::string name = mem_.read_string(ld8(args + 8), ld8(args + 16));
      for (size_t i = 0; i < td.imethods.size(); ++i) {
        if (td.imethods[i].first != name) continue;
        put_method(name, rf_func_type(td.imethods[i].second), i);
        put(80, 1);
        return false;
      }
      if (results != 0) mem_.zero(results, 88);
      return false;
    }
    const auto ms = rf_methods(t);
    if (f == LibFunc::RfTypeMethod) {
      const uint64_t i = ld8(args + 8);
      if (i >= ms.size()) return fail("reflect: Method index out of range");
      put_method(ms[i]->name, ms[i]->type, i);
      return false;
    }
    const std::string name = mem_.read_string(ld8(args + 8), ld8(args + 16));
    for (size_t i = 0; i < ms.size(); ++i) {
      if (ms[i]->name != name) continue;
      put_method(name, ms[i]->type, i);
      put(80, 1);
      return false;
    }
    if (results != 0) mem_.zero(results, 88);
    return false;
  }
  const uint64_t ptr = ld8(args + 8), flag = ld8(args + 16);
  const uint64_t kind = flag & kFlagKindMask;
  switch (f) {
    case LibFunc::RfValueMethod: case LibFunc::RfValueMethodByName: {
      const bool by_name = f == LibFunc::RfValueMethodByName;
      if (flag == 0) return rf_value_error(by_name ? "reflect.Value.MethodByName" : "reflect.Value.Method", kInvalid);
      const int32_t t = ir::type_of_word(tw);
      const ir::TypeDesc& td = mod_.types[static_cast<size_t>(t)];
      const bool iface = td.kind == ir::TypeKind::kInterface;
      const size_t count = iface ? td.imethods.size() : rf_methods(t).size();
      uint64_t i = 0;
      if (by_name) {  // Go: if v.flag&flagMethod != 0 { return Value{} }; m, ok := v.typ.MethodByName(name)
        const std::string name = mem_.read_string(ld8(args + 24), ld8(args + 32));
        bool found = false;
        if ((flag & kFlagMethod) == 0) {
          if (iface) {
            for (; i < count && !found; ++i) found = td.imethods[i].first == name;
          } else {
            const auto ms = rf_methods(t);
            for (; i < count && !found; ++i) found = ms[i]->name == name;
          }
        }
        if (!found) {
          put(0, 0), put(8, 0), put(16, 0);
          return false;
        }
        --i;
      } else {
        i = ld8(args + 24);
        if ((flag & kFlagMethod) != 0 || i >= count) return fail("reflect: Method index out of range");
      }
      // Go: v.typ.Kind() == Interface && v.IsNil()
      if (iface && ld8((flag & kFlagIndir) != 0 ? ptr : args + 8) == 0) return fail("reflect: Method on nil interface value");
      put(0, tw), put(8, ptr);
      put(16, (flag & kFlagRO) | (flag & kFlagIndir) | kFunc | (i << kFlagMethodShift) | kFlagMethod);
      return false;
    }
    case LibFunc::RfValueFieldByIndex: case LibFunc::RfValueFieldByIndexErr: {
      // Go: FieldByIndex — Field(index[0]) alone, or a walk that goes through embedded pointers.
      const bool err = f == LibFunc::RfValueFieldByIndexErr;
      const uint64_t idx = ld8(args + 24), n = ld8(args + 32);
      if (n != 1 && kind != kStruct) {
        return rf_value_error(err ? "reflect.Value.FieldByIndexErr" : "reflect.Value.FieldByIndex", kind);
      }
      const uint64_t a = rf_scratch(32), v = rf_scratch(24);
      const uint64_t panics = panic_count_;  // part xml: not panic.active, already set in a deferred call of a panic
      mem_.copy(v, args, 24);
      for (uint64_t k = 0; k < n; ++k) {
        if (k > 0 && (ld8(v + 16) & kFlagKindMask) == kPointer) {
          const ir::TypeDesc& pd = mod_.types[static_cast<size_t>(ir::type_of_word(ld8(v)))];
          if (mod_.types[static_cast<size_t>(pd.elem)].kind == ir::TypeKind::kStruct) {
            const uint64_t w = (ld8(v + 16) & kFlagIndir) != 0 ? ld8(ld8(v + 8)) : ld8(v + 8);
            if (w == 0) {
              rf_scratch_used_ = 0;
              if (!err) return fail("reflect: indirection through nil pointer to embedded struct");
              put(0, 0), put(8, 0), put(16, 0);
              const std::string& en = mod_.types[static_cast<size_t>(pd.elem)].name;
              error_value("reflect: indirection through nil pointer to embedded struct field " +
                              en.substr(static_cast<size_t>(name_dot(en) + 1)),
                          results + 24);
              return false;
            }
            mem_.copy(a, v, 24);
            if (reflect_value_lib(static_cast<int64_t>(LibFunc::RfValueElem), a, v)) return requested_;
          }
        }
        mem_.copy(a, v, 24);
        st8(a + 24, ld8(idx + 8 * k));
        if (reflect_value_lib(static_cast<int64_t>(LibFunc::RfValueField), a, v) || panic_count_ != panics) {
          rf_scratch_used_ = 0;
          return requested_;
        }
      }
      if (results != 0) mem_.copy(results, v, 24);
      if (err) put(24, 0), put(32, 0);
      rf_scratch_used_ = 0;
      return false;
    }
    case LibFunc::RfValueSlice3: {
      // Go: Value.Slice3 — of a slice, or of an addressable array (its []T's descriptor).
      const auto i = static_cast<int64_t>(ld8(args + 24)), j = static_cast<int64_t>(ld8(args + 32)),
                 k = static_cast<int64_t>(ld8(args + 40));
      const ir::TypeDesc& td = mod_.types[static_cast<size_t>(ir::type_of_word(tw))];
      int64_t cap = 0;
      uint64_t base = 0, st = tw;
      if (kind == kArray) {
        if ((flag & kFlagAddr) == 0) return fail("reflect.Value.Slice3: slice of unaddressable array");
        const int32_t sl = rf_type_named(("[]" + mod_.types[static_cast<size_t>(td.elem)].name).c_str());
        if (sl < 0) return fail("gosim: reflect.Value.Slice3: no descriptor for []" + mod_.types[static_cast<size_t>(td.elem)].name);
        cap = td.len, base = ptr, st = ir::type_word(sl);
      } else if (kind == kSlice) {
        cap = static_cast<int64_t>(ld8(ptr + 16)), base = ld8(ptr);
      } else {
        return rf_value_error("reflect.Value.Slice3", kind);
      }
      if (i < 0 || j < i || k < j || k > cap) return fail("reflect.Value.Slice3: slice index out of bounds");
      const uint64_t x = alloc(24, true);  // Go: var x []unsafe.Pointer; &x escapes
      const auto es = static_cast<uint64_t>(mod_.types[static_cast<size_t>(td.elem)].size);
      st8(x, k - i > 0 ? base + static_cast<uint64_t>(i) * es : base);
      st8(x + 8, static_cast<uint64_t>(j - i)), st8(x + 16, static_cast<uint64_t>(k - i));
      put(0, st), put(8, x), put(16, (flag & kFlagRO) | kFlagIndir | kSlice);
      return false;
    }
    case LibFunc::RfValueRecv: return reflect_chan_lib(id, args, results);  // part lang19: lib_reflect_chan.cpp
    default: break;
  }
  return fail("gosim: internal error: no library function " + std::to_string(id));
}

}  // namespace gosim::interp
