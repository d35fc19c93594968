// Parsing type expressions, parameter lists, struct and interface bodies.
//
// Go: syntax/parser.go type_, typeOrNil, funcType, arrayType, structType, interfaceType,
// fieldDecl, methodDecl, paramDeclOrNil, paramList. Type-parameter syntax (constraints
// with ~ and |, instantiations T[int]) is accepted as Go accepts it; the subset check
// refuses it afterwards with a clear message.
#include "sim/lang/parser_impl.h"

namespace gosim::lang {

Expr* Parser::type_() {
  Expr* typ = type_or_nil();
  if (typ == nullptr) {
    typ = bad_expr();
    syntax_error("expecting type");
    advance({Tok::Comma, Tok::Colon, Tok::Semi, Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
  }
  return typ;
}

// Type = TypeName | TypeLit | "(" Type ")" . Returns nil if there is no type.
Expr* Parser::type_or_nil() {
  Nest nest(this);
  if (!nest.ok) return nullptr;
  Pos p = pos();
  switch (tok()) {
    case Tok::Star: {
      next();
      auto* o = make<Operation>(p, Op::Mul);
      o->x = type_();
      return o;
    }
    case Tok::Arrow: {
      next();
      want(Tok::Chan);
      auto* t = make<ChanType>(p);
      t->dir = ChanDir::Recv;
      t->elem = chan_elem();
      return t;
    }
    case Tok::Func:
      next();
      return func_type("function type", nullptr);
    case Tok::Lbrack:
      next();
      if (got(Tok::Rbrack)) return slice_type(p);
      return array_type(p, nullptr);
    case Tok::Chan: {
      next();
      auto* t = make<ChanType>(p);
      if (got(Tok::Arrow)) t->dir = ChanDir::Send;
      t->elem = chan_elem();
      return t;
    }
    case Tok::Map: {
      next();
      want(Tok::Lbrack);
      auto* t = make<MapType>(p);
      t->key = type_();
      want(Tok::Rbrack);
      t->value_type = type_();
      return t;
    }
    case Tok::Struct:
      return struct_type();
    case Tok::Interface:
      return interface_type();
    case Tok::Name:
      return qualified_name(nullptr);
    case Tok::Lparen: {
      next();
      Expr* t = type_();
      want(Tok::Rparen);
      return t;
    }
    default:
      return nullptr;
  }
}

Expr* Parser::type_instance(Expr* typ) {
  auto* x = make<IndexExpr>(pos());
  want(Tok::Lbrack);
  x->x = typ;
  if (tok() == Tok::Rbrack) {
    syntax_error("expecting type");
    x->index = bad_expr();
  } else {
    bool comma = false;
    x->index = type_list(&comma);
  }
  want(Tok::Rbrack);
  return x;
}

// If context is not empty, type parameters are not permitted.
FuncType* Parser::func_type(const char* context, std::vector<Field*>* tparams) {
  auto* typ = make<FuncType>(pos());
  if (got(Tok::Lbrack)) {
    if (context[0] != '\0') syntax_error_at(typ->pos, std::string(context) + " must have no type parameters");
    if (tok() == Tok::Rbrack) {
      syntax_error("empty type parameter list");
      next();
    } else {
      std::vector<Field*> list = param_list(nullptr, nullptr, Tok::Rbrack, true);
      if (tparams != nullptr) *tparams = std::move(list);
    }
  }
  want(Tok::Lparen);
  typ->params = param_list(nullptr, nullptr, Tok::Rparen, false);
  typ->results = func_result();
  return typ;
}

// "[" has been consumed; pos is its position. len is an already parsed length, or nil.
Expr* Parser::array_type(Pos p, Expr* len) {
  if (len == nullptr && !got(Tok::DotDotDot)) {
    xnest_++;
    len = expr();
    xnest_--;
  }
  if (tok() == Tok::Comma) {
    syntax_error("unexpected comma; expecting ]");
    next();
  }
  want(Tok::Rbrack);
  auto* t = make<ArrayType>(p);
  t->len = len;
  t->elem = type_();
  return t;
}

Expr* Parser::slice_type(Pos p) {
  auto* t = make<SliceType>(p);
  t->elem = type_();
  return t;
}

Expr* Parser::chan_elem() {
  Expr* typ = type_or_nil();
  if (typ == nullptr) {
    typ = bad_expr();
    syntax_error("missing channel element type");
  }
  return typ;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructType* Parser::struct_type() {
  auto* typ = make<StructType>(pos());
  want(Tok::Struct);
  want(Tok::Lbrace);
  list("struct type", Tok::Semi, Tok::Rbrace, [&] {
    field_decl(typ);
    return false;
  });
  return typ;
}

// InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem ) ";" } "}" .
InterfaceType* Parser::interface_type() {
  auto* typ = make<InterfaceType>(pos());
  want(Tok::Interface);
  want(Tok::Lbrace);
  list("interface type", Tok::Semi, Tok::Rbrace, [&] {
    Field* f = nullptr;
    if (tok() == Tok::Name) f = method_decl();
    if (f == nullptr || f->name == nullptr) f = embedded_elem(f);
    typ->methods.push_back(f);
    return false;
  });
  return typ;
}

// Result = Parameters | Type .
std::vector<Field*> Parser::func_result() {
  if (got(Tok::Lparen)) return param_list(nullptr, nullptr, Tok::Rparen, false);
  Pos p = pos();
  if (Expr* typ = type_or_nil()) {
    auto* f = make<Field>(p);
    f->type = typ;
    return {f};
  }
  return {};
}

namespace {
void add_field(Arena& arena, StructType* styp, Pos pos, Name* name, Expr* typ, BasicLit* tag) {
  if (tag != nullptr) {
    while (styp->tags.size() < styp->fields.size()) styp->tags.push_back(nullptr);
    styp->tags.push_back(tag);
  }
  auto* f = arena.make<Field>(pos);
  f->name = name;
  f->type = typ;
  styp->fields.push_back(f);
}
}  // namespace

// FieldDecl = (IdentifierList Type | AnonymousField) [ Tag ] .
void Parser::field_decl(StructType* styp) {
  Pos p = pos();
  switch (tok()) {
    case Tok::Name: {
      Name* n = name();
      if (tok() == Tok::Dot || tok() == Tok::Literal || tok() == Tok::Semi || tok() == Tok::Rbrace) {
        Expr* typ = qualified_name(n);  // embedded type
        add_field(file_->arena, styp, p, nullptr, typ, oliteral());
        return;
      }
      std::vector<Name*> names = name_list(n);
      Expr* typ = nullptr;
      if (names.size() == 1 && tok() == Tok::Lbrack) {
        typ = array_or_targs();
        if (typ->kind == NodeKind::IndexExpr) {
          as<IndexExpr>(typ)->x = n;  // embedded instantiated type T[P1, P2]
          add_field(file_->arena, styp, p, nullptr, typ, oliteral());
          return;
        }
      } else {
        typ = type_();
      }
      BasicLit* tag = oliteral();
      for (Name* nm : names) add_field(file_->arena, styp, nm->pos, nm, typ, tag);
      return;
    }
    case Tok::Star: {
      next();
      Expr* typ;
      if (tok() == Tok::Lparen) {
        syntax_error("cannot parenthesize embedded type");
        next();
        typ = qualified_name(nullptr);
        got(Tok::Rparen);
      } else {
        typ = qualified_name(nullptr);
      }
      BasicLit* tag = oliteral();
      auto* star = make<Operation>(p, Op::Mul);
      star->x = typ;
      add_field(file_->arena, styp, p, nullptr, star, tag);
      return;
    }
    case Tok::Lparen: {
      syntax_error("cannot parenthesize embedded type");
      next();
      Expr* typ;
      if (tok() == Tok::Star) {
        auto* star = make<Operation>(pos(), Op::Mul);
        next();
        star->x = qualified_name(nullptr);
        typ = star;
      } else {
        typ = qualified_name(nullptr);
      }
      got(Tok::Rparen);
      add_field(file_->arena, styp, p, nullptr, typ, oliteral());
      return;
    }
    default:
      syntax_error("expecting field name or embedded type");
      advance({Tok::Semi, Tok::Rbrace});
      return;
  }
}

Expr* Parser::array_or_targs() {
  Pos p = pos();
  want(Tok::Lbrack);
  if (got(Tok::Rbrack)) return slice_type(p);
  bool comma = false;
  Expr* n = type_list(&comma);
  want(Tok::Rbrack);
  if (!comma) {
    if (Expr* elem = type_or_nil()) {
      auto* t = make<ArrayType>(p);
      t->len = n;
      t->elem = elem;
      return t;
    }
  }
  auto* t = make<IndexExpr>(p);
  t->index = n;  // t->x is filled in by the caller
  return t;
}

BasicLit* Parser::oliteral() {
  if (tok() == Tok::Literal) {
    auto* b = make<BasicLit>(pos(), tok_.lit, tok_.kind, tok_.bad);
    next();
    return b;
  }
  return nullptr;
}

// MethodSpec = MethodName Signature | InterfaceTypeName .
Field* Parser::method_decl() {
  auto* f = make<Field>(pos());
  Name* n = name();
  const char* context = "interface method";
  switch (tok()) {
    case Tok::Lparen:
      f->name = n;
      f->type = func_type(context, nullptr);
      break;
    case Tok::Lbrack: {
      Pos p = pos();
      next();
      if (tok() == Tok::Rbrack) {
        Pos rp = pos();
        next();
        if (tok() == Tok::Lparen) {
          error_at(rp, "empty type parameter list");
          f->name = n;
          f->type = func_type(context, nullptr);
        } else {
          error_at(rp, "empty type argument list");
          f->type = n;
        }
        break;
      }
      std::vector<Field*> list = param_list(nullptr, nullptr, Tok::Rbrack, false);
      if (list.empty()) {
        if (tok() == Tok::Lparen) {
          f->name = n;
          f->type = func_type(context, nullptr);
        } else {
          f->type = n;
        }
        break;
      }
      if (list[0]->name != nullptr) {
        f->name = n;
        f->type = func_type(context, nullptr);
        error_at(p, "interface method must have no type parameters");
        break;
      }
      auto* t = make<IndexExpr>(p);
      t->x = n;
      if (list.size() == 1) {
        t->index = list[0]->type;
      } else {
        auto* l = make<ListExpr>(list[0]->pos);
        for (Field* fld : list) l->elems.push_back(fld->type);
        t->index = l;
      }
      f->type = t;
      break;
    }
    default:
      f->type = qualified_name(n);
      break;
  }
  return f;
}

// EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } .
Field* Parser::embedded_elem(Field* f) {
  if (f == nullptr) {
    f = make<Field>(pos());
    f->type = embedded_term();
  }
  while (tok() == Tok::Operator && tok_.op == Op::Or) {
    auto* t = make<Operation>(pos(), Op::Or);
    next();
    t->x = f->type;
    t->y = embedded_term();
    f->type = t;
  }
  return f;
}

// EmbeddedTerm = [ "~" ] Type .
Expr* Parser::embedded_term() {
  if (tok() == Tok::Operator && tok_.op == Op::Tilde) {
    auto* t = make<Operation>(pos(), Op::Tilde);
    next();
    t->x = type_();
    return t;
  }
  Expr* t = type_or_nil();
  if (t == nullptr) {
    t = bad_expr();
    syntax_error("expecting ~ term or type");
    advance({Tok::Operator, Tok::Semi, Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
  }
  return t;
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type .
Field* Parser::param_decl_or_nil(Name* n, Tok follow) {
  bool type_sets_ok = follow == Tok::Rbrack;
  Pos p = pos();
  if (n != nullptr) {
    p = n->pos;
  } else if (type_sets_ok && tok() == Tok::Operator && tok_.op == Op::Tilde) {
    return embedded_elem(nullptr);
  }
  auto* f = make<Field>(p);
  auto is_or = [&] { return type_sets_ok && tok() == Tok::Operator && tok_.op == Op::Or; };
  if (tok() == Tok::Name || n != nullptr) {
    if (n == nullptr) n = name();
    if (tok() == Tok::Lbrack) {
      f->type = array_or_targs();
      if (f->type->kind == NodeKind::IndexExpr) {
        as<IndexExpr>(f->type)->x = n;
      } else {
        f->name = n;
      }
      if (is_or()) f = embedded_elem(f);
      return f;
    }
    if (tok() == Tok::Dot) {
      f->type = qualified_name(n);
      if (is_or()) f = embedded_elem(f);
      return f;
    }
    if (is_or()) {
      f->type = n;
      return embedded_elem(f);
    }
    f->name = n;
  }
  if (tok() == Tok::DotDotDot) {
    auto* t = make<DotsType>(pos());
    next();
    t->elem = type_or_nil();
    if (t->elem == nullptr) {
      t->elem = bad_expr();
      syntax_error("... is missing type");
    }
    f->type = t;
    return f;
  }
  if (type_sets_ok && tok() == Tok::Operator && tok_.op == Op::Tilde) {
    f->type = embedded_elem(nullptr)->type;
    return f;
  }
  f->type = type_or_nil();
  if (is_or() && f->type != nullptr) f = embedded_elem(f);
  if (f->name != nullptr || f->type != nullptr) return f;
  syntax_error("expecting " + tokstring(follow));
  advance({Tok::Comma, follow});
  return nullptr;
}

// Parameters = "(" [ ParameterList [ "," ] ] ")" . The opening token is consumed.
// In the result, either all fields have a name or none has.
std::vector<Field*> Parser::param_list(Name* n, Expr* typ, Tok close, bool require_names) {
  std::vector<Field*> out;
  if (n != nullptr && typ != nullptr && tok() == close) {
    next();
    auto* par = make<Field>(n->pos);
    par->name = n;
    par->type = typ;
    return {par};
  }
  int named = 0;
  int typed = 0;
  Pos end;
  list("parameter list", Tok::Comma, close, [&] {
    Field* par;
    if (typ != nullptr) {
      par = make<Field>(n->pos);
      par->name = n;
      par->type = typ;
    } else {
      par = param_decl_or_nil(n, close);
    }
    n = nullptr;
    typ = nullptr;
    if (par != nullptr) {
      if (par->name != nullptr && par->type != nullptr) named++;
      if (par->type != nullptr) typed++;
      out.push_back(par);
    }
    return false;
  }, &end);
  if (out.empty()) return out;

  if (named == 0 && !require_names) {
    // All unnamed: the names found are type names.
    for (Field* par : out) {
      if (par->name != nullptr) {
        par->type = par->name;
        par->name = nullptr;
      }
    }
  } else if (named != static_cast<int>(out.size())) {
    // Some named: all must have names and types; distribute types right to left.
    Pos errpos;
    Expr* t = nullptr;
    for (size_t i = out.size(); i-- > 0;) {
      Field* par = out[i];
      if (par->type != nullptr) {
        t = par->type;
        if (par->name == nullptr) {
          errpos = start_pos(t);
          par->name = make<Name>(errpos, "_");
        }
      } else if (t != nullptr) {
        par->type = t;
      } else {
        errpos = par->name->pos;
        par->type = make<BadExpr>(errpos);
      }
    }
    if (errpos.known()) {
      std::string msg;
      if (require_names) {
        if (named == typed) {
          errpos = end;
          msg = "missing type constraint";
        } else {
          msg = "type parameters must be named";
        }
      } else {
        msg = "mixed named and unnamed parameters";
      }
      syntax_error_at(errpos, msg);
    }
  }
  return out;
}

}  // namespace gosim::lang
