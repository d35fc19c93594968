// Lowering calls: declared functions, closures, methods, library functions, builtins and
// conversions.
#include <algorithm>

#include "sim/ir/lower_impl.h"

namespace gosim::ir {

using namespace gosim::lang;

int32_t Lowerer::call_block(const CallExpr* e, const lang::Type* sig, const Expr* recv, int32_t* results_at,
                            bool heap_varargs, bool word_recv) {
  sig = under(sig);
  const lang::Type* recv_type = word_recv ? pkg_.types.basic(lang::TypeKind::UnsafePointer) : nullptr;
  const SelectorExpr* sel = recv ? static_cast<const SelectorExpr*>(unparen(e->fun)) : nullptr;
  if (sel) {
    const Object* m = sel->sel_obj;
    const lang::Type* base = sel->x->type;
    if (m->ptr_recv) {
      recv_type = sel->indirect ? base : pkg_.types.basic(lang::TypeKind::UnsafePointer);
    } else {
      recv_type = sel->indirect ? under(base)->elem : base;
    }
  }
  const SigLayout l = layout(sig, recv_type);
  const int32_t block = temp(std::max(l.results_offset + l.results_size, 8), 8);
  size_t pi = word_recv ? 1 : 0;
  if (sel) {
    const int32_t dst = block + l.param_off[pi++];
    const Object* m = sel->sel_obj;
    if (m->ptr_recv && !sel->indirect) {  // (&x).m()
      const Place p = place(sel->x);
      if (p.indirect) {
        emit(Instr{Op::kMove, NumKind::kI64, 0, dst, p.off, 0, 8}, e->pos);
      } else {
        emit(Instr{Op::kAddr, NumKind::kPtr, 0, dst, p.off}, e->pos);
      }
    } else if (!m->ptr_recv && sel->indirect) {  // (*p).m()
      const int32_t ptr = expr(sel->x);
      emit(Instr{Op::kLoad, NumKind::kI64, 0, dst, ptr, 0, size_of(recv_type)}, e->pos);
    } else {
      expr_into(sel->x, recv_type, dst);
    }
  }
  const auto& params = sig->params->elems;
  const size_t nfixed = sig->variadic && !e->has_dots ? params.size() - 1 : params.size();
  // f(g()) with a multi-value g: g's results are the arguments.
  const bool tuple = e->args.size() == 1 && e->args[0]->type && e->args[0]->type->kind == lang::TypeKind::Tuple;
  size_t nargs = e->args.size();
  std::vector<int32_t> tuple_slots;
  const lang::Type* tuple_t = tuple ? e->args[0]->type : nullptr;
  if (tuple) {
    const int32_t res = call(static_cast<const CallExpr*>(unparen(e->args[0])));
    int64_t off = 0;
    for (const lang::Type* t : tuple_t->elems) {
      const int64_t a = std::max<int64_t>(align_of(t), 1);
      off = (off + a - 1) / a * a;
      tuple_slots.push_back(res + static_cast<int32_t>(off));
      off += size_of(t);
    }
    nargs = tuple_slots.size();
  }
  auto arg_into = [&](size_t i, const lang::Type* to, int32_t dst) {
    if (!tuple) {
      expr_into(e->args[i], to, dst);
      return;
    }
    const lang::Type* from = tuple_t->elems[i];
    int32_t v = tuple_slots[i];
    if (is_interface(to) && !is_interface(from)) v = box(v, from, e->args[0]->pos);  // f(g()): g's results
    emit(Instr{Op::kMove, NumKind::kI64, 0, dst, v, 0, size_of(to)}, e->pos);
  };
  for (size_t i = 0; i < nfixed && i < nargs; ++i) arg_into(i, params[i], block + l.param_off[pi + i]);
  if (sig->variadic && !e->has_dots) {
    // Pack the trailing arguments into a slice whose array lives in this frame (Go: the
    // `... argument does not escape` case), or on the heap for a go or defer statement, whose
    // call runs after this statement's frame slots are reused.
    const lang::Type* elem = under(params.back())->elem;
    const size_t n = nargs > nfixed ? nargs - nfixed : 0;
    const int64_t esize = size_of(elem);
    const int32_t arr = temp(std::max<int64_t>(esize * static_cast<int64_t>(n), 8), std::max<int64_t>(align_of(elem), 8));
    for (size_t i = 0; i < n; ++i) arg_into(nfixed + i, elem, arr + static_cast<int32_t>(esize * static_cast<int64_t>(i)));
    const int32_t sl = block + l.param_off[pi + nfixed];
    if (n > 0 && heap_varargs) {
      const int64_t bytes = esize * static_cast<int64_t>(n);
      emit(Instr{Op::kNew, NumKind::kPtr, 0, sl, 0, type_id(elem), bytes}, e->pos);
      emit(Instr{Op::kStore, NumKind::kI64, 0, sl, arr, 0, bytes}, e->pos);
    } else if (n > 0) {
      emit(Instr{Op::kAddr, NumKind::kPtr, 0, sl, arr}, e->pos);
    } else {
      emit(Instr{Op::kConst, NumKind::kI64, 0, sl, 0, 0, 0}, e->pos);
    }
    emit(Instr{Op::kConst, NumKind::kI64, 0, sl + 8, 0, 0, static_cast<int64_t>(n)}, e->pos);
    emit(Instr{Op::kConst, NumKind::kI64, 0, sl + 16, 0, 0, static_cast<int64_t>(n)}, e->pos);
  }
  *results_at = block + l.results_offset;
  return block;
}

int32_t Lowerer::lib_call(const CallExpr* e, const Object* fn, const Expr* recv) {
  int32_t results_at = 0;
  const int32_t block = call_block(e, fn->type, recv, &results_at);
  emit(Instr{Op::kLib, NumKind::kI64, 0, block, results_at, 0, static_cast<int64_t>(fn->lib)}, e->pos);
  return results_at;
}

int32_t Lowerer::call(const CallExpr* e) {
  const Expr* fun = unparen(e->fun);
  if (const Name* n = source_ref(fun)) fun = n;  // util.F(x): a direct call, as F(x) inside util
  switch (e->call_kind) {
    case CallKind::Builtin: return builtin(e);
    case CallKind::Conversion: return conversion(e);
    case CallKind::Func: {
      if (fun->kind == NodeKind::SelectorExpr) {
        const auto* sel = static_cast<const SelectorExpr*>(fun);
        if (sel->sel_kind == SelKind::Qualified && sel->sel_obj && sel->sel_obj->lib != LibFunc::None) {
          return lib_call(e, sel->sel_obj, nullptr);
        }
      }
      if (fun->kind == NodeKind::Name) {
        const Object* obj = static_cast<const Name*>(fun)->obj;
        // part fs: a modelled function named inside Go's source read into its package
        // (os/tempfile.go's OpenFile, load.cpp kSourceMembers).
        if (obj && obj->kind == ObjKind::Func && !obj->func && obj->lib != LibFunc::None) return lib_call(e, obj, nullptr);
        if (obj && obj->kind == ObjKind::Func && obj->func) {
          int32_t results_at = 0;
          const int32_t block = call_block(e, obj->type, nullptr, &results_at);
          emit(Instr{Op::kCall, NumKind::kI64, 0, block, results_at, 0, funcs_[obj->func]}, e->pos);
          return results_at;
        }
      }
      // A function value: call through its funcval.
      const int32_t fv = expr(fun);
      int32_t results_at = 0;
      const int32_t block = call_block(e, fun->type, nullptr, &results_at);
      emit(Instr{Op::kCallClosure, NumKind::kI64, 0, block, results_at, fv, -1}, e->pos);
      return results_at;
    }
    case CallKind::Method: {
      const auto* sel = static_cast<const SelectorExpr*>(fun);
      const Object* m = sel->sel_obj;
      if (m->lib != LibFunc::None) return lib_call(e, m, sel);
      if (!m->func) break;
      int32_t results_at = 0;
      const int32_t block = call_block(e, m->type, sel, &results_at);
      emit(Instr{Op::kCall, NumKind::kI64, 0, block, results_at, 0, funcs_[m->func]}, e->pos);
      return results_at;
    }
    case CallKind::Interface: return iface_call(e, static_cast<const SelectorExpr*>(fun));
    default: break;
  }
  unsupported(e->pos, "this kind of call");
  return temp(16);
}

int32_t Lowerer::builtin(const CallExpr* e) {
  switch (static_cast<BuiltinId>(e->builtin)) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      const Expr* x = e->args[0];
      if (e->mode == Mode::Constant) return constant(e, e->type);
      const lang::Type* xt = under(x->type);
      if (xt->kind == lang::TypeKind::Pointer) xt = under(xt->elem);
      if (xt->kind == lang::TypeKind::Array) {
        const int32_t dst = temp(8, 8);
        emit(Instr{Op::kConst, NumKind::kI64, 0, dst, 0, 0, xt->len}, e->pos);
        return dst;
      }
      if (num_kind(x->type) == NumKind::kStr || xt->kind == lang::TypeKind::Slice) {
        const int32_t v = expr(x);
        return v + (static_cast<BuiltinId>(e->builtin) == BuiltinId::Cap ? 16 : 8);
      }
      if (xt->kind == lang::TypeKind::Map) {
        const int32_t m = expr(x);
        const int32_t dst = temp(8, 8);
        emit(Instr{Op::kMapLen, NumKind::kI64, 0, dst, m}, e->pos);
        return dst;
      }
      if (xt->kind == lang::TypeKind::Chan) {  // the runtime knows the buffer's length
        const int32_t ch = expr(x);
        const int32_t dst = temp(8, 8);
        emit(Instr{Op::kLib, NumKind::kI64, 0, ch, dst, 0, kLibBuiltinBase + e->builtin}, e->pos);
        return dst;
      }
      break;
    }
    case BuiltinId::Append: {
      const lang::Type* st = e->type;
      const lang::Type* et = under(st)->elem;
      const int32_t base = expr_as(e->args[0], st);
      int32_t add = -1;
      if (e->has_dots) {
        add = expr(e->args[1]);  // append(s, t...)
      } else {
        const size_t n = e->args.size() - 1;
        const int64_t esize = size_of(et);
        const int32_t arr = temp(std::max<int64_t>(esize * static_cast<int64_t>(n), 8), std::max<int64_t>(align_of(et), 8));
        for (size_t i = 0; i < n; ++i) expr_into(e->args[i + 1], et, arr + static_cast<int32_t>(esize * static_cast<int64_t>(i)));
        add = temp(24, 8);
        emit(Instr{Op::kAddr, NumKind::kPtr, 0, add, arr}, e->pos);
        emit(Instr{Op::kConst, NumKind::kI64, 0, add + 8, 0, 0, static_cast<int64_t>(n)}, e->pos);
        emit(Instr{Op::kConst, NumKind::kI64, 0, add + 16, 0, 0, static_cast<int64_t>(n)}, e->pos);
      }
      const int32_t dst = temp(24, 8);
      emit(Instr{Op::kAppend, NumKind::kI64, 0, dst, base, add, size_of(et) | (static_cast<int64_t>(type_id(et)) << 32)}, e->pos);
      return dst;
    }
    case BuiltinId::Make: {
      const lang::Type* t = under(e->type);
      if (t->kind == lang::TypeKind::Slice) {
        // make([]T, n) with constant sizes that does not escape: the array is a frame slot
        // (Go: walk rewrites it to &[n]T{} on the stack). Any other make calls makeslice.
        int64_t clen = 0, ccap = 0;
        const Expr* capx = e->args.size() > 2 ? e->args[2] : e->args[1];
        if (in_frame(esc_.site_of(e)) && e->args[1]->mode == Mode::Constant && capx->mode == Mode::Constant &&
            int64_val(*e->args[1]->value, &clen) && int64_val(*capx->value, &ccap) && ccap > 0 &&
            ccap * size_of(t->elem) <= escape::kMaxImplicitStackVarSize) {
          const int64_t bytes = ccap * size_of(t->elem);
          const int32_t dst = temp(24, 8);
          const int32_t p = alloc_site(esc_.site_of(e), t->elem, bytes, e->pos);
          emit(Instr{Op::kMove, NumKind::kI64, 0, dst, p, 0, 8}, e->pos);
          emit(Instr{Op::kConst, NumKind::kI64, 0, dst + 8, 0, 0, clen}, e->pos);
          emit(Instr{Op::kConst, NumKind::kI64, 0, dst + 16, 0, 0, ccap}, e->pos);
          return dst;
        }
        const int32_t len = int_operand(e->args[1]);
        const int32_t cap = e->args.size() > 2 ? int_operand(e->args[2]) : -1;
        const int32_t dst = temp(24, 8);
        emit(Instr{Op::kMakeSlice, NumKind::kI64, 0, dst, len, cap, size_of(t->elem) | (static_cast<int64_t>(type_id(t->elem)) << 32)}, e->pos);
        return dst;
      }
      if (t->kind == lang::TypeKind::Map) {
        return make_map(e, e->type, e->args.size() > 1 ? e->args[1] : nullptr);
      }
      if (t->kind == lang::TypeKind::Chan) {
        const int32_t dst = temp(8, 8);
        int32_t cap = -1;
        if (e->args.size() > 1) cap = int_operand(e->args[1]);
        emit(Instr{Op::kMakeChan, NumKind::kPtr, 0, dst, cap, type_id(t->elem), size_of(t->elem)}, e->pos);
        return dst;
      }
      break;
    }
    case BuiltinId::Delete: {
      const lang::Type* mt = under(e->args[0]->type);
      const int32_t m = expr(e->args[0]);
      const int32_t k = expr_as(e->args[1], mt->key);
      emit(Instr{Op::kMapDelete, NumKind::kPtr, 0, 0, m, k, type_id(e->args[0]->type)}, e->pos);
      return m;
    }
    case BuiltinId::Copy: {
      const lang::Type* dt = under(e->args[0]->type);
      const int32_t d = expr(e->args[0]);
      const int32_t src = expr(e->args[1]);
      const int32_t dst = temp(8, 8);
      emit(Instr{Op::kCopy, NumKind::kI64, 0, dst, d, src, size_of(dt->elem)}, e->pos);
      return dst;
    }
    case BuiltinId::Close: {
      const int32_t ch = expr(e->args[0]);
      emit(Instr{Op::kChanClose, NumKind::kPtr, 0, ch}, e->pos);
      return ch;
    }
    case BuiltinId::Complex: {
      // Go: OCOMPLEX: the two floats side by side, real part first.
      if (e->mode == Mode::Constant) return constant(e, e->type);
      const lang::Type* ft = e->args[0]->type;
      if (is_untyped(ft)) ft = e->args[1]->type;
      const int64_t part = size_of(ft);
      const int32_t dst = temp(2 * part, part);
      const int32_t re = expr_as(e->args[0], ft);
      const int32_t im = expr_as(e->args[1], ft);
      emit(Instr{Op::kMove, NumKind::kI64, 0, dst, re, 0, part}, e->pos);
      emit(Instr{Op::kMove, NumKind::kI64, 0, dst + static_cast<int32_t>(part), im, 0, part}, e->pos);
      return dst;
    }
    case BuiltinId::Real:
    case BuiltinId::Imag: {
      // Go: OREAL, OIMAG: a complex value's first or second half.
      if (e->mode == Mode::Constant) return constant(e, e->type);
      const int32_t c = expr(e->args[0]);
      const int64_t part = size_of(e->type);
      return static_cast<BuiltinId>(e->builtin) == BuiltinId::Real ? c : c + static_cast<int32_t>(part);
    }
    case BuiltinId::Recover: {
      const int32_t dst = temp(16, 8);
      emit(Instr{Op::kLib, NumKind::kI64, 0, 0, dst, 0, kLibBuiltinBase + e->builtin}, e->pos);
      return dst;
    }
    case BuiltinId::New: {
      const lang::Type* t = under(e->type)->elem;
      return alloc_site(esc_.site_of(e), t, size_of(t), e->pos);
    }
    case BuiltinId::Print:
    case BuiltinId::Println:
    case BuiltinId::Panic: {
      // Arguments go as interface values in a frame array, like fmt's.
      const size_t n = e->args.size();
      const int32_t arr = temp(16 * static_cast<int64_t>(std::max<size_t>(n, 1)), 8);
      const bool is_print = static_cast<BuiltinId>(e->builtin) != BuiltinId::Panic;
      for (size_t i = 0; i < n; ++i) {
        const Expr* a = e->args[i];
        const int32_t dst = arr + 16 * static_cast<int32_t>(i);
        const lang::Type* t = is_untyped(a->type) ? pkg_.types.default_type(a->type) : a->type;
        if (!is_print || a->mode == Mode::NilValue || !t || is_interface(t) || size_of(t) == 0) {
          expr_into(a, pkg_.types.empty_interface(), dst);
          continue;
        }
        // print and println take their operands as they are (Go converts nothing, so nothing is
        // allocated); gosim hands them over as interfaces whose data is a frame copy.
        const int32_t v = expr_as(a, t);
        const int32_t tmp = temp(size_of(t), std::max<int64_t>(align_of(t), 8));
        emit(Instr{Op::kMove, NumKind::kI64, 0, tmp, v, 0, size_of(t)}, a->pos);
        emit(Instr{Op::kConst, NumKind::kI64, 0, dst, 0, 0, static_cast<int64_t>(type_word(type_id(t)))}, a->pos);
        emit(Instr{Op::kAddr, NumKind::kPtr, 0, dst + 8, tmp}, a->pos);
      }
      const int32_t block = temp(24, 8);
      emit(Instr{Op::kAddr, NumKind::kPtr, 0, block, arr}, e->pos);
      emit(Instr{Op::kConst, NumKind::kI64, 0, block + 8, 0, 0, static_cast<int64_t>(n)}, e->pos);
      emit(Instr{Op::kConst, NumKind::kI64, 0, block + 16, 0, 0, static_cast<int64_t>(n)}, e->pos);
      emit(Instr{Op::kLib, NumKind::kI64, 0, block, 0, 0, kLibBuiltinBase + e->builtin}, e->pos);
      return block;
    }
    case BuiltinId::Add:
    case BuiltinId::Slice:
      return unsafe_builtin(e);
    default: break;
  }
  unsupported(e->pos, std::string("builtin ") + builtin_name(static_cast<BuiltinId>(e->builtin)));
  return temp(8);
}

}  // namespace gosim::ir
