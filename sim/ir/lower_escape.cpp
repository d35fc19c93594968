// Lowering that follows the escape analysis (sim/escape): where variables and allocations live.
//
// Go decides at compile time, per variable and per allocating expression, between the stack
// frame and the heap (cmd/compile/internal/escape; ssagen turns a non-escaping allocation into a
// stack temporary, walk keeps a "moved to heap" variable behind a pointer). gosim asks the same
// analysis: a variable lives on the heap exactly when it is moved there, and a site that does not
// escape becomes a frame slot, zeroed each time the site runs. Pointers into the frame are plain
// addresses in the goroutine's stack; a stack copy adjusts them (sim/interp).
#include <algorithm>

#include "sim/ir/lower_impl.h"

namespace gosim::ir {

using namespace gosim::lang;

bool Lowerer::on_heap(const Object* obj) const {
  // A function the analysis did not see (none today): the old conservative rule.
  if (!esc_.analyzed(obj->owner)) return obj->captured || obj->address_taken;
  return esc_.moved_to_heap(obj);
}

bool Lowerer::capture_by_value(const FuncInfo* closure, const Object* var) const {
  return !on_heap(var) && esc_.captured_by_value(closure, var);
}

int32_t Lowerer::alloc_site(const escape::Site* s, const lang::Type* t, int64_t size, Pos pos) {
  const int32_t dst = temp(8, 8);
  if (in_frame(s) && size > 0) {
    // Go: a non-escaping new(T)/&T{} is a stack temporary (ssagen: OpVarDef + zeroing).
    const int32_t slot = temp(size, std::max<int64_t>(align_of(t), 8));
    emit(Instr{Op::kZero, NumKind::kI64, 0, slot, 0, 0, size}, pos);
    emit(Instr{Op::kAddr, NumKind::kPtr, 0, dst, slot}, pos);
    return dst;
  }
  emit(Instr{Op::kNew, NumKind::kPtr, 0, dst, 0, type_id(t), size}, pos);
  return dst;
}

int32_t Lowerer::address_of_copy(int32_t off, bool heap, const lang::Type* t, int64_t size, Pos pos) {
  const int32_t dst = temp(8, 8);
  if (!heap && size > 0) {
    emit(Instr{Op::kAddr, NumKind::kPtr, 0, dst, off}, pos);
    return dst;
  }
  emit(Instr{Op::kNew, NumKind::kPtr, 0, dst, 0, type_id(t), size}, pos);
  if (size > 0) emit(Instr{Op::kStore, NumKind::kI64, 0, dst, off, 0, size}, pos);
  return dst;
}

int32_t Lowerer::make_funcval(int32_t fn, int32_t caps, int64_t caps_bytes, const escape::Site* site, Pos pos) {
  const int32_t dst = temp(8, 8);
  const int64_t words = (caps_bytes + 7) / 8;
  if (words == 0) {
    // Go: walk/closure.go walkClosure — a func literal that captures nothing is a static
    // funcval (read-only data holding the code pointer): no allocation, escaping or not.
    std::string word(8, '\0');
    for (int i = 0; i < 8; ++i) word[static_cast<size_t>(i)] = static_cast<char>(static_cast<uint64_t>(fn) >> (8 * i));
    emit(Instr{Op::kConst, NumKind::kI64, 0, dst, 0, 0, static_cast<int64_t>(rodata_bytes(word, 8))}, pos);
    return dst;
  }
  if (in_frame(site)) {
    // Go: a closure that does not escape is a struct on the caller's stack, {fn, captures...}.
    const int32_t fv = temp(8 + 8 * words, 8);
    emit(Instr{Op::kConst, NumKind::kI64, 0, fv, 0, 0, fn}, pos);
    if (words > 0) emit(Instr{Op::kMove, NumKind::kI64, 0, fv + 8, caps, 0, 8 * words}, pos);
    emit(Instr{Op::kAddr, NumKind::kPtr, 0, dst, fv}, pos);
    return dst;
  }
  emit(Instr{Op::kMakeClosure, NumKind::kPtr, 0, dst, caps, static_cast<int32_t>(words), fn}, pos);
  return dst;
}

}  // namespace gosim::ir
