// Parsing expressions.
//
// Go: syntax/parser.go expr, binaryExpr, unaryExpr, operand, pexpr, complitexpr,
// argList, exprList, typeList. The composite-literal/block ambiguity (`if x == T{}`) is
// resolved as Go does with xnest: inside a statement header (xnest < 0) a '{' after a
// name starts the block, unless the name is inside parentheses or brackets.
//
// Left-deep chains (a+b+c..., a.b.c..., f()()...) are built in loops, so each link
// counts one nesting level: the tree height stays within kMaxNesting.
#include "sim/lang/parser_impl.h"

namespace gosim::lang {
namespace {

// Go: parser.go isValue: x syntactically must be a value (not a type).
bool is_value(const Expr* x) {
  switch (x->kind) {
    case NodeKind::BasicLit: case NodeKind::CompositeLit: case NodeKind::FuncLit:
    case NodeKind::SliceExpr: case NodeKind::AssertExpr: case NodeKind::TypeSwitchGuard:
    case NodeKind::CallExpr:
      return true;
    case NodeKind::Operation: {
      auto* o = as<Operation>(x);
      return o->op != Op::Mul || o->y != nullptr;
    }
    case NodeKind::ParenExpr:
      return is_value(as<ParenExpr>(x)->x);
    case NodeKind::IndexExpr:
      return is_value(as<IndexExpr>(x)->x) || is_value(as<IndexExpr>(x)->index);
    default:
      return false;
  }
}

}  // namespace

Expr* Parser::expr() { return binary_expr(nullptr, 0); }

// Expression = UnaryExpr | Expression binary_op Expression .
Expr* Parser::binary_expr(Expr* x, int prec) {
  if (x == nullptr) x = unary_expr();
  int links = 0;
  while ((tok() == Tok::Operator || tok() == Tok::Star) && tok_.prec > prec) {
    links++;
    if (!enter()) break;
    auto* t = make<Operation>(pos(), tok_.op);
    int tprec = tok_.prec;
    next();
    t->x = x;
    t->y = binary_expr(nullptr, tprec);
    x = t;
  }
  depth_ -= links;
  return x;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
Expr* Parser::unary_expr() {
  Nest nest(this);
  if (!nest.ok) return bad_expr();
  switch (tok()) {
    case Tok::Operator:
    case Tok::Star:
      switch (tok_.op) {
        case Op::Mul: case Op::Add: case Op::Sub: case Op::Not: case Op::Xor: case Op::Tilde: {
          auto* x = make<Operation>(pos(), tok_.op);
          next();
          x->x = unary_expr();
          return x;
        }
        case Op::And: {
          auto* x = make<Operation>(pos(), Op::And);
          next();
          // unary_expr may return a parenthesized composite literal: remove the parens.
          x->x = unparen(unary_expr());
          return x;
        }
        default:
          break;
      }
      break;
    case Tok::Arrow: {
      Pos p = pos();
      next();
      // <-chan E is a channel type; <-x is a receive. We only know after parsing x.
      Expr* x = unary_expr();
      if (x->kind == NodeKind::ChanType) {
        ChanDir dir = ChanDir::Send;
        Expr* t = x;
        while (dir == ChanDir::Send) {
          if (t->kind != NodeKind::ChanType) break;
          auto* c = as<ChanType>(t);
          dir = c->dir;
          if (dir == ChanDir::Recv) syntax_error("unexpected <-, expecting chan");
          c->dir = ChanDir::Recv;
          t = c->elem;
        }
        if (dir == ChanDir::Send) syntax_error("unexpected " + expr_string(t) + ", expecting chan");
        return x;
      }
      auto* o = make<Operation>(p, Op::Recv);
      o->x = x;
      return o;
    }
    default:
      break;
  }
  return pexpr(nullptr, true);
}

// callStmt parses the call after 'go' or 'defer'.
CallStmt* Parser::call_stmt() {
  auto* s = make<CallStmt>(pos(), tok());
  next();
  Expr* x = pexpr(nullptr, tok() == Tok::Lparen);
  if (Expr* t = unparen(x); t != x) {
    error_at(x->pos, "expression in " + std::string(tok_string(s->tok)) + " must not be parenthesized");
    x = t;
  }
  if (x->kind != NodeKind::CallExpr) {
    error_at(x->pos, "expression in " + std::string(tok_string(s->tok)) + " must be function call");
    auto* cx = make<CallExpr>(x->pos);
    cx->fun = x;  // assume the common error of missing parentheses
    s->call = cx;
    return s;
  }
  s->call = as<CallExpr>(x);
  return s;
}

// Operand = Literal | OperandName | MethodExpr | "(" Expression ")" .
Expr* Parser::operand(bool keep_parens) {
  switch (tok()) {
    case Tok::Name:
      return name();
    case Tok::Literal:
      return oliteral();
    case Tok::Lparen: {
      Pos p = pos();
      next();
      xnest_++;
      Expr* x = expr();
      xnest_--;
      want(Tok::Rparen);
      // Parentheses around T in T{} are an error; keep them so pexpr can complain.
      if (tok() == Tok::Lbrace) keep_parens = true;
      if (keep_parens) {
        auto* px = make<ParenExpr>(p);
        px->x = x;
        return px;
      }
      return x;
    }
    case Tok::Func: {
      Pos p = pos();
      next();
      FuncType* ftyp = func_type("function type", nullptr);
      if (tok() == Tok::Lbrace) {
        xnest_++;
        auto* f = make<FuncLit>(p);
        f->ftype = ftyp;
        f->body = func_body();
        xnest_--;
        return f;
      }
      return ftyp;
    }
    case Tok::Lbrack: case Tok::Chan: case Tok::Map: case Tok::Struct: case Tok::Interface:
      return type_();
    default: {
      Expr* x = bad_expr();
      syntax_error("expecting expression");
      advance({Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
      return x;
    }
  }
}

// PrimaryExpr = Operand | Conversion | PrimaryExpr ( Selector | Index | Slice |
//               TypeAssertion | Arguments ) .
Expr* Parser::pexpr(Expr* x, bool keep_parens) {
  if (x == nullptr) x = operand(keep_parens);
  int links = 0;
  for (;;) {
    Pos p = pos();
    bool more = true;
    switch (tok()) {
      case Tok::Dot: {
        next();
        if (tok() == Tok::Name) {
          auto* t = make<SelectorExpr>(p);
          t->x = x;
          t->sel = name();
          x = t;
        } else if (tok() == Tok::Lparen) {
          next();
          if (got(Tok::Type)) {
            auto* t = make<TypeSwitchGuard>(p);
            t->x = x;
            x = t;
          } else {
            auto* t = make<AssertExpr>(p);
            t->x = x;
            t->type_expr = type_();
            x = t;
          }
          want(Tok::Rparen);
        } else {
          syntax_error("expecting name or (");
          advance({Tok::Semi, Tok::Rparen});
        }
        break;
      }
      case Tok::Lbrack: {
        next();
        if (tok() == Tok::Rbrack) {
          syntax_error("expecting operand");
          next();
          break;
        }
        Expr* i = nullptr;
        if (tok() != Tok::Colon) {
          bool comma = false;
          i = type_list(&comma);
          if (comma || tok() == Tok::Rbrack) {
            want(Tok::Rbrack);
            auto* t = make<IndexExpr>(p);
            t->x = x;
            t->index = i;
            x = t;
            break;
          }
        }
        if (!got(Tok::Colon)) {
          syntax_error("expecting comma, : or ]");
          advance({Tok::Comma, Tok::Colon, Tok::Rbrack});
        }
        xnest_++;
        auto* t = make<SliceExpr>(p);
        t->x = x;
        t->index[0] = i;
        if (tok() != Tok::Colon && tok() != Tok::Rbrack) t->index[1] = expr();
        if (tok() == Tok::Colon) {
          t->full = true;
          if (t->index[1] == nullptr) {
            error("middle index required in 3-index slice");
            t->index[1] = bad_expr();
          }
          next();
          if (tok() != Tok::Rbrack) {
            t->index[2] = expr();
          } else {
            error("final index required in 3-index slice");
            t->index[2] = bad_expr();
          }
        }
        xnest_--;
        want(Tok::Rbrack);
        x = t;
        break;
      }
      case Tok::Lparen: {
        auto* t = make<CallExpr>(p);
        next();
        t->fun = x;
        t->args = arg_list(&t->has_dots);
        x = t;
        break;
      }
      case Tok::Lbrace: {
        // Does '{' start a composite literal or a block?
        Expr* t = unparen(x);
        bool complit_ok = false;
        switch (t->kind) {
          case NodeKind::Name:
          case NodeKind::SelectorExpr:
            complit_ok = xnest_ >= 0;
            break;
          case NodeKind::IndexExpr:
            complit_ok = xnest_ >= 0 && !is_value(t);
            break;
          case NodeKind::ArrayType: case NodeKind::SliceType: case NodeKind::StructType:
          case NodeKind::MapType:
            complit_ok = true;
            break;
          default:
            break;
        }
        if (!complit_ok) {
          more = false;
          break;
        }
        if (t != x) syntax_error("cannot parenthesize type in composite literal");
        CompositeLit* n = complitexpr();
        n->type_expr = x;
        x = n;
        break;
      }
      default:
        more = false;
        break;
    }
    if (!more) break;
    links++;
    if (!enter()) break;
  }
  depth_ -= links;
  return x;
}

// Element = Expression | LiteralValue .
Expr* Parser::bare_complitexpr() {
  if (tok() == Tok::Lbrace) return complitexpr();
  return expr();
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
CompositeLit* Parser::complitexpr() {
  auto* x = make<CompositeLit>(pos());
  Nest nest(this);
  if (!nest.ok) return x;
  xnest_++;
  want(Tok::Lbrace);
  list("composite literal", Tok::Comma, Tok::Rbrace, [&] {
    Expr* e = bare_complitexpr();
    if (tok() == Tok::Colon) {
      auto* l = make<KeyValueExpr>(pos());
      next();
      l->key = e;
      l->value_expr = bare_complitexpr();
      e = l;
      x->nkeys++;
    }
    x->elems.push_back(e);
    return false;
  }, &x->rbrace);
  xnest_--;
  return x;
}

// argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")" .
std::vector<Expr*> Parser::arg_list(bool* has_dots) {
  std::vector<Expr*> out;
  xnest_++;
  list("argument list", Tok::Comma, Tok::Rparen, [&] {
    out.push_back(expr());
    *has_dots = got(Tok::DotDotDot);
    return *has_dots;
  });
  xnest_--;
  return out;
}

// ExpressionList = Expression { "," Expression } .
Expr* Parser::expr_list() {
  Expr* x = expr();
  if (got(Tok::Comma)) {
    auto* t = make<ListExpr>(x->pos);
    t->elems.push_back(x);
    t->elems.push_back(expr());
    while (got(Tok::Comma)) t->elems.push_back(expr());
    return t;
  }
  return x;
}

// typeList = arg { "," arg } [ "," ] . The first element may be any expression.
Expr* Parser::type_list(bool* comma) {
  xnest_++;
  Expr* x = expr();
  if (got(Tok::Comma)) {
    *comma = true;
    if (Expr* t = type_or_nil()) {
      auto* l = make<ListExpr>(x->pos);
      l->elems.push_back(x);
      l->elems.push_back(t);
      while (got(Tok::Comma)) {
        t = type_or_nil();
        if (t == nullptr) break;
        l->elems.push_back(t);
      }
      x = l;
    }
  }
  xnest_--;
  return x;
}

}  // namespace gosim::lang
