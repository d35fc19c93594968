// The checker driver and its error helpers.
//
// Go: types2/check.go checkFiles (collect objects, check package-level declarations,
// then function bodies, then initialization order and unused imports) and errors.go
// (the "invalid operand"/"invalid type" follow-on suppression, start positions), and
// operand.go operandString for how values are quoted: `x (variable of type int)`,
// `"s" (untyped string constant)`, `f() (no value)`.
//
// check_file runs the phases the way `go build` does: syntax errors stop before type
// checking, lexical and label errors do not; gosim's subset check sits in between.
#include <optional>

#include "sim/lang/checker.h"
#include "sim/lang/import_chain.h"
#include "sim/lang/intrinsics.h"

#include "sim/lang/load.h"
#include "sim/lang/parser.h"
#include "sim/lang/pkgcache.h"

namespace gosim::lang {

// Go: the unsupported-construct pass (subset.cpp). `main_unit`: the file belongs to the main
// package; `loaded`: import paths the loader read from source (nil: none).
void check_subset(File* file, ErrorList* errors, bool main_unit, const std::vector<std::string>* loaded,
                  std::vector<Pos>* generic_type_decls);

bool check_units_with(Package* pkg, ErrorList* errors, StdlibCache* cache);

namespace {

const char* const kModeNames[] = {
    "invalid operand", "no value", "built-in", "type", "constant", "variable", "map index expression",
    "value", "nil", "comma, ok expression",
};

}  // namespace

Checker::Checker(Package* pkg, Unit* unit, ErrorList* errors)
    : pkg_(pkg), unit_(unit), ref_(unit->ref), errors_(errors), T(pkg->types) {
  if (pkg_->universe == nullptr) declare_universe(pkg_);
  pscope_ = pkg_->make_scope(pkg_->universe, nullptr);
  unit_->scope = pscope_;
  if (unit_->is_main()) pkg_->scope = pscope_;
  // part json: a file of Go's source read into a modelled package (load.cpp kSourceMembers, sync's
  // map.go) sees the package's modelled names (Mutex) as its own.
  if (unit_->goroot && modelled_package(ref_->path)) {
    if (const LibPackage* lib = pkg_->lib(ref_->path)) {
      for (const auto& [name, obj] : lib->members) pscope_->insert(obj);
    }
    // part fs: os's calls that name io/fs's types; io/fs, which os's files import, is checked.
    if (ref_->path == "os") {
      for (const Unit& u : pkg_->units) {
        if (u.view == nullptr || u.ref == nullptr || u.ref->path != "io/fs") continue;
        for (Object* o : declare_os_fs(pkg_, *u.view)) pscope_->insert(o);
      }
    }
  }
  for (size_t i = 0; i < unit_->files.size(); i++) file_scopes_.push_back(pkg_->make_scope(pscope_, nullptr));
  set_file(0);
}

void Checker::set_file(int i) {
  file_ = i;
  file_scope_ = file_scopes_.empty() ? nullptr : file_scopes_[static_cast<size_t>(i)];
  scope_ = file_scope_;
  if (static_cast<size_t>(i) < unit_->filenames.size()) errors_->set_file(unit_->filenames[static_cast<size_t>(i)]);
}

void Checker::check_files() {
  collect_objects();
  // A variable //go:linkname binds to the runtime's (math/bits's overflowError): read through
  // the library, as io.EOF is (intrinsics.h).
  if (unit_->goroot) {
    for (const auto& [name, obj] : pscope_->elems) {
      // (Not a modelled package's own variable seen by its source files: os's ErrExist.)
      if (obj->kind == ObjKind::Var && obj->lib == LibFunc::None) obj->lib = linkname_var(ref_->path, name);
    }
  }
  package_objects();
  // Function bodies (and package-level function literals), in the order registered.
  finish_generics();
  for (size_t i = 0; i < delayed_.size(); i++) delayed_[i]();
  delayed_.clear();
  drain_peers();  // the bodies of the instances this package made of other packages' generics
  init_order();
  unused_imports();
  if (unit_->is_main()) check_main();
  // Go: the compiler sizes types only after type checking succeeded.
  if (!reported_) check_type_sizes();
}

void Checker::err(Pos pos, std::string msg) {
  // Go: errors.go err: drop likely follow-on errors once something was reported.
  if (reported_) {
    size_t a = msg.find("invalid operand");
    size_t b = msg.find("invalid type");
    if ((a != std::string::npos && a > 0) || (b != std::string::npos && b > 0)) return;
  }
  // A generic body checked with its type parameters (probe_generic_body) reports only what
  // does not depend on gosim's per-instance check: undefined names and operations the
  // constraint's type set does not allow.
  if (probing_ > 0 && !probe_report_ && msg.rfind("undefined: ", 0) != 0) return;
  if (errpos_.known()) pos = errpos_;
  reported_ = true;
  errors_->add(pos, std::move(msg));
}

void Checker::error_op(const Operand& x, std::string msg) {
  Pos p = x.expr != nullptr ? start_pos(x.expr) : Pos{};
  err(p, std::move(msg));
}

std::string Checker::pos_str(Pos p) const {
  return errors_->file() + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
}

// Go: operand.go operandString.
std::string Checker::op_str(const Operand& x) const {
  if (x.mode == Mode::NilValue) {
    if (x.type == nullptr || x.type->kind == TypeKind::Invalid) return "nil (with invalid type)";
    if (x.type->kind == TypeKind::UntypedNil) return "nil";
    return "nil (of type " + ts(x.type) + ")";
  }
  std::string expr;
  if (x.expr != nullptr) {
    expr = expr_string(x.expr);
  } else if (x.mode == Mode::Builtin) {
    expr = builtin_name(x.id);
  } else if (x.mode == Mode::TypeExpr) {
    expr = ts(x.type);
  } else if (x.mode == Mode::Constant) {
    expr = constant_string(x.val);
  }
  std::string out;
  if (!expr.empty()) out = expr + " (";
  bool has_type = false;
  switch (x.mode) {
    case Mode::Invalid: case Mode::NoValue: case Mode::Builtin: case Mode::TypeExpr:
      break;
    default:
      if (x.type != nullptr) {
        if (is_untyped(x.type)) {
          out += ts(x.type) + " ";
        } else {
          has_type = true;
        }
      }
  }
  out += kModeNames[static_cast<size_t>(x.mode)];
  if (x.mode == Mode::Constant) {
    std::string s = constant_string(x.val);
    if (s != expr) out += " " + s;
  }
  if (has_type) {
    if (x.type->kind != TypeKind::Invalid) {
      out += " of type " + ts(x.type);
      // Go: operandString names a type parameter's constraint.
      if (x.type->kind == TypeKind::TypeParam && x.type->underlying != nullptr) {
        out += " constrained by " + ts(x.type->underlying);
      }
    } else {
      out += " with invalid type";
    }
  }
  if (!expr.empty()) out += ")";
  return out;
}

bool Checker::enter(Pos p) {
  depth_++;
  if (depth_ <= kMaxCheckDepth) return true;
  if (!too_deep_) {
    too_deep_ = true;
    unsupported(p, "declarations and expressions nested more than " + std::to_string(kMaxCheckDepth) +
                       " levels deep (counting declarations that use each other)");
  }
  return false;
}

Object* Checker::lookup(const std::string& name) const {
  for (Scope* s = scope_; s != nullptr; s = s->parent) {
    if (Object* o = s->lookup(name)) return o;
  }
  return nullptr;
}

CheckResult check_file(std::string_view filename, std::string_view source) {
  CheckResult result;
  if (std::optional<RawError> e = go_header_error(source)) {
    result.diags.push_back({std::string(filename), e->pos, "", e->msg});
    return result;
  }
  ParseResult parsed = parse_file(filename, source);
  ErrorList errors(filename);
  for (const RawError& e : parsed.errors) errors.add(e.pos, e.msg);
  if (parsed.file == nullptr || parsed.syntax_errors) {
    result.diags = errors.finish();
    if (result.diags.empty()) result.diags.push_back({std::string(filename), {}, "", "syntax error"});
    return result;
  }
  // Imports of packages gosim reads from source (load.h); without them, the one-file path.
  if (imports_source_packages(*parsed.file, source)) return check_with_imports(filename, source, std::move(parsed.file), &errors);
  auto pkg = std::make_unique<Package>();
  pkg->filename = std::string(filename);
  pkg->file = std::move(parsed.file);
  Unit& u = pkg->units.emplace_back();
  u.ref = &pkg->ref;
  u.filenames.push_back(pkg->filename);
  u.files.push_back(pkg->file.get());
  pkg->source = std::string(source);
  pkg->file_texts[pkg->file.get()] = {pkg->filename, pkg->source};
  check_units_with(pkg.get(), &errors, nullptr);
  result.diags = errors.finish();
  if (errors.empty()) result.pkg = std::move(pkg);
  return result;
}

namespace {

// part lang3: a package read from GOROOT that does not type-check against gosim's modelled
// packages (a type the model declares differently, a method it lacks) shows gosim's limit, not
// the program's mistake: Go's own source builds. Its type errors become one positioned refusal
// at the program's import that reaches the package, naming the first of them; the refusals
// already made at that import (a missing member, check_deep.cpp) stay.
void refuse_goroot_errors(const Package& pkg, const Unit& u, ErrorList* errors) {
  const std::string& root = find_goroot();
  ImportChain chain;
  if (!u.goroot || root.empty() || !find_import_chain(pkg, u.ref->path, &chain)) return;
  const std::string src = root + "/src/";
  std::vector<ErrorList::Entry> raw = errors->extract([&](const ErrorList::Entry& e) {
    return e.file.rfind(src, 0) == 0 && e.msg.rfind("unsupported:", 0) != 0;
  });
  if (raw.empty()) return;
  const ErrorList::Entry& first = raw.front();
  std::string via;
  for (size_t i = 1; i < chain.paths.size(); ++i) via += chain.paths[i - 1] + " imports " + chain.paths[i] + "; ";
  errors->set_file(chain.file);
  errors->add(chain.pos, "unsupported: import \"" + chain.paths.front() + "\": Go's source of " + u.ref->path +
                             " does not type-check against gosim's modelled packages (" + via +
                             first.file.substr(src.size()) + ":" + std::to_string(first.pos.line) + ":" +
                             std::to_string(first.pos.col) + ": " + first.msg + ")");
}

// check_unit, keeping the checker of a go.mod program's local package in `peers` (owned by
// `keep`) for the packages that instantiate its generics (checker.h set_peers).
bool check_unit_with_peers(Package* pkg, Unit& u, ErrorList* errors, const std::vector<std::string>& loaded,
                           const Package* program, std::vector<std::unique_ptr<Checker>>* keep,
                           std::vector<Checker*>* peers) {
  int before = errors->count();
  std::vector<std::vector<Pos>> generic_type_decls(u.files.size());
  for (size_t i = 0; i < u.files.size(); i++) {
    errors->set_file(u.filenames[i]);
    check_subset(u.files[i], errors, u.is_main(), &loaded, &generic_type_decls[i]);
  }
  if (errors->count() > before || errors->full()) return false;
  std::unique_ptr<Checker> owned = std::make_unique<Checker>(pkg, &u, errors);
  Checker& checker = *owned;
  checker.set_import_root(program);
  if (peers != nullptr) {
    checker.set_peers(peers);
    if (!u.is_main() && !u.goroot) {
      peers->push_back(owned.get());
      keep->push_back(std::move(owned));
    }
  }
  checker.check_files();
  if (errors->count() > before) return false;
  // Go: the compiler's noder, after types2 accepted the package (subset.cpp generic_type_decls).
  for (size_t i = 0; i < u.files.size(); i++) {
    errors->set_file(u.filenames[i]);
    for (Pos p : generic_type_decls[i]) errors->add(p, "type declarations inside generic functions are not currently supported");
  }
  if (errors->count() > before) return false;
  if (u.is_main()) {
    pkg->imports = u.imports;
    pkg->init_order = u.init_order;
    pkg->init_funcs = u.init_funcs;
  } else {
    // What importers see (Go: the export data): the exported package-level names.
    LibPackage& view = pkg->libs.emplace_back();
    view.ref = *u.ref;
    for (const auto& [name, obj] : u.scope->elems) {
      if (!name.empty() && name[0] >= 'A' && name[0] <= 'Z') view.members[name] = obj;
    }
    // part json: the modelled package with its source members: what it still lacks stays listed.
    if (modelled_package(u.ref->path)) {
      if (const LibPackage* lib = pkg->lib(u.ref->path)) {
        for (const std::string& n : lib->known_missing) {
          if (view.members.count(n) == 0) view.known_missing.push_back(n);
        }
      }
    }
    u.view = &view;
  }
  return true;
}

}  // namespace

bool check_unit(Package* pkg, Unit& u, ErrorList* errors, const std::vector<std::string>& loaded, const Package* program) {
  return check_unit_with_peers(pkg, u, errors, loaded, program, nullptr, nullptr);
}

// Checks each unit in turn; the first with errors ends the build (go build does not compile a
// package whose dependencies failed). A shared unit (pkgcache.h) is checked into the cache the
// first time and taken from it afterwards; `cache` is held locked by the caller.
bool check_units_with(Package* pkg, ErrorList* errors, StdlibCache* cache) {
  std::vector<std::string> loaded;
  for (const Unit& u : pkg->units) {
    if (!u.is_main()) loaded.push_back(u.ref->path);
  }
  // First the GOROOT packages the cache lacks, into the cache's world, in order (they import
  // only each other): the world must not grow once this program's own layer has types, whose
  // ids continue the world's. The errors of one that fails are reported at its place in the
  // order, so that they are the ones a cold check reports (the units before it may fail first).
  size_t failed = pkg->units.size();
  std::optional<ErrorList> failed_errors;
  std::vector<std::unique_ptr<Checker>> keep;  // the local packages' checkers (set_peers)
  std::vector<Checker*> peers;
  std::vector<bool> fresh(pkg->units.size());
  if (cache != nullptr) {
    for (size_t i = 0; i < pkg->units.size(); i++) {
      const Unit& u = pkg->units[i];
      if (!u.shared || cache->find(u.ref->path) != nullptr) continue;
      ErrorList scratch(u.filenames.empty() ? "" : u.filenames[0]);
      if (cache->check(u, &scratch, loaded, pkg) == nullptr) {
        failed = i;
        failed_errors = std::move(scratch);
        break;
      }
      fresh[i] = true;
    }
    pkg->rebase();
  }
  for (size_t i = 0; i < pkg->units.size(); i++) {
    Unit& u = pkg->units[i];
    if (u.shared && cache != nullptr) {
      if (i == failed) {
        // The units before it checked without errors: the list holds exactly the unit's.
        if (errors->empty()) *errors = std::move(*failed_errors);
        refuse_goroot_errors(*pkg, u, errors);
        return false;
      }
      const StdlibCache::Entry* e = cache->find(u.ref->path);
      if (e == nullptr) return false;  // not reached: every unit before `failed` is cached
      if (!fresh[i]) cache->stats.packages_reused++;
      u = cache->world->units[e->unit];
      StdlibCache::splice(*e, pkg);
      continue;
    }
    if (!check_unit_with_peers(pkg, u, errors, loaded, nullptr, &keep, &peers)) {
      refuse_goroot_errors(*pkg, u, errors);
      return false;
    }
  }
  return true;
}

Diagnostics check_units(Package* pkg) {
  ErrorList errors(pkg->filename);
  check_units_with(pkg, &errors, nullptr);
  return errors.finish();
}

}  // namespace gosim::lang
