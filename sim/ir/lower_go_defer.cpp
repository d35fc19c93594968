// Lowering go and defer statements: a declared function, method or closure starts (or is
// deferred) with its parameter block evaluated now; a library call gets a small wrapper, named
// as Go 1.19 names its go-statement closures.
#include "sim/ir/lower_impl.h"

namespace gosim::ir {

using namespace gosim::lang;

void Lowerer::lower_go_defer(const CallStmt* s) {
  const CallExpr* c = s->call;
  const ir::Op irop = s->tok == Tok::Go ? ir::Op::kGo : ir::Op::kDefer;
  const Expr* fun = c->fun;
  while (fun->kind == NodeKind::ParenExpr) fun = static_cast<const ParenExpr*>(fun)->x;
  if (c->call_kind == CallKind::Func && fun->kind == NodeKind::FuncLit) {
    int32_t results_at = 0;
    const int32_t fv = func_lit(static_cast<const FuncLit*>(fun));
    const int32_t block = call_block(c, fun->type, nullptr, &results_at, true);
    emit(Instr{irop, NumKind::kI64, 0, block, 0, fv, -1}, s->pos);
    return;
  }
  if (c->call_kind == CallKind::Func && fun->kind == NodeKind::Name) {
    const Object* obj = static_cast<const Name*>(fun)->obj;
    if (obj && obj->kind == ObjKind::Func && obj->func) {
      int32_t results_at = 0;
      const int32_t block = call_block(c, obj->type, nullptr, &results_at, true);
      emit(Instr{irop, NumKind::kI64, 0, block, 0, 0, funcs_[obj->func]}, s->pos);
      return;
    }
  }
  // A method of a declared type: its function with the receiver as first parameter.
  if (fun->kind == NodeKind::SelectorExpr) {
    const auto* sel = static_cast<const SelectorExpr*>(fun);
    if (sel->sel_kind == SelKind::MethodVal && sel->sel_obj && sel->sel_obj->func && !sel->iface_method) {
      int32_t results_at = 0;
      const int32_t block = call_block(c, sel->sel_obj->type, sel, &results_at, true);
      emit(Instr{irop, NumKind::kI64, 0, block, 0, 0, funcs_[sel->sel_obj->func]}, s->pos);
      return;
    }
  }
  // go on a library call (go fmt.Println(i)): Go wraps it in a closure; gosim in a small
  // function whose parameter block is the call's.
  if (irop == ir::Op::kGo && fun->kind == NodeKind::SelectorExpr) {
    const auto* sel = static_cast<const SelectorExpr*>(fun);
    const Object* m = sel->sel_obj;
    if (m && m->lib != LibFunc::None) {
      int32_t results_at = 0;
      const int32_t block = call_block(c, m->type, sel->sel_kind == SelKind::MethodVal ? sel : nullptr, &results_at, true);
      Function w;
      // Go 1.19 (walk/order.go wrapGoDefer) wraps the call in a closure, numbered after the
      // function's own literals: main.main.func3 after func1 and func2.
      const int n = (fi_ ? fi_->literal_count : 0) + ++go_wraps_[fi_];
      w.name = f_->name + (fi_ && fi_->lit ? "." : ".func") + std::to_string(n);
      w.file = f_->file;
      w.pos = s->pos;
      w.params_size = results_at - block;
      w.results_offset = w.params_size;
      w.frame_size = ((results_at - block) + 64 + 7) / 8 * 8;
      w.code.push_back(Instr{Op::kLib, NumKind::kI64, 0, 0, results_at - block, 0, static_cast<int64_t>(m->lib)});
      w.pos_of.push_back(s->pos);
      w.code.push_back(Instr{Op::kRet});
      w.pos_of.push_back(s->pos);
      const auto idx = static_cast<int32_t>(pkg_.all_funcs.size() + wrappers_.size());
      wrappers_.push_back(std::move(w));
      emit(Instr{irop, NumKind::kI64, 0, block, 0, 0, idx}, s->pos);
      return;
    }
  }
  // A deferred library call (defer wg.Done(), defer fmt.Println(x)): its parameter block is
  // evaluated now, as Go evaluates a deferred call's arguments at the defer statement.
  if (irop == ir::Op::kDefer) {
    const Object* m = nullptr;
    const Expr* recv = nullptr;
    if (fun->kind == NodeKind::SelectorExpr) {
      const auto* sel = static_cast<const SelectorExpr*>(fun);
      m = sel->sel_obj;
      if (sel->sel_kind == SelKind::MethodVal) recv = sel;
    }
    if (m && m->lib != LibFunc::None) {
      int32_t results_at = 0;
      const int32_t block = call_block(c, m->type, recv, &results_at, true);
      emit(Instr{ir::Op::kDefer, NumKind::kI64, 0, block, results_at - block, -1, -2 - static_cast<int64_t>(m->lib)}, s->pos);
      return;
    }
  }
  // defer delete(m, k), defer close(ch) (and the same after go): Go 1.19's wrapGoDefer
  // (walk/order.go) evaluates the operands now and defers a closure that makes the builtin's
  // call; gosim makes a small function whose parameter block holds them (encoding/json's
  // `defer delete(e.ptrSeen, ptr)`).
  if (c->call_kind == CallKind::Builtin && (c->builtin == static_cast<int>(BuiltinId::Delete) ||
                                            c->builtin == static_cast<int>(BuiltinId::Close))) {
    const bool del = c->builtin == static_cast<int>(BuiltinId::Delete);
    const lang::Type* ct = c->args[0]->type;
    const lang::Type* kt = del ? under(ct)->key : nullptr;
    const int32_t koff = del ? static_cast<int32_t>((8 + align_of(kt) - 1) / align_of(kt) * align_of(kt)) : 0;
    const int32_t psize = del ? static_cast<int32_t>((koff + size_of(kt) + 7) / 8 * 8) : 8;
    const int32_t block = temp(psize, 8);
    expr_into(c->args[0], ct, block);
    if (del) expr_into(c->args[1], kt, block + koff);
    Function w;
    const int n = (fi_ ? fi_->literal_count : 0) + ++go_wraps_[fi_];
    w.name = f_->name + (fi_ && fi_->lit ? "." : ".func") + std::to_string(n);
    w.file = f_->file;
    w.pos = s->pos;
    w.params_size = psize;
    w.results_offset = psize;
    w.frame_size = psize + 64;
    w.wrapper = true;
    w.code.push_back(del ? Instr{Op::kMapDelete, NumKind::kPtr, 0, 0, 0, koff, type_id(ct)}
                         : Instr{Op::kChanClose, NumKind::kPtr, 0, 0});
    w.pos_of.push_back(c->pos);
    w.code.push_back(Instr{Op::kRet});
    w.pos_of.push_back(s->pos);
    const auto idx = static_cast<int32_t>(pkg_.all_funcs.size() + wrappers_.size());
    wrappers_.push_back(std::move(w));
    emit(Instr{irop, NumKind::kI64, 0, block, 0, 0, idx}, s->pos);
    return;
  }
  if (c->call_kind == CallKind::Builtin && builtin_go_defer(s, irop)) return;
  // Any other function value (a method of an interface value too, as a method value):
  // call through its funcval.
  if (c->call_kind == CallKind::Func || c->call_kind == CallKind::Interface) {
    int32_t results_at = 0;
    const int32_t fv = expr(fun);
    const int32_t block = call_block(c, fun->type, nullptr, &results_at, true);
    emit(Instr{irop, NumKind::kI64, 0, block, 0, fv, -1}, s->pos);
    return;
  }
  unsupported(s->pos, s->tok == Tok::Go ? "this kind of go statement" : "this kind of defer");
}

// defer/go of panic, print, println and copy (part lang19): Go 1.19's escape.goDeferStmt wraps
// the call in a closure with no parameters whose captured values are the operands, evaluated at
// the statement (`defer println(x)` prints x as it was then). gosim makes a small function whose
// parameter block holds the operands; its body makes the builtin's call from there. The wrapper is
// a wrapper in Go too (fn.SetWrapper(true)), but runtime/traceback.go elideWrapperCalling keeps a
// wrapper that called gopanic: a deferred panic's traceback shows main.f.func1, so gosim's panic
// wrapper is an ordinary frame (print and copy never panic, their frames never show).
bool Lowerer::builtin_go_defer(const CallStmt* s, ir::Op irop) {
  const CallExpr* c = s->call;
  const auto b = static_cast<BuiltinId>(c->builtin);
  if (b != BuiltinId::Panic && b != BuiltinId::Print && b != BuiltinId::Println && b != BuiltinId::Copy) return false;
  Function w;
  // The parameter block: each operand at its offset, as the closure's captured copies.
  struct Operand {
    int32_t at;
    const lang::Type* t;  // nullptr: an interface value (16 bytes) handed over as it is
  };
  std::vector<Operand> ops;
  int32_t psize = 0;
  for (const Expr* a : c->args) {
    const lang::Type* t = is_untyped(a->type) ? pkg_.types.default_type(a->type) : a->type;
    const bool boxed = b == BuiltinId::Panic || a->mode == Mode::NilValue || t == nullptr || is_interface(t) ||
                       size_of(t) == 0;
    if (b == BuiltinId::Copy) {  // copy(dst, src): two slice (or string) headers
      const auto at = static_cast<int32_t>(ops.empty() ? 0 : 24);
      ops.push_back({at, t});
      psize = at + static_cast<int32_t>(size_of(t));
      continue;
    }
    const lang::Type* st = boxed ? pkg_.types.empty_interface() : t;
    const int64_t al = std::max<int64_t>(align_of(st), 1);
    const auto at = static_cast<int32_t>((psize + al - 1) / al * al);
    ops.push_back({at, boxed ? nullptr : t});
    psize = at + static_cast<int32_t>(size_of(st));
  }
  psize = std::max((psize + 7) / 8 * 8, 8);
  const int32_t block = temp(psize, 8);
  for (size_t i = 0; i < c->args.size(); ++i) {
    const Expr* a = c->args[i];
    const lang::Type* to = ops[i].t != nullptr ? ops[i].t : pkg_.types.empty_interface();
    if (b == BuiltinId::Copy) to = a->type;
    expr_into(a, to, block + ops[i].at);
  }
  const int n = (fi_ ? fi_->literal_count : 0) + ++go_wraps_[fi_];
  w.name = f_->name + (fi_ && fi_->lit ? "." : ".func") + std::to_string(n);
  w.file = f_->file;
  w.pos = s->pos;
  w.params_size = psize;
  w.results_offset = psize;
  if (b == BuiltinId::Copy) {
    const int64_t es = size_of(under(c->args[0]->type)->elem);
    w.code.push_back(Instr{Op::kCopy, NumKind::kI64, 0, psize, 0, 24, es});
    w.pos_of.push_back(c->pos);
    w.frame_size = psize + 8 + 64;
  } else {
    // The builtin's argument array (interfaces, as a direct call hands them) and its block.
    const auto nargs = static_cast<int32_t>(c->args.size());
    const int32_t arr = psize;
    const int32_t blk = arr + 16 * std::max(nargs, 1);
    for (int32_t i = 0; i < nargs; ++i) {
      const Operand& o = ops[static_cast<size_t>(i)];
      if (o.t == nullptr) {
        w.code.push_back(Instr{Op::kMove, NumKind::kI64, 0, arr + 16 * i, o.at, 0, 16});
      } else {
        w.code.push_back(
            Instr{Op::kConst, NumKind::kI64, 0, arr + 16 * i, 0, 0, static_cast<int64_t>(type_word(type_id(o.t)))});
        w.code.push_back(Instr{Op::kAddr, NumKind::kPtr, 0, arr + 16 * i + 8, o.at});
      }
      w.pos_of.resize(w.code.size(), c->args[static_cast<size_t>(i)]->pos);
    }
    w.code.push_back(Instr{Op::kAddr, NumKind::kPtr, 0, blk, arr});
    w.code.push_back(Instr{Op::kConst, NumKind::kI64, 0, blk + 8, 0, 0, nargs});
    w.code.push_back(Instr{Op::kConst, NumKind::kI64, 0, blk + 16, 0, 0, nargs});
    w.code.push_back(Instr{Op::kLib, NumKind::kI64, 0, blk, 0, 0, kLibBuiltinBase + c->builtin});
    w.pos_of.resize(w.code.size(), c->pos);
    w.frame_size = blk + 24 + 64;
  }
  w.code.push_back(Instr{Op::kRet});
  w.pos_of.push_back(s->pos);
  w.wrapper = b != BuiltinId::Panic;
  const auto idx = static_cast<int32_t>(pkg_.all_funcs.size() + wrappers_.size());
  wrappers_.push_back(std::move(w));
  emit(Instr{irop, NumKind::kI64, 0, block, 0, 0, idx}, s->pos);
  return true;
}

}  // namespace gosim::ir
