// The batch driver and the per-function walk's entry points and hole helpers.
//
// Go: cmd/compile/internal/escape/escape.go (initFunc, walkFunc, flowClosure) and utils. The
// statement, expression and call cases are in walk_stmt.cpp, walk_expr.cpp and walk_call.cpp
// (FuncWalker is declared in walk_impl.h).
#include "sim/escape/walk_impl.h"

namespace gosim::escape {

bool has_pointers(const Type* t) {
  if (t == nullptr) return false;
  t = under(t);
  switch (t->kind) {
    case TypeKind::String: case TypeKind::UnsafePointer: case TypeKind::Pointer: case TypeKind::Slice:
    case TypeKind::Map: case TypeKind::Chan: case TypeKind::Func: case TypeKind::Interface:
    case TypeKind::UntypedString: case TypeKind::UntypedNil:
      return true;
    case TypeKind::Array: return t->len > 0 && has_pointers(t->elem);
    case TypeKind::Struct:
      for (const StructField& f : t->fields) {
        if (has_pointers(f.type)) return true;
      }
      return false;
    default: return false;
  }
}

// Go: types.IsDirectIface: values stored directly in an interface's data word.
bool is_direct_iface(const Type* t) {
  t = under(t);
  switch (t->kind) {
    case TypeKind::Pointer: case TypeKind::Chan: case TypeKind::Map: case TypeKind::Func:
    case TypeKind::UnsafePointer:
      return true;
    case TypeKind::Array: return t->len == 1 && is_direct_iface(t->elem);
    case TypeKind::Struct: return t->fields.size() == 1 && is_direct_iface(t->fields[0].type);
    default: return false;
  }
}

std::string result_name(const FuncInfo* fn, size_t i) {
  const Object* r = fn->results[i];
  if (r->name.empty()) return "~r" + std::to_string(i);
  if (r->name == "_") return "~b" + std::to_string(i);
  return r->name;
}

Location* Batch::var_loc(const Object* v) const {
  auto it = vars_.find(v);
  return it == vars_.end() ? nullptr : it->second;
}

void FuncWalker::walk_inits(const std::vector<InitCode>& code) {
  for (const InitCode& c : code) {
    if (!c.whole) {
      // A part stored into static data as its own type (`stmp_0.p = new(int)`): the heap.
      expr_skip_conv(g_->heap_hole(), c.value);
      continue;
    }
    const InitEntry* e = c.entry;
    if (e->lhs.size() == 1) {
      expr(g_->heap_hole(), e->init);
      continue;
    }
    Expr* r = unparen(e->init);
    std::vector<Hole> ks(e->lhs.size(), g_->heap_hole());
    if (r->kind == NodeKind::CallExpr) {
      call(&ks, as<CallExpr>(r), nullptr);
    } else {
      expr(g_->heap_hole(), r);
    }
  }
}

void FuncWalker::walk_body() {
  const BlockStmt* body = fn_->lit != nullptr ? fn_->lit->body : (fn_->decl != nullptr ? fn_->decl->body : nullptr);
  if (body != nullptr) block(body->list);
}

Hole FuncWalker::note(Hole k, const Node* where, const char* why) {
  if (!g_->explain) return k;
  return g_->note(k, where->pos, where_string(where), why);
}

std::string FuncWalker::where_string(const Node* n) {
  if (is_expr_kind(n->kind)) return ir_string(static_cast<const Expr*>(n));
  return stmt_string(n);
}

Hole FuncWalker::spill(Hole k, const Expr* e, std::string label, Pos pos) {
  Location* l = new_loc(LocKind::Site, true);
  l->expr = e;
  l->label = std::move(label);
  l->pos = pos;
  l->heap_reason = site_heap_reason(e);
  g_->flow(addr_of(k, e, "spill"), l);
  return hole(l);
}

Hole FuncWalker::tee(const std::vector<Hole>& ks) {
  if (ks.empty()) return g_->discard_hole();
  if (ks.size() == 1) return ks[0];
  Location* l = new_loc(LocKind::Temp, true);
  for (const Hole& k : ks) g_->flow(k, l);
  return hole(l);
}

Hole FuncWalker::later(Hole k) {
  Location* l = new_loc(LocKind::Temp, false);
  g_->flow(k, l);
  return hole(l);
}

Hole FuncWalker::dot_type(Hole k, const Type* t, const Node* where, const char* why) {
  if (!is_interface(t) && !is_direct_iface(t)) k = g_->shift(k, 1);
  return note(k, where, why);
}

Hole FuncWalker::dcl(const Object* v) {
  Location* l = b_->var_loc(v);
  if (l == nullptr) return g_->discard_hole();
  l->loop_depth = loop_depth_;
  return hole(l);
}

bool FuncWalker::in_batch(const FuncInfo* fn) const {
  auto it = b_->tags_->state.find(fn);
  return it != b_->tags_->state.end() && it->second == 1;
}

Pos FuncWalker::conv_pos(const Expr* e) const {
  auto it = conv_pos_.find(e);
  return it != conv_pos_.end() ? it->second : unparen(e)->pos;
}


void Batch::init_func(const FuncInfo* fn) {
  tags_->state[fn] = 1;
  auto add = [&](const Object* o, const std::string& label) {
    if (o == nullptr || vars_.count(o) != 0) return static_cast<Location*>(nullptr);
    Location* l = g_->new_loc(LocKind::Var, fn, 1, false);
    l->var = o;
    l->label = label;
    l->pos = o->pos;
    if (o->var_kind == VarKind::Local && type_size(o->type) > kMaxStackVarSize) l->heap_reason = "too large for stack";
    vars_[o] = l;
    return l;
  };
  if (Location* l = add(fn->recv, fn->recv != nullptr ? fn->recv->name : "")) l->is_param = true;
  for (const Object* p : fn->params) {
    if (Location* l = add(p, p->name)) l->is_param = true;
  }
  for (size_t i = 0; i < fn->results.size(); i++) {
    if (Location* l = add(fn->results[i], result_name(fn, i))) l->result_index = int(i) + 1;
  }
  for (const Object* v : fn->locals) add(v, v->name);
}

// Go: batch.flowClosure: capture by value variables of at most 128 bytes that are never
// reassigned and whose address is never taken; everything else by reference.
void Batch::flow_closure(const Closure& c) {
  for (const Object* cv : c.fn->captures) {
    Location* l = var_loc(cv);
    if (l == nullptr) continue;
    const int64_t width = type_size(cv->type);
    const bool byval = !l->addrtaken && !l->reassigned && width <= 128;
    if (g_->explain && g_->explain_out != nullptr) {
      std::string owner = cv->owner != nullptr ? cv->owner->name : "";
      g_->explain_out->push_back(Decision{cv->pos,
                                          owner + " capturing by " + (byval ? "value" : "ref") + ": " + cv->name +
                                              " (addr=" + (l->addrtaken ? "true" : "false") +
                                              " assign=" + (l->reassigned ? "true" : "false") +
                                              " width=" + std::to_string(width) + ")",
                                          {}});
    }
    if (byval) g_->byval.emplace_back(c.fn, cv);
    Hole k = c.k;
    if (!byval) k = g_->addr(k, cv->pos, cv->name, "reference");
    g_->flow(g_->note(k, cv->pos, cv->name, "captured by a closure"), l);
  }
}

namespace {
// Local variables initialised once with a function literal (for static calls through them).
void find_static_funcs(const std::vector<Stmt*>& list, std::map<const Object*, const FuncLit*>* out);
void find_static_stmt(Stmt* s, std::map<const Object*, const FuncLit*>* out) {
  if (s == nullptr) return;
  switch (s->kind) {
    case NodeKind::AssignStmt: {
      auto* a = as<AssignStmt>(s);
      if (a->op != Op::Def) return;
      std::vector<Expr*> l = unpack_list(a->lhs), r = unpack_list(a->rhs);
      for (size_t i = 0; i < l.size() && i < r.size(); i++) {
        auto* n = as<Name>(unparen(l[i]));
        if (unparen(r[i])->kind == NodeKind::FuncLit && n->obj != nullptr && n->obj->pos == n->pos) {
          (*out)[n->obj] = as<FuncLit>(unparen(r[i]));
        }
      }
      return;
    }
    case NodeKind::DeclStmt:
      for (Decl* d : as<DeclStmt>(s)->decls) {
        if (d->kind != NodeKind::VarDecl) continue;
        auto* v = as<VarDecl>(d);
        std::vector<Expr*> r = unpack_list(v->values);
        for (size_t i = 0; i < v->names.size() && i < r.size() && r.size() == v->names.size(); i++) {
          if (unparen(r[i])->kind == NodeKind::FuncLit) (*out)[v->names[i]->obj] = as<FuncLit>(unparen(r[i]));
        }
      }
      return;
    case NodeKind::BlockStmt: find_static_funcs(as<BlockStmt>(s)->list, out); return;
    case NodeKind::IfStmt: {
      auto* i = as<IfStmt>(s);
      find_static_stmt(i->init, out);
      find_static_funcs(i->then->list, out);
      find_static_stmt(i->else_stmt, out);
      return;
    }
    case NodeKind::ForStmt: {
      auto* f = as<ForStmt>(s);
      find_static_stmt(f->init, out);
      find_static_funcs(f->body->list, out);
      return;
    }
    case NodeKind::SwitchStmt:
      for (CaseClause* c : as<SwitchStmt>(s)->body) find_static_funcs(c->body, out);
      return;
    case NodeKind::SelectStmt:
      for (CommClause* c : as<SelectStmt>(s)->body) find_static_funcs(c->body, out);
      return;
    case NodeKind::LabeledStmt: find_static_stmt(as<LabeledStmt>(s)->stmt, out); return;
    default: return;
  }
}
void find_static_funcs(const std::vector<Stmt*>& list, std::map<const Object*, const FuncLit*>* out) {
  for (Stmt* s : list) find_static_stmt(s, out);
}
}  // namespace

void Batch::build_init(const FuncInfo* init, const std::vector<InitCode>& code) {
  init_func(init);
  FuncWalker w(this, init);
  w.walk_inits(code);
  for (const Closure& c : closures_) flow_closure(c);
  closures_.clear();
  for (Location* l : std::vector<Location*>(g_->all_locs)) {
    if (!l->heap_reason.empty()) g_->flow(g_->addr(g_->heap_hole(), l->pos, l->label, l->heap_reason.c_str()), l);
  }
}

void Batch::build(const std::vector<const FuncInfo*>& fns) {
  for (const FuncInfo* fn : fns) {
    init_func(fn);
    const BlockStmt* body = fn->lit != nullptr ? fn->lit->body : (fn->decl != nullptr ? fn->decl->body : nullptr);
    if (body != nullptr) find_static_funcs(body->list, &static_funcs_);
  }
  for (const FuncInfo* fn : fns) {
    // Literals are walked where they appear, except a package-level one: Go compiles it as a
    // function of its own (glob..func1), analysed in declaration order.
    if (fn->lit != nullptr && fn->outer != nullptr) continue;
    FuncWalker w(this, fn);
    w.walk_body();
  }
  for (const Closure& c : closures_) flow_closure(c);
  closures_.clear();
  for (Location* l : std::vector<Location*>(g_->all_locs)) {
    if (!l->heap_reason.empty()) g_->flow(g_->addr(g_->heap_hole(), l->pos, l->label, l->heap_reason.c_str()), l);
  }
}

}  // namespace gosim::escape
