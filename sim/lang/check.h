// The front end's entry point: Go source text in, a checked package (or Go-worded
// diagnostics) out.
//
// check_file lexes, parses, refuses constructs outside gosim's Go subset
// ("file:line:col: unsupported: ..."), then type-checks like the Go compiler's types2:
// it resolves every identifier, types every expression, folds constants, and reports
// errors with go build's wording, at most 10 then "too many errors". It never throws,
// never crashes and never recurses deeper than the parser's nesting limit allows.
//
// The result owns everything: the syntax tree (annotated in place, see ast.h), the
// types, objects, constants, scopes and function facts. Nothing is shared between
// packages, so two checks can run side by side.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sim/base/diag.h"
#include "sim/lang/ast.h"
#include "sim/lang/constant.h"
#include "sim/lang/object.h"
#include "sim/lang/types.h"

namespace gosim::lang {

// One package-level variable initialization, in the order Go runs them
// (Go: types2 Info.InitOrder): `lhs = init`, where several lhs share one multi-value init.
struct InitEntry {
  std::vector<Object*> lhs;
  Expr* init = nullptr;
};

// One Go package checked from source: the main package, a package of the program's module, or a
// standard-library package read from GOROOT (load.h). The main package's Unit refers to
// Package::ref, ::file and ::scope; the others own theirs.
struct Unit {
  const PackageRef* ref = nullptr;    // name and import path ("main" for the main package)
  std::vector<std::string> filenames;  // as diagnostics and tracebacks name them
  std::vector<File*> files;            // in the order the loader read them (Go: sorted names)
  Scope* scope = nullptr;              // package scope
  std::vector<Object*> imports;        // PkgName objects of all files, in import order
  std::vector<Object*> globals;        // this package's variables, in declaration order
  std::vector<InitEntry> init_order;   // Go: types2 Info.InitOrder of this package
  std::vector<FuncInfo*> init_funcs;   // init.0, init.1, ... in file order
  LibPackage* view = nullptr;          // what importers see: the exported package-level names
  bool goroot = false;                 // read from GOROOT/src (the standard library)
  bool shared = false;                 // parsed and checked once per process in pkgcache.h's Package
  bool is_main() const { return ref != nullptr && ref->path == "main"; }
};

struct Package {
  Package() = default;
  // A program over the process's standard-library cache (pkgcache.h): `base` holds the
  // universe, the modelled packages and the checked GOROOT packages this program's units share;
  // this Package's own storage layers over it (types interned there are found there).
  explicit Package(std::shared_ptr<const Package> base_pkg)
      : base(std::move(base_pkg)), objects(base->objects.next_first()), types(&objects, &base->types) {
    universe = base->universe;
  }
  Package(const Package&) = delete;
  Package& operator=(const Package&) = delete;

  std::shared_ptr<const Package> base;  // declared first: the storage below refers to it
  // After the base grew (pkgcache.cpp checks new GOROOT packages into it before this Package
  // makes any type or object), this Package's numbering continues after the base's.
  void rebase() {
    if (base == nullptr) return;
    objects.rebase(base->objects.next_first());
    types.rebase();
  }
  std::string filename;
  // A directory program (load.cpp check_dir): go.mod's module path and the directory as given.
  // Go's tracebacks name the module's files by import path (`example.com/m/lib/lib.go`, as
  // `go build -trimpath` prints them; part lang19).
  std::string module_path, module_dir;
  PackageRef ref{"main", "main"};
  std::unique_ptr<File> file;
  // Every package of the program in initialization order (dependencies first, Go: the
  // inittask dependency walk in import order); the main package last. A one-file program
  // without source imports has one unit.
  std::deque<Unit> units;
  std::deque<std::unique_ptr<File>> more_files;  // the files of units other than `file`
  std::deque<PackageRef> refs;                   // the refs of units other than main
  std::deque<std::string> texts;                 // the source text of more_files (the tree points into it)
  std::string source;  // a one-file program's text (file_texts points into it)
  // Each parsed file's name and text: generic declarations are parsed again per instance from
  // the file that declares them (check_generic.cpp fresh_decl).
  struct FileText { std::string name; std::string_view text; };
  std::unordered_map<const File*, FileText> file_texts;
  std::vector<std::unique_ptr<File>> instance_files;  // those parses (check_generic.cpp)

  // Storage (declaration order matters: types refer to objects).
  ObjectPool objects;
  TypeTable types{&objects};
  std::deque<Constant> constants;
  std::deque<FuncInfo> funcs;
  std::deque<Scope> scopes;
  std::deque<LibPackage> libs;

  Scope* universe = nullptr;
  Scope* scope = nullptr;  // package scope

  std::vector<Object*> imports;     // the main package's PkgName objects, in import order
  std::vector<Object*> globals;     // package-level variables of every unit, in unit then declaration order
  std::vector<Object*> consts;      // package-level constants
  std::vector<Object*> type_names;  // declared named types (package-level and local)
  std::vector<Object*> funcs_decl;  // declared functions and methods, in source order
  std::vector<FuncInfo*> all_funcs; // every body: declared functions, methods, literals
  std::vector<FuncInfo*> init_funcs;
  FuncInfo* main_func = nullptr;
  std::vector<InitEntry> init_order;  // the main package's (also in units.back())

  const Constant* make_constant(Constant c) { return &constants.emplace_back(std::move(c)); }
  Scope* make_scope(Scope* parent, FuncInfo* func) {
    Scope& s = scopes.emplace_back();
    s.parent = parent;
    s.func = func;
    return &s;
  }
  const LibPackage* lib(std::string_view path) const {
    if (base != nullptr) {
      if (const LibPackage* l = base->lib(path)) return l;
    }
    for (const LibPackage& l : libs) {
      if (l.ref.path == path) return &l;
    }
    return nullptr;
  }
  // Every package view this program sees: the base's, then its own.
  std::vector<const LibPackage*> all_libs() const {
    std::vector<const LibPackage*> out;
    if (base != nullptr) out = base->all_libs();
    for (const LibPackage& l : libs) out.push_back(&l);
    return out;
  }
};

struct CheckResult {
  std::unique_ptr<Package> pkg;  // null when there are errors
  Diagnostics diags;             // as go build prints them: sorted, at most 10 + "too many errors"
  bool ok() const { return pkg != nullptr; }
};

CheckResult check_file(std::string_view filename, std::string_view source);

// `util.F`, `utf8.RuneError`'s package variable...: a qualified reference to a package-level
// function or variable of a package checked from source is, for lowering and escape analysis,
// the same as a reference by name inside that package; returns that Name (annotated like the
// selector), or nullptr for anything else (modelled library members, fields, methods).
inline const Name* source_ref(const Expr* e) {
  if (e == nullptr || e->kind != NodeKind::SelectorExpr) return nullptr;
  const auto* s = static_cast<const SelectorExpr*>(e);
  if (s->sel_kind != SelKind::Qualified || s->sel_obj == nullptr || s->sel_obj->lib != LibFunc::None) return nullptr;
  const Object* o = s->sel_obj;
  const bool src = (o->kind == ObjKind::Func && o->func != nullptr) ||
                   (o->kind == ObjKind::Var && o->var_kind == VarKind::Global);
  return src ? s->sel : nullptr;
}

// Checks the units of a loaded program (load.cpp fills pkg->units with parsed files), one
// package at a time in initialization order, as go build compiles dependencies first; stops
// after the first package with errors.
Diagnostics check_units(Package* pkg);

// The packages gosim models, as import paths, for messages: "fmt, runtime, sync, ...".
std::string supported_packages();

// Builds the universe scope and the library packages into pkg (universe.cpp).
void declare_universe(Package* pkg);
// part fs (universe_os.cpp): os's calls whose signatures name io/fs's types (`fs`: io/fs's view),
// made in pkg for the check of os's source files, which gets them as its own names.
std::vector<Object*> declare_os_fs(Package* pkg, const LibPackage& fs);

}  // namespace gosim::lang
