// The syntax tree of one Go source file, and what the type checker writes onto it.
//
// Shape: the node kinds and fields follow Go's own compiler tree (cmd/compile/internal/
// syntax/nodes.go), not go/ast: a binary or unary expression is one `Operation`, a call's
// arguments are a list with a `has_dots` flag, `a, b` on either side of an assignment is
// a `ListExpr`, `for k, v := range x` is a ForStmt whose init is a `RangeClause`.
//
// Positions: every node has `pos`, 1-based line and byte column, and it is the position
// Go's compiler gives that node: the operator of a binary expression, the '(' of a call,
// the '.' of a selector, the '[' of an index, the ':' of a key:value pair or a label, the
// keyword of a statement. Errors are reported at `start_pos(n)`, the leftmost position,
// exactly as types2 does (go build prints start positions for type errors).
//
// Ownership: one Arena per File owns every node (unique_ptrs in a vector, freed together
// with the File). Nodes point to each other with plain non-owning pointers; there are no
// back pointers and no cycles, so later stages can walk the tree freely.
//
// Checker results live in the nodes as plain fields (see Expr, Name, SelectorExpr,
// CallExpr, FuncLit, FuncDecl, CaseClause, BranchStmt): after a successful check every
// expression has a mode and a type, constants their value, every identifier its object.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "sim/base/diag.h"
#include "sim/lang/token.h"

namespace gosim::lang {

struct Type;
struct Object;
struct Constant;
struct FuncInfo;

enum class NodeKind : uint8_t {
  // expressions
  BadExpr, Name, BasicLit, CompositeLit, KeyValueExpr, FuncLit, ParenExpr, SelectorExpr,
  IndexExpr, SliceExpr, AssertExpr, TypeSwitchGuard, Operation, CallExpr, ListExpr,
  // type expressions (also Exprs: `[]int{...}` and conversions use them as operands)
  ArrayType, SliceType, DotsType, StructType, InterfaceType, FuncType, MapType, ChanType,
  // statements
  EmptyStmt, LabeledStmt, BlockStmt, ExprStmt, SendStmt, DeclStmt, AssignStmt, BranchStmt,
  CallStmt, ReturnStmt, IfStmt, ForStmt, SwitchStmt, SelectStmt, RangeClause,
  // parts
  Field, CaseClause, CommClause,
  // declarations
  ImportDecl, ConstDecl, TypeDecl, VarDecl, FuncDecl, File,
};

const char* node_kind_name(NodeKind k);

struct Node {
  NodeKind kind;
  Pos pos;
  Node(NodeKind k, Pos p) : kind(k), pos(p) {}
  virtual ~Node() = default;
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;
};

// What an expression denotes, after checking. Go: types2/operand.go operandMode.
enum class Mode : uint8_t {
  Invalid,   // not checked, or an error was reported
  NoValue,   // call of a function without results
  Builtin,   // a built-in function name (only valid as callee)
  TypeExpr,  // the expression denotes a type
  Constant,  // a constant; `value` is set
  Variable,  // an addressable variable
  MapIndex,  // m[k]: assignable but not addressable, comma-ok on the right
  Value,     // a computed value
  NilValue,  // the untyped nil, or nil converted to a type
  CommaOk,   // v.(T) or <-ch: may yield a second bool
};

struct Expr : Node {
  using Node::Node;
  Mode mode = Mode::Invalid;
  const Type* type = nullptr;         // final type (untyped constants keep their untyped type)
  const Constant* value = nullptr;    // set when mode == Constant
  const Type* convert_to = nullptr;   // the value is implicitly converted to this interface
  bool comma_ok = false;              // m[k], <-ch or x.(T) used in its `v, ok` form
  // Checker bookkeeping for untyped expressions (types2's `untyped` map).
  bool untyped_final = false;
  bool lhs_shift = false;
};

struct Stmt : Node {
  using Node::Node;
};

struct Decl : Node {
  using Node::Node;
  int group = 0;  // declarations written in one `var ( ... )` share a nonzero group id
};

// ---- expressions ----

struct BadExpr : Expr {
  explicit BadExpr(Pos p) : Expr(NodeKind::BadExpr, p) {}
};

struct Name : Expr {
  Name(Pos p, std::string v) : Expr(NodeKind::Name, p), value(std::move(v)) {}
  std::string value;
  Object* obj = nullptr;  // the object it declares or denotes (checker)
};

struct BasicLit : Expr {
  BasicLit(Pos p, std::string v, LitKind k, bool b)
      : Expr(NodeKind::BasicLit, p), value(std::move(v)), lit_kind(k), bad(b) {}
  std::string value;  // source text, quotes and all
  LitKind lit_kind;
  bool bad;
  // A number whose text holds a byte no number can: the scanner skips a NUL or a BOM after
  // reporting it (Go: syntax/source.go nextch), so `1<NUL>` is one literal, which the type
  // checker then calls a "malformed constant" (an invalid UTF-8 byte likewise).
  bool malformed_number() const {
    if (lit_kind != LitKind::Int && lit_kind != LitKind::Float && lit_kind != LitKind::Imag) return false;
    for (char c : value) {
      if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x80) return true;
    }
    return false;
  }
};

struct CompositeLit : Expr {
  explicit CompositeLit(Pos p) : Expr(NodeKind::CompositeLit, p) {}
  Expr* type_expr = nullptr;  // nil for an elided type in an outer literal
  std::vector<Expr*> elems;
  int nkeys = 0;
  Pos rbrace;
};

struct KeyValueExpr : Expr {
  explicit KeyValueExpr(Pos p) : Expr(NodeKind::KeyValueExpr, p) {}
  Expr* key = nullptr;
  Expr* value_expr = nullptr;
};

struct FuncType;
struct BlockStmt;

struct FuncLit : Expr {
  explicit FuncLit(Pos p) : Expr(NodeKind::FuncLit, p) {}
  FuncType* ftype = nullptr;
  BlockStmt* body = nullptr;
  FuncInfo* func = nullptr;  // parameters, locals and captured variables (checker)
};

struct ParenExpr : Expr {
  explicit ParenExpr(Pos p) : Expr(NodeKind::ParenExpr, p) {}
  Expr* x = nullptr;
};

// How a selector x.f was resolved (checker). Go: types2/selection.go.
enum class SelKind : uint8_t {
  None,
  Qualified,  // pkg.Member: `obj` is the package member
  FieldVal,   // x.f, a struct field; `index` is the field index in the struct
  MethodVal,  // x.m, a method value or the callee of a method call
  MethodExpr, // T.m or (*T).m: a function whose first parameter is the receiver
};

struct SelectorExpr : Expr {
  explicit SelectorExpr(Pos p) : Expr(NodeKind::SelectorExpr, p) {}
  Expr* x = nullptr;
  Name* sel = nullptr;
  SelKind sel_kind = SelKind::None;
  Object* sel_obj = nullptr;  // field or method object
  int index = -1;             // field index, or method index in the named type / interface
  bool indirect = false;      // x is a pointer, dereferenced implicitly (p.f, p.m())
  bool addr_recv = false;     // method with pointer receiver on addressable x: (&x).m()
  bool iface_method = false;  // method of an interface value (dynamic dispatch)
};

struct IndexExpr : Expr {
  explicit IndexExpr(Pos p) : Expr(NodeKind::IndexExpr, p) {}
  Expr* x = nullptr;
  Expr* index = nullptr;
  Object* inst = nullptr;  // F[int] used as a value: the generic function's instance (checker)
};

struct SliceExpr : Expr {
  explicit SliceExpr(Pos p) : Expr(NodeKind::SliceExpr, p) {}
  Expr* x = nullptr;
  std::array<Expr*, 3> index{};
  bool full = false;  // x[i:j:k]
};

struct AssertExpr : Expr {
  explicit AssertExpr(Pos p) : Expr(NodeKind::AssertExpr, p) {}
  Expr* x = nullptr;
  Expr* type_expr = nullptr;
};

struct TypeSwitchGuard : Expr {
  explicit TypeSwitchGuard(Pos p) : Expr(NodeKind::TypeSwitchGuard, p) {}
  Name* lhs = nullptr;  // v in `switch v := x.(type)`, or nil
  Expr* x = nullptr;
};

struct Operation : Expr {
  Operation(Pos p, Op o) : Expr(NodeKind::Operation, p), op(o) {}
  Op op;
  Expr* x = nullptr;
  Expr* y = nullptr;  // nil for unary operations
};

// How a call was resolved (checker).
enum class CallKind : uint8_t {
  Unknown,
  Conversion,  // T(x)
  Builtin,     // len, append, ...: see `builtin`
  Func,        // call of a function value, a declared function or a package function
  Method,      // x.m(...) with a concrete receiver
  Interface,   // x.m(...) on an interface value
};

struct CallExpr : Expr {
  explicit CallExpr(Pos p) : Expr(NodeKind::CallExpr, p) {}
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  bool has_dots = false;
  CallKind call_kind = CallKind::Unknown;
  int builtin = -1;            // BuiltinId when call_kind == Builtin
  bool variadic_pack = false;  // trailing arguments are packed into the ...T slice
  // f(g()) and `a, b = g()` where g's results go to interface slots: per-result target.
  std::vector<const Type*> result_convs;
};

struct ListExpr : Expr {
  explicit ListExpr(Pos p) : Expr(NodeKind::ListExpr, p) {}
  std::vector<Expr*> elems;
};

// ---- type expressions ----

struct Field : Node {
  explicit Field(Pos p) : Node(NodeKind::Field, p) {}
  Name* name = nullptr;  // nil for an anonymous parameter or embedded field
  Expr* type = nullptr;  // fields of `a, b int` share one type expression
};

struct ArrayType : Expr {
  explicit ArrayType(Pos p) : Expr(NodeKind::ArrayType, p) {}
  Expr* len = nullptr;  // nil for [...]T
  Expr* elem = nullptr;
};

struct SliceType : Expr {
  explicit SliceType(Pos p) : Expr(NodeKind::SliceType, p) {}
  Expr* elem = nullptr;
};

struct DotsType : Expr {
  explicit DotsType(Pos p) : Expr(NodeKind::DotsType, p) {}
  Expr* elem = nullptr;
};

struct StructType : Expr {
  explicit StructType(Pos p) : Expr(NodeKind::StructType, p) {}
  std::vector<Field*> fields;
  std::vector<BasicLit*> tags;  // parallel to fields, shorter when later fields have none
};

struct InterfaceType : Expr {
  explicit InterfaceType(Pos p) : Expr(NodeKind::InterfaceType, p) {}
  std::vector<Field*> methods;  // a Field with a name is a method, without one an embedding
};

struct FuncType : Expr {
  explicit FuncType(Pos p) : Expr(NodeKind::FuncType, p) {}
  std::vector<Field*> params;
  std::vector<Field*> results;
};

struct MapType : Expr {
  explicit MapType(Pos p) : Expr(NodeKind::MapType, p) {}
  Expr* key = nullptr;
  Expr* value_type = nullptr;
};

enum class ChanDir : uint8_t { Both, Send, Recv };

struct ChanType : Expr {
  explicit ChanType(Pos p) : Expr(NodeKind::ChanType, p) {}
  ChanDir dir = ChanDir::Both;
  Expr* elem = nullptr;
};

// ---- statements ----

struct EmptyStmt : Stmt {
  explicit EmptyStmt(Pos p) : Stmt(NodeKind::EmptyStmt, p) {}
};

struct LabeledStmt : Stmt {
  explicit LabeledStmt(Pos p) : Stmt(NodeKind::LabeledStmt, p) {}
  Name* label = nullptr;
  Stmt* stmt = nullptr;
  // A goto after it jumps back to it: the head of an unstructured loop (branches.cpp; the
  // escape analysis counts it as a loop, as Go's escape.go labels "looping").
  bool looping = false;
};

struct BlockStmt : Stmt {
  explicit BlockStmt(Pos p) : Stmt(NodeKind::BlockStmt, p) {}
  std::vector<Stmt*> list;
  Pos rbrace;
};

struct ExprStmt : Stmt {
  explicit ExprStmt(Pos p) : Stmt(NodeKind::ExprStmt, p) {}
  Expr* x = nullptr;
};

struct SendStmt : Stmt {
  explicit SendStmt(Pos p) : Stmt(NodeKind::SendStmt, p) {}
  Expr* chan = nullptr;
  Expr* value = nullptr;
};

struct DeclStmt : Stmt {
  explicit DeclStmt(Pos p) : Stmt(NodeKind::DeclStmt, p) {}
  std::vector<Decl*> decls;
};

struct AssignStmt : Stmt {
  AssignStmt(Pos p, Op o) : Stmt(NodeKind::AssignStmt, p), op(o) {}
  Op op;  // None for '=', Def for ':=', the operator for op= and ++/--
  Expr* lhs = nullptr;
  Expr* rhs = nullptr;  // nil for x++ and x--
};

struct BranchStmt : Stmt {
  BranchStmt(Pos p, Tok t) : Stmt(NodeKind::BranchStmt, p), tok(t) {}
  Tok tok;  // Break, Continue, Goto or Fallthrough
  Name* label = nullptr;
  Stmt* target = nullptr;  // the For/Switch/Select statement it leaves or continues
};

struct CallStmt : Stmt {
  CallStmt(Pos p, Tok t) : Stmt(NodeKind::CallStmt, p), tok(t) {}
  Tok tok;  // Go or Defer
  CallExpr* call = nullptr;
};

struct ReturnStmt : Stmt {
  explicit ReturnStmt(Pos p) : Stmt(NodeKind::ReturnStmt, p) {}
  Expr* results = nullptr;  // nil, one expression, or a ListExpr
};

struct IfStmt : Stmt {
  explicit IfStmt(Pos p) : Stmt(NodeKind::IfStmt, p) {}
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* then = nullptr;
  Stmt* else_stmt = nullptr;  // nil, an IfStmt or a BlockStmt
};

struct ForStmt : Stmt {
  explicit ForStmt(Pos p) : Stmt(NodeKind::ForStmt, p) {}
  Stmt* init = nullptr;  // a RangeClause for range loops
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
};

struct RangeClause : Stmt {
  explicit RangeClause(Pos p) : Stmt(NodeKind::RangeClause, p) {}
  Expr* lhs = nullptr;  // nil, one expression or a ListExpr
  bool def = false;
  Expr* x = nullptr;
};

struct CaseClause : Node {
  explicit CaseClause(Pos p) : Node(NodeKind::CaseClause, p) {}
  Expr* cases = nullptr;  // nil for default
  std::vector<Stmt*> body;
  Pos colon;
  Object* implicit_obj = nullptr;  // the clause's `v` of `switch v := x.(type)` (checker)
};

struct SwitchStmt : Stmt {
  explicit SwitchStmt(Pos p) : Stmt(NodeKind::SwitchStmt, p) {}
  Stmt* init = nullptr;
  Expr* tag = nullptr;  // a TypeSwitchGuard for type switches
  std::vector<CaseClause*> body;
  Pos rbrace;
};

struct CommClause : Node {
  explicit CommClause(Pos p) : Node(NodeKind::CommClause, p) {}
  Stmt* comm = nullptr;  // nil for default; SendStmt, ExprStmt or AssignStmt with a receive
  std::vector<Stmt*> body;
  Pos colon;
};

struct SelectStmt : Stmt {
  explicit SelectStmt(Pos p) : Stmt(NodeKind::SelectStmt, p) {}
  std::vector<CommClause*> body;
  Pos rbrace;
};

// ---- declarations ----

struct ImportDecl : Decl {
  explicit ImportDecl(Pos p) : Decl(NodeKind::ImportDecl, p) {}
  Name* local_name = nullptr;
  BasicLit* path = nullptr;
};

struct ConstDecl : Decl {
  explicit ConstDecl(Pos p) : Decl(NodeKind::ConstDecl, p) {}
  std::vector<Name*> names;
  Expr* type = nullptr;
  Expr* values = nullptr;
};

struct TypeDecl : Decl {
  explicit TypeDecl(Pos p) : Decl(NodeKind::TypeDecl, p) {}
  Name* name = nullptr;
  std::vector<Field*> tparams;
  bool alias = false;
  Expr* type = nullptr;
};

struct VarDecl : Decl {
  explicit VarDecl(Pos p) : Decl(NodeKind::VarDecl, p) {}
  std::vector<Name*> names;
  Expr* type = nullptr;
  Expr* values = nullptr;
};

struct FuncDecl : Decl {
  explicit FuncDecl(Pos p) : Decl(NodeKind::FuncDecl, p) {}
  Field* recv = nullptr;
  Name* name = nullptr;
  std::vector<Field*> tparams;
  FuncType* ftype = nullptr;
  BlockStmt* body = nullptr;
  FuncInfo* func = nullptr;  // checker
};

class Arena {
 public:
  template <class T, class... Args>
  T* make(Args&&... args) {
    auto node = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }
  size_t size() const { return nodes_.size(); }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

struct File : Node {
  explicit File(Pos p) : Node(NodeKind::File, p) {}
  std::string filename;
  Name* pkg_name = nullptr;
  std::vector<Decl*> decls;
  Pos eof;
  Arena arena;  // owns every node of this file
};

// ---- helpers ----

template <class T>
T* as(Node* n) {
  return static_cast<T*>(n);
}
template <class T>
const T* as(const Node* n) {
  return static_cast<const T*>(n);
}

bool is_expr_kind(NodeKind k);
Expr* unparen(Expr* x);
const Expr* unparen(const Expr* x);
// The expressions of a ListExpr, or {x}, or {} for nil.
std::vector<Expr*> unpack_list(Expr* x);

// Go: syntax/positions.go StartPos: the leftmost position of n.
Pos start_pos(const Node* n);

// Go: syntax.String: the short form used in messages ("f(x)", "T{…}", "func() {…}").
std::string expr_string(const Node* n);

}  // namespace gosim::lang
