// The driver: batches in bottom-up call-graph order, then the decisions.
//
// Go: ir/scc.go VisitFuncsBottomUp (Tarjan's strongly connected components over the
// static call graph; function literals join their enclosing function's batch) and
// escape.go Batch/finish/paramTag.
#include <algorithm>
#include <functional>
#include <map>

#include "sim/escape/escape.h"
#include "sim/escape/graph.h"
#include "sim/escape/static_init.h"
#include "sim/escape/walk.h"

namespace gosim::escape {

using namespace lang;

namespace {

// Every function a body references (calls, method values, literals), in source order,
// the order ir.Visit meets them.
void references(const Node* n, const std::function<void(const FuncInfo*)>& use);

void refs_list(const std::vector<Stmt*>& l, const std::function<void(const FuncInfo*)>& use) {
  for (const Stmt* s : l) references(s, use);
}

void references(const Node* n, const std::function<void(const FuncInfo*)>& use) {
  if (n == nullptr) return;
  switch (n->kind) {
    case NodeKind::Name: {
      const Object* o = as<Name>(n)->obj;
      if (o != nullptr && o->kind == ObjKind::Func && o->func != nullptr) use(o->func);
      return;
    }
    case NodeKind::CompositeLit:
      for (const Expr* e : as<CompositeLit>(n)->elems) references(e, use);
      return;
    case NodeKind::KeyValueExpr:
      references(as<KeyValueExpr>(n)->key, use);
      references(as<KeyValueExpr>(n)->value_expr, use);
      return;
    case NodeKind::FuncLit: use(as<FuncLit>(n)->func); return;
    case NodeKind::ParenExpr: references(as<ParenExpr>(n)->x, use); return;
    case NodeKind::SelectorExpr: {
      auto* s = as<SelectorExpr>(n);
      if (const Name* name = source_ref(s)) return references(name, use);
      if (s->sel_kind == SelKind::Qualified) return;
      references(s->x, use);
      if ((s->sel_kind == SelKind::MethodVal || s->sel_kind == SelKind::MethodExpr) && s->sel_obj != nullptr &&
          s->sel_obj->func != nullptr) {
        use(s->sel_obj->func);
      }
      return;
    }
    case NodeKind::IndexExpr:
      references(as<IndexExpr>(n)->x, use);
      references(as<IndexExpr>(n)->index, use);
      return;
    case NodeKind::SliceExpr:
      references(as<SliceExpr>(n)->x, use);
      for (const Expr* i : as<SliceExpr>(n)->index) references(i, use);
      return;
    case NodeKind::AssertExpr: references(as<AssertExpr>(n)->x, use); return;
    case NodeKind::TypeSwitchGuard: references(as<TypeSwitchGuard>(n)->x, use); return;
    case NodeKind::Operation:
      references(as<Operation>(n)->x, use);
      references(as<Operation>(n)->y, use);
      return;
    case NodeKind::CallExpr: {
      auto* c = as<CallExpr>(n);
      references(c->fun, use);
      for (const Expr* a : c->args) references(a, use);
      return;
    }
    case NodeKind::ListExpr:
      for (const Expr* e : as<ListExpr>(n)->elems) references(e, use);
      return;
    case NodeKind::LabeledStmt: references(as<LabeledStmt>(n)->stmt, use); return;
    case NodeKind::BlockStmt: refs_list(as<BlockStmt>(n)->list, use); return;
    case NodeKind::ExprStmt: references(as<ExprStmt>(n)->x, use); return;
    case NodeKind::SendStmt:
      references(as<SendStmt>(n)->chan, use);
      references(as<SendStmt>(n)->value, use);
      return;
    case NodeKind::DeclStmt:
      for (const Decl* d : as<DeclStmt>(n)->decls) {
        if (d->kind == NodeKind::VarDecl) references(as<VarDecl>(d)->values, use);
      }
      return;
    case NodeKind::AssignStmt:
      references(as<AssignStmt>(n)->rhs, use);
      references(as<AssignStmt>(n)->lhs, use);
      return;
    case NodeKind::CallStmt: references(as<CallStmt>(n)->call, use); return;
    case NodeKind::ReturnStmt: references(as<ReturnStmt>(n)->results, use); return;
    case NodeKind::IfStmt: {
      auto* s = as<IfStmt>(n);
      references(s->init, use);
      references(s->cond, use);
      references(s->then, use);
      references(s->else_stmt, use);
      return;
    }
    case NodeKind::ForStmt: {
      auto* s = as<ForStmt>(n);
      references(s->init, use);
      references(s->cond, use);
      references(s->post, use);
      references(s->body, use);
      return;
    }
    case NodeKind::RangeClause:
      references(as<RangeClause>(n)->x, use);
      return;
    case NodeKind::SwitchStmt: {
      auto* s = as<SwitchStmt>(n);
      references(s->init, use);
      references(s->tag, use);
      for (const CaseClause* c : s->body) {
        references(c->cases, use);
        refs_list(c->body, use);
      }
      return;
    }
    case NodeKind::SelectStmt:
      for (const CommClause* c : as<SelectStmt>(n)->body) {
        references(c->comm, use);
        refs_list(c->body, use);
      }
      return;
    default: return;
  }
}

const BlockStmt* body_of(const FuncInfo* fn) {
  if (fn->lit != nullptr) return fn->lit->body;
  return fn->decl != nullptr ? fn->decl->body : nullptr;
}

// Go: ir.bottomUpVisitor.
class BottomUp {
 public:
  explicit BottomUp(std::function<void(const std::vector<const FuncInfo*>&)> analyze) : analyze_(std::move(analyze)) {}

  uint32_t visit(const FuncInfo* n) {
    if (auto it = id_.find(n); it != id_.end() && it->second > 0) return it->second;
    const uint32_t id = ++gen_;
    id_[n] = id;
    uint32_t min = ++gen_;
    stack_.push_back(n);
    if (const BlockStmt* body = body_of(n)) {
      references(body, [&](const FuncInfo* f) {
        const uint32_t m = visit(f);
        if (m < min) min = m;
      });
    }
    // A literal joins its enclosing function's batch; a package-level one has none.
    if ((min == id || min == id + 1) && (n->lit == nullptr || n->outer == nullptr)) {
      size_t i = stack_.size();
      while (i > 0) {
        --i;
        id_[stack_[i]] = UINT32_MAX;
        if (stack_[i] == n) break;
      }
      std::vector<const FuncInfo*> block(stack_.begin() + long(i), stack_.end());
      stack_.resize(i);
      analyze_(block);
    }
    return min;
  }

 private:
  std::function<void(const std::vector<const FuncInfo*>&)> analyze_;
  uint32_t gen_ = 0;
  std::map<const FuncInfo*, uint32_t> id_;  // lookup only
  std::vector<const FuncInfo*> stack_;
};

// Go: batch.finish and batch.paramTag.
void finish(const std::vector<const FuncInfo*>& fns, Graph* g, Batch* b, Tags* tags, Result* out) {
  std::vector<FuncEscape> per_fn;
  for (const FuncInfo* fn : fns) {
    FuncEscape fe;
    fe.fn = fn;
    std::vector<const Object*> params;
    if (fn->recv != nullptr) params.push_back(fn->recv);
    params.insert(params.end(), fn->params.begin(), fn->params.end());
    for (const Object* p : params) {
      Leaks heap0;
      heap0.add_heap(0);
      if (!has_pointers(p->type)) {
        tags->by_param[p] = heap0;  // scalars are not tagged: the empty tag reads as a heap leak
        continue;
      }
      if (p->name.empty() || p->name == "_") {
        tags->by_param[p] = Leaks{};  // unnamed parameters are unused
        continue;
      }
      Location* l = b->var_loc(p);
      Leaks esc = l->param_esc;
      esc.optimize();
      if (!l->escapes) {
        if (esc.empty()) out->decisions.push_back(Decision{p->pos, p->name + " does not escape", {}});
        if (const int x = esc.heap(); x >= 0) {
          out->decisions.push_back(Decision{p->pos, (x == 0 ? "leaking param: " : "leaking param content: ") + p->name, {}});
        }
        for (int i = 0; i < kNumEscResults && size_t(i) < fn->results.size(); i++) {
          if (const int x = esc.result(i); x >= 0) {
            out->decisions.push_back(Decision{p->pos,
                                              "leaking param: " + p->name + " to result " + result_name(fn, size_t(i)) +
                                                  " level=" + std::to_string(x),
                                              {}});
          }
        }
      }
      tags->by_param[p] = esc.as_tag();
      ParamTag t;
      t.param = p;
      t.heap = esc.heap();
      for (size_t i = 0; i < fn->results.size() && i < size_t(kNumEscResults); i++) t.results.push_back(esc.result(int(i)));
      fe.params.push_back(std::move(t));
    }
    per_fn.push_back(std::move(fe));
  }
  auto owner = [&](const FuncInfo* fn) -> FuncEscape* {
    for (FuncEscape& fe : per_fn) {
      if (fe.fn == fn) return &fe;
    }
    return nullptr;
  };
  for (const Location* l : g->all_locs) {
    if (l->kind == LocKind::Var) {
      if (l->escapes) {
        out->decisions.push_back(Decision{l->pos, "moved to heap: " + l->label, {}});
        if (FuncEscape* fe = owner(l->fn)) fe->heap_vars.push_back(l->var);
      }
    } else if (l->kind == LocKind::Site && !l->quiet) {
      out->decisions.push_back(
          Decision{l->pos, l->label + (l->escapes ? " escapes to heap" : " does not escape"), {}});
      if (FuncEscape* fe = owner(l->fn)) fe->sites.push_back(Site{l->pos, l->label, l->expr, l->escapes, l->conv});
    }
  }
  for (const auto& [closure, var] : g->byval) {
    if (FuncEscape* fe = owner(closure)) fe->byval_captures.push_back(var);
  }
  for (const FuncInfo* fn : fns) tags->state[fn] = 2;
  for (FuncEscape& fe : per_fn) out->funcs.push_back(std::move(fe));
}

}  // namespace

Result analyze(const Package& pkg, const Options& opts) {
  Result result;
  Tags tags;
  // Like `go build -gcflags=-m`, which prints the decisions of the packages it compiles (the
  // main package) and not of the standard library's, only the main package's decisions are
  // kept; every package's functions are analysed (their allocations are Go's).
  const auto drop_library_lines = [&](size_t from, const FuncInfo* fn) {
    if (fn != nullptr && fn->pkg != nullptr && fn->pkg != &pkg.ref) {
      result.decisions.erase(result.decisions.begin() + static_cast<std::ptrdiff_t>(from), result.decisions.end());
    }
  };
  BottomUp v([&](const std::vector<const FuncInfo*>& fns) {
    const size_t from = result.decisions.size();
    Graph g;
    g.explain = opts.explain;
    g.explain_out = &result.decisions;
    g.warnings = &result.decisions;
    Batch b(pkg, &g, &tags);
    b.build(fns);
    g.walk_all();
    finish(fns, &g, &b, &tags, &result);
    drop_library_lines(from, fns.empty() ? nullptr : fns.front());
  });
  // Go: the function literals of package-level initializers are functions of their own
  // (glob..func1, ...), among the package's declarations in source order (typecheck.Target.Decls).
  std::vector<const FuncInfo*> glob_lits;
  for (const Unit& unit : pkg.units) {
    for (const InitEntry& e : unit.init_order) {
      references(e.init, [&](const FuncInfo* f) {
        if (f->lit != nullptr && f->outer == nullptr) glob_lits.push_back(f);
      });
    }
  }
  const auto earlier = [](Pos a, Pos b) { return a.line < b.line || (a.line == b.line && a.col < b.col); };
  std::stable_sort(glob_lits.begin(), glob_lits.end(),
                   [&](const FuncInfo* a, const FuncInfo* b) { return earlier(a->lit->pos, b->lit->pos); });
  const std::string* file = nullptr;
  std::vector<bool> lit_done(glob_lits.size(), false);
  const auto visit_lits = [&](const std::string* in_file, const Pos* before) {
    for (size_t i = 0; i < glob_lits.size(); ++i) {
      if (lit_done[i] || (in_file != nullptr && glob_lits[i]->file != in_file)) continue;
      if (before != nullptr && !earlier(glob_lits[i]->lit->pos, *before)) continue;
      lit_done[i] = true;
      v.visit(glob_lits[i]);
    }
  };
  for (const Object* f : pkg.funcs_decl) {
    if (f->func == nullptr || f->func->lit != nullptr) continue;
    if (f->func->file != file && file != nullptr) visit_lits(file, nullptr);  // the rest of the file before
    file = f->func->file;
    if (f->func->decl != nullptr) visit_lits(file, &f->func->decl->pos);
    v.visit(f->func);
  }
  visit_lits(nullptr, nullptr);
  // Go: package initializers that staticinit cannot lay out as data run in a synthetic
  // init function, compiled (and analysed) after every declared function.
  for (const Unit& unit : pkg.units) {
  const std::vector<InitCode> inits = init_code(pkg, unit);
  if (!inits.empty()) {
    const size_t from = result.decisions.size();
    FuncInfo init;
    init.name = "init";
    init.pkg = unit.ref;
    Graph g;
    g.explain = opts.explain;
    g.explain_out = &result.decisions;
    g.warnings = &result.decisions;
    Batch b(pkg, &g, &tags);
    b.build_init(&init, inits);
    g.walk_all();
    finish({&init}, &g, &b, &tags, &result);
    result.funcs.back().fn = nullptr;  // the synthetic init does not outlive this call
    drop_library_lines(from, &init);
  }
  }
  return result;
}

bool Result::moved_to_heap(const Object* var) const {
  for (const FuncEscape& f : funcs) {
    if (std::find(f.heap_vars.begin(), f.heap_vars.end(), var) != f.heap_vars.end()) return true;
  }
  return false;
}

const Site* Result::site_at(Pos pos) const {
  for (const FuncEscape& f : funcs) {
    for (const Site& s : f.sites) {
      if (s.pos == pos) return &s;
    }
  }
  return nullptr;
}

bool Result::analyzed(const FuncInfo* fn) const {
  if (fn == nullptr) return false;
  for (const FuncEscape& f : funcs) {
    if (f.fn == fn) return true;
  }
  return false;
}

namespace {
const Expr* strip_parens(const Expr* e) {
  while (e != nullptr && e->kind == NodeKind::ParenExpr) e = static_cast<const ParenExpr*>(e)->x;
  return e;
}
const Site* find_site(const std::vector<FuncEscape>& funcs, const Expr* e, bool conv) {
  e = strip_parens(e);
  if (e == nullptr) return nullptr;
  for (const FuncEscape& f : funcs) {
    for (const Site& s : f.sites) {
      if (s.conv != conv || strip_parens(s.expr) != e) continue;
      // A call's implicit variadic slice and its f(g()) temporaries share the call's node.
      if (s.what == "... argument" || s.what.rfind(".autotmp_", 0) == 0) continue;
      return &s;
    }
  }
  return nullptr;
}
}  // namespace

const Site* Result::site_of(const Expr* e) const { return find_site(funcs, e, false); }
const Site* Result::conv_site_of(const Expr* e) const { return find_site(funcs, e, true); }

bool Result::captured_by_value(const FuncInfo* closure, const Object* var) const {
  for (const FuncEscape& f : funcs) {
    if (f.fn == closure) return std::find(f.byval_captures.begin(), f.byval_captures.end(), var) != f.byval_captures.end();
  }
  return false;
}

bool Result::site_escapes(Pos pos) const {
  const Site* s = site_at(pos);
  return s != nullptr && s->escapes;
}

std::vector<std::string> format_decisions(const Result& r, const std::string& display_name) {
  std::vector<std::string> out{"# command-line-arguments"};
  for (const Decision& d : r.decisions) {
    const std::string at = display_name + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ":";
    out.push_back(at + " " + d.message);
    for (std::string line : d.explain) {
      for (size_t p = line.find('\x01'); p != std::string::npos; p = line.find('\x01')) {
        line.replace(p, 1, display_name + ":");
      }
      out.push_back(at + " " + line);
    }
  }
  return out;
}

}  // namespace gosim::escape
