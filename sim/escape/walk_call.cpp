// Calls into graph edges: arguments, results, go/defer wrappers, builtins.
//
// Go: cmd/compile/internal/escape/call.go (callCommon, goDeferStmt, tagHole).
// Each case names the IR op it stands for; the class is declared in walk_impl.h.
#include "sim/escape/walk_impl.h"

namespace gosim::escape {

void FuncWalker::call_expr(Hole k, CallExpr* c) {
  switch (c->call_kind) {
    case CallKind::Conversion: {
      Expr* x = c->args.empty() ? nullptr : c->args[0];
      if (x == nullptr) return;
      const Type* to = c->type;
      if (is_interface(to) && !is_interface(x->type)) {  // explicit OCONVIFACE
        if (!is_direct_iface(x->type)) k = spill(k, c);
        expr(note(k, c, "interface-converted"), x);
        return;
      }
      if (x->mode == Mode::Constant && is_byte_or_rune_slice(to) && under(under(to)->elem)->kind == TypeKind::Int32) {
        // []rune("const") is rewritten to a slice literal of the runes.
        spill(k, c, go_type_string(to) + "{...}", c->pos);
        return;
      }
      if ((is_string_type(to) && (is_byte_or_rune_slice(x->type) || is_integer(x->type))) ||
          (is_byte_or_rune_slice(to) && is_string_type(x->type))) {
        spill(k, c);  // OBYTES2STR, ORUNES2STR, OSTR2BYTES, OSTR2RUNES, ORUNESTR
        discard(x);
        return;
      }
      if (under(to)->kind == TypeKind::UnsafePointer && under(x->type)->kind == TypeKind::Uintptr) {
        unsafe_value(k, x);
        return;
      }
      expr(k, x);  // OCONV, OCONVNOP
      return;
    }
    case CallKind::Builtin: {
      const auto id = static_cast<BuiltinId>(c->builtin);
      if (id == BuiltinId::New) {
        spill(k, c);
        return;
      }
      if (id == BuiltinId::Make) {
        const Type* t = under(c->type);
        if (t->kind != TypeKind::Chan) spill(k, c);  // OMAKECHAN allocates no tracked storage
        for (size_t i = 1; i < c->args.size(); i++) discard(c->args[i]);
        return;
      }
      std::vector<Hole> ks{k};
      call(&ks, c, nullptr);
      return;
    }
    default: {
      std::vector<Hole> ks{k};
      call(&ks, c, nullptr);
      return;
    }
  }
}

FuncWalker::Callee FuncWalker::method_callee(const SelectorExpr* s) {
  Callee c;
  const Object* m = s->sel_obj;
  if (m == nullptr || s->iface_method) return c;
  c.sig = m->type;
  if (m->func != nullptr) {
    c.fn = m->func;
  } else if (m->lib != LibFunc::None) {
    c.lib = m;
  }
  return c;
}

FuncWalker::Callee FuncWalker::func_callee(CallExpr* call) {
  Callee c;
  Expr* fun = unparen(call->fun);
  if (const Name* n = source_ref(fun)) fun = const_cast<Name*>(n);  // util.F(x) calls F directly
  c.sig = fun->type;
  if (fun->kind == NodeKind::FuncLit) {
    c.fn = as<FuncLit>(fun)->func;
    g_->closure_called.push_back(c.fn);
  } else if (fun->kind == NodeKind::Name) {
    const Object* o = as<Name>(fun)->obj;
    if (o != nullptr && o->kind == ObjKind::Func) {
      if (o->func != nullptr) c.fn = o->func;
      else if (o->lib != LibFunc::None) c.lib = o;
    } else if (o != nullptr && o->kind == ObjKind::Var) {
      auto it = b_->static_funcs_.find(o);
      if (it != b_->static_funcs_.end() && !o->assigned && !o->address_taken) c.fn = it->second->func;
    }
  } else if (fun->kind == NodeKind::SelectorExpr && as<SelectorExpr>(fun)->sel_kind == SelKind::MethodExpr) {
    // Go: T.M(x, a) is a direct call of the method with x as its receiver.
    const Object* o = as<SelectorExpr>(fun)->sel_obj;
    if (o != nullptr && !as<SelectorExpr>(fun)->iface_method) {
      if (o->func != nullptr) c.fn = o->func;
      else if (o->lib != LibFunc::None) c.lib = o;
      c.recv_first = true;
    }
  } else if (fun->kind == NodeKind::SelectorExpr && as<SelectorExpr>(fun)->sel_kind == SelKind::Qualified) {
    const Object* o = as<SelectorExpr>(fun)->sel_obj;
    if (o != nullptr && o->kind == ObjKind::Func && o->lib != LibFunc::None) c.lib = o;
  }
  return c;
}

Hole FuncWalker::tag_hole(std::vector<Hole>* ks, const Callee& c, int index) {
  if (c.recv_first && index >= 0) index--;  // argument 0 of T.M(x, ...) is the receiver
  if (c.fn == nullptr && c.lib == nullptr) return g_->heap_hole();
  if (c.fn != nullptr && in_batch(c.fn)) {
    const Object* p = index < 0 ? c.fn->recv : (size_t(index) < c.fn->params.size() ? c.fn->params[index] : nullptr);
    if (p == nullptr || p->name.empty() || p->name == "_") return g_->discard_hole();
    Location* l = b_->var_loc(p);
    return l == nullptr ? g_->discard_hole() : hole(l);
  }
  Leaks esc;
  if (c.fn != nullptr) {
    const Object* p = index < 0 ? c.fn->recv : (size_t(index) < c.fn->params.size() ? c.fn->params[index] : nullptr);
    auto it = p != nullptr ? b_->tags_->by_param.find(p) : b_->tags_->by_param.end();
    if (it != b_->tags_->by_param.end()) {
      esc = it->second;
    } else {
      esc.add_heap(0);
    }
  } else {
    esc = lib_param_tag(c.lib->lib, index);
  }
  std::vector<Hole> tag_ks;
  if (const int x = esc.heap(); x >= 0) tag_ks.push_back(g_->shift(g_->heap_hole(), x));
  if (ks != nullptr) {
    for (int i = 0; i < kNumEscResults && size_t(i) < ks->size(); i++) {
      if (const int x = esc.result(i); x >= 0) tag_ks.push_back(g_->shift((*ks)[i], x));
    }
  }
  return tee(tag_ks);
}

void FuncWalker::argument(Hole k, Expr* arg, CallExpr* call, Wrapper* w) {
  if (w != nullptr && needs_copy(arg)) {
    Location* tmp = copy_to_temp(arg, w);
    g_->flow(note(k, call, "call parameter"), tmp);
    return;
  }
  expr(note(k, call, "call parameter"), arg);
}

bool FuncWalker::needs_copy(Expr* arg) {
  // An implicit conversion to an interface is an OCONVIFACE node, never a literal.
  if (arg->convert_to != nullptr && is_interface(arg->convert_to) && arg->mode != Mode::NilValue) return true;
  Expr* a = unparen(arg);
  if (a->mode == Mode::Constant || a->mode == Mode::NilValue) return false;
  if (a->kind == NodeKind::Name && as<Name>(a)->obj != nullptr && as<Name>(a)->obj->kind == ObjKind::Func) return false;
  return true;
}

Location* FuncWalker::copy_to_temp(Expr* arg, Wrapper* w) {
  Location* tmp = new_loc(LocKind::Temp, false);
  tmp->captured = true;
  expr(hole(tmp), arg);
  w->temps.push_back(tmp);
  return tmp;
}

void FuncWalker::variadic_pack(Hole k, CallExpr* call, const std::vector<Expr*>& extra, Wrapper* w) {
  if (extra.empty()) return;  // a nil slice
  std::vector<Location*> temps;
  if (w != nullptr) {
    for (Expr* a : extra) temps.push_back(needs_copy(a) ? copy_to_temp(a, w) : nullptr);
  }
  Hole ks = spill(note(k, call, "call parameter"), call, "... argument", call->pos);
  for (size_t i = 0; i < extra.size(); i++) {
    Hole ke = note(ks, call, "slice-literal-element");
    if (w != nullptr && temps[i] != nullptr) {
      g_->flow(ke, temps[i]);
    } else {
      expr(ke, extra[i]);
    }
  }
}

void FuncWalker::call(std::vector<Hole>* ks, CallExpr* c, Wrapper* w) {
  if (c->call_kind == CallKind::Builtin) {
    builtin_call(ks, c, w);
    return;
  }
  if (c->call_kind == CallKind::Conversion) {
    discard(c);
    return;
  }
  set_arg_conv_positions(c);
  Callee callee;
  SelectorExpr* msel = nullptr;
  if (c->call_kind == CallKind::Method || c->call_kind == CallKind::Interface) {
    msel = as<SelectorExpr>(unparen(c->fun));
    callee = c->call_kind == CallKind::Method ? method_callee(msel) : Callee{};
    if (callee.sig == nullptr) callee.sig = msel->type;
  } else {
    callee = func_callee(c);
  }
  if (ks != nullptr && callee.fn != nullptr && in_batch(callee.fn)) {
    for (size_t i = 0; i < callee.fn->results.size() && i < ks->size(); i++) {
      Location* r = b_->var_loc(callee.fn->results[i]);
      if (r == nullptr) continue;
      Hole k = (*ks)[i];
      if (k.derefs >= 0 && !has_pointers(callee.fn->results[i]->type)) k.dst = &g_->blank_loc;
      g_->flow(k, r);
    }
  }
  if (msel == nullptr) {
    // The callee expression itself (a function value, a literal called directly).
    Expr* fun = unparen(c->fun);
    if (w != nullptr && needs_copy(fun)) {
      copy_to_temp(fun, w);
    } else {
      discard(fun);
    }
  } else {
    Hole rk = msel->iface_method ? g_->heap_hole() : tag_hole(ks, callee, -1);
    rk = note(rk, c, "call parameter");
    if (w != nullptr && needs_copy(msel->x)) {
      Location* tmp = new_loc(LocKind::Temp, false);
      tmp->captured = true;
      receiver(hole(tmp), msel);
      w->temps.push_back(tmp);
      g_->flow(rk, tmp);
    } else {
      receiver(rk, msel);
    }
  }
  const Type* sig = callee.sig != nullptr ? under(callee.sig) : nullptr;
  if (sig == nullptr || sig->kind != TypeKind::Func) {
    for (Expr* a : c->args) argument(g_->heap_hole(), a, c, w);
    return;
  }
  const size_t nparams = sig->params->elems.size();
  // f(g()) with a multi-value g: its results go through temporaries.
  if (c->args.size() == 1 && c->args[0]->type != nullptr && c->args[0]->type->kind == TypeKind::Tuple &&
      unparen(c->args[0])->kind == NodeKind::CallExpr) {
    std::vector<Hole> tks;
    std::vector<Location*> temps;
    for (size_t i = 0; i < c->args[0]->type->elems.size(); i++) {
      temps.push_back(new_loc(LocKind::Temp, false));
      tks.push_back(hole(temps.back()));
    }
    call(&tks, as<CallExpr>(unparen(c->args[0])), nullptr);
    // The temporaries are arguments like any other: converted to interfaces (at the
    // call) and packed into the variadic slice.
    int first = 0;
    if (auto it = temps_.find(c->args[0]); it != temps_.end()) first = std::stoi(it->second);
    auto pass = [&](Hole k, size_t i) {
      const Type* to = i < c->result_convs.size() ? c->result_convs[i] : nullptr;
      const Type* from = c->args[0]->type->elems[i];
      if (to != nullptr && is_interface(to) && !is_interface(from) && !is_direct_iface(from)) {
        k = spill(k, c, ".autotmp_" + std::to_string(first + int(i)), c->pos);
      }
      g_->flow(note(k, c, "call parameter"), temps[i]);
    };
    for (size_t i = 0; i < temps.size() && i < nparams; i++) {
      if (i + 1 == nparams && sig->variadic) {
        Hole pk = spill(note(tag_hole(ks, callee, int(i)), c, "call parameter"), c, "... argument", c->pos);
        for (size_t j = i; j < temps.size(); j++) pass(note(pk, c, "slice-literal-element"), j);
        break;
      }
      pass(tag_hole(ks, callee, int(i)), i);
    }
    return;
  }
  for (size_t i = 0; i < nparams; i++) {
    Hole k = tag_hole(ks, callee, int(i));
    if (i + 1 == nparams && sig->variadic && !c->has_dots) {
      std::vector<Expr*> extra;
      for (size_t j = i; j < c->args.size(); j++) extra.push_back(c->args[j]);
      variadic_pack(k, c, extra, w);
      break;
    }
    if (i < c->args.size()) argument(k, c->args[i], c, w);
  }
}

void FuncWalker::builtin_call(std::vector<Hole>* ks, CallExpr* c, Wrapper* w) {
  const auto id = static_cast<BuiltinId>(c->builtin);
  set_arg_conv_positions(c);
  switch (id) {
    case BuiltinId::Append: {
      if (c->args.empty()) return;
      Hole appendee = ks != nullptr && !ks->empty() ? (*ks)[0] : g_->discard_hole();
      const Type* st = under(c->args[0]->type);
      if (st->kind == TypeKind::Slice && has_pointers(st->elem)) {
        appendee = tee({appendee, deref(g_->heap_hole(), c, "appendee slice")});
      }
      argument(appendee, c->args[0], c, w);
      if (c->has_dots) {
        Hole appended = g_->discard_hole();
        if (c->args.size() > 1) {
          const Type* at = under(c->args[1]->type);
          if (at->kind == TypeKind::Slice && has_pointers(at->elem)) appended = deref(g_->heap_hole(), c, "appended slice...");
          argument(appended, c->args[1], c, w);
        }
      } else {
        for (size_t i = 1; i < c->args.size(); i++) argument(g_->heap_hole(), c->args[i], c, w);
      }
      return;
    }
    case BuiltinId::Copy: {
      if (c->args.size() < 2) return;
      argument(g_->discard_hole(), c->args[0], c, w);
      Hole copied = g_->discard_hole();
      const Type* yt = under(c->args[1]->type);
      if (yt->kind == TypeKind::Slice && has_pointers(yt->elem)) copied = deref(g_->heap_hole(), c, "copied slice");
      argument(copied, c->args[1], c, w);
      return;
    }
    case BuiltinId::Panic:
      for (Expr* a : c->args) argument(g_->heap_hole(), a, c, w);
      return;
    case BuiltinId::New: case BuiltinId::Make: {
      Hole k = ks != nullptr && !ks->empty() ? (*ks)[0] : g_->discard_hole();
      call_expr(k, c);
      return;
    }
    case BuiltinId::Add: case BuiltinId::Slice: {  // OUNSAFEADD, OUNSAFESLICE
      if (c->args.size() < 2) return;
      argument(ks != nullptr && !ks->empty() ? (*ks)[0] : g_->discard_hole(), c->args[0], c, w);
      argument(g_->discard_hole(), c->args[1], c, w);
      return;
    }
    default:  // len, cap, close, delete, print, println, recover
      for (Expr* a : c->args) argument(g_->discard_hole(), a, c, w);
      return;
  }
}

void FuncWalker::unsafe_value(Hole k, Expr* e) {
  e = unparen(e);
  if (e->kind == NodeKind::CallExpr && as<CallExpr>(e)->call_kind == CallKind::Conversion) {  // OCONV, OCONVNOP
    auto* c = as<CallExpr>(e);
    if (c->args.empty()) return;
    if (under(c->args[0]->type)->kind == TypeKind::UnsafePointer) {
      expr(k, c->args[0]);
    } else {
      discard(c->args[0]);
    }
    return;
  }
  if (e->kind == NodeKind::Operation) {
    auto* o = as<Operation>(e);
    if (o->y == nullptr) {
      if (o->op == Op::Add || o->op == Op::Sub || o->op == Op::Xor) {  // OPLUS, ONEG, OBITNOT
        unsafe_value(k, o->x);
        return;
      }
    } else {
      switch (o->op) {
        case Op::Add: case Op::Sub: case Op::Or: case Op::Xor: case Op::Mul: case Op::Div: case Op::Rem:
        case Op::And: case Op::AndNot:
          unsafe_value(k, o->x);
          unsafe_value(k, o->y);
          return;
        case Op::Shl: case Op::Shr:
          unsafe_value(k, o->x);
          discard(o->y);
          return;
        default: break;
      }
    }
  }
  discard(e);
}

void FuncWalker::go_defer(CallStmt* s) {
  Hole k = g_->heap_hole();
  if (s->tok == Tok::Defer && loop_depth_ == 1) {
    // Top-level defer arguments do not escape, but must live until the call runs.
    k = later(g_->discard_hole());
  }
  CallExpr* c = s->call;
  if (c->call_kind == CallKind::Func) {
    const Type* ft = unparen(c->fun)->type != nullptr ? under(unparen(c->fun)->type) : nullptr;
    if (ft != nullptr && ft->kind == TypeKind::Func && ft->params->elems.empty() && ft->results->elems.empty()) {
      expr(k, c->fun);
      return;
    }
  }
  // The call moves into a new argument-less closure; its arguments are copied into
  // temporaries the closure captures (by value).
  Wrapper w;
  call(nullptr, c, &w);
  Location* clo = new_loc(LocKind::Site, true);
  clo->quiet = true;
  clo->label = "func literal";
  clo->pos = s->pos;
  g_->flow(addr_of(k, s, "spill"), clo);
  for (Location* t : w.temps) g_->flow(note(hole(clo), s, "captured by a closure"), t);
}

}  // namespace gosim::escape
