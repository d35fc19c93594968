// Lowering expressions: each evaluates into a frame slot whose offset it returns.
#include <algorithm>
#include <cstring>

#include "sim/ir/lower_impl.h"

namespace gosim::ir {

namespace {
// source_ref, without the modelled packages' variables (os.Args has no declaration to lower:
// expr() builds it), which carry no source position.
const lang::Name* lowered_source_ref(const lang::Expr* e) {
  const lang::Name* n = lang::source_ref(e);
  return n != nullptr && n->obj != nullptr && n->obj->pos.known() ? n : nullptr;
}
}  // namespace

using namespace gosim::lang;

int32_t Lowerer::constant(const Expr* e, const lang::Type* t) {
  const Constant& c = *e->value;
  const int64_t size = std::max<int64_t>(size_of(t), 1);
  const int32_t dst = temp(size, std::min<int64_t>(align_of(t), 8));
  const NumKind k = num_kind(t);
  switch (c.kind) {
    case Constant::Kind::Bool: case Constant::Kind::Int: case Constant::Kind::Float: case Constant::Kind::Complex:
      emit_number(dst, k, c, e->pos);
      return dst;
    case Constant::Kind::String: {
      const uint64_t addr = c.s.empty() ? 0 : rodata_bytes(c.s, 1);
      emit(Instr{Op::kConst, NumKind::kI64, 0, dst, 0, 0, static_cast<int64_t>(addr)}, e->pos);
      emit(Instr{Op::kConst, NumKind::kI64, 0, dst + 8, 0, 0, static_cast<int64_t>(c.s.size())}, e->pos);
      return dst;
    }
    default:
      unsupported(e->pos, "this constant");
  }
  return dst;
}

int32_t Lowerer::expr_as(const Expr* e, const lang::Type* to) {
  if (!to || is_untyped(to)) to = e->type;
  if (e->mode == Mode::Constant) {
    const lang::Type* ct = is_untyped(e->type) ? (is_interface(to) ? pkg_.types.default_type(e->type) : to) : e->type;
    const int32_t v = constant(e, ct);
    return is_interface(to) && !is_interface(ct) ? box(v, ct, e->pos, e) : v;
  }
  if (e->mode == Mode::NilValue) {
    const int32_t dst = temp(std::max<int64_t>(size_of(to), 8), 8);
    emit(Instr{Op::kZero, NumKind::kI64, 0, dst, 0, 0, std::max<int64_t>(size_of(to), 8)}, e->pos);
    return dst;
  }
  const int32_t v = expr(e);
  if (is_interface(to) && !is_interface(e->type)) return box(v, e->type, e->pos, e);
  return v;
}

std::optional<BinOp> binop_of(lang::Op op) {
  switch (op) {
    case lang::Op::Add: return BinOp::kAdd;
    case lang::Op::Sub: return BinOp::kSub;
    case lang::Op::Mul: return BinOp::kMul;
    case lang::Op::Div: return BinOp::kDiv;
    case lang::Op::Rem: return BinOp::kRem;
    case lang::Op::And: return BinOp::kAnd;
    case lang::Op::Or: return BinOp::kOr;
    case lang::Op::Xor: return BinOp::kXor;
    case lang::Op::AndNot: return BinOp::kAndNot;
    case lang::Op::Shl: return BinOp::kShl;
    case lang::Op::Shr: return BinOp::kShr;
    case lang::Op::Eql: return BinOp::kEq;
    case lang::Op::Neq: return BinOp::kNe;
    case lang::Op::Lss: return BinOp::kLt;
    case lang::Op::Leq: return BinOp::kLe;
    case lang::Op::Gtr: return BinOp::kGt;
    case lang::Op::Geq: return BinOp::kGe;
    default: return std::nullopt;
  }
}

int32_t Lowerer::int_operand(const Expr* e) {
  const lang::Type* int_t = pkg_.types.basic(lang::TypeKind::Int);
  if (e->mode == Mode::Constant) return expr_as(e, int_t);
  const int32_t v = expr(e);
  const NumKind k = num_kind(e->type);
  if (num_size(k) == 8) return v;
  const int32_t wide = temp(8, 8);
  emit(Instr{Op::kConv, k, static_cast<uint8_t>(NumKind::kI64), wide, v}, e->pos);
  return wide;
}

void Lowerer::expr_into(const Expr* e, const lang::Type* to, int32_t dst) {
  const int32_t v = expr_as(e, to);
  emit(Instr{Op::kMove, NumKind::kI64, 0, dst, v, 0, size_of(to)}, e->pos);
}

Place Lowerer::var_place(const Object* obj, Pos pos) {
  auto it = vars_.find(obj);
  if (it == vars_.end()) {
    if (auto g = globals_.find(obj); g != globals_.end()) {
      const int32_t addr = temp(8, 8);
      emit(Instr{Op::kConst, NumKind::kI64, 0, addr, 0, 0, static_cast<int64_t>(kDataBase) + g->second}, pos);
      return Place{addr, true};
    }
    unsupported(pos, "this variable (package-level variables are not lowered yet)");
    return Place{temp(8), false};
  }
  const VarLoc loc = it->second;
  if (loc.ctx_off >= 0) {
    // A captured variable: in the closure's funcval after the code pointer, its address or
    // (captured by value) its value.
    const int32_t ctx = temp(8, 8);
    emit(Instr{Op::kCtx, NumKind::kPtr, 0, ctx}, pos);
    const int32_t addr = temp(8, 8);
    emit(Instr{Op::kOffset, NumKind::kPtr, 0, addr, ctx, 0, loc.ctx_off}, pos);
    if (loc.ctx_byval) return Place{addr, true};
    const int32_t var = temp(8, 8);
    emit(Instr{Op::kLoad, NumKind::kI64, 0, var, addr, 0, 8}, pos);
    return Place{var, true};
  }
  return Place{loc.off, loc.indirect};
}

Place Lowerer::place(const Expr* e) {
  e = unparen(e);
  if (e->kind == NodeKind::Name) return var_place(static_cast<const Name*>(e)->obj, e->pos);
  if (const Name* n = lowered_source_ref(e)) return var_place(n->obj, e->pos);
  if (e->kind == NodeKind::Operation) {
    const auto* op = static_cast<const Operation*>(e);
    if (op->op == lang::Op::Mul && !op->y) {  // *p
      const int32_t p = expr(op->x);
      return Place{p, true};
    }
  }
  if (e->kind == NodeKind::SelectorExpr) {
    const auto* sel = static_cast<const SelectorExpr*>(e);
    if (sel->sel_kind == SelKind::FieldVal) {
      const lang::Type* st = under(sel->indirect ? under(sel->x->type)->elem : sel->x->type);
      const int64_t off = field_offsets(st)[static_cast<size_t>(sel->index)];
      int32_t base;
      if (sel->indirect) {
        base = expr(sel->x);
      } else {
        const Place p = place(sel->x);
        if (!p.indirect) return Place{p.off + static_cast<int32_t>(off), false};
        base = p.off;
      }
      const int32_t addr = temp(8, 8);
      emit(Instr{Op::kOffset, NumKind::kPtr, 0, addr, base, 0, off}, e->pos);
      return Place{addr, true};
    }
  }
  if (e->kind == NodeKind::IndexExpr) return index_place(static_cast<const IndexExpr*>(e));
  // A value that is not addressable (a call's result, x.(T), m[k]): a field or element of it
  // is read from a temporary copy.
  return Place{expr(e), false};
}

// a[i] for arrays, pointers to arrays and slices: bounds-checked, as Go's panicIndex.
Place Lowerer::index_place(const IndexExpr* e) {
  const lang::Type* xt = under(e->x->type);
  const bool ptr_to_array = xt->kind == lang::TypeKind::Pointer;
  if (ptr_to_array) xt = under(xt->elem);
  if (xt->kind == lang::TypeKind::Map) return map_place(e);
  if (xt->kind != lang::TypeKind::Array && xt->kind != lang::TypeKind::Slice) {
    unsupported(e->pos, "indexing this type");
    return Place{temp(8), false};
  }
  const int64_t esize = size_of(xt->elem);
  const int32_t i = int_operand(e->index);
  int32_t base = temp(8, 8);
  int32_t len = -1;
  if (xt->kind == lang::TypeKind::Slice) {
    const int32_t hdr = expr(e->x);
    emit(Instr{Op::kMove, NumKind::kI64, 0, base, hdr, 0, 8}, e->pos);
    len = hdr + 8;
  } else {
    len = temp(8, 8);
    emit(Instr{Op::kConst, NumKind::kI64, 0, len, 0, 0, xt->len}, e->pos);
    if (ptr_to_array) {
      const int32_t p = expr(e->x);
      emit(Instr{Op::kMove, NumKind::kI64, 0, base, p, 0, 8}, e->pos);
    } else {
      const Place p = place(e->x);
      if (p.indirect) {
        emit(Instr{Op::kMove, NumKind::kI64, 0, base, p.off, 0, 8}, e->pos);
      } else {
        emit(Instr{Op::kAddr, NumKind::kPtr, 0, base, p.off}, e->pos);
      }
    }
  }
  // sub: the index's type is signed, so a negative value panics as Go's boundsError with
  // signed set does ("index out of range [-1]", without the length).
  emit(Instr{Op::kBounds, NumKind::kI64, static_cast<uint8_t>(!lang::is_unsigned(e->index->type)), i, len}, e->pos);
  const int32_t addr = temp(8, 8);
  emit(Instr{Op::kIndexAddr, NumKind::kPtr, 0, addr, base, i, esize}, e->pos);
  return Place{addr, true};
}

int32_t Lowerer::load_place(const Place& p, int64_t size, Pos pos) {
  if (!p.indirect) return p.off;
  const int32_t dst = temp(size, std::min<int64_t>(size, 8));
  emit(Instr{Op::kLoad, NumKind::kI64, 0, dst, p.off, 0, size}, pos);
  return dst;
}

void Lowerer::store_place(const Place& p, int32_t src, int64_t size, Pos pos) {
  if (p.indirect) {
    emit(Instr{Op::kStore, NumKind::kI64, 0, p.off, src, 0, size}, pos);
  } else {
    emit(Instr{Op::kMove, NumKind::kI64, 0, p.off, src, 0, size}, pos);
  }
}

int32_t Lowerer::binary(const Operation* e) {
  // && and || short-circuit.
  if (e->op == lang::Op::AndAnd || e->op == lang::Op::OrOr) {
    const int32_t dst = temp(1, 1);
    const int32_t x = expr(e->x);
    emit(Instr{Op::kMove, NumKind::kBool, 0, dst, x, 0, 1}, e->pos);
    const int32_t j = emit(Instr{e->op == lang::Op::AndAnd ? Op::kJmpIfNot : Op::kJmpIf, NumKind::kBool, 0, dst}, e->pos);
    const int32_t y = expr(e->y);
    emit(Instr{Op::kMove, NumKind::kBool, 0, dst, y, 0, 1}, e->pos);
    patch(j, here());
    return dst;
  }
  const bool cmp = e->op == lang::Op::Eql || e->op == lang::Op::Neq || e->op == lang::Op::Lss ||
                   e->op == lang::Op::Leq || e->op == lang::Op::Gtr || e->op == lang::Op::Geq;
  // Operands meet at one type: the typed side's (the checker converted untyped constants).
  const lang::Type* ot = e->x->type;
  if (is_untyped(ot)) ot = e->y->type;
  if (is_untyped(ot)) ot = pkg_.types.default_type(ot);
  const bool shift = e->op == lang::Op::Shl || e->op == lang::Op::Shr;
  if (!cmp && e->op == lang::Op::Add && num_kind(ot) == NumKind::kStr) return concat(e);
  if (cmp && num_kind(ot) == NumKind::kStr) {  // Go: order.go — string(b) compared without a copy
    mark_no_copy(e->x);
    mark_no_copy(e->y);
  }
  const int32_t x = expr_as(e->x, shift ? e->type : ot);
  const lang::Type* yt = shift ? (is_untyped(e->y->type) ? pkg_.types.basic(lang::TypeKind::Uint) : e->y->type) : ot;
  const int32_t y = expr_as(e->y, yt);
  const NumKind k = num_kind(shift ? e->type : ot);
  if (!cmp && k == NumKind::kStr) {
    const int32_t dst = temp(16, 8);
    emit(Instr{Op::kStrCat, NumKind::kStr, 0, dst, x, y}, e->pos);
    return dst;
  }
  const std::optional<BinOp> mapped = binop_of(e->op);
  if (!mapped) unsupported(e->pos, "this operator");
  const BinOp op = mapped.value_or(BinOp::kAdd);
  const lang::TypeKind ok_kind = under(ot)->kind;
  if (cmp && (ok_kind == lang::TypeKind::Struct || ok_kind == lang::TypeKind::Array)) {
    // Go: the compiler's generated eq function for the type, field by field.
    const int32_t dst = temp(1, 1);
    emit(Instr{Op::kEqual, NumKind::kBool, static_cast<uint8_t>(op == BinOp::kNe ? 1 : 0), dst, x, y, type_id(ot)}, e->pos);
    return dst;
  }
  const int64_t rsize = cmp ? 1 : size_of(e->type);
  const int32_t dst = temp(rsize, std::min<int64_t>(rsize, 8));
  Instr in{Op::kBinary, k, static_cast<uint8_t>(op), dst, x, y, 0};
  if (shift) in.imm = num_size(num_kind(yt)) | (num_signed(num_kind(yt)) ? 0x100 : 0);
  emit(in, e->pos);
  return dst;
}

int32_t Lowerer::expr(const Expr* e) {
  if (e->mode == Mode::Constant) return constant(e, is_untyped(e->type) ? pkg_.types.default_type(e->type) : e->type);
  if (e->mode == Mode::NilValue) return expr_as(e, e->type);
  switch (e->kind) {
    case NodeKind::ParenExpr: return expr(static_cast<const ParenExpr*>(e)->x);
    case NodeKind::Name: {
      const Object* obj = static_cast<const Name*>(e)->obj;
      if (obj && obj->kind == ObjKind::Func && obj->func) {
        // A declared function used as a value: Go points at a static funcval in read-only
        // data (the symbol "main.f·f"), so nothing is allocated.
        std::string word(8, '\0');
        const auto fn = static_cast<uint64_t>(funcs_[obj->func]);
        for (int b = 0; b < 8; ++b) word[static_cast<size_t>(b)] = static_cast<char>((fn >> (8 * b)) & 0xff);
        const int32_t dst = temp(8, 8);
        emit(Instr{Op::kConst, NumKind::kI64, 0, dst, 0, 0, static_cast<int64_t>(rodata_bytes(word, 8))}, e->pos);
        return dst;
      }
      if (obj && obj->kind == ObjKind::Func && !obj->func && obj->lib != lang::LibFunc::None) {
        return lib_func_value(obj, e->pos);  // part fs: a modelled function inside its package's source
      }
      if (obj && obj->kind == ObjKind::Var && obj->var_kind == VarKind::Global && obj->lib != lang::LibFunc::None) {
        // A runtime variable a //go:linkname binds (math/bits's overflowError): the library's value.
        const int32_t dst = temp(std::max<int64_t>(size_of(e->type), 8), 8);
        emit(Instr{Op::kLib, NumKind::kI64, 0, dst, dst, 0, static_cast<int64_t>(obj->lib)}, e->pos);
        return dst;
      }
      return load_place(var_place(obj, e->pos), size_of(e->type), e->pos);
    }
    case NodeKind::FuncLit: return func_lit(static_cast<const FuncLit*>(e));
    case NodeKind::CompositeLit: return composite(static_cast<const CompositeLit*>(e), e->type);
    case NodeKind::SliceExpr: {
      const auto* se = static_cast<const SliceExpr*>(e);
      const lang::Type* xt = under(se->x->type);
      const bool is_str = num_kind(se->x->type) == NumKind::kStr;
      bool len_msg = is_str;
      const int32_t hdr = temp(24, 8);
      int64_t esize = 1;
      if (is_str || xt->kind == lang::TypeKind::Slice) {
        const int32_t v = expr(se->x);
        emit(Instr{Op::kMove, NumKind::kI64, 0, hdr, v, 0, is_str ? 16 : 24}, e->pos);
        if (!is_str) esize = size_of(xt->elem);
      } else {
        // An array (addressable) or a pointer to one: its address, len = cap = N.
        const lang::Type* at = xt->kind == lang::TypeKind::Pointer ? under(xt->elem) : xt;
        if (xt->kind == lang::TypeKind::Pointer) {
          const int32_t p = expr(se->x);
          emit(Instr{Op::kMove, NumKind::kI64, 0, hdr, p, 0, 8}, e->pos);
        } else {
          const Place p = place(se->x);
          if (p.indirect) {
            emit(Instr{Op::kMove, NumKind::kI64, 0, hdr, p.off, 0, 8}, e->pos);
          } else {
            emit(Instr{Op::kAddr, NumKind::kPtr, 0, hdr, p.off}, e->pos);
          }
        }
        emit(Instr{Op::kConst, NumKind::kI64, 0, hdr + 8, 0, 0, at->len}, e->pos);
        emit(Instr{Op::kConst, NumKind::kI64, 0, hdr + 16, 0, 0, at->len}, e->pos);
        esize = size_of(at->elem);
        len_msg = true;
      }
      const int32_t idx = temp(24, 8);
      emit(Instr{Op::kZero, NumKind::kI64, 0, idx, 0, 0, 24}, e->pos);
      int64_t flags = 0;
      for (int k = 0; k < 3; ++k) {
        if (!se->index[static_cast<size_t>(k)]) continue;
        emit(Instr{Op::kMove, NumKind::kI64, 0, idx + 8 * k, int_operand(se->index[static_cast<size_t>(k)]), 0, 8}, e->pos);
        if (k == 1) flags |= kSliceHasHigh;
        if (k == 2) flags |= kSliceHasMax;
      }
      if (is_str) flags |= kSliceString;
      if (len_msg) flags |= kSliceLenMsg;
      const int32_t dst = temp(24, 8);
      emit(Instr{Op::kSliceExpr, NumKind::kI64, 0, dst, hdr, idx, esize | flags}, e->pos);
      return dst;
    }
    case NodeKind::IndexExpr: {
      const auto* ix = static_cast<const IndexExpr*>(e);
      if (ix->inst != nullptr) return expr(ix->x);  // F[int] as a value: the instance's funcval
      if (num_kind(ix->x->type) == NumKind::kStr) {  // s[i]: a byte
        const int32_t s = expr(ix->x);
        const int32_t i = int_operand(ix->index);
        emit(Instr{Op::kBounds, NumKind::kI64, static_cast<uint8_t>(!lang::is_unsigned(ix->index->type)), i, s + 8},
             e->pos);
        const int32_t addr = temp(8, 8);
        emit(Instr{Op::kIndexAddr, NumKind::kPtr, 0, addr, s, i, 1}, e->pos);
        const int32_t dst = temp(1, 1);
        emit(Instr{Op::kLoad, NumKind::kI64, 0, dst, addr, 0, 1}, e->pos);
        return dst;
      }
      if (under(ix->x->type)->kind == lang::TypeKind::Map) return map_load(ix, -1);
      return load_place(place(e), size_of(e->type), e->pos);
    }
    case NodeKind::AssertExpr: return assert_expr(static_cast<const AssertExpr*>(e), -1);
    case NodeKind::CallExpr: {
      const int32_t r = call(static_cast<const CallExpr*>(e));
      return r;
    }
    case NodeKind::SelectorExpr: {
      const auto* sel = static_cast<const SelectorExpr*>(e);
      if (const Name* n = lowered_source_ref(sel)) return expr(n);
      if (sel->sel_kind == SelKind::FieldVal) return load_place(place(e), size_of(e->type), e->pos);
      if (sel->sel_kind == SelKind::Qualified && sel->sel_obj && sel->sel_obj->kind == ObjKind::Var &&
          sel->sel_obj->name == "Args") {
        // os.Args: one element, the program's name (Go: the executable's path).
        std::string name = pkg_.filename;
        name = name.substr(name.find_last_of('/') + 1);
        if (name.size() > 3 && name.substr(name.size() - 3) == ".go") name.resize(name.size() - 3);
        const uint64_t str = rodata_bytes(name, 1);
        std::string hdr(16, '\0');
        for (int b = 0; b < 8; ++b) hdr[static_cast<size_t>(b)] = static_cast<char>((str >> (8 * b)) & 0xff);
        for (int b = 0; b < 8; ++b) hdr[8 + static_cast<size_t>(b)] = static_cast<char>((name.size() >> (8 * b)) & 0xff);
        const uint64_t arr = rodata_bytes(hdr, 8);
        const int32_t dst = temp(24, 8);
        emit(Instr{Op::kConst, NumKind::kI64, 0, dst, 0, 0, static_cast<int64_t>(arr)}, e->pos);
        emit(Instr{Op::kConst, NumKind::kI64, 0, dst + 8, 0, 0, 1}, e->pos);
        emit(Instr{Op::kConst, NumKind::kI64, 0, dst + 16, 0, 0, 1}, e->pos);
        return dst;
      }
      if (sel->sel_kind == SelKind::Qualified && sel->sel_obj && sel->sel_obj->kind == ObjKind::Var &&
          sel->sel_obj->lib != lang::LibFunc::None) {
        // A package variable the library owns (os.Stdout, io.EOF, time.UTC): the library hands
        // out its value, always the same (sim/interp/lib_os.cpp).
        const int32_t dst = temp(std::max<int64_t>(size_of(e->type), 8), 8);
        emit(Instr{Op::kLib, NumKind::kI64, 0, dst, dst, 0, static_cast<int64_t>(sel->sel_obj->lib)}, e->pos);
        return dst;
      }
      if (sel->sel_kind == SelKind::Qualified && sel->sel_obj && sel->sel_obj->kind == ObjKind::Func &&
          sel->sel_obj->lib != lang::LibFunc::None) {
        return lib_func_value(sel->sel_obj, e->pos);  // part sortrand: lower_swapper.cpp
      }
      if (sel->sel_kind == SelKind::MethodExpr) return method_expr_value(sel);
      if (sel->sel_kind == SelKind::MethodVal && sel->sel_obj && (sel->sel_obj->func || sel->iface_method)) {
        return method_value(sel);
      }
      break;
    }
    case NodeKind::Operation: {
      const auto* op = static_cast<const Operation*>(e);
      if (op->y) return binary(op);
      const int64_t size = size_of(e->type);
      switch (op->op) {
        case lang::Op::Mul: return load_place(place(e), size, e->pos);  // *p
        case lang::Op::And: {  // &x
          const Expr* x = unparen(op->x);
          if (x->kind == NodeKind::CompositeLit) {  // &T{...}: a new object, or the frame's copy
            const lang::Type* t = x->type;
            const int32_t v = composite(static_cast<const CompositeLit*>(x), t);
            return address_of_copy(v, !in_frame(esc_.site_of(e)), t, size_of(t), e->pos);
          }
          const Place p = place(x);
          const int32_t dst = temp(8, 8);
          if (p.indirect) {
            emit(Instr{Op::kMove, NumKind::kI64, 0, dst, p.off, 0, 8}, e->pos);
          } else {
            emit(Instr{Op::kAddr, NumKind::kPtr, 0, dst, p.off}, e->pos);
          }
          return dst;
        }
        case lang::Op::Sub: {
          const int32_t x = expr(op->x);
          const int32_t dst = temp(size, std::min<int64_t>(size, 8));
          emit(Instr{Op::kNeg, num_kind(e->type), 0, dst, x}, e->pos);
          return dst;
        }
        case lang::Op::Add: return expr(op->x);
        case lang::Op::Recv: {  // <-ch
          const int32_t ch = expr(op->x);
          emit(Instr{Op::kChanRecv, NumKind::kPtr, 0, 0, ch, 1}, e->pos);
          const int32_t dst = temp(std::max<int64_t>(size, 1), std::min<int64_t>(std::max<int64_t>(size, 1), 8));
          emit(Instr{Op::kChanResult, NumKind::kI64, 0, dst, -1, -1, size}, e->pos);
          return dst;
        }
        case lang::Op::Not: {
          const int32_t x = expr(op->x);
          const int32_t dst = temp(1, 1);
          emit(Instr{Op::kNot, NumKind::kBool, 0, dst, x}, e->pos);
          return dst;
        }
        case lang::Op::Xor: {
          const int32_t x = expr(op->x);
          const int32_t dst = temp(size, std::min<int64_t>(size, 8));
          emit(Instr{Op::kCom, num_kind(e->type), 0, dst, x}, e->pos);
          return dst;
        }
        default: break;
      }
      break;
    }
    default: break;
  }
  unsupported(e->pos, std::string("expression ") + node_kind_name(e->kind));
  return temp(std::max<int64_t>(size_of(e->type ? e->type : pkg_.types.basic(lang::TypeKind::Int)), 8));
}

// Composite literals: structs and arrays are built in the frame; a slice literal's array is
// a new heap object (Go keeps it on the stack when it does not escape).
int32_t Lowerer::composite(const CompositeLit* e, const lang::Type* t) {
  const lang::Type* u = under(t);
  const int64_t size = size_of(t);
  const int32_t dst = temp(std::max<int64_t>(size, 8), std::max<int64_t>(align_of(t), 8));
  emit(Instr{Op::kZero, NumKind::kI64, 0, dst, 0, 0, std::max<int64_t>(size, 8)}, e->pos);
  auto elem_of = [&](const Expr* el) {
    return el->kind == NodeKind::KeyValueExpr ? static_cast<const KeyValueExpr*>(el)->value_expr : el;
  };
  if (u->kind == lang::TypeKind::Map) return map_lit(e, t);
  auto fill_elem = [&](const Expr* v, const lang::Type* et, int32_t at) {
    const int32_t val = elem_value(v, et);
    emit(Instr{Op::kMove, NumKind::kI64, 0, at, val, 0, size_of(et)}, v->pos);
  };
  if (u->kind == lang::TypeKind::Struct) {
    const std::vector<int64_t> offs = field_offsets(u);
    for (size_t i = 0; i < e->elems.size(); ++i) {
      const Expr* el = e->elems[i];
      size_t fi = i;
      if (el->kind == NodeKind::KeyValueExpr) {
        const auto* kv = static_cast<const KeyValueExpr*>(el);
        const std::string& name = static_cast<const Name*>(kv->key)->value;
        for (size_t k = 0; k < u->fields.size(); ++k) {
          if (u->fields[k].name == name) fi = k;
        }
      }
      fill_elem(elem_of(el), u->fields[fi].type, dst + static_cast<int32_t>(offs[fi]));
    }
    return dst;
  }
  if (u->kind == lang::TypeKind::Array || u->kind == lang::TypeKind::Slice) {
    const lang::Type* et = u->elem;
    const int64_t esize = size_of(et);
    // Element positions: a key sets the index, others follow the previous one.
    std::vector<std::pair<int64_t, const Expr*>> items;
    int64_t next = 0, n = 0;
    for (const Expr* el : e->elems) {
      if (el->kind == NodeKind::KeyValueExpr) {
        int64_t k = 0;
        int64_val(*static_cast<const KeyValueExpr*>(el)->key->value, &k);
        next = k;
      }
      items.emplace_back(next, elem_of(el));
      ++next;
      n = std::max(n, next);
    }
    if (u->kind == lang::TypeKind::Array) {
      for (const auto& [i, v] : items) fill_elem(v, et, dst + static_cast<int32_t>(i * esize));
      return dst;
    }
    const int32_t arr = temp(std::max<int64_t>(esize * n, 8), std::max<int64_t>(align_of(et), 8));
    emit(Instr{Op::kZero, NumKind::kI64, 0, arr, 0, 0, std::max<int64_t>(esize * n, 8)}, e->pos);
    for (const auto& [i, v] : items) fill_elem(v, et, arr + static_cast<int32_t>(i * esize));
    if (n > 0) {
      // The backing array: the frame's copy when the literal does not escape.
      const int32_t p = address_of_copy(arr, !in_frame(esc_.site_of(e)), et, esize * n, e->pos);
      emit(Instr{Op::kMove, NumKind::kI64, 0, dst, p, 0, 8}, e->pos);
    } else {
      emit(Instr{Op::kNew, NumKind::kPtr, 0, dst, 0, type_id(et), 0}, e->pos);  // zerobase
    }
    emit(Instr{Op::kConst, NumKind::kI64, 0, dst + 8, 0, 0, n}, e->pos);
    emit(Instr{Op::kConst, NumKind::kI64, 0, dst + 16, 0, 0, n}, e->pos);
    return dst;
  }
  unsupported(e->pos, "this composite literal");
  return dst;
}

int32_t Lowerer::func_lit(const FuncLit* e) {
  const FuncInfo* fi = e->func;
  // The funcval: the code, then per captured variable its address (captured by reference) or a
  // copy of its value (captured by value), each rounded to words; the layout run() gives the body.
  int64_t bytes = 0;
  for (const Object* v : fi->captures) bytes += capture_by_value(fi, v) ? (size_of(v->type) + 7) / 8 * 8 : 8;
  const int32_t caps = temp(std::max<int64_t>(bytes, 8), 8);
  if (bytes > 0) emit(Instr{Op::kZero, NumKind::kI64, 0, caps, 0, 0, bytes}, e->pos);
  int32_t at = caps;
  for (const Object* v : fi->captures) {
    const bool byval = capture_by_value(fi, v);
    const int64_t size = size_of(v->type);
    if (vars_.find(v) == vars_.end()) {
      unsupported(e->pos, "capturing this variable");
    } else {
      const Place p = var_place(v, e->pos);
      if (byval) {
        emit(Instr{p.indirect ? Op::kLoad : Op::kMove, NumKind::kI64, 0, at, p.off, 0, size}, e->pos);
      } else if (p.indirect) {
        emit(Instr{Op::kMove, NumKind::kI64, 0, at, p.off, 0, 8}, e->pos);
      } else {
        emit(Instr{Op::kAddr, NumKind::kPtr, 0, at, p.off}, e->pos);  // a frame variable
      }
    }
    at += byval ? static_cast<int32_t>((size + 7) / 8 * 8) : 8;
  }
  return make_funcval(funcs_[fi], caps, bytes, esc_.site_of(e), e->pos);
}

}  // namespace gosim::ir
