// Tree helpers: start positions and the short printed form of nodes.
//
// Go: syntax/positions.go (StartPos) and syntax/printer.go in ShortForm, which is what
// types2 uses to quote source in messages: `cannot use f() (value of type int) ...`,
// composite literal and function bodies collapse to `{…}`. gosim prints expressions,
// types and the simple statements that can appear in an if/for/switch header; other
// statements print as their keyword only (they never appear in messages).
#include "sim/lang/ast.h"

namespace gosim::lang {

const char* node_kind_name(NodeKind k) {
  static const char* const kNames[] = {
      "BadExpr", "Name", "BasicLit", "CompositeLit", "KeyValueExpr", "FuncLit", "ParenExpr",
      "SelectorExpr", "IndexExpr", "SliceExpr", "AssertExpr", "TypeSwitchGuard", "Operation",
      "CallExpr", "ListExpr", "ArrayType", "SliceType", "DotsType", "StructType",
      "InterfaceType", "FuncType", "MapType", "ChanType", "EmptyStmt", "LabeledStmt",
      "BlockStmt", "ExprStmt", "SendStmt", "DeclStmt", "AssignStmt", "BranchStmt", "CallStmt",
      "ReturnStmt", "IfStmt", "ForStmt", "SwitchStmt", "SelectStmt", "RangeClause", "Field",
      "CaseClause", "CommClause", "ImportDecl", "ConstDecl", "TypeDecl", "VarDecl", "FuncDecl",
      "File",
  };
  return kNames[static_cast<size_t>(k)];
}

bool is_expr_kind(NodeKind k) { return k <= NodeKind::ChanType; }

Expr* unparen(Expr* x) {
  while (x != nullptr && x->kind == NodeKind::ParenExpr) x = as<ParenExpr>(x)->x;
  return x;
}

const Expr* unparen(const Expr* x) {
  while (x != nullptr && x->kind == NodeKind::ParenExpr) x = as<ParenExpr>(x)->x;
  return x;
}

std::vector<Expr*> unpack_list(Expr* x) {
  if (x == nullptr) return {};
  if (x->kind == NodeKind::ListExpr) return as<ListExpr>(x)->elems;
  return {x};
}

Pos start_pos(const Node* n) {
  // Bounded by the tree height, which the parser limits.
  while (n != nullptr) {
    switch (n->kind) {
      case NodeKind::File:
        return {1, 1};
      case NodeKind::CompositeLit:
        if (as<CompositeLit>(n)->type_expr == nullptr) return n->pos;
        n = as<CompositeLit>(n)->type_expr;
        break;
      case NodeKind::SelectorExpr: n = as<SelectorExpr>(n)->x; break;
      case NodeKind::IndexExpr: n = as<IndexExpr>(n)->x; break;
      case NodeKind::AssertExpr: n = as<AssertExpr>(n)->x; break;
      case NodeKind::TypeSwitchGuard: {
        auto* g = as<TypeSwitchGuard>(n);
        n = g->lhs != nullptr ? static_cast<const Node*>(g->lhs) : g->x;
        break;
      }
      case NodeKind::Operation:
        if (as<Operation>(n)->y == nullptr) return n->pos;
        n = as<Operation>(n)->x;
        break;
      case NodeKind::CallExpr: n = as<CallExpr>(n)->fun; break;
      case NodeKind::ListExpr:
        if (as<ListExpr>(n)->elems.empty()) return n->pos;
        n = as<ListExpr>(n)->elems[0];
        break;
      case NodeKind::SendStmt: n = as<SendStmt>(n)->chan; break;
      case NodeKind::AssignStmt: n = as<AssignStmt>(n)->lhs; break;
      case NodeKind::RangeClause: {
        auto* r = as<RangeClause>(n);
        n = r->lhs != nullptr ? r->lhs : r->x;
        break;
      }
      default:
        return n->pos;
    }
  }
  return {};
}

namespace {

class Printer {
 public:
  std::string out;

  void node(const Node* n);

 private:
  void expr_list(const std::vector<Expr*>& list) {
    for (size_t i = 0; i < list.size(); i++) {
      if (i > 0) out += ", ";
      node(list[i]);
    }
  }
  void param_list(const std::vector<Field*>& list);
  void signature(const FuncType* f);
  void field_list(const StructType* s);
};

void Printer::param_list(const std::vector<Field*>& list) {
  out += "(";
  for (size_t i = 0; i < list.size(); i++) {
    const Field* f = list[i];
    if (i > 0) out += ", ";
    if (f->name != nullptr) {
      node(f->name);
      if (i + 1 < list.size()) {
        const Field* f1 = list[i + 1];
        if (f1->name != nullptr && f1->type == f->type) continue;
      }
      out += " ";
    }
    node(unparen(f->type));
  }
  out += ")";
}

void Printer::signature(const FuncType* f) {
  param_list(f->params);
  if (!f->results.empty()) {
    out += " ";
    if (f->results.size() == 1 && f->results[0]->name == nullptr) {
      node(f->results[0]->type);
    } else {
      param_list(f->results);
    }
  }
}

void Printer::field_list(const StructType* s) {
  const auto& fields = s->fields;
  size_t i0 = 0;
  auto print_fields = [&](size_t i, size_t j) {
    if (i + 1 == j && fields[i]->name == nullptr) {
      node(fields[i]->type);
    } else {
      for (size_t k = i; k < j; k++) {
        if (k > i) out += ", ";
        node(fields[k]->name);
      }
      out += " ";
      node(fields[i]->type);
    }
    if (i < s->tags.size() && s->tags[i] != nullptr) {
      out += " ";
      node(s->tags[i]);
    }
  };
  const Expr* typ = nullptr;
  for (size_t i = 0; i < fields.size(); i++) {
    const Field* f = fields[i];
    if (f->name == nullptr || f->type != typ) {
      if (i0 < i) {
        print_fields(i0, i);
        out += "; ";
        i0 = i;
      }
      typ = f->type;
    }
  }
  if (i0 < fields.size()) print_fields(i0, fields.size());
}

void Printer::node(const Node* n) {
  if (n == nullptr) return;
  switch (n->kind) {
    case NodeKind::BadExpr: out += "<bad expr>"; return;
    case NodeKind::Name: out += as<Name>(n)->value; return;
    case NodeKind::BasicLit: out += as<BasicLit>(n)->value; return;
    case NodeKind::FuncLit: {
      auto* f = as<FuncLit>(n);
      node(f->ftype);
      out += " {";
      if (f->body != nullptr && !f->body->list.empty()) out += "…";
      out += "}";
      return;
    }
    case NodeKind::CompositeLit: {
      auto* c = as<CompositeLit>(n);
      node(c->type_expr);
      out += c->elems.empty() ? "{}" : "{…}";
      return;
    }
    case NodeKind::ParenExpr:
      out += "(";
      node(as<ParenExpr>(n)->x);
      out += ")";
      return;
    case NodeKind::SelectorExpr:
      node(as<SelectorExpr>(n)->x);
      out += ".";
      node(as<SelectorExpr>(n)->sel);
      return;
    case NodeKind::IndexExpr:
      node(as<IndexExpr>(n)->x);
      out += "[";
      node(as<IndexExpr>(n)->index);
      out += "]";
      return;
    case NodeKind::SliceExpr: {
      auto* s = as<SliceExpr>(n);
      node(s->x);
      out += "[";
      node(s->index[0]);
      out += ":";
      node(s->index[1]);
      if (s->index[2] != nullptr) {
        out += ":";
        node(s->index[2]);
      }
      out += "]";
      return;
    }
    case NodeKind::AssertExpr:
      node(as<AssertExpr>(n)->x);
      out += ".(";
      node(as<AssertExpr>(n)->type_expr);
      out += ")";
      return;
    case NodeKind::TypeSwitchGuard: {
      auto* g = as<TypeSwitchGuard>(n);
      if (g->lhs != nullptr) {
        node(g->lhs);
        out += " := ";
      }
      node(g->x);
      out += ".(type)";
      return;
    }
    case NodeKind::CallExpr: {
      auto* c = as<CallExpr>(n);
      node(c->fun);
      out += "(";
      expr_list(c->args);
      if (c->has_dots) out += "...";
      out += ")";
      return;
    }
    case NodeKind::Operation: {
      auto* o = as<Operation>(n);
      if (o->y == nullptr) {
        out += op_string(o->op);
        node(o->x);
      } else {
        node(o->x);
        out += " ";
        out += op_string(o->op);
        out += " ";
        node(o->y);
      }
      return;
    }
    case NodeKind::KeyValueExpr:
      node(as<KeyValueExpr>(n)->key);
      out += ": ";
      node(as<KeyValueExpr>(n)->value_expr);
      return;
    case NodeKind::ListExpr: expr_list(as<ListExpr>(n)->elems); return;
    case NodeKind::ArrayType: {
      auto* a = as<ArrayType>(n);
      out += "[";
      if (a->len != nullptr) {
        node(a->len);
      } else {
        out += "...";
      }
      out += "]";
      node(a->elem);
      return;
    }
    case NodeKind::SliceType:
      out += "[]";
      node(as<SliceType>(n)->elem);
      return;
    case NodeKind::DotsType:
      out += "...";
      node(as<DotsType>(n)->elem);
      return;
    case NodeKind::StructType:
      out += "struct{";
      field_list(as<StructType>(n));
      out += "}";
      return;
    case NodeKind::FuncType:
      out += "func";
      signature(as<FuncType>(n));
      return;
    case NodeKind::InterfaceType: {
      auto* it = as<InterfaceType>(n);
      out += "interface{";
      for (size_t i = 0; i < it->methods.size(); i++) {
        const Field* f = it->methods[i];
        if (i > 0) out += "; ";
        if (f->name != nullptr) {
          node(f->name);
          if (f->type != nullptr && f->type->kind == NodeKind::FuncType) {
            signature(as<FuncType>(f->type));
          }
        } else {
          node(f->type);
        }
      }
      out += "}";
      return;
    }
    case NodeKind::MapType:
      out += "map[";
      node(as<MapType>(n)->key);
      out += "]";
      node(as<MapType>(n)->value_type);
      return;
    case NodeKind::ChanType: {
      auto* c = as<ChanType>(n);
      if (c->dir == ChanDir::Recv) out += "<-";
      out += "chan";
      if (c->dir == ChanDir::Send) out += "<-";
      out += " ";
      if (c->dir == ChanDir::Both && c->elem != nullptr && c->elem->kind == NodeKind::ChanType &&
          as<ChanType>(c->elem)->dir == ChanDir::Recv) {
        out += "(";
        node(c->elem);
        out += ")";
      } else {
        node(c->elem);
      }
      return;
    }
    case NodeKind::ExprStmt: node(as<ExprStmt>(n)->x); return;
    case NodeKind::SendStmt:
      node(as<SendStmt>(n)->chan);
      out += " <- ";
      node(as<SendStmt>(n)->value);
      return;
    case NodeKind::AssignStmt: {
      auto* a = as<AssignStmt>(n);
      node(a->lhs);
      if (a->rhs == nullptr) {
        out += op_string(a->op);
        out += op_string(a->op);
        return;
      }
      out += " ";
      out += op_string(a->op);
      out += "= ";
      node(a->rhs);
      return;
    }
    case NodeKind::RangeClause: {
      auto* r = as<RangeClause>(n);
      if (r->lhs != nullptr) {
        node(r->lhs);
        out += r->def ? " := " : " = ";
      }
      out += "range ";
      node(r->x);
      return;
    }
    default:
      out += node_kind_name(n->kind);
      return;
  }
}

}  // namespace

std::string expr_string(const Node* n) {
  Printer p;
  p.node(n);
  return p.out;
}

}  // namespace gosim::lang
