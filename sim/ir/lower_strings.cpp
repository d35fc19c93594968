// Strings the compiler builds without the heap: the stack tmpBuf of a result that does not
// escape, and the conversions order.go makes without a copy.
// Go: cmd/compile/internal/walk/convert.go (walkBytesToStringTemp, walkStringToBytes, ...),
// walk/string.go walkAddString, walk/order.go (mapKeyReplaceStrConv, OEQ on strings, ORANGE);
// runtime/string.go concatstrings, rawstringtmp, tmpStringBufSize.
#include "sim/base/utf8.h"
#include "sim/ir/lower_impl.h"

namespace gosim::ir {

using namespace gosim::lang;

void Lowerer::mark_no_copy(const Expr* e) {
  e = unparen(e);
  if (e->kind != NodeKind::CallExpr) return;
  const auto* c = static_cast<const CallExpr*>(e);
  if (c->call_kind != CallKind::Conversion || c->args.size() != 1 || e->mode == Mode::Constant) return;
  const lang::Type* from = under(c->args[0]->type);
  const lang::Type* to = under(c->type);
  const bool bytes = [](const lang::Type* t) {
    return t->kind == lang::TypeKind::Slice && under(t->elem)->kind == lang::TypeKind::Uint8;
  }(from->kind == lang::TypeKind::Slice ? from : to);
  if (bytes) no_copy_[e] = true;
}

int64_t Lowerer::str_buffer(const Expr* e, int64_t bytes, int32_t* buf_slot) {
  if (!in_frame(esc_.site_of(e))) return 0;  // n.Esc() != EscNone: the runtime allocates
  *buf_slot = temp(bytes, 8);
  return kStrTmpBuf;
}

int32_t Lowerer::concat(const Operation* e) {
  // The operands of a left-nested chain a + b + c, in order (a parenthesised right operand is
  // one operand; a constant sub-chain was folded by the checker).
  std::vector<const Expr*> ops;
  const Expr* x = e;
  while (x->kind == NodeKind::Operation && static_cast<const Operation*>(x)->op == lang::Op::Add &&
         static_cast<const Operation*>(x)->y != nullptr && x->mode != Mode::Constant) {
    ops.push_back(static_cast<const Operation*>(x)->y);
    x = unparen(static_cast<const Operation*>(x)->x);
  }
  ops.push_back(x);
  std::reverse(ops.begin(), ops.end());
  const auto n = static_cast<int64_t>(ops.size());
  const int32_t arr = temp(16 * n, 8);
  const lang::Type* st = e->type;
  if (is_untyped(st)) st = pkg_.types.default_type(st);
  int64_t literal_bytes = 0;
  for (int64_t i = 0; i < n; ++i) {
    const Expr* op = ops[static_cast<size_t>(i)];
    if (op->mode == Mode::Constant && op->value) literal_bytes += static_cast<int64_t>(op->value->s.size());
    const int32_t v = expr_as(op, st);
    emit(Instr{Op::kMove, NumKind::kI64, 0, arr + static_cast<int32_t>(16 * i), v, 0, 16}, op->pos);
  }
  // Go: walkAddString — a stack buffer when the result does not escape, unless its literal
  // operands alone already fill it.
  int32_t buf = 0;
  const int64_t flags = literal_bytes < kTmpBufSize ? str_buffer(e, kTmpBufSize, &buf) : 0;
  const int32_t dst = temp(16, 8);
  emit(Instr{Op::kStrCat, NumKind::kStr, 0, dst, arr, buf, flags | kStrCatNary | (n << 16)}, e->pos);
  return dst;
}

// A constant's conversion to a slice is compiled without the runtime's conversion functions.
// Go: walk/convert.go walkStringToBytes (constant case) — the compiler knows the length, so it
// takes a [len]byte of exactly that size, copies the constant's bytes in and slices it.
// Go: typecheck/typecheck.go stringtoruneslit — []rune("const") is rewritten to the slice
// literal []rune{'h', 'é', ...} (which is why -m calls it "[]rune{...}"), whose backing array
// is likewise a [n]rune (walk/complit.go slicelit).
// Either way cap == len: no size-class rounding of cap (stringtoslicebyte's rawbyteslice rounds,
// and a 32-element tmpBuf gives cap 32; neither runs here). The array is a stack temporary when
// the result does not escape and it is at most MaxImplicitStackVarSize (64 KiB, stackBufAddr),
// else new([n]T): one noscan mallocgc of exactly its bytes (the tiny allocator below 16).
int32_t Lowerer::const_string_to_slice(const CallExpr* e, const std::string& s, bool runes) {
  constexpr int64_t kMaxImplicitStackVarSize = 64 * 1024;  // Go: ir/cfg.go
  std::string data = s;
  if (runes) {  // Go: for _, r := range s (invalid UTF-8 bytes are U+FFFD, width 1)
    data.clear();
    for (size_t i = 0; i < s.size();) {
      const auto [r, w] = decoderune(s, i);
      for (int k = 0; k < 4; ++k) data += static_cast<char>(static_cast<uint32_t>(r) >> (8 * k));
      i += w;
    }
  }
  const int64_t esize = runes ? 4 : 1;
  const auto bytes = static_cast<int64_t>(data.size()), n = bytes / esize;
  const escape::Site* site = bytes <= kMaxImplicitStackVarSize ? esc_.site_of(e) : nullptr;
  const lang::Type* elem = runes ? pkg_.types.rune_type() : pkg_.types.byte_type();
  const int32_t p = alloc_site(site, elem, bytes, e->pos);  // n == 0: zerobase
  const int32_t dst = temp(24, 8);
  emit(Instr{Op::kMove, NumKind::kI64, 0, dst, p, 0, 8}, e->pos);
  emit(Instr{Op::kConst, NumKind::kI64, 0, dst + 8, 0, 0, n}, e->pos);
  emit(Instr{Op::kConst, NumKind::kI64, 0, dst + 16, 0, 0, n}, e->pos);
  if (n > 0) {
    // The constant's elements are read-only data (Go: the string's bytes, or slicelit's static
    // array vstat), copied into the new array.
    const int32_t src = temp(24, 8);
    emit(Instr{Op::kConst, NumKind::kI64, 0, src, 0, 0, static_cast<int64_t>(rodata_bytes(data, esize))}, e->pos);
    emit(Instr{Op::kConst, NumKind::kI64, 0, src + 8, 0, 0, n}, e->pos);
    emit(Instr{Op::kConst, NumKind::kI64, 0, src + 16, 0, 0, n}, e->pos);
    const int32_t copied = temp(8, 8);
    emit(Instr{Op::kCopy, NumKind::kI64, 0, copied, dst, src, esize}, e->pos);
  }
  return dst;
}

}  // namespace gosim::ir
