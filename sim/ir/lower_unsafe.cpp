// unsafe.Add and unsafe.Slice (Sizeof, Alignof and Offsetof are constants by now).
//
// Go: cmd/compile/internal/walk/builtin.go walkUnsafeSlice and ssagen's OUNSAFEADD: Add is a
// pointer plus an integer, no check at all; Slice checks its length as runtime.unsafeslice
// does (runtime/unsafe.go) and makes the header {ptr, len, len}. gosim's memory is the
// simulated address space itself, so a pointer made by arithmetic reads and writes exactly the
// bytes Go's would; reading outside any object is what Go calls undefined, and gosim reads
// whatever the simulated memory holds there (zeros where nothing was ever written).
#include "sim/ir/lower_impl.h"

namespace gosim::ir {

using namespace gosim::lang;

int32_t Lowerer::unsafe_builtin(const CallExpr* e) {
  const auto id = static_cast<BuiltinId>(e->builtin);
  const int32_t ptr = expr(e->args[0]);
  const int32_t len = int_operand(e->args[1]);
  if (id == BuiltinId::Add) {
    const int32_t dst = temp(8, 8);
    emit(Instr{Op::kBinary, NumKind::kI64, static_cast<uint8_t>(BinOp::kAdd), dst, ptr, len}, e->pos);
    return dst;
  }
  // Go: runtime.unsafeslice(et, ptr, len), then the header: a kLib builtin with the block
  // {ptr, len, elem size} that writes {ptr, len, len} or panics with Go's text.
  const lang::Type* elem = under(e->type)->elem;
  const int32_t block = temp(24, 8);
  emit(Instr{Op::kMove, NumKind::kI64, 0, block, ptr, 0, 8}, e->pos);
  emit(Instr{Op::kMove, NumKind::kI64, 0, block + 8, len, 0, 8}, e->pos);
  emit(Instr{Op::kConst, NumKind::kI64, 0, block + 16, 0, 0, size_of(elem)}, e->pos);
  const int32_t dst = temp(24, 8);
  emit(Instr{Op::kLib, NumKind::kI64, 0, block, dst, 0, kLibBuiltinBase + e->builtin}, e->pos);
  return dst;
}

// unsafe.Pointer(&x) for an interface x: the door to reading an interface's words, reflect's
// way (`(*eface)(unsafe.Pointer(&x)).typ.size`). gosim's type word is a descriptor number in the
// shape of an address (ir.h type_word), with no runtime._type in simulated memory behind it, so
// what Go's code would read there cannot be given: refused where it is written, never wrong bytes.
void Lowerer::refuse_iface_unsafe(const CallExpr* e) {
  const Expr* x = unparen(e->args[0]);
  if (x->kind != NodeKind::Operation) return;
  const auto* o = static_cast<const Operation*>(x);
  if (o->op != lang::Op::And || o->y != nullptr || !is_interface(o->x->type)) return;
  // part json: sync.Map's source (map.go newEntry, tryLoadOrStore) keeps an entry's value as
  // unsafe.Pointer(&i) and reads it back only as *(*any)(p): the interface's two words go in and
  // come out whole, and nothing reads behind the type word.
  if (fi_ != nullptr && fi_->pkg != nullptr && fi_->pkg->path == "sync") return;
  unsupported(e->pos,
              "unsafe.Pointer to an interface value: gosim's interface type words are type numbers, not addresses of "
              "a runtime._type in memory, so what Go would read behind them cannot be given");
}

}  // namespace gosim::ir
