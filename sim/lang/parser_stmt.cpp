// Parsing statements.
//
// Go: syntax/parser.go simpleStmt, header, ifStmt, forStmt, switchStmt, selectStmt,
// caseClause, commClause, stmtOrNil, stmtList. `header` is where Go produces its
// friendliest messages ("cannot use x = 1 as value", "missing condition in if
// statement", "expecting { after for clause") and they are reproduced here.
#include "sim/lang/parser_impl.h"

namespace gosim::lang {

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
Stmt* Parser::simple_stmt(Expr* lhs, Tok keyword) {
  if (keyword == Tok::For && tok() == Tok::Range) return new_range_clause(nullptr, false);
  if (lhs == nullptr) lhs = expr_list();

  if (lhs->kind != NodeKind::ListExpr && tok() != Tok::Assign && tok() != Tok::Define) {
    Pos p = pos();
    switch (tok()) {
      case Tok::AssignOp: {
        Op op = tok_.op;
        next();
        auto* s = make<AssignStmt>(p, op);
        s->lhs = lhs;
        s->rhs = expr();
        return s;
      }
      case Tok::IncOp: {
        auto* s = make<AssignStmt>(p, tok_.op);
        next();
        s->lhs = lhs;
        return s;
      }
      case Tok::Arrow: {
        auto* s = make<SendStmt>(p);
        next();
        s->chan = lhs;
        s->value = expr();
        return s;
      }
      default: {
        auto* s = make<ExprStmt>(lhs->pos);
        s->x = lhs;
        return s;
      }
    }
  }

  if (tok() == Tok::Assign || tok() == Tok::Define) {
    Pos p = pos();
    Op op = tok() == Tok::Define ? Op::Def : Op::None;
    next();
    if (keyword == Tok::For && tok() == Tok::Range) return new_range_clause(lhs, op == Op::Def);
    Expr* rhs = expr_list();
    if (rhs->kind == NodeKind::TypeSwitchGuard && keyword == Tok::Switch && op == Op::Def &&
        lhs->kind == NodeKind::Name) {
      // switch … lhs := rhs.(type)
      auto* g = as<TypeSwitchGuard>(rhs);
      g->lhs = as<Name>(lhs);
      auto* s = make<ExprStmt>(g->pos);
      s->x = g;
      return s;
    }
    auto* s = make<AssignStmt>(p, op);
    s->lhs = lhs;
    s->rhs = rhs;
    return s;
  }

  syntax_error("expecting := or = or comma");
  advance({Tok::Semi, Tok::Rbrace});
  if (lhs->kind == NodeKind::ListExpr) lhs = as<ListExpr>(lhs)->elems[0];
  auto* s = make<ExprStmt>(lhs->pos);
  s->x = lhs;
  return s;
}

RangeClause* Parser::new_range_clause(Expr* lhs, bool def) {
  auto* r = make<RangeClause>(pos());
  next();  // range
  r->lhs = lhs;
  r->def = def;
  r->x = expr();
  return r;
}

Stmt* Parser::labeled_stmt_or_nil(Name* label) {
  auto* s = make<LabeledStmt>(pos());
  s->label = label;
  Nest nest(this);
  if (!nest.ok) return nullptr;
  want(Tok::Colon);
  if (tok() == Tok::Rbrace) {
    // A statement must follow; before '}' that is an (implicit) empty statement.
    s->stmt = make<EmptyStmt>(pos());
    return s;
  }
  s->stmt = stmt_or_nil();
  if (s->stmt != nullptr) return s;
  syntax_error_at(s->pos, "missing statement after label");
  return nullptr;
}

// context must be non-empty unless tok() == Lbrace is known.
BlockStmt* Parser::block_stmt(const char* context) {
  auto* s = make<BlockStmt>(pos());
  Nest nest(this);
  if (!nest.ok) return s;
  if (!got(Tok::Lbrace)) {
    syntax_error(std::string("expecting { after ") + context);
    advance({Tok::Name, Tok::Rbrace});
    s->rbrace = pos();
    if (got(Tok::Rbrace)) return s;
  }
  s->list = stmt_list();
  s->rbrace = pos();
  want(Tok::Rbrace);
  return s;
}

DeclStmt* Parser::decl_stmt(Decl* (Parser::*f)(int group)) {
  auto* s = make<DeclStmt>(pos());
  next();  // const, type or var
  append_group(&s->decls, f);
  return s;
}

Stmt* Parser::for_stmt() {
  auto* s = make<ForStmt>(pos());
  header(Tok::For, &s->init, &s->cond, &s->post);
  s->body = block_stmt("for clause");
  return s;
}

// Go: parser.go header: the part between `if`/`for`/`switch` and the block.
void Parser::header(Tok keyword, Stmt** init, Expr** cond, Stmt** post) {
  want(keyword);
  if (tok() == Tok::Lbrace) {
    if (keyword == Tok::If) {
      syntax_error("missing condition in if statement");
      *cond = bad_expr();
    }
    return;
  }
  int outer = xnest_;
  xnest_ = -1;

  if (tok() != Tok::Semi) {
    // accept a var declaration but complain
    if (got(Tok::Var)) syntax_error("var declaration not allowed in " + tokstring(keyword) + " initializer");
    *init = simple_stmt(nullptr, keyword);
    if ((*init)->kind == NodeKind::RangeClause) {
      xnest_ = outer;
      return;
    }
  }

  Stmt* cond_stmt = nullptr;
  Pos semi_pos;
  std::string semi_lit;
  bool done = false;
  if (tok() != Tok::Lbrace) {
    if (tok() == Tok::Semi) {
      semi_pos = pos();
      semi_lit = tok_.lit;
      next();
    } else {
      // asking for a '{' rather than a ';' here leads to a better error message
      want(Tok::Lbrace);
      if (tok() != Tok::Lbrace) advance({Tok::Lbrace, Tok::Rbrace});
    }
    if (keyword == Tok::For) {
      if (tok() != Tok::Semi) {
        if (tok() == Tok::Lbrace) {
          syntax_error("expecting for loop condition");
          done = true;
        } else {
          cond_stmt = simple_stmt(nullptr, Tok::None);
        }
      }
      if (!done) {
        want(Tok::Semi);
        if (tok() != Tok::Lbrace) {
          *post = simple_stmt(nullptr, Tok::None);
          if ((*post)->kind == NodeKind::AssignStmt && as<AssignStmt>(*post)->op == Op::Def) {
            syntax_error_at((*post)->pos, "cannot declare in post statement of for loop");
          }
        }
      }
    } else if (tok() != Tok::Lbrace) {
      cond_stmt = simple_stmt(nullptr, keyword);
    }
  } else {
    cond_stmt = *init;
    *init = nullptr;
  }

  // unpack cond_stmt
  if (cond_stmt == nullptr) {
    if (keyword == Tok::If && semi_pos.known()) {
      if (semi_lit != "semicolon") {
        syntax_error_at(semi_pos, "unexpected " + semi_lit + ", expecting { after if clause");
      } else {
        syntax_error_at(semi_pos, "missing condition in if statement");
      }
      *cond = make<BadExpr>(semi_pos);
    }
  } else if (cond_stmt->kind == NodeKind::ExprStmt) {
    *cond = as<ExprStmt>(cond_stmt)->x;
  } else {
    // A common mistake is '=' for '=='; say so explicitly.
    std::string str;
    if (cond_stmt->kind == NodeKind::AssignStmt && as<AssignStmt>(cond_stmt)->op == Op::None) {
      auto* as_ = as<AssignStmt>(cond_stmt);
      str = "assignment (" + expr_string(as_->lhs) + ") = (" + expr_string(as_->rhs) + ")";
    } else {
      str = expr_string(cond_stmt);
    }
    syntax_error_at(cond_stmt->pos, "cannot use " + str + " as value");
  }
  xnest_ = outer;
}

IfStmt* Parser::if_stmt() {
  auto* s = make<IfStmt>(pos());
  Nest nest(this);
  if (!nest.ok) return s;
  Stmt* post = nullptr;
  header(Tok::If, &s->init, &s->cond, &post);
  s->then = block_stmt("if clause");
  if (got(Tok::Else)) {
    switch (tok()) {
      case Tok::If: s->else_stmt = if_stmt(); break;
      case Tok::Lbrace: s->else_stmt = block_stmt(""); break;
      default:
        syntax_error("else must be followed by if or statement block");
        advance({Tok::Name, Tok::Rbrace});
        break;
    }
  }
  return s;
}

SwitchStmt* Parser::switch_stmt() {
  auto* s = make<SwitchStmt>(pos());
  Nest nest(this);
  if (!nest.ok) return s;
  Stmt* post = nullptr;
  header(Tok::Switch, &s->init, &s->tag, &post);
  if (!got(Tok::Lbrace)) {
    syntax_error("missing { after switch clause");
    advance({Tok::Case, Tok::Default, Tok::Rbrace});
  }
  while (tok() != Tok::Eof && tok() != Tok::Rbrace) s->body.push_back(case_clause());
  s->rbrace = pos();
  want(Tok::Rbrace);
  return s;
}

SelectStmt* Parser::select_stmt() {
  auto* s = make<SelectStmt>(pos());
  Nest nest(this);
  if (!nest.ok) return s;
  want(Tok::Select);
  if (!got(Tok::Lbrace)) {
    syntax_error("missing { after select clause");
    advance({Tok::Case, Tok::Default, Tok::Rbrace});
  }
  while (tok() != Tok::Eof && tok() != Tok::Rbrace) s->body.push_back(comm_clause());
  s->rbrace = pos();
  want(Tok::Rbrace);
  return s;
}

CaseClause* Parser::case_clause() {
  auto* c = make<CaseClause>(pos());
  switch (tok()) {
    case Tok::Case:
      next();
      c->cases = expr_list();
      break;
    case Tok::Default:
      next();
      break;
    default:
      syntax_error("expecting case or default or }");
      advance({Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace});
      break;
  }
  c->colon = pos();
  want(Tok::Colon);
  c->body = stmt_list();
  return c;
}

CommClause* Parser::comm_clause() {
  auto* c = make<CommClause>(pos());
  switch (tok()) {
    case Tok::Case:
      next();
      c->comm = simple_stmt(nullptr, Tok::None);
      break;
    case Tok::Default:
      next();
      break;
    default:
      syntax_error("expecting case or default or }");
      advance({Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace});
      break;
  }
  c->colon = pos();
  want(Tok::Colon);
  c->body = stmt_list();
  return c;
}

// Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt | BreakStmt |
//   ContinueStmt | GotoStmt | FallthroughStmt | Block | IfStmt | SwitchStmt |
//   SelectStmt | ForStmt | DeferStmt .
Stmt* Parser::stmt_or_nil() {
  if (tok() == Tok::Name) {
    Expr* lhs = expr_list();
    if (lhs->kind == NodeKind::Name && tok() == Tok::Colon) return labeled_stmt_or_nil(as<Name>(lhs));
    return simple_stmt(lhs, Tok::None);
  }
  switch (tok()) {
    case Tok::Var: return decl_stmt(&Parser::var_decl);
    case Tok::Const: return decl_stmt(&Parser::const_decl);
    case Tok::Type: return decl_stmt(&Parser::type_decl);
    case Tok::Lbrace: return block_stmt("");
    case Tok::Operator:
    case Tok::Star:
      switch (tok_.op) {
        case Op::Add: case Op::Sub: case Op::Mul: case Op::And: case Op::Xor: case Op::Not:
          return simple_stmt(nullptr, Tok::None);
        default:
          return nullptr;
      }
    case Tok::Literal: case Tok::Func: case Tok::Lparen: case Tok::Lbrack: case Tok::Struct:
    case Tok::Map: case Tok::Chan: case Tok::Interface: case Tok::Arrow:
      return simple_stmt(nullptr, Tok::None);
    case Tok::For: {
      Nest nest(this);
      if (!nest.ok) return nullptr;
      return for_stmt();
    }
    case Tok::Switch: return switch_stmt();
    case Tok::Select: return select_stmt();
    case Tok::If: return if_stmt();
    case Tok::Fallthrough: {
      auto* s = make<BranchStmt>(pos(), Tok::Fallthrough);
      next();
      return s;
    }
    case Tok::Break:
    case Tok::Continue: {
      auto* s = make<BranchStmt>(pos(), tok());
      next();
      if (tok() == Tok::Name) s->label = name();
      return s;
    }
    case Tok::Go:
    case Tok::Defer:
      return call_stmt();
    case Tok::Goto: {
      auto* s = make<BranchStmt>(pos(), Tok::Goto);
      next();
      s->label = name();
      return s;
    }
    case Tok::Return: {
      auto* s = make<ReturnStmt>(pos());
      next();
      if (tok() != Tok::Semi && tok() != Tok::Rbrace) s->results = expr_list();
      return s;
    }
    case Tok::Semi:
      return make<EmptyStmt>(pos());
    default:
      return nullptr;
  }
}

// StatementList = { Statement ";" } .
std::vector<Stmt*> Parser::stmt_list() {
  std::vector<Stmt*> l;
  while (tok() != Tok::Eof && tok() != Tok::Rbrace && tok() != Tok::Case && tok() != Tok::Default) {
    Stmt* s = stmt_or_nil();
    if (s == nullptr) break;
    l.push_back(s);
    // ";" is optional before "}"
    if (!got(Tok::Semi) && tok() != Tok::Rbrace) {
      syntax_error("at end of statement");
      advance({Tok::Semi, Tok::Rbrace, Tok::Case, Tok::Default});
      got(Tok::Semi);  // avoid a spurious empty statement
    }
  }
  return l;
}

}  // namespace gosim::lang
