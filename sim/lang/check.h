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

struct Package {
  std::string filename;
  PackageRef ref{"main", "main"};
  std::unique_ptr<File> file;
  std::string source;  // the file's text: generic declarations are parsed again per instance
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

  std::vector<Object*> imports;     // PkgName objects, in import order
  std::vector<Object*> globals;     // package-level variables, in declaration order
  std::vector<Object*> consts;      // package-level constants
  std::vector<Object*> type_names;  // declared named types (package-level and local)
  std::vector<Object*> funcs_decl;  // declared functions and methods, in source order
  std::vector<FuncInfo*> all_funcs; // every body: declared functions, methods, literals
  std::vector<FuncInfo*> init_funcs;
  FuncInfo* main_func = nullptr;
  std::vector<InitEntry> init_order;

  const Constant* make_constant(Constant c) { return &constants.emplace_back(std::move(c)); }
  Scope* make_scope(Scope* parent, FuncInfo* func) {
    Scope& s = scopes.emplace_back();
    s.parent = parent;
    s.func = func;
    return &s;
  }
  const LibPackage* lib(std::string_view path) const {
    for (const LibPackage& l : libs) {
      if (l.ref.path == path) return &l;
    }
    return nullptr;
  }
};

struct CheckResult {
  std::unique_ptr<Package> pkg;  // null when there are errors
  Diagnostics diags;             // as go build prints them: sorted, at most 10 + "too many errors"
  bool ok() const { return pkg != nullptr; }
};

CheckResult check_file(std::string_view filename, std::string_view source);

// The packages gosim models, as import paths, for messages: "fmt, runtime, sync, ...".
std::string supported_packages();

// Builds the universe scope and the library packages into pkg (universe.cpp).
void declare_universe(Package* pkg);

}  // namespace gosim::lang
