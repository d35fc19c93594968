// Test helper: a compact S-expression dump of syntax trees, so parser tests can state
// the expected shape in one line: `(:= x (call f 1))`.
#pragma once

#include <string>

#include "sim/lang/ast.h"

namespace gosim::lang::test {

inline std::string dump(const Node* n);

inline std::string dump_list(const std::vector<Expr*>& l) {
  std::string out;
  for (const Expr* e : l) out += " " + dump(e);
  return out;
}

inline std::string dump_stmts(const std::vector<Stmt*>& l) {
  std::string out;
  for (const Stmt* s : l) out += " " + dump(s);
  return out;
}

inline std::string dump(const Node* n) {
  if (n == nullptr) return "_";
  switch (n->kind) {
    case NodeKind::Name: return as<Name>(n)->value;
    case NodeKind::BasicLit: return as<BasicLit>(n)->value;
    case NodeKind::BadExpr: return "BAD";
    case NodeKind::Operation: {
      auto* o = as<Operation>(n);
      std::string op(op_string(o->op));
      if (o->y == nullptr) return "(" + op + " " + dump(o->x) + ")";
      return "(" + op + " " + dump(o->x) + " " + dump(o->y) + ")";
    }
    case NodeKind::CallExpr: {
      auto* c = as<CallExpr>(n);
      return "(call " + dump(c->fun) + dump_list(c->args) + (c->has_dots ? " ..." : "") + ")";
    }
    case NodeKind::SelectorExpr: return "(. " + dump(as<SelectorExpr>(n)->x) + " " + dump(as<SelectorExpr>(n)->sel) + ")";
    case NodeKind::IndexExpr: return "(index " + dump(as<IndexExpr>(n)->x) + " " + dump(as<IndexExpr>(n)->index) + ")";
    case NodeKind::SliceExpr: {
      auto* s = as<SliceExpr>(n);
      return "(slice " + dump(s->x) + " " + dump(s->index[0]) + " " + dump(s->index[1]) +
             (s->full ? " " + dump(s->index[2]) : "") + ")";
    }
    case NodeKind::ParenExpr: return "(paren " + dump(as<ParenExpr>(n)->x) + ")";
    case NodeKind::AssertExpr: return "(assert " + dump(as<AssertExpr>(n)->x) + " " + dump(as<AssertExpr>(n)->type_expr) + ")";
    case NodeKind::TypeSwitchGuard: {
      auto* g = as<TypeSwitchGuard>(n);
      return "(guard " + dump(g->lhs) + " " + dump(g->x) + ")";
    }
    case NodeKind::ListExpr: return "(list" + dump_list(as<ListExpr>(n)->elems) + ")";
    case NodeKind::KeyValueExpr: return "(: " + dump(as<KeyValueExpr>(n)->key) + " " + dump(as<KeyValueExpr>(n)->value_expr) + ")";
    case NodeKind::CompositeLit: return "(lit " + dump(as<CompositeLit>(n)->type_expr) + dump_list(as<CompositeLit>(n)->elems) + ")";
    case NodeKind::FuncLit: return "(funclit " + dump(as<FuncLit>(n)->ftype) + " " + dump(as<FuncLit>(n)->body) + ")";
    case NodeKind::ArrayType: return "(array " + dump(as<ArrayType>(n)->len) + " " + dump(as<ArrayType>(n)->elem) + ")";
    case NodeKind::SliceType: return "(slicetype " + dump(as<SliceType>(n)->elem) + ")";
    case NodeKind::DotsType: return "(dots " + dump(as<DotsType>(n)->elem) + ")";
    case NodeKind::MapType: return "(map " + dump(as<MapType>(n)->key) + " " + dump(as<MapType>(n)->value_type) + ")";
    case NodeKind::ChanType: {
      auto* c = as<ChanType>(n);
      const char* d = c->dir == ChanDir::Both ? "chan" : (c->dir == ChanDir::Send ? "chan<-" : "<-chan");
      return std::string("(") + d + " " + dump(c->elem) + ")";
    }
    case NodeKind::FuncType: {
      auto* f = as<FuncType>(n);
      std::string out = "(func (";
      for (size_t i = 0; i < f->params.size(); i++) out += (i ? " " : "") + dump(f->params[i]);
      out += ") (";
      for (size_t i = 0; i < f->results.size(); i++) out += (i ? " " : "") + dump(f->results[i]);
      return out + "))";
    }
    case NodeKind::Field: {
      auto* f = as<Field>(n);
      return f->name != nullptr ? f->name->value + ":" + dump(f->type) : dump(f->type);
    }
    case NodeKind::StructType: {
      std::string out = "(struct";
      for (const Field* f : as<StructType>(n)->fields) out += " " + dump(f);
      return out + ")";
    }
    case NodeKind::InterfaceType: {
      std::string out = "(interface";
      for (const Field* f : as<InterfaceType>(n)->methods) out += " " + dump(f);
      return out + ")";
    }
    case NodeKind::EmptyStmt: return "(empty)";
    case NodeKind::ExprStmt: return dump(as<ExprStmt>(n)->x);
    case NodeKind::SendStmt: return "(send " + dump(as<SendStmt>(n)->chan) + " " + dump(as<SendStmt>(n)->value) + ")";
    case NodeKind::AssignStmt: {
      auto* a = as<AssignStmt>(n);
      if (a->rhs == nullptr) return "(" + std::string(op_string(a->op)) + std::string(op_string(a->op)) + " " + dump(a->lhs) + ")";
      return "(" + std::string(op_string(a->op)) + "= " + dump(a->lhs) + " " + dump(a->rhs) + ")";
    }
    case NodeKind::BlockStmt: return "(block" + dump_stmts(as<BlockStmt>(n)->list) + ")";
    case NodeKind::LabeledStmt: return "(label " + dump(as<LabeledStmt>(n)->label) + " " + dump(as<LabeledStmt>(n)->stmt) + ")";
    case NodeKind::BranchStmt: {
      auto* b = as<BranchStmt>(n);
      return "(" + std::string(tok_string(b->tok)) + (b->label != nullptr ? " " + b->label->value : "") + ")";
    }
    case NodeKind::CallStmt: return "(" + std::string(tok_string(as<CallStmt>(n)->tok)) + " " + dump(as<CallStmt>(n)->call) + ")";
    case NodeKind::ReturnStmt: return "(return " + dump(as<ReturnStmt>(n)->results) + ")";
    case NodeKind::IfStmt: {
      auto* s = as<IfStmt>(n);
      return "(if " + dump(s->init) + " " + dump(s->cond) + " " + dump(s->then) + " " + dump(s->else_stmt) + ")";
    }
    case NodeKind::ForStmt: {
      auto* s = as<ForStmt>(n);
      return "(for " + dump(s->init) + " " + dump(s->cond) + " " + dump(s->post) + " " + dump(s->body) + ")";
    }
    case NodeKind::RangeClause: {
      auto* r = as<RangeClause>(n);
      return "(range " + dump(r->lhs) + (r->def ? " := " : " = ") + dump(r->x) + ")";
    }
    case NodeKind::SwitchStmt: {
      auto* s = as<SwitchStmt>(n);
      std::string out = "(switch " + dump(s->init) + " " + dump(s->tag);
      for (const CaseClause* c : s->body) out += " (case " + dump(c->cases) + dump_stmts(c->body) + ")";
      return out + ")";
    }
    case NodeKind::SelectStmt: {
      std::string out = "(select";
      for (const CommClause* c : as<SelectStmt>(n)->body) out += " (case " + dump(c->comm) + dump_stmts(c->body) + ")";
      return out + ")";
    }
    case NodeKind::DeclStmt: {
      std::string out = "(decl";
      for (const Decl* d : as<DeclStmt>(n)->decls) out += " " + dump(d);
      return out + ")";
    }
    case NodeKind::VarDecl: {
      auto* d = as<VarDecl>(n);
      std::string out = "(var";
      for (const Name* nm : d->names) out += " " + nm->value;
      return out + " " + dump(d->type) + " " + dump(d->values) + ")";
    }
    case NodeKind::ConstDecl: {
      auto* d = as<ConstDecl>(n);
      std::string out = "(const";
      for (const Name* nm : d->names) out += " " + nm->value;
      return out + " " + dump(d->type) + " " + dump(d->values) + ")";
    }
    case NodeKind::TypeDecl: return "(type " + as<TypeDecl>(n)->name->value + " " + dump(as<TypeDecl>(n)->type) + ")";
    case NodeKind::FuncDecl: {
      auto* f = as<FuncDecl>(n);
      return "(funcdecl " + dump(f->recv) + " " + f->name->value + " " + dump(f->ftype) + " " + dump(f->body) + ")";
    }
    case NodeKind::ImportDecl: return "(import " + dump(as<ImportDecl>(n)->local_name) + " " + dump(as<ImportDecl>(n)->path) + ")";
    default: return node_kind_name(n->kind);
  }
}

}  // namespace gosim::lang::test
