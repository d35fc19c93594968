// Every program of the conformance corpus (tests/conformance/*/NAME.go, written to run
// under real Go 1.19) is in the gosim subset: it must check without a single diagnostic.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "sim/lang/check.h"

namespace fs = std::filesystem;
using namespace gosim::lang;

namespace {

// Walks every expression a later stage would evaluate and reports any left without a
// mode or type. Skipped, as in types2: declaring names, the selector's field name, `_`,
// and the wrappers ListExpr, KeyValueExpr and TypeSwitchGuard (their parts are checked).
struct TypedWalker {
  std::vector<std::string> missing;

  void expr(const Expr* e) {
    if (e == nullptr) return;
    switch (e->kind) {
      case NodeKind::ListExpr:
        for (const Expr* x : as<ListExpr>(e)->elems) expr(x);
        return;
      case NodeKind::KeyValueExpr:
        expr(as<KeyValueExpr>(e)->key);
        expr(as<KeyValueExpr>(e)->value_expr);
        return;
      case NodeKind::TypeSwitchGuard:
        expr(as<TypeSwitchGuard>(e)->x);
        return;
      case NodeKind::Name:
        if (as<Name>(e)->value == "_") return;
        break;
      default:
        break;
    }
    if (e->mode == Mode::Invalid || (e->mode != Mode::NoValue && e->type == nullptr)) {
      missing.push_back(std::to_string(e->pos.line) + ":" + std::to_string(e->pos.col) + " " + expr_string(e));
    }
    switch (e->kind) {
      case NodeKind::Operation: expr(as<Operation>(e)->x); expr(as<Operation>(e)->y); return;
      case NodeKind::CallExpr:
        expr(as<CallExpr>(e)->fun);
        for (const Expr* a : as<CallExpr>(e)->args) expr(a);
        return;
      case NodeKind::SelectorExpr:
        if (as<SelectorExpr>(e)->sel_kind != SelKind::Qualified) expr(as<SelectorExpr>(e)->x);
        return;
      case NodeKind::IndexExpr: expr(as<IndexExpr>(e)->x); expr(as<IndexExpr>(e)->index); return;
      case NodeKind::SliceExpr:
        expr(as<SliceExpr>(e)->x);
        for (const Expr* i : as<SliceExpr>(e)->index) expr(i);
        return;
      case NodeKind::ParenExpr: expr(as<ParenExpr>(e)->x); return;
      case NodeKind::AssertExpr: expr(as<AssertExpr>(e)->x); return;
      case NodeKind::CompositeLit:
        for (const Expr* x : as<CompositeLit>(e)->elems) expr(x);
        return;
      case NodeKind::FuncLit: stmt(as<FuncLit>(e)->body); return;
      default: return;
    }
  }
  void defining(const Expr* lhs) {
    // := and range := declare names (recorded as objects); other lhs are expressions.
    for (const Expr* x : unpack_list(const_cast<Expr*>(lhs))) {
      if (x->kind != NodeKind::Name) expr(x);
    }
  }
  void stmts(const std::vector<Stmt*>& l) {
    for (const Stmt* s : l) stmt(s);
  }
  void stmt(const Stmt* s) {
    if (s == nullptr) return;
    switch (s->kind) {
      case NodeKind::ExprStmt: expr(as<ExprStmt>(s)->x); return;
      case NodeKind::SendStmt: expr(as<SendStmt>(s)->chan); expr(as<SendStmt>(s)->value); return;
      case NodeKind::AssignStmt: {
        auto* a = as<AssignStmt>(s);
        if (a->op == Op::Def) defining(a->lhs); else expr(a->lhs);
        expr(a->rhs);
        return;
      }
      case NodeKind::DeclStmt:
        for (const Decl* d : as<DeclStmt>(s)->decls) {
          if (d->kind == NodeKind::VarDecl) expr(as<VarDecl>(d)->values);
        }
        return;
      case NodeKind::CallStmt: expr(as<CallStmt>(s)->call); return;
      case NodeKind::ReturnStmt: expr(as<ReturnStmt>(s)->results); return;
      case NodeKind::BlockStmt: stmts(as<BlockStmt>(s)->list); return;
      case NodeKind::LabeledStmt: stmt(as<LabeledStmt>(s)->stmt); return;
      case NodeKind::IfStmt: {
        auto* i = as<IfStmt>(s);
        stmt(i->init);
        expr(i->cond);
        stmt(i->then);
        stmt(i->else_stmt);
        return;
      }
      case NodeKind::ForStmt: {
        auto* f = as<ForStmt>(s);
        stmt(f->init);
        expr(f->cond);
        stmt(f->post);
        stmt(f->body);
        return;
      }
      case NodeKind::RangeClause: {
        auto* r = as<RangeClause>(s);
        if (r->def) defining(r->lhs); else expr(r->lhs);
        expr(r->x);
        return;
      }
      case NodeKind::SwitchStmt: {
        auto* w = as<SwitchStmt>(s);
        stmt(w->init);
        expr(w->tag);
        for (const CaseClause* c : w->body) {
          expr(c->cases);
          stmts(c->body);
        }
        return;
      }
      case NodeKind::SelectStmt:
        for (const CommClause* c : as<SelectStmt>(s)->body) {
          stmt(c->comm);
          stmts(c->body);
        }
        return;
      default:
        return;
    }
  }
};

}  // namespace

TEST_CASE("the conformance programs all type-check") {
  int checked = 0;
  for (const char* dir : {"tests/conformance/lang", "tests/conformance/sched"}) {
    fs::path root = fs::path(GOSIM_SOURCE_DIR) / dir;
    if (!fs::exists(root)) continue;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(root)) {
      if (e.path().extension() == ".go") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      auto r = gosim::lang::check_file(f.filename().string(), ss.str());
      std::string diags;
      for (const auto& d : r.diags) diags += d.str() + "\n";
      INFO(f.string() << "\n" << diags);
      CHECK(r.ok());
      checked++;
      if (!r.ok()) continue;
      TypedWalker w;
      for (const Decl* d : r.pkg->file->decls) {
        // A generic declaration's body is checked per instantiation, in a fresh parse of it
        // (instance_files below), never in place.
        if (d->kind == NodeKind::FuncDecl && as<FuncDecl>(d)->func != nullptr) w.stmt(as<FuncDecl>(d)->body);
        if (d->kind == NodeKind::VarDecl) w.expr(as<VarDecl>(d)->values);
      }
      for (const auto& f : r.pkg->instance_files) {
        for (const Decl* d : f->decls) {
          if (d->kind == NodeKind::FuncDecl && as<FuncDecl>(d)->func != nullptr) w.stmt(as<FuncDecl>(d)->body);
        }
      }
      std::string missing;
      for (const std::string& m : w.missing) missing += m + "\n";
      INFO("expressions without a type:\n" << missing);
      CHECK(w.missing.empty());
    }
  }
  MESSAGE("checked " << checked << " conformance programs");
  CHECK(checked > 0);
}
