// The type checker's internal class, shared by the check_*.cpp files.
//
// Go: cmd/compile/internal/types2, configured as the compiler configures it
// (CompilerErrorMessages: the messages `go build` prints, IgnoreBranchErrors: the parser
// already checked labels). Method and file names follow types2 (objDecl -> obj_decl,
// exprInternal -> expr_internal, assignVar -> assign_var, ...) so the two can be read side
// by side. Generics are checked per instantiation (check_generic.cpp). What gosim leaves
// out: dot imports, cgo.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "sim/lang/check.h"
#include "sim/lang/errors.h"

namespace gosim::lang {

// Go: types2/operand.go.
struct Operand {
  Mode mode = Mode::Invalid;
  Expr* expr = nullptr;
  const Type* type = nullptr;
  Constant val;
  BuiltinId id = BuiltinId::Len;
  int tuple_index = -1;  // element of a multi-value call result
};

// Go: expr.go representableConst: whether constant x fits basic type typ; `rounded`
// (may be null) receives the value as that type represents it.
bool representable_const(const Constant& x, const Type* typ, Constant* rounded);

// Go: exprKind: whether an expression may stand alone as a statement.
enum class ExprKind : uint8_t { Conversion, Expression, Statement };

// Go: types2/decl.go declInfo for package-level objects.
struct DeclInfo {
  Object* obj = nullptr;
  Expr* vtype = nullptr;
  Expr* init = nullptr;
  bool inherited = false;
  std::vector<Object*> lhs;  // a, b = f(): all variables of the declaration
  TypeDecl* tdecl = nullptr;
  FuncDecl* fdecl = nullptr;
  int file = 0;  // index of the declaring file in the unit
  int64_t iota = 0;
  std::vector<Object*> deps;  // package-level objects used, in first-use order
  std::set<int> dep_set;
};

// Go: the spec's iota and implicit repetition, for the specs of one declaration list (a file's
// top level, or a block): within a parenthesized `const (...)`, iota is the spec's index and a
// spec without type and values repeats the last one that had them. Package-level
// (collect_objects) and local (decl_stmt) declarations share this one definition.
struct ConstSpecs {
  int first = -1;            // index of the group's first spec, or -1 outside a group
  ConstDecl* last = nullptr; // the last spec of the group with values
  int64_t iota = 0;
  bool inherited = false;    // this spec repeats `last`
  // Steps to decls[index]; a non-const declaration ends the current group.
  void at(const std::vector<Decl*>& decls, size_t index) {
    if (decls[index]->kind != NodeKind::ConstDecl) {
      first = -1;
      return;
    }
    auto* s = static_cast<ConstDecl*>(decls[index]);
    if (first < 0 || s->group == 0 || static_cast<ConstDecl*>(decls[index - 1])->group != s->group) {
      first = static_cast<int>(index);
      last = nullptr;
    }
    iota = static_cast<int64_t>(index) - first;
    inherited = s->type == nullptr && s->values == nullptr && last != nullptr;
    if (s->type != nullptr || s->values != nullptr) last = s;
  }
};

enum StmtCtx : unsigned {
  kBreakOk = 1,
  kContinueOk = 2,
  kFallthroughOk = 4,
  kFinalSwitchCase = 8,
  kInTypeSwitch = 16,
};

// The checker's recursion (expressions, statements, types, and declarations checked on
// first use) may go this deep; beyond it gosim reports an error instead of overflowing
// the C++ stack. A single tree is at most kMaxNesting deep, so only long chains of
// declarations that depend on each other get here.
constexpr int kMaxCheckDepth = 1000;

// A generic function or type (check_generic.cpp): its type parameters, their constraints
// and the instances made so far, keyed by the type arguments' identities.
struct GenericInfo {
  std::vector<Name*> names;                  // the type parameter names as declared
  std::vector<const Type*> tparams;          // TypeParam types
  std::vector<const Type*> constraints;
  std::vector<Expr*> constraint_exprs;
  FuncDecl* decl = nullptr;                  // generic function or method
  TypeDecl* tdecl = nullptr;                 // generic type
  std::map<std::string, Object*> func_insts;
  std::map<std::string, const Type*> type_insts;
  bool complete = false;                     // type: declared and its methods collected
  bool cycle_reported = false;               // too many instances (check_generic.cpp)
  std::vector<const Type*> pending;          // instances to expand once complete
  Scope* scope = nullptr;                    // where it is declared: the file, or a function's block
};

class Checker {
 public:
  // Checks one package (unit) of pkg; the packages it imports were checked before.
  Checker(Package* pkg, Unit* unit, ErrorList* errors);
  void check_files();
  // part lang3: generics of a go.mod program's local packages. Instances are made by the checker
  // of the package that declares the generic (its generics_ table, scopes and file texts), so the
  // checkers of the local packages stay alive while the packages importing them are checked
  // (check.cpp check_units_with): an importer hands it the instantiation, and checks the bodies
  // of the instances it asked for once its own bodies are done (drain_peers).
  void set_peers(const std::vector<Checker*>* peers) { peers_ = peers; }

 private:
  Checker* generic_owner(const Object* gen) const;  // the checker whose generics_ holds gen
  GenericInfo& generic_info(const Object* gen) { return generic_owner(gen)->generics_[gen]; }
  void drain_peers();
  std::string decl_pos_str(const Object* gen, Pos p) const;
  const std::vector<Checker*>* peers_ = nullptr;
  // ---- errors (check.cpp) ----
  void err(Pos pos, std::string msg);
  void error_at(const Node* at, std::string msg) { err(start_pos(at), std::move(msg)); }
  void error_op(const Operand& x, std::string msg);
  void unsupported(Pos pos, const std::string& what) { err(pos, "unsupported: " + what); }
  // part sortrand (check_deep.cpp): a member a modelled package lacks, used by a package read
  // from source, reported at the main package's import that pulls the package in, with the
  // chain. false when there is no such import (the caller reports it where it is used).
  bool deep_missing_member(const LibPackage* lib, const std::string& sel, Pos pos);
  bool lib_method_missing(const Type* t, const std::string& sel, Pos pos);  // part reflect: check_deep.cpp
  std::vector<std::string> deep_reported_;  // members reported so far: each once, at its first use

 public:
  // The program whose import pulled this unit in, when the unit is checked into the standard-
  // library cache's world (pkgcache.h), which has no main unit to name the import from.
  void set_import_root(const Package* program) { import_root_ = program; }

 private:
  const Package* import_root_ = nullptr;
  std::string op_str(const Operand& x) const;
  std::string pos_str(Pos p) const;
  std::string ts(const Type* t) const { return type_string(t); }

  // ---- declarations (check_decl.cpp) ----
  void collect_objects();
  void declare(Scope* scope, Name* id, Object* obj);
  const LibPackage* import_view(const std::string& path) const;  // part json (check_resolve.cpp)
  void declare_pkg_obj(Name* ident, Object* obj, DeclInfo d);
  void package_objects();
  void obj_decl(Object* obj);
  bool valid_cycle(Object* obj);
  void cycle_error(const std::vector<Object*>& cycle);
  void const_decl(Object* obj, Expr* typ, Expr* init, bool inherited, int64_t iota);
  void var_decl(Object* obj, const std::vector<Object*>& lhs, Expr* typ, Expr* init);
  void type_decl(Object* obj, TypeDecl* tdecl);
  void collect_methods(Object* type_name);
  void check_field_uniqueness(const Type* named);
  void func_decl(Object* obj, DeclInfo* d);
  void decl_stmt(const std::vector<Decl*>& decls);
  void arity(Pos pos, const std::vector<Name*>& names, const std::vector<Expr*>& inits, bool const_decl,
             bool inherited);
  void valid_type(const Type* named);
  bool valid_type0(const Type* t, std::vector<const Type*>* path);
  void add_decl_dep(Object* to);
  void unused_imports();
  void check_type_sizes();  // check_sizes.cpp: Go's CalcSize limit
  void check_main();

  // ---- type expressions (check_type.cpp) ----
  const Type* typ(Expr* e) { return defined_type(e, nullptr); }
  const Type* var_type(Expr* e) { return defined_type(e, nullptr); }
  const Type* defined_type(Expr* e, const Type* def);
  const Type* typ_internal(Expr* e, const Type* def);
  const Type* struct_type(StructType* e);
  const Type* interface_type(InterfaceType* e);
  void embedded_type_check(Pos pos, const Type* typ);
  // Builds a signature; params/results (and recv) are declared into `scope`.
  const Type* func_type(FuncInfo* fi, Scope* scope, Field* recv, FuncType* ft);
  std::vector<Object*> collect_params(Scope* scope, const std::vector<Field*>& list, bool variadic_ok,
                                      VarKind kind, bool* variadic);
  int64_t array_length(Expr* e);
  void check_map_key(Expr* key_expr, const Type* key);

  // ---- expressions (check_expr.cpp) ----
  ExprKind raw_expr(Operand* x, Expr* e, const Type* hint);
  ExprKind expr_internal(Operand* x, Expr* e, const Type* hint);
  void expr(Operand* x, Expr* e);
  void multi_expr(Operand* x, Expr* e);
  void expr_with_hint(Operand* x, Expr* e, const Type* hint);
  void expr_or_type(Operand* x, Expr* e);
  void exclude(Operand* x, unsigned modeset);
  void single_value(Operand* x);
  void record(const Operand& x);
  void use(Expr* e);
  void use_list(const std::vector<Expr*>& list) {
    for (Expr* e : list) use(e);
  }
  void ident(Operand* x, Name* e, bool want_type);
  void note_var_use(Object* v);
  void unary(Operand* x, Operation* e);
  void binary(Operand* x, Expr* e, Expr* lhs, Expr* rhs, Op op, Pos op_pos);
  void comparison(Operand* x, Operand* y, Op op, bool switch_case);
  void shift(Operand* x, Operand* y, Expr* e, Op op);
  bool op_ok(Operand* x, Op op, bool binary_op);
  void overflow(Operand* x, Pos op_pos);
  void representable(Operand* x, const Type* basic);
  int representation(const Operand& x, const Type* basic, Constant* rounded);
  void invalid_conversion(int code, const Operand& x, const Type* target);
  void update_expr_type(Expr* parent, Expr* x, const Type* typ, bool final);
  void convert_untyped(Operand* x, const Type* target);
  const Type* implicit_type_and_value(Operand* x, const Type* target, Constant* val, int* code);
  void composite_lit(Operand* x, CompositeLit* e, const Type* hint);
  int64_t indexed_elts(const std::vector<Expr*>& elts, const Type* typ, int64_t length);
  void index_expr(Operand* x, IndexExpr* e);
  void slice_expr(Operand* x, SliceExpr* e);
  Expr* single_index(IndexExpr* e);
  const Type* index(Expr* index, int64_t max, int64_t* val);
  bool is_valid_index(Operand* x, const char* what, bool allow_negative);
  void type_assertion(Expr* e, Operand* x, const Type* T, bool type_switch);
  void func_lit(Operand* x, FuncLit* e);
  void mark_addr_taken(Expr* e);

  // ---- calls and selectors (check_call.cpp) ----
  ExprKind call_expr(Operand* x, CallExpr* call);
  std::vector<Operand> expr_list(const std::vector<Expr*>& elist, bool allow_comma_ok, bool* comma_ok);
  void arguments(CallExpr* call, const Type* sig, std::vector<Operand>& args);
  void selector(Operand* x, SelectorExpr* e);
  void method_expr(Operand* x, SelectorExpr* e, Object* m);
  void implicit_selectors(Operand* x, SelectorExpr* e, const std::vector<int>& path);
  void conversion(Operand* x, const Type* T);
  bool convertible_to(Operand* x, const Type* T, std::string* cause);
  std::string types_summary(const std::vector<const Type*>& list, bool variadic);

  // ---- built-ins (check_builtin.cpp) ----
  bool builtin(Operand* x, CallExpr* call, BuiltinId id);
  bool builtin_complex(Operand* x, CallExpr* call, Operand y);
  bool builtin_real_imag(Operand* x, BuiltinId id);
  // unsafe.Sizeof, Offsetof, Alignof, Add, Slice (check_unsafe.cpp); xlist: the evaluated
  // arguments (none for Offsetof, whose selector is checked there).
  bool builtin_unsafe(Operand* x, CallExpr* call, BuiltinId id, std::vector<Operand>& xlist);

  // ---- assignments (check_assign.cpp) ----
  void assignment(Operand* x, const Type* T, const std::string& context);
  bool assignable_to(Operand* x, const Type* T, std::string* reason);
  std::string implements(const Type* V, const Type* T);
  Object* missing_method(const Type* V, const Type* T, bool is_static, Object** alt);
  std::string missing_method_reason(const Type* V, const Type* T, Object* m, Object* alt);
  void record_conversion(const Operand& x, const Type* T);
  void init_const(Object* lhs, Operand* x);
  const Type* init_var(Object* lhs, Operand* x, const std::string& context);
  const Type* assign_var(Expr* lhs, Operand* x);
  void init_vars(const std::vector<Object*>& lhs, const std::vector<Expr*>& rhs, ReturnStmt* ret);
  void assign_vars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs);
  void short_var_decl(Pos pos, const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs);
  void assign_error(const std::vector<Expr*>& rhs, size_t nvars, size_t nvals);
  Object* new_var(Name* ident, const Type* type, VarKind kind);

  // ---- statements (check_stmt.cpp) ----
  void func_body(FuncInfo* fi, BlockStmt* body);
  void usage(FuncInfo* fi);
  void stmt_list(unsigned ctxt, const std::vector<Stmt*>& list);
  void stmt(unsigned ctxt, Stmt* s);
  void simple_stmt(Stmt* s) {
    if (s != nullptr) stmt(0, s);
  }
  void open_scope() { scope_ = pkg_->make_scope(scope_, func_); }
  void close_scope() { scope_ = scope_->parent; }
  void switch_stmt(unsigned inner, SwitchStmt* s);
  void type_switch_stmt(unsigned inner, SwitchStmt* s, TypeSwitchGuard* guard);
  void case_values(Operand* x, const std::vector<Expr*>& values, std::vector<std::pair<Operand, Pos>>* seen);
  void range_stmt(unsigned inner, ForStmt* s, RangeClause* rclause);
  void select_stmt(unsigned inner, SelectStmt* s);
  void return_stmt(ReturnStmt* s);
  void suspended_call(const char* keyword, CallExpr* call);
  bool is_terminating(Stmt* s, const std::string& label);
  bool is_terminating_list(const std::vector<Stmt*>& list, const std::string& label);

  // ---- initialization order (check_init.cpp) ----
  void report_init_cycle(const std::vector<Object*>& cycle);
  void const_cycles();
  void init_order();

  Object* lookup(const std::string& name) const;
  // Makes file i of the unit the current one: its file scope, and the file errors name.
  void set_file(int i);

  // ---- generics (check_generic.cpp, check_infer.cpp) ----
  // Saves the checking environment and restores it on scope exit (as obj_decl does).
  struct EnvSaver {
    explicit EnvSaver(Checker* c)
        : c_(c), scope_(c->scope_), func_(c->func_), sig_(c->sig_), has_iota_(c->has_iota_), iota_(c->iota_),
          decl_(c->decl_), errpos_(c->errpos_), call_(c->has_call_or_recv_) {
      c->func_ = nullptr;
      c->sig_ = nullptr;
      c->has_iota_ = false;
      c->decl_ = nullptr;
      c->errpos_ = {};
    }
    ~EnvSaver() {
      c_->scope_ = scope_;
      c_->func_ = func_;
      c_->sig_ = sig_;
      c_->has_iota_ = has_iota_;
      c_->iota_ = iota_;
      c_->decl_ = decl_;
      c_->errpos_ = errpos_;
      c_->has_call_or_recv_ = call_;
    }
    EnvSaver(const EnvSaver&) = delete;
    EnvSaver& operator=(const EnvSaver&) = delete;
    Checker* c_;
    Scope* scope_;
    FuncInfo* func_;
    const Type* sig_;
    bool has_iota_;
    int64_t iota_;
    DeclInfo* decl_;
    Pos errpos_;
    bool call_;
  };
  bool is_generic_func_decl(FuncDecl* fd);
  bool is_generic_obj(const Object* obj) const;
  bool has_type_params(const Type* t, int depth = 0) const;
  bool has_type_params_list(const std::vector<const Type*>& ts_) const;
  Scope* bind_scope(Scope* parent, const std::vector<Name*>& names, const std::vector<const Type*>& targs);
  void declare_tparams(GenericInfo* gi, const std::vector<Field*>& fields, Scope* scope);
  const Type* constraint_type(Expr* e);
  void collect_union(Expr* e, std::vector<TypeTerm>* out);
  bool satisfies(const Type* targ, const Type* constraint, std::string* cause);
  std::string union_text(const std::vector<TypeTerm>& u) const;
  bool type_param_comparable(const Type* tp) const;
  bool verify_targs(GenericInfo* gi, const std::vector<const Type*>& targs, const std::vector<Expr*>& at, Pos call_pos);
  void generic_func_decl(Object* obj, DeclInfo* d);
  void probe_generic_body(FuncInfo* fi, Scope* fscope, FuncDecl* fd, DeclInfo* d);
  bool tparam_without_core(const Type* t) const;
  bool refuse_generic_outside_main(Object* obj);
  void generic_type_decl(Object* obj, TypeDecl* tdecl);
  void generic_type_done(Object* obj);
  std::string targs_key(const std::vector<const Type*>& targs) const;
  const Type* instantiate_type(Object* gen, const std::vector<const Type*>& targs);
  void expand_instance(const Type* t);
  DeclInfo* gen_decl_info(Object* gen);
  Object* instantiate_func(Object* gen, const std::vector<const Type*>& targs);
  void declare_instance_func(Object* obj, DeclInfo* d, FuncDecl* fd, Scope* bs, const std::string& name, int file);
  int decl_file(const Decl* d) const;
  FuncDecl* fresh_decl(FuncDecl* orig);
  const Type* instantiate_type_expr(IndexExpr* ix, Object* gen);
  std::string generic_type_string(Object* gen);
  void finish_generics();
  bool unify(const Type* p, const Type* a, const std::vector<const Type*>& tparams, std::vector<const Type*>* bound,
             int depth);
  const Type* subst(const Type* t, const std::vector<const Type*>& tparams, const std::vector<const Type*>& bound,
                    int depth);
  bool infer(Object* gen, CallExpr* call, std::vector<Operand>& args, std::vector<const Type*>* targs,
             const std::vector<Expr*>& explicit_exprs);
  bool generic_callee(Operand* x, CallExpr* call, std::vector<Operand>* args);
  bool generic_index(Operand* x, IndexExpr* e);
  Name* generic_name(Expr* callee, Object** gen);

  // Counts one level of checker recursion; ok is false once kMaxCheckDepth is passed.
  struct Deep {
    Deep(Checker* c, Pos p) : c_(c), ok(c->enter(p)) {}
    ~Deep() { c_->depth_--; }
    Checker* c_;
    bool ok;
  };
  bool enter(Pos p);

  Package* pkg_;
  Unit* unit_;
  const PackageRef* ref_;  // the package being checked
  Scope* pscope_;          // its package scope
  std::vector<Scope*> file_scopes_;
  int file_ = 0;
  ErrorList* errors_;
  TypeTable& T;
  bool reported_ = false;  // some error was reported (types2's firstErr)
  Scope* file_scope_ = nullptr;
  Scope* scope_ = nullptr;
  FuncInfo* func_ = nullptr;
  const Type* sig_ = nullptr;
  bool has_iota_ = false;
  int64_t iota_ = 0;
  Pos errpos_;  // inherited constant initializers report at the constant
  DeclInfo* decl_ = nullptr;
  bool has_call_or_recv_ = false;
  std::vector<Object*> obj_path_;
  std::map<int, DeclInfo> obj_map_;                  // keyed by Object::order
  std::map<int, std::vector<Object*>> methods_;      // base TypeName order -> methods
  std::vector<std::function<void()>> delayed_;       // function bodies, checked after declarations
  std::vector<std::function<void()>> pending_map_keys_;  // key checks of package-level map types
  std::set<const CallExpr*> is_panic_;               // panic calls, for isTerminating
  std::set<const Type*> valids_;                     // named types known to be valid
  int glob_literals_ = 0;                            // function literals at package level
  int depth_ = 0;
  bool too_deep_ = false;
  std::map<const Object*, GenericInfo> generics_;  // keyed by the generic function or type
  int instance_depth_ = 0;     // > 0 while checking an instance's body
  // > 0 while a generic body is checked once with its type parameters as types of their own
  // (check_generic.cpp probe_generic_body): only the errors Go reports there are kept.
  int probing_ = 0;
  bool probe_report_ = false;  // the error being reported is about a type parameter itself
  int instance_nesting_ = 0;   // instances expanding instances (bounded)
};

}  // namespace gosim::lang
