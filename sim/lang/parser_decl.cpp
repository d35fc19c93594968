// Parsing the file structure and declarations.
//
// Go: syntax/parser.go fileOrNil, list, appendGroup, importDecl, constDecl, typeDecl,
// varDecl, funcDeclOrNil, funcBody. Generic type and function declarations are parsed
// (so the user gets "unsupported: generic type parameters" instead of a bogus syntax
// error) and refused later by the subset check.
#include "sim/lang/parser_impl.h"

namespace gosim::lang {
namespace {

// Go: parser.go isTypeElem.
bool is_type_elem(const Expr* x) {
  switch (x->kind) {
    case NodeKind::ArrayType: case NodeKind::StructType: case NodeKind::FuncType:
    case NodeKind::InterfaceType: case NodeKind::SliceType: case NodeKind::MapType:
    case NodeKind::ChanType:
      return true;
    case NodeKind::Operation: {
      auto* o = as<Operation>(x);
      return is_type_elem(o->x) || (o->y != nullptr && is_type_elem(o->y)) || o->op == Op::Tilde;
    }
    case NodeKind::ParenExpr:
      return is_type_elem(as<ParenExpr>(x)->x);
    default:
      return false;
  }
}

}  // namespace

// Go: parser.go extractName: splits x into (name, type) if it reads as `name type`.
std::pair<Name*, Expr*> Parser::extract_name(Expr* x, bool force) {
  switch (x->kind) {
    case NodeKind::Name:
      return {as<Name>(x), nullptr};
    case NodeKind::Operation: {
      auto* o = as<Operation>(x);
      if (o->y == nullptr) break;
      if (o->op == Op::Mul && o->x->kind == NodeKind::Name && (force || is_type_elem(o->y))) {
        auto* star = make<Operation>(o->pos, Op::Mul);
        star->x = o->y;
        return {as<Name>(o->x), star};
      }
      if (o->op == Op::Or) {
        auto [name, lhs] = extract_name(o->x, force || is_type_elem(o->y));
        if (name != nullptr && lhs != nullptr) {
          auto* op = make<Operation>(o->pos, Op::Or);
          op->x = lhs;
          op->y = o->y;
          return {name, op};
        }
      }
      break;
    }
    case NodeKind::CallExpr: {
      auto* c = as<CallExpr>(x);
      if (c->fun->kind == NodeKind::Name && c->args.size() == 1 && !c->has_dots &&
          (force || is_type_elem(c->args[0]))) {
        return {as<Name>(c->fun), c->args[0]};
      }
      break;
    }
    default:
      break;
  }
  return {nullptr, x};
}

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
File* Parser::file_or_nil() {
  if (!got(Tok::Package)) {
    syntax_error("package statement must be first");
    return nullptr;
  }
  file_->pkg_name = name();
  want(Tok::Semi);
  if (first_) return nullptr;  // don't bother continuing if the package clause has errors

  while (got(Tok::Import)) {
    append_group(&file_->decls, &Parser::import_decl);
    want(Tok::Semi);
  }

  while (tok() != Tok::Eof) {
    switch (tok()) {
      case Tok::Const:
        next();
        append_group(&file_->decls, &Parser::const_decl);
        break;
      case Tok::Type:
        next();
        append_group(&file_->decls, &Parser::type_decl);
        break;
      case Tok::Var:
        next();
        append_group(&file_->decls, &Parser::var_decl);
        break;
      case Tok::Func: {
        next();
        if (FuncDecl* d = func_decl_or_nil()) file_->decls.push_back(d);
        break;
      }
      default: {
        Decl* last = file_->decls.empty() ? nullptr : file_->decls.back();
        if (tok() == Tok::Lbrace && last != nullptr && last->kind == NodeKind::FuncDecl &&
            as<FuncDecl>(last)->body == nullptr) {
          syntax_error("unexpected semicolon or newline before {");
        } else {
          syntax_error("non-declaration statement outside function body");
        }
        advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
        continue;
      }
    }
    if (tok() != Tok::Eof && !got(Tok::Semi)) {
      syntax_error("after top level declaration");
      advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
    }
  }
  file_->eof = pos();
  return file_;
}

// list = [ f { sep f } [sep] ] close .
void Parser::list(const char* context, Tok sep, Tok close, const std::function<bool()>& f,
                  Pos* close_pos) {
  bool done = false;
  while (tok() != Tok::Eof && tok() != close && !done) {
    done = f();
    if (!got(sep) && tok() != close) {
      syntax_error(std::string("in ") + context + "; possibly missing " + tokstring(sep) + " or " +
                   tokstring(close));
      advance({Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
      if (tok() != close) {
        if (close_pos != nullptr) *close_pos = pos();
        return;
      }
    }
  }
  if (close_pos != nullptr) *close_pos = pos();
  want(close);
}

// appendGroup(f) = f | "(" { f ";" } ")" .
void Parser::append_group(std::vector<Decl*>* out, Decl* (Parser::*f)(int group)) {
  if (tok() == Tok::Lparen) {
    int group = ++groups_;
    next();
    list("grouped declaration", Tok::Semi, Tok::Rparen, [&] {
      if (Decl* x = (this->*f)(group)) out->push_back(x);
      return false;
    });
  } else {
    if (Decl* x = (this->*f)(0)) out->push_back(x);
  }
}

// ImportSpec = [ "." | PackageName ] ImportPath .
Decl* Parser::import_decl(int group) {
  auto* d = make<ImportDecl>(pos());
  d->group = group;
  if (tok() == Tok::Name) {
    d->local_name = name();
  } else if (tok() == Tok::Dot) {
    d->local_name = make<Name>(pos(), ".");
    next();
  }
  d->path = oliteral();
  if (d->path == nullptr) {
    syntax_error("missing import path");
    advance({Tok::Semi, Tok::Rparen});
    return d;
  }
  if (!d->path->bad && d->path->lit_kind != LitKind::String) {
    syntax_error("import path must be a string");
    d->path->bad = true;
  }
  return d;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
Decl* Parser::const_decl(int group) {
  auto* d = make<ConstDecl>(pos());
  d->group = group;
  d->names = name_list(name());
  if (tok() != Tok::Eof && tok() != Tok::Semi && tok() != Tok::Rparen) {
    d->type = type_or_nil();
    if (got_assign()) d->values = expr_list();
  }
  return d;
}

// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
Decl* Parser::type_decl(int group) {
  auto* d = make<TypeDecl>(pos());
  d->group = group;
  d->name = name();
  if (tok() == Tok::Lbrack) {
    // An array/slice type or a type parameter list.
    Pos lpos = pos();
    next();
    switch (tok()) {
      case Tok::Name: {
        Expr* x = name();
        if (tok() != Tok::Lbrack) {
          xnest_++;
          x = binary_expr(pexpr(x, false), 0);
          xnest_--;
        }
        // Go: extractName. A name followed by a type element starts a parameter list.
        auto [pname, ptype] = extract_name(x, tok() == Tok::Comma);
        if (pname != nullptr && (ptype != nullptr || tok() != Tok::Rbrack)) {
          d->tparams = param_list(pname, ptype, Tok::Rbrack, true);
          d->alias = got_assign();
          d->type = type_or_nil();
        } else {
          d->type = array_type(lpos, x);
        }
        break;
      }
      case Tok::Rbrack:
        next();
        d->type = slice_type(lpos);
        break;
      default:
        d->type = array_type(lpos, nullptr);
        break;
    }
  } else {
    d->alias = got_assign();
    d->type = type_or_nil();
  }
  if (d->type == nullptr) {
    d->type = bad_expr();
    syntax_error("in type declaration");
    advance({Tok::Semi, Tok::Rparen});
  }
  return d;
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
Decl* Parser::var_decl(int group) {
  auto* d = make<VarDecl>(pos());
  d->group = group;
  d->names = name_list(name());
  if (got_assign()) {
    d->values = expr_list();
  } else {
    d->type = type_();
    if (got_assign()) d->values = expr_list();
  }
  return d;
}

// FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
// MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
FuncDecl* Parser::func_decl_or_nil() {
  auto* f = make<FuncDecl>(pos());
  if (got(Tok::Lparen)) {
    std::vector<Field*> rcvr = param_list(nullptr, nullptr, Tok::Rparen, false);
    if (rcvr.empty()) {
      error("method has no receiver");
    } else {
      if (rcvr.size() > 1) error("method has multiple receivers");
      f->recv = rcvr[0];
    }
  }
  if (tok() != Tok::Name) {
    syntax_error("expecting name or (");
    advance({Tok::Lbrace, Tok::Semi});
    return nullptr;
  }
  f->name = name();
  f->ftype = func_type(f->recv != nullptr ? "method" : "", &f->tparams);
  if (tok() == Tok::Lbrace) f->body = func_body();
  return f;
}

BlockStmt* Parser::func_body() {
  fnest_++;
  int errcnt = errcnt_;
  BlockStmt* body = block_stmt("");
  fnest_--;
  // Branches are only checked in bodies without errors (they may be incomplete).
  if (errcnt == errcnt_) {
    check_branches(body, filename_, [this](Pos p, std::string msg) { error_at(p, std::move(msg)); });
  }
  return body;
}

Name* Parser::name() {
  if (tok() == Tok::Name) {
    Name* n = make<Name>(pos(), tok_.lit);
    next();
    return n;
  }
  Name* n = make<Name>(pos(), "_");
  syntax_error("expecting name");
  advance();
  return n;
}

// IdentifierList = identifier { "," identifier } .
std::vector<Name*> Parser::name_list(Name* first) {
  std::vector<Name*> l{first};
  while (got(Tok::Comma)) l.push_back(name());
  return l;
}

Expr* Parser::qualified_name(Name* n) {
  Expr* x;
  if (n != nullptr) {
    x = n;
  } else if (tok() == Tok::Name) {
    x = name();
  } else {
    x = make<Name>(pos(), "_");
    syntax_error("expecting name");
    advance({Tok::Dot, Tok::Semi, Tok::Rbrace});
  }
  if (tok() == Tok::Dot) {
    auto* s = make<SelectorExpr>(pos());
    next();
    s->x = x;
    s->sel = name();
    x = s;
  }
  if (tok() == Tok::Lbrack) x = type_instance(x);
  return x;
}

}  // namespace gosim::lang
