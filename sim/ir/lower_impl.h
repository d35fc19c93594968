// The lowering's shared state (lower.cpp: types, functions, statements; lower_expr.cpp:
// expressions). Internal to sim/ir.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <map>
#include <string>
#include <vector>

#include "sim/escape/escape.h"
#include "sim/ir/lower.h"
#include "sim/lang/ast.h"
#include "sim/lang/lookup.h"
#include "sim/lang/object.h"
#include "sim/lang/types.h"

namespace gosim::ir {

// The IR operation for a Go binary operator (also the operator of `x op= y`), or nullopt for
// one the IR has no kBinary for (&&, ||, <-). The one mapping both lowering sites use.
std::optional<BinOp> binop_of(lang::Op op);

// Where a Go variable lives while its function runs.
struct VarLoc {
  int32_t off = 0;        // frame slot: the value, or (heap / captured) a pointer to it
  bool indirect = false;  // the slot holds the variable's address
  int32_t ctx_off = -1;   // a captured variable: at this byte offset of the funcval is its
  bool ctx_byval = false; //   address, or (captured by value) its value
};

// An lvalue: a frame slot, or an address held in a frame slot.
struct Place {
  int32_t off = 0;
  bool indirect = false;
};

// Go's runtime spelling of a type (what %T prints): "main.T", "[]string", "interface {}".
std::string rt_type_name(const lang::Type* t);

// Go: cmd/compile/internal/ssagen/pgen.go maxStackSize. A function whose frame reaches it is
// refused; frame arithmetic saturates at kMaxFrameTop so it never wraps before the check.
inline constexpr int64_t kMaxStackSize = int64_t{1} << 30;
inline constexpr int64_t kMaxFrameTop = int64_t{1} << 62;
// An offset or size for a 32-bit instruction operand: exact below maxStackSize, whose frames
// are the only ones that run.
inline int32_t clamp_frame(int64_t v) { return static_cast<int32_t>(std::min<int64_t>(v, kMaxStackSize)); }

// The little-endian bytes of numeric (or bool) constant c held as kind k (lower_numconst.cpp).
std::string number_bytes(NumKind k, const lang::Constant& c);

class Lowerer {
 public:
  Lowerer(const lang::Package& pkg, const escape::Result& esc) : pkg_(pkg), esc_(esc) {}
  LowerResult run();

  // ---- types ----
  int32_t type_id(const lang::Type* t);
  static int64_t size_of(const lang::Type* t) { return lang::type_size(t); }
  static int64_t align_of(const lang::Type* t) { return lang::type_align(t); }
  static NumKind num_kind(const lang::Type* t);

  // ---- emitting into the current function ----
  int32_t emit(Instr in, Pos pos);
  int32_t temp(int64_t size, int64_t align = 8);
  void patch(int32_t at, int32_t target) { f_->code[static_cast<size_t>(at)].imm = target; }
  int32_t here() const { return static_cast<int32_t>(f_->code.size()); }
  void unsupported(Pos pos, const std::string& what);
  uint64_t rodata_bytes(const std::string& bytes, int64_t align = 8);

  // ---- statements (lower.cpp) ----
  void lower_block(const std::vector<lang::Stmt*>& list);
  void lower_stmt(const lang::Stmt* s);
  void lower_assign(const lang::AssignStmt* s);
  void lower_return(const lang::ReturnStmt* s);
  void lower_if(const lang::IfStmt* s);
  void lower_for(const lang::ForStmt* s);
  void lower_go_defer(const lang::CallStmt* s);
  bool builtin_go_defer(const lang::CallStmt* s, ir::Op irop);  // part lang19
  void lower_switch(const lang::SwitchStmt* s);
  void lower_select(const lang::SelectStmt* s);
  void declare_local(const lang::Object* obj, Pos pos);

  // ---- expressions (lower_expr.cpp) ----
  // Evaluates e into a fresh (or existing) slot holding a value of e's type; returns its offset.
  int32_t expr(const lang::Expr* e);
  // Evaluates e converted to type `to` (an interface conversion if `to` is an interface).
  int32_t expr_as(const lang::Expr* e, const lang::Type* to);
  // An index, length or capacity of any integer type, widened to an int64 slot (an int8 index
  // occupies one byte; reading eight would take neighbouring bytes for its value).
  int32_t int_operand(const lang::Expr* e);
  void expr_into(const lang::Expr* e, const lang::Type* to, int32_t dst);
  Place place(const lang::Expr* e);
  Place var_place(const lang::Object* obj, Pos pos);
  Place index_place(const lang::IndexExpr* e);
  void store_place(const Place& p, int32_t src, int64_t size, Pos pos);
  int32_t load_place(const Place& p, int64_t size, Pos pos);
  int32_t constant(const lang::Expr* e, const lang::Type* t);
  // Writes numeric constant c as kind k into slot dst (lower_numconst.cpp).
  void emit_number(int32_t dst, NumKind k, const lang::Constant& c, Pos pos);
  int32_t binary(const lang::Operation* e);
  int32_t call(const lang::CallExpr* e);
  int32_t lib_call(const lang::CallExpr* e, const lang::Object* fn, const lang::Expr* recv);
  int32_t builtin(const lang::CallExpr* e);
  int32_t unsafe_builtin(const lang::CallExpr* e);  // unsafe.Add, unsafe.Slice (lower_unsafe.cpp)
  void refuse_iface_unsafe(const lang::CallExpr* e);  // unsafe.Pointer(&iface): lower_unsafe.cpp
  int32_t func_lit(const lang::FuncLit* e);
  int32_t composite(const lang::CompositeLit* e, const lang::Type* t);
  void lower_range(const lang::ForStmt* s, const lang::RangeClause* rc);
  std::vector<const lang::Expr*> range_vars(const lang::RangeClause* rc);
  // Lays out a call's parameter block for signature `sig` (receiver first if recv) and returns
  // the slot of the block; results land at block + results_offset(sig).
  int32_t call_block(const lang::CallExpr* e, const lang::Type* sig, const lang::Expr* recv, int32_t* results_at,
                     bool heap_varargs = false, bool word_recv = false);
  // Boxes the value at src for an interface. site: the expression converted (implicitly, or
  // the conversion call when explicit); its escape decision says heap or frame.
  // pos: its malloc's line (the converted expression's, so the source shows the line that allocates).
  int32_t box(int32_t src, const lang::Type* from, Pos pos, const lang::Expr* site = nullptr, bool explicit_conv = false);
  // Go: walk/order.go addrTemp: the bytes of a constant (or nil), which the compiler makes a
  // read-only static whose address is the interface's data word. false when e is not one.
  bool static_bytes(const lang::Expr* e, const lang::Type* t, std::string* out);
  uint64_t static_table(uint64_t* addr, const std::string& bytes);  // staticuint64s, zeroVal
  void need_staticuint64s();
  // ---- strings (lower_strings.cpp: runtime/string.go, walk/convert.go, walk/order.go) ----
  // Conversions the compiler makes without a copy (order.go: m[string(b)], string(b) == s,
  // range []byte(s)): the caller marks the operand before lowering it.
  void mark_no_copy(const lang::Expr* e);
  // The flags and buffer slot for a string conversion or concatenation at site e: the 32-byte
  // tmpBuf (or 128 bytes for []rune) when its result does not escape.
  int64_t str_buffer(const lang::Expr* e, int64_t bytes, int32_t* buf_slot);
  // a + b + ...: one concatstrings call over every operand (Go: typecheck's OADDSTR list).
  int32_t concat(const lang::Operation* e);
  // []byte("constant") and []rune("constant"): an array of exactly the length (walk/convert.go,
  // typecheck's stringtoruneslit), not stringtoslicebyte/stringtoslicerune.
  int32_t const_string_to_slice(const lang::CallExpr* e, const std::string& s, bool runes);
  std::map<const lang::Expr*, bool> no_copy_;

  // ---- escape decisions applied (lower_escape.cpp) ----
  // Go's "moved to heap": the variable lives in a heap cell, its frame slot holds the address.
  bool on_heap(const lang::Object* obj) const;
  // closure holds var's value in its funcval rather than its address (Go's by-value capture).
  bool capture_by_value(const lang::FuncInfo* closure, const lang::Object* var) const;
  // Site s (as escape::Result::site_of/conv_site_of) stays in the frame: it does not escape.
  static bool in_frame(const escape::Site* s) { return s != nullptr && !s->escapes; }
  // Storage for an allocation site: a new heap object (mallocgc), or, when the site does not
  // escape, a frame slot zeroed each time the site runs. Returns a slot holding its address.
  int32_t alloc_site(const escape::Site* s, const lang::Type* t, int64_t size, Pos pos);
  // The address of the frame slot at off, or (heap == true) a new heap copy of its bytes.
  int32_t address_of_copy(int32_t off, bool heap, const lang::Type* t, int64_t size, Pos pos);
  // A funcval for function fn whose captured words are the caps_bytes at slot caps: on the heap,
  // or in the frame when site does not escape.
  int32_t make_funcval(int32_t fn, int32_t caps, int64_t caps_bytes, const escape::Site* site, Pos pos);

  // ---- runtime-backed expressions (lower_rt.cpp) ----
  int32_t elem_value(const lang::Expr* v, const lang::Type* t);
  int32_t map_load(const lang::IndexExpr* e, int32_t ok_slot);
  Place map_place(const lang::IndexExpr* e);
  int32_t map_lit(const lang::CompositeLit* e, const lang::Type* t);
  // make(map) (walk/builtin.go walkMakeMap): hint is a slot (-1: none), const_hint its value
  // when it is a constant (-1: not one).
  int32_t make_map(const escape::Site* site, const lang::Type* t, int32_t hint, int64_t const_hint, Pos pos);
  int32_t make_map(const lang::CallExpr* e, const lang::Type* t, const lang::Expr* hint_expr);
  void lower_range_map(const lang::ForStmt* s, const lang::RangeClause* rc);
  // for k := range m { delete(m, k) } becomes one mapclear (walk/range.go isMapClear); true
  // when it matched and was lowered.
  bool is_map_clear(const lang::ForStmt* s, const lang::RangeClause* rc);
  int32_t assert_into(int32_t x, const lang::Type* from, const lang::Type* to, int32_t ok_slot, Pos pos);
  int32_t assert_expr(const lang::AssertExpr* e, int32_t ok_slot);
  void lower_type_switch(const lang::SwitchStmt* s);
  int32_t method_name_id(const std::string& name);
  int32_t iface_call(const lang::CallExpr* e, const lang::SelectorExpr* sel);
  int32_t method_value(const lang::SelectorExpr* sel);
  int32_t method_expr_value(const lang::SelectorExpr* sel);  // lower_methexpr.cpp
  Function method_expr_wrapper(const lang::SelectorExpr* sel, const lang::Type* recv_t, bool deref);
  Function method_wrapper(const lang::SelectorExpr* sel, const lang::Type* sig, const lang::Type* recv_t, bool iface);
  int32_t conversion(const lang::CallExpr* e);

  struct SigLayout {
    std::vector<int32_t> param_off;  // receiver (if any) first
    int32_t params_size = 0;
    int32_t results_offset = 0;
    std::vector<int32_t> result_off;
    int32_t results_size = 0;
    int64_t args_size = 0;  // parameters and results, unclamped (Go: ArgWidth)
  };
  static SigLayout layout(const lang::Type* sig, const lang::Type* recv_type);
  void check_frame_size();  // Go's 1 GB frame limit, at the end of a function
  bool frame_too_large_ = false;

  const lang::Package& pkg_;
  const escape::Result& esc_;
  Module m_;
  Diagnostics errors_;
  std::map<const lang::Type*, int32_t> types_;
  std::map<const lang::FuncInfo*, int32_t> funcs_;
  std::map<std::string, uint64_t> strings_;
  std::map<const lang::Object*, int64_t> globals_;  // package-level variable -> offset at kDataBase
  std::vector<Function> wrappers_;                  // go/defer wrappers, method value wrappers
  std::map<std::string, int32_t> method_wrappers_;
  std::map<const lang::FuncInfo*, int> go_wraps_;   // go-statement wrappers made per function  // method value wrapper per method
  struct PendingMethod {
    int32_t type, index;
    const lang::FuncInfo* func;
  };
  std::vector<PendingMethod> pending_methods_;      // method table entries filled at the end
  // part template: each method table entry's func type, for reflect (lower_reflect.cpp).
  struct MethodSig {
    int32_t type, index;
    const lang::Type* sig;
  };
  std::vector<MethodSig> method_sigs_;
  // Promoted methods (lower_promoted.cpp): method table entries whose wrapper is made at the end.
  struct PendingPromoted {
    int32_t type, index;
    const lang::Type* recv;
    lang::Selection sel;
  };
  std::vector<PendingPromoted> pending_promoted_;
  void add_promoted_methods(const lang::Type* t, int32_t id, TypeDesc* d);
  void lower_promoted_wrappers();
  Function promoted_wrapper(const lang::Type* recv_t, const lang::Selection& sel);
  void lower_package_init(const lang::Unit& unit, Function& fn);
  // ---- Go's static initialization of package variables (lower_static.cpp) ----
  // A static location: an offset in the data block (package variables and static temporaries
  // with pointers, at kDataBase) or in noptrdata (kNoptrDataBase).
  struct SLoc {
    bool noptr = false;
    int64_t off = 0;
  };
  uint64_t static_addr(SLoc l) const;
  void static_put(SLoc l, const std::string& bytes);
  void static_word(SLoc l, uint64_t w);
  SLoc static_name(const lang::Type* t, int64_t count = 1);
  SLoc static_name_bytes(const std::string& s);
  uint64_t func_static_word(int32_t fn);
  void static_dynamic(SLoc l, const lang::Expr* v, const lang::Type* t);
  void static_assign_or_code(SLoc l, const lang::Expr* v, const lang::Type* t);
  bool static_loc(const lang::Expr* e, SLoc* out);
  bool static_assign(SLoc l, const lang::Expr* r, const lang::Type* typ);
  bool static_ptr_lit(SLoc l, const lang::CompositeLit* lit, const lang::Type* t, const lang::Expr* addr_expr = nullptr);
  bool static_composite(SLoc l, const lang::CompositeLit* lit, const lang::Type* typ);
  bool static_conv_iface(SLoc l, const lang::Expr* r, const lang::Type* typ);
  bool static_copy(SLoc l, const lang::Object* rn, const lang::Type* typ);
  static bool static_no_side_effects(const lang::Expr* e);  // Go: !AnySideEffects
  std::map<const lang::Expr*, SLoc> static_temps_;               // Go: Schedule.Temps
  std::map<const lang::Object*, const lang::Expr*> static_defs_;  // this package's `var x = e`
  std::map<const lang::Object*, bool> static_dynamic_parts_;      // x's init left code behind
  void lower_runtime_main(std::vector<Function>&& init_fns);
  // sync.(*Cond).Wait's body, added when the program calls Wait (lower_cond.cpp).
  void lower_lib_bodies(const std::vector<Function>& init_fns);
  void lower_pool_get(const std::vector<Function>& init_fns);  // part reflectlite: lower_pool.cpp
  // part sortrand (lower_swapper.cpp): a modelled library function used as a value (its
  // wrapper and static funcval, one per function), and reflectlite.Swapper's closure bodies.
  int32_t lib_func_value(const lang::Object* fn, Pos pos);
  void lower_swapper(const std::vector<Function>& init_fns);
  // part reflect (lower_reflect.cpp): for a program that calls package reflect, the descriptors
  // reflect reaches at run time (*T of every type, func types' In/Out, uint8, the zero value).
  void lower_reflect_types(const std::vector<Function>& init_fns);
  void lower_reflect_call(const std::vector<Function>& init_fns);  // part template: lower_reflect_call.cpp
  void lower_reflect_chan(const std::vector<Function>& init_fns);  // part lang19: lower_reflect_chan.cpp
  std::map<std::string, uint64_t> lib_values_;

  // current function
  Function* f_ = nullptr;
  const lang::FuncInfo* fi_ = nullptr;
  std::map<const lang::Object*, VarLoc> vars_;
  int64_t frame_top_ = 0;  // 64-bit: a frame past 2 GiB is refused, not wrapped (check_frame_size)
  struct Loop {
    const lang::Stmt* stmt;
    std::vector<int32_t> breaks, continues;
  };
  std::vector<Loop> loops_;
  std::map<const lang::LabeledStmt*, int32_t> label_pc_;                // goto targets lowered so far
  std::map<const lang::LabeledStmt*, std::vector<int32_t>> pending_gotos_;  // forward gotos to patch
  SigLayout sig_;
};

}  // namespace gosim::ir
