// Method expressions as values (Go: T.M, (*T).M, I.M — a function whose first parameter is the
// receiver).
//
// Go's T.M value is a static funcval pointing at the method itself (main.T.M·f): the receiver
// is passed where a method's receiver goes, so the method's own code runs. gosim does the same
// whenever the method's frame layout (receiver in a whole number of words) equals the plain
// function layout of the expression's type; otherwise, and for the two cases Go also wraps —
// (*T).M of a value method (main.(*T).M: dereference, panicwrap on nil) and I.M of an
// interface (main.I.M: dynamic dispatch) — the funcval points at a wrapper.
#include "sim/ir/lower_impl.h"

namespace gosim::ir {

using lang::Object;
using lang::SelectorExpr;
using lang::under;

int32_t Lowerer::method_expr_value(const SelectorExpr* sel) {
  const Object* m = sel->sel_obj;
  const lang::Type* recv_t = sel->x->type;  // T, *T or I
  const lang::Type* fn_t = sel->type;
  int32_t fn = -1;
  const bool deref = recv_t->kind == lang::TypeKind::Pointer && !m->ptr_recv && !sel->iface_method;
  if (!sel->iface_method && !deref && m->func) {
    const SigLayout as_method = layout(m->type, recv_t);
    const SigLayout as_func = layout(fn_t, nullptr);
    if (as_method.param_off == as_func.param_off && as_method.results_offset == as_func.results_offset &&
        as_method.result_off == as_func.result_off) {
      fn = funcs_[m->func];
    }
  }
  if (fn < 0) {
    const std::string key = "X:" + std::to_string(reinterpret_cast<uintptr_t>(m)) + ":" + std::to_string(type_id(recv_t));
    if (auto it = method_wrappers_.find(key); it != method_wrappers_.end()) {
      fn = it->second;
    } else {
      fn = static_cast<int32_t>(pkg_.all_funcs.size() + wrappers_.size());
      method_wrappers_[key] = fn;
      Function w = method_expr_wrapper(sel, recv_t, deref);
      wrappers_.push_back(std::move(w));
    }
  }
  // A static funcval in read-only data: nothing is allocated.
  std::string word(8, '\0');
  const auto ufn = static_cast<uint64_t>(fn);
  for (int b = 0; b < 8; ++b) word[static_cast<size_t>(b)] = static_cast<char>((ufn >> (8 * b)) & 0xff);
  const int32_t dst = temp(8, 8);
  emit(Instr{Op::kConst, NumKind::kI64, 0, dst, 0, 0, static_cast<int64_t>(rodata_bytes(word, 8))}, sel->pos);
  return dst;
}

Function Lowerer::method_expr_wrapper(const SelectorExpr* sel, const lang::Type* recv_t, bool deref) {
  Function w;
  const Object* m = sel->sel_obj;
  const lang::Type* sig = m->type;
  const lang::Type* fn_t = sel->type;
  if (recv_t->kind == lang::TypeKind::Pointer) {
    const std::string bn = rt_type_name(recv_t->elem);
    const size_t dot = bn.find('.');
    w.name = dot == std::string::npos ? "(*" + bn + ")." + m->name : bn.substr(0, dot) + ".(*" + bn.substr(dot + 1) + ")." + m->name;
  } else {
    w.name = rt_type_name(recv_t) + "." + m->name;
  }
  w.file = pkg_.filename;
  w.pos = sel->pos;
  Function* saved_f = f_;
  const int64_t saved_top = frame_top_;
  f_ = &w;
  const SigLayout own = layout(fn_t, nullptr);
  w.params_size = own.params_size;
  w.results_offset = own.results_offset;
  w.results_size = own.results_size;
  frame_top_ = own.results_offset + own.results_size;
  const Pos pos = sel->pos;
  const size_t nparams = sig->params->elems.size();
  const lang::Type* word = pkg_.types.basic(lang::TypeKind::UnsafePointer);
  int32_t block = 0;
  int32_t results_at = 0;
  if (sel->iface_method) {
    const SigLayout cl = layout(sig, word);
    block = temp(std::max(cl.results_offset + cl.results_size, 8), 8);
    results_at = block + cl.results_offset;
    for (size_t i = 0; i < nparams; ++i) {
      emit(Instr{Op::kMove, NumKind::kI64, 0, block + cl.param_off[i + 1], own.param_off[i + 1], 0,
                 size_of(sig->params->elems[i])}, pos);
    }
    emit(Instr{Op::kCallIface, NumKind::kI64, 0, block, results_at, own.param_off[0], method_name_id(m->name)}, pos);
  } else {
    const lang::Type* inner = deref ? recv_t->elem : recv_t;
    const SigLayout cl = layout(sig, inner);
    block = temp(std::max(cl.results_offset + cl.results_size, 8), 8);
    results_at = block + cl.results_offset;
    if (deref) {
      // Go: the (*T).M wrapper of a value method panics on a nil pointer (runtime.panicwrap).
      const int32_t skip = emit(Instr{Op::kJmpIf, NumKind::kPtr, 0, own.param_off[0]}, pos);
      const std::string tn = rt_type_name(inner);
      const std::string msg = "value method " + tn + "." + m->name + " called using nil *" +
                              tn.substr(tn.find('.') + 1) + " pointer";
      const int32_t str = temp(16, 8);
      emit(Instr{Op::kConst, NumKind::kI64, 0, str, 0, 0, static_cast<int64_t>(rodata_bytes(msg, 1))}, pos);
      emit(Instr{Op::kConst, NumKind::kI64, 0, str + 8, 0, 0, static_cast<int64_t>(msg.size())}, pos);
      emit(Instr{Op::kPanicStr, NumKind::kI64, 0, str}, pos);
      patch(skip, here());
      emit(Instr{Op::kLoad, NumKind::kI64, 0, block + cl.param_off[0], own.param_off[0], 0, size_of(inner)}, pos);
    } else {
      emit(Instr{Op::kMove, NumKind::kI64, 0, block + cl.param_off[0], own.param_off[0], 0, size_of(inner)}, pos);
    }
    for (size_t i = 0; i < nparams; ++i) {
      emit(Instr{Op::kMove, NumKind::kI64, 0, block + cl.param_off[i + 1], own.param_off[i + 1], 0,
                 size_of(sig->params->elems[i])}, pos);
    }
    if (m->lib != lang::LibFunc::None) {
      emit(Instr{Op::kLib, NumKind::kI64, 0, block, results_at, 0, static_cast<int64_t>(m->lib)}, pos);
    } else {
      emit(Instr{Op::kCall, NumKind::kI64, 0, block, results_at, 0, funcs_[m->func]}, pos);
    }
  }
  if (own.results_size > 0) {
    emit(Instr{Op::kMove, NumKind::kI64, 0, own.results_offset, results_at, 0, own.results_size}, pos);
  }
  emit(Instr{Op::kRet}, pos);
  w.frame_size = clamp_frame((frame_top_ + 7) / 8 * 8);
  f_ = saved_f;
  frame_top_ = saved_top;
  return w;
}

}  // namespace gosim::ir
