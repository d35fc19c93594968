// Collecting the file's declarations into scopes before anything is checked.
//
// Go: types2/resolver.go (collectObjects, declarePkgObj, arity, packageObjects,
// unusedImports). Imports go into the file scope, everything else into the package
// scope; each package-level object gets a DeclInfo (its type and initializer
// expressions, its iota) so that it can be checked on first use. Methods are attached
// to their receiver's base type name here and checked with it.
#include "sim/lang/checker.h"
#include "sim/lang/load.h"

namespace gosim::lang {
namespace {

bool is_blank(const std::string& s) { return s == "_"; }

bool file_decls_contain(const File* f, const Decl* d) {
  for (const Decl* x : f->decls) {
    if (x == d) return true;
  }
  return false;
}

std::string unquote_path(const std::string& lit) {
  bool ok = false;
  Constant c = constant_from_literal(LitKind::String, lit, &ok);
  return c.s;
}

}  // namespace

void Checker::declare(Scope* scope, Name* id, Object* obj) {
  if (!is_blank(obj->name)) {
    if (Object* alt = scope->insert(obj)) {
      std::string msg = obj->name + " redeclared in this block";
      std::string where = pos_str(alt->pos);
      auto it = obj_map_.find(alt->order);
      if (it != obj_map_.end() && static_cast<size_t>(it->second.file) < unit_->filenames.size()) {
        where = unit_->filenames[static_cast<size_t>(it->second.file)] + ":" + std::to_string(alt->pos.line) + ":" +
                std::to_string(alt->pos.col);
      }
      if (alt->pos.known()) msg += "\n\t" + where + ": other declaration of " + obj->name;
      err(obj->pos, msg);
      return;
    }
  }
  if (id != nullptr) id->obj = obj;
}

void Checker::declare_pkg_obj(Name* ident, Object* obj, DeclInfo d) {
  if (ident->value == "init") {
    error_at(ident, "cannot declare init - must be func");
    return;
  }
  if (ident->value == "main") {
    error_at(ident, "cannot declare main - must be func");
    return;
  }
  declare(pscope_, ident, obj);
  d.obj = obj;
  d.file = file_;
  obj_map_[obj->order] = std::move(d);
}

// Go: resolver.go arity.
void Checker::arity(Pos pos, const std::vector<Name*>& names, const std::vector<Expr*>& inits, bool is_const,
                    bool inherited) {
  size_t l = names.size();
  size_t r = inits.size();
  if (l < r) {
    Expr* n = inits[l];
    if (inherited) {
      err(pos, "extra init expr at " + pos_str(n->pos));
    } else {
      error_at(n, "extra init expr " + expr_string(n));
    }
  } else if (l > r && (is_const || r != 1)) {
    error_at(names[r], "missing init expr for " + names[r]->value);
  }
}

// What an import of `path` sees: the package's view, or for a modelled package with members
// from Go's source that this program loaded (load.cpp kSourceMembers: sync.Map) its source
// unit's view, which holds the modelled members too.
const LibPackage* Checker::import_view(const std::string& path) const {
  if (modelled_package(path)) {
    for (const Unit& u : pkg_->units) {
      if (u.goroot && u.view != nullptr && u.ref != nullptr && u.ref->path == path) return u.view;
    }
  }
  return pkg_->lib(path);
}

// Go: resolver.go collectObjects.
void Checker::collect_objects() {
  struct MethodInfo {
    Object* obj;
    bool ptr;
    Name* recv;
  };
  std::vector<MethodInfo> methods;
  for (size_t fileno = 0; fileno < unit_->files.size(); fileno++) {
  set_file(static_cast<int>(fileno));
  const std::vector<Decl*>& decls = unit_->files[fileno]->decls;
  ConstSpecs specs;
  for (size_t index = 0; index < decls.size(); index++) {
    Decl* decl = decls[index];
    specs.at(decls, index);
    switch (decl->kind) {
      case NodeKind::ImportDecl: {
        auto* s = as<ImportDecl>(decl);
        if (s->path == nullptr || s->path->bad) break;
        const LibPackage* lib = import_view(unquote_path(s->path->value));
        if (lib == nullptr) break;  // refused by the subset check
        std::string name = s->local_name != nullptr ? s->local_name->value : lib->ref.name;
        if (name == "init") {
          error_at(s, "cannot import package as init - init must be a func");
          break;
        }
        Object* pn = pkg_->objects.make(ObjKind::PkgName, name, s->pos, T.invalid(), ref_);
        pn->imported = lib;
        pn->decl = s;
        if (s->local_name != nullptr) s->local_name->obj = pn;
        unit_->imports.push_back(pn);
        declare(file_scope_, nullptr, pn);
        break;
      }
      case NodeKind::ConstDecl: {
        auto* s = as<ConstDecl>(decl);
        const int64_t iota = specs.iota;
        const bool inherited = specs.inherited;
        ConstDecl* last = specs.last;
        std::vector<Expr*> values = last != nullptr ? unpack_list(last->values) : std::vector<Expr*>{};
        for (size_t i = 0; i < s->names.size(); i++) {
          Name* name = s->names[i];
          Object* obj = pkg_->objects.make(ObjKind::Const, name->value, name->pos, nullptr, ref_);
          DeclInfo d;
          d.vtype = last != nullptr ? last->type : nullptr;
          d.init = i < values.size() ? values[i] : nullptr;
          d.inherited = inherited;
          d.iota = iota;
          declare_pkg_obj(name, obj, std::move(d));
          pkg_->consts.push_back(obj);
        }
        arity(s->pos, s->names, values, true, inherited);
        break;
      }
      case NodeKind::VarDecl: {
        auto* s = as<VarDecl>(decl);
        std::vector<Object*> lhs;
        for (Name* name : s->names) {
          Object* obj = pkg_->objects.make(ObjKind::Var, name->value, name->pos, nullptr, ref_);
          obj->var_kind = VarKind::Global;
          lhs.push_back(obj);
        }
        bool shared = s->values == nullptr || s->values->kind != NodeKind::ListExpr;
        std::vector<Expr*> values = unpack_list(s->values);
        for (size_t i = 0; i < s->names.size(); i++) {
          DeclInfo d;
          d.vtype = s->type;
          if (shared) {
            d.lhs = lhs;
            d.init = s->values;
          } else {
            d.init = i < values.size() ? values[i] : nullptr;
          }
          declare_pkg_obj(s->names[i], lhs[i], std::move(d));
          pkg_->globals.push_back(lhs[i]);
          unit_->globals.push_back(lhs[i]);
        }
        if (s->type == nullptr || s->values != nullptr) arity(s->pos, s->names, values, false, false);
        break;
      }
      case NodeKind::TypeDecl: {
        auto* s = as<TypeDecl>(decl);
        Object* obj = pkg_->objects.make(ObjKind::TypeName, s->name->value, s->name->pos, nullptr, ref_);
        obj->decl = s;
        DeclInfo d;
        d.tdecl = s;
        declare_pkg_obj(s->name, obj, std::move(d));
        break;
      }
      case NodeKind::FuncDecl: {
        auto* s = as<FuncDecl>(decl);
        const std::string& name = s->name->value;
        Object* obj = pkg_->objects.make(ObjKind::Func, name, s->name->pos, nullptr, ref_);
        obj->decl = s;
        if (s->recv == nullptr) {
          if (name == "init" || name == "main") {
            if (!s->ftype->params.empty() || !s->ftype->results.empty()) {
              error_at(s, "func " + name + " must have no arguments and no return values");
            }
          }
          if (name == "init") {
            s->name->obj = obj;
            if (s->body == nullptr) err(obj->pos, "missing function body");
          } else {
            declare(pscope_, s->name, obj);
          }
        } else {
          // Go: unpackRecv: strip parens and one *; the base must be a plain name.
          Expr* rt = s->recv->type;
          bool ptr = false;
          for (;;) {
            if (rt->kind == NodeKind::ParenExpr) {
              rt = as<ParenExpr>(rt)->x;
            } else if (rt->kind == NodeKind::Operation && as<Operation>(rt)->op == Op::Mul &&
                       as<Operation>(rt)->y == nullptr) {
              ptr = true;
              rt = as<Operation>(rt)->x;
            } else if (rt->kind == NodeKind::IndexExpr) {
              rt = as<IndexExpr>(rt)->x;  // a method of a generic type: (s *Stack[T])
            } else {
              break;
            }
          }
          if (rt->kind == NodeKind::Name && !is_blank(name)) methods.push_back({obj, ptr, as<Name>(rt)});
          s->name->obj = obj;
        }
        DeclInfo d;
        d.fdecl = s;
        d.obj = obj;
        d.file = file_;
        obj_map_[obj->order] = std::move(d);
        break;
      }
      default:
        break;
    }
  }
  }

  // Imports may not collide with package-level names.
  for (size_t fileno = 0; fileno < unit_->files.size(); fileno++) {
    set_file(static_cast<int>(fileno));
    for (const auto& [name, obj] : file_scope_->elems) {
      if (Object* alt = pscope_->lookup(name)) {
        err(alt->pos, alt->name + " already declared through import of package " + obj->imported->ref.name +
                          " (\"" + obj->imported->ref.path + "\")\n\t" + pos_str(obj->pos) +
                          ": other declaration of " + name);
      }
    }
  }
  set_file(0);

  // Associate methods with their receiver base type names (Go: resolveBaseTypeName).
  for (MethodInfo& m : methods) {
    Object* base = pscope_->lookup(m.recv->value);
    if (base == nullptr || base->kind != ObjKind::TypeName || obj_map_.count(base->order) == 0) continue;
    m.obj->ptr_recv = m.ptr;
    methods_[base->order].push_back(m.obj);
  }
}

// Go: resolver.go packageObjects: types first, then everything else, in source order.
void Checker::package_objects() {
  std::vector<Object*> types;
  std::vector<Object*> others;
  for (auto& [order, d] : obj_map_) {
    if (d.obj->kind == ObjKind::TypeName) {
      types.push_back(d.obj);
    } else {
      others.push_back(d.obj);
    }
  }
  for (Object* o : types) obj_decl(o);
  for (Object* o : others) obj_decl(o);
  for (size_t i = 0; i < pending_map_keys_.size(); i++) pending_map_keys_[i]();
  pending_map_keys_.clear();
  for (Object* o : types) {
    if (o->type != nullptr && o->type->kind == TypeKind::Named) valid_type(o->type);
  }
  for (Object* o : types) {
    if (o->type != nullptr && o->type->kind == TypeKind::Named) check_field_uniqueness(o->type);
  }
}

// Go: resolver.go unusedImports (compiler wording).
void Checker::unused_imports() {
  for (Object* pn : unit_->imports) {
    if (pn->used || pn->name == "_") continue;
    for (size_t i = 0; i < unit_->files.size(); i++) {
      if (pn->decl != nullptr && file_decls_contain(unit_->files[i], pn->decl)) set_file(static_cast<int>(i));
    }
    const std::string& path = pn->imported->ref.path;
    std::string elem = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
    if (pn->name == elem) {
      err(pn->pos, "imported and not used: \"" + path + "\"");
    } else {
      err(pn->pos, "imported and not used: \"" + path + "\" as " + pn->name);
    }
  }
}

// The linker's complaint, printed by go build when everything else compiled.
void Checker::check_main() {
  if (!errors_->empty()) return;
  Object* m = pscope_->lookup("main");
  if (m == nullptr || m->kind != ObjKind::Func) err({}, "function main is undeclared in the main package");
}

}  // namespace gosim::lang
