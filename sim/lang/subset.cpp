// Refusing Go that gosim does not model, before type checking.
//
// The subset (docs/go-subset.md) is Go 1.19 minus: packages other than main, imports
// other than fmt runtime sync time errors os syscall net, dot imports and complex
// numbers. Each refusal is "unsupported: <construct> (gosim
// supports …)" at the construct, so the user knows what to write instead. Constructs
// that need types to recognise (float32, method expressions, missing library members)
// are refused by the checker.
#include "sim/lang/check.h"
#include "sim/lang/errors.h"
#include "sim/lang/load.h"

namespace gosim::lang {
namespace {

// internal/reflectlite: part reflectlite (the standard library imports it; internal to it).
// errors is not here: it loads from Go's source (errors.go, wrap.go) over reflectlite.
const char* const kPackages[] = {"fmt", "runtime", "sync", "time", "os", "syscall", "net", "sync/atomic",
                                 "internal/reflectlite",
                                 "reflect"};  // part reflect: over gosim's type descriptors (universe_reflect.cpp)

}  // namespace

// Whether gosim models the package in C++ (universe.cpp) rather than loading its source.
bool modelled_package(std::string_view path) {
  for (const char* p : kPackages) {
    if (path == p) return true;
  }
  return false;
}

namespace {

class Subset {
 public:
  Subset(ErrorList* errors, bool main_unit, const std::vector<std::string>* loaded)
      : errors_(errors), main_unit_(main_unit), loaded_(loaded) {}

  void unsupported(Pos p, const std::string& what) { errors_->add(p, "unsupported: " + what); }

  void file(File* f);
  void node(Node* n);

 private:
  void list(const std::vector<Expr*>& l) {
    for (Expr* e : l) node(e);
  }
  void stmts(const std::vector<Stmt*>& l) {
    for (Stmt* s : l) node(s);
  }
  void fields(const std::vector<Field*>& l) {
    for (Field* f : l) node(f);
  }

  ErrorList* errors_;
  bool main_unit_;
  const std::vector<std::string>* loaded_;

 public:
  // Go: noder's irgen refuses a type declaration in the body of a generic function or method
  // (stmt.go: "type declarations inside generic functions are not currently supported"),
  // after type checking succeeded: the positions are collected here, reported by check.cpp.
  std::vector<Pos>* generic_type_decls = nullptr;

 private:
  bool in_generic_ = false;
};

// Go: the function's type has type parameters: its own, or its receiver's (`func (s *Stack[T])`).
bool generic_func(const FuncDecl* d) {
  if (!d->tparams.empty()) return true;
  if (d->recv == nullptr) return false;
  const Expr* t = d->recv->type;
  for (;;) {
    if (t != nullptr && t->kind == NodeKind::ParenExpr) {
      t = as<ParenExpr>(t)->x;
    } else if (t != nullptr && t->kind == NodeKind::Operation && as<Operation>(t)->op == Op::Mul &&
               as<Operation>(t)->y == nullptr) {
      t = as<Operation>(t)->x;
    } else {
      return t != nullptr && t->kind == NodeKind::IndexExpr;
    }
  }
}

void Subset::file(File* f) {
  if (main_unit_ && f->pkg_name != nullptr && f->pkg_name->value != "main") {
    unsupported(f->pkg_name->pos,
                "package " + f->pkg_name->value + " (gosim runs one file of package main: write package main)");
  }
  for (Decl* d : f->decls) node(d);
}

void Subset::node(Node* n) {
  if (n == nullptr) return;
  switch (n->kind) {
    case NodeKind::ImportDecl: {
      auto* d = as<ImportDecl>(n);
      if (d->path == nullptr || d->path->bad) return;
      bool ok = false;
      std::string path = constant_from_literal(LitKind::String, d->path->value, &ok).s;
      bool known = modelled_package(path) || path == "unsafe";
      if (loaded_ != nullptr) {
        for (const std::string& p : *loaded_) known = known || path == p;
      }
      if (!known) {
        unsupported(d->path->pos, "import " + d->path->value + " (gosim supports " + supported_packages() + ")");
      } else if (d->local_name != nullptr && d->local_name->value == ".") {
        unsupported(d->local_name->pos, "dot import (gosim supports import \"" + path + "\" and renamed imports)");
      }
      return;
    }
    case NodeKind::ConstDecl:
      node(as<ConstDecl>(n)->type);
      node(as<ConstDecl>(n)->values);
      return;
    case NodeKind::VarDecl:
      node(as<VarDecl>(n)->type);
      node(as<VarDecl>(n)->values);
      return;
    case NodeKind::TypeDecl: {
      auto* d = as<TypeDecl>(n);
      node(d->type);
      return;
    }
    case NodeKind::FuncDecl: {
      auto* d = as<FuncDecl>(n);
      node(d->recv);
      node(d->ftype);
      in_generic_ = generic_func(d);
      node(d->body);
      in_generic_ = false;
      return;
    }
    case NodeKind::Field:
      node(as<Field>(n)->type);
      return;
    // ---- types ----
    case NodeKind::StructType:
      for (Field* f : as<StructType>(n)->fields) node(f->type);
      return;
    case NodeKind::InterfaceType:
      for (Field* f : as<InterfaceType>(n)->methods) node(f->type);
      return;
    case NodeKind::FuncType:
      fields(as<FuncType>(n)->params);
      fields(as<FuncType>(n)->results);
      return;
    case NodeKind::ArrayType: node(as<ArrayType>(n)->len); node(as<ArrayType>(n)->elem); return;
    case NodeKind::SliceType: node(as<SliceType>(n)->elem); return;
    case NodeKind::DotsType: node(as<DotsType>(n)->elem); return;
    case NodeKind::MapType: node(as<MapType>(n)->key); node(as<MapType>(n)->value_type); return;
    case NodeKind::ChanType: node(as<ChanType>(n)->elem); return;
    // ---- expressions ----
    case NodeKind::BasicLit: {
      return;
    }
    case NodeKind::CompositeLit:
      node(as<CompositeLit>(n)->type_expr);
      list(as<CompositeLit>(n)->elems);
      return;
    case NodeKind::KeyValueExpr: node(as<KeyValueExpr>(n)->key); node(as<KeyValueExpr>(n)->value_expr); return;
    case NodeKind::FuncLit: node(as<FuncLit>(n)->ftype); node(as<FuncLit>(n)->body); return;
    case NodeKind::ParenExpr: node(as<ParenExpr>(n)->x); return;
    case NodeKind::SelectorExpr: node(as<SelectorExpr>(n)->x); return;
    case NodeKind::IndexExpr: node(as<IndexExpr>(n)->x); node(as<IndexExpr>(n)->index); return;
    case NodeKind::SliceExpr:
      node(as<SliceExpr>(n)->x);
      for (Expr* i : as<SliceExpr>(n)->index) node(i);
      return;
    case NodeKind::AssertExpr: node(as<AssertExpr>(n)->x); node(as<AssertExpr>(n)->type_expr); return;
    case NodeKind::TypeSwitchGuard: node(as<TypeSwitchGuard>(n)->x); return;
    case NodeKind::Operation: node(as<Operation>(n)->x); node(as<Operation>(n)->y); return;
    case NodeKind::CallExpr: node(as<CallExpr>(n)->fun); list(as<CallExpr>(n)->args); return;
    case NodeKind::ListExpr: list(as<ListExpr>(n)->elems); return;
    // ---- statements ----
    case NodeKind::LabeledStmt: node(as<LabeledStmt>(n)->stmt); return;
    case NodeKind::BlockStmt: stmts(as<BlockStmt>(n)->list); return;
    case NodeKind::ExprStmt: node(as<ExprStmt>(n)->x); return;
    case NodeKind::SendStmt: node(as<SendStmt>(n)->chan); node(as<SendStmt>(n)->value); return;
    case NodeKind::DeclStmt: {
      auto* s = as<DeclStmt>(n);
      if (in_generic_ && generic_type_decls != nullptr && !s->decls.empty() && s->decls[0]->kind == NodeKind::TypeDecl) {
        generic_type_decls->push_back(s->pos);
      }
      for (Decl* d : s->decls) node(d);
      return;
    }
    case NodeKind::AssignStmt: node(as<AssignStmt>(n)->lhs); node(as<AssignStmt>(n)->rhs); return;
    case NodeKind::BranchStmt: return;
    case NodeKind::CallStmt: node(as<CallStmt>(n)->call); return;
    case NodeKind::ReturnStmt: node(as<ReturnStmt>(n)->results); return;
    case NodeKind::IfStmt: {
      auto* s = as<IfStmt>(n);
      node(s->init);
      node(s->cond);
      node(s->then);
      node(s->else_stmt);
      return;
    }
    case NodeKind::ForStmt: {
      auto* s = as<ForStmt>(n);
      node(s->init);
      node(s->cond);
      node(s->post);
      node(s->body);
      return;
    }
    case NodeKind::RangeClause: node(as<RangeClause>(n)->lhs); node(as<RangeClause>(n)->x); return;
    case NodeKind::SwitchStmt: {
      auto* s = as<SwitchStmt>(n);
      node(s->init);
      node(s->tag);
      for (CaseClause* c : s->body) {
        node(c->cases);
        stmts(c->body);
      }
      return;
    }
    case NodeKind::SelectStmt:
      for (CommClause* c : as<SelectStmt>(n)->body) {
        node(c->comm);
        stmts(c->body);
      }
      return;
    default:
      return;
  }
}

}  // namespace

void check_subset(File* file, ErrorList* errors, bool main_unit, const std::vector<std::string>* loaded,
                  std::vector<Pos>* generic_type_decls) {
  Subset s(errors, main_unit, loaded);
  s.generic_type_decls = generic_type_decls;
  s.file(file);
}

}  // namespace gosim::lang
