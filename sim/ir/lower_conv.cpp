// Converting a non-interface value to an interface: where the data word comes from.
// Go: cmd/compile/internal/walk/convert.go walkConvInterface, dataWord, dataWordFuncName;
// walk/order.go (OCONVIFACE: addrTemp of a constant or static composite literal);
// runtime/iface.go convT16/32/64, convTstring, convTslice, convT, convTnoptr.
#include <cstring>

#include "sim/ir/lower_impl.h"

namespace gosim::ir {

using namespace gosim::lang;

namespace {

// Go: types.Type.SoleComponent — the only primitive inside a struct or array of exactly one.
const TypeDesc& sole_component(const std::vector<TypeDesc>& types, int32_t id) {
  const TypeDesc* t = &types[static_cast<size_t>(id)];
  for (;;) {
    if (t->kind == TypeKind::kStruct && t->fields.size() == 1) {
      t = &types[static_cast<size_t>(t->fields[0].type)];
    } else if (t->kind == TypeKind::kArray && t->len == 1) {
      t = &types[static_cast<size_t>(t->elem)];
    } else {
      return *t;
    }
  }
}

bool is_integer(TypeKind k) {
  switch (k) {
    case TypeKind::kInt: case TypeKind::kInt8: case TypeKind::kInt16: case TypeKind::kInt32: case TypeKind::kInt64:
    case TypeKind::kUint: case TypeKind::kUint8: case TypeKind::kUint16: case TypeKind::kUint32: case TypeKind::kUint64:
    case TypeKind::kUintptr:
      return true;
    default: return false;
  }
}

// Go: walk/convert.go dataWordFuncName: which runtime routine makes the data word.
ConvT conv_func(const std::vector<TypeDesc>& types, int32_t id) {
  const TypeDesc& t = types[static_cast<size_t>(id)];
  if (t.size == 2 && t.align == 2) return ConvT::kConvT16;
  if (t.size == 4 && t.align == 4 && !t.has_pointers) return ConvT::kConvT32;
  if (t.size == 8 && t.align == 8 && !t.has_pointers) return ConvT::kConvT64;
  const TypeDesc& sc = sole_component(types, id);
  if (sc.kind == TypeKind::kString) return ConvT::kConvTstring;
  if (sc.kind == TypeKind::kSlice) return ConvT::kConvTslice;
  return t.has_pointers ? ConvT::kConvT : ConvT::kConvTnoptr;
}

void put_le(std::string* out, size_t at, uint64_t v, int64_t size) {
  for (int64_t i = 0; i < size; ++i) (*out)[at + static_cast<size_t>(i)] = static_cast<char>(v >> (8 * i));
}

}  // namespace

uint64_t Lowerer::static_table(uint64_t* addr, const std::string& bytes) {
  if (*addr == 0) {
    while (m_.rodata.size() % 8 != 0) m_.rodata.push_back('\0');
    *addr = kRodataBase + m_.rodata.size();
    m_.rodata += bytes;
  }
  return *addr;
}

void Lowerer::need_staticuint64s() {
  std::string table(256 * 8, '\0');
  for (int v = 0; v < 256; ++v) table[static_cast<size_t>(v) * 8] = static_cast<char>(v);
  static_table(&m_.staticuint64s, table);
}

bool Lowerer::static_bytes(const Expr* e, const lang::Type* t, std::string* out) {
  e = unparen(e);
  const lang::Type* u = under(t);
  const auto size = static_cast<size_t>(size_of(t));
  out->assign(size, '\0');
  if (u->kind == lang::TypeKind::Interface) return false;  // a nested conversion: not handled here
  if (e->mode == Mode::NilValue) return true;
  if (e->mode == Mode::Constant && e->value) {
    const Constant& c = *e->value;
    switch (c.kind) {
      case Constant::Kind::Bool: put_le(out, 0, c.b ? 1 : 0, 1); return true;
      case Constant::Kind::String: {
        put_le(out, 0, c.s.empty() ? 0 : rodata_bytes(c.s, 1), 8);
        put_le(out, 8, c.s.size(), 8);
        return true;
      }
      case Constant::Kind::Int: case Constant::Kind::Float: case Constant::Kind::Complex:
        *out = number_bytes(num_kind(t), c);
        out->resize(size, '\0');
        return true;
      default: return false;
    }
  }
  // Go 1.19's order.go addrTemp makes only constants (OLITERAL, ONIL) read-only statics; a
  // composite literal of constants is copied to a temporary and converted like any value
  // (measured: sink = pair{1, 2} allocates 16 bytes; see the TODO in addrTemp).
  return false;
}

int32_t Lowerer::box(int32_t src, const lang::Type* from, Pos pos, const Expr* site, bool explicit_conv) {
  const int32_t dst = temp(16, 8);
  const int32_t id = type_id(from);
  emit(Instr{Op::kConst, NumKind::kI64, 0, dst, 0, 0, static_cast<int64_t>(type_word(id))}, pos);
  const int64_t size = size_of(from);
  auto data_const = [&](uint64_t addr) {
    emit(Instr{Op::kConst, NumKind::kI64, 0, dst + 8, 0, 0, static_cast<int64_t>(addr)}, pos);
    return dst;
  };
  // Go: dataWord — "If it's a pointer, it is its own representation."
  if (is_direct_iface(m_.types, id)) {
    emit(Instr{Op::kMove, NumKind::kI64, 0, dst + 8, src, 0, 8}, pos);
    return dst;
  }
  // A zero-size value: &runtime.zerobase.
  if (size == 0) return data_const(kZeroBase);
  const TypeDesc& sc = sole_component(m_.types, id);
  // A bool or a one-byte integer: &staticuint64s[v], whatever its value and escape.
  if (sc.kind == TypeKind::kBool || (size == 1 && is_integer(sc.kind))) {
    need_staticuint64s();
    emit(Instr{Op::kBoxIface, NumKind::kIface, static_cast<uint8_t>(ConvT::kStaticByte), dst, src, id, size}, pos);
    return dst;
  }
  // A constant, or a composite literal of constants: order.go's addrTemp made it a read-only
  // static, whose address is the data word.
  std::string bytes;
  const Expr* operand = site;
  if (explicit_conv && site != nullptr && site->kind == NodeKind::CallExpr) {
    const auto* call = static_cast<const CallExpr*>(site);
    operand = call->args.size() == 1 ? call->args[0] : nullptr;
  }
  if (operand != nullptr && static_bytes(operand, from, &bytes)) return data_const(rodata_bytes(bytes, 8));
  const escape::Site* s = site == nullptr ? nullptr : explicit_conv ? esc_.site_of(site) : esc_.conv_site_of(site);
  if (in_frame(s) && size <= 1024) {
    // Go: a conversion that does not escape copies the value to a stack temporary, whose
    // address is the interface's data word (dataWord: only up to 1024 bytes).
    const int32_t tmp = temp(size, std::max<int64_t>(align_of(from), 8));
    emit(Instr{Op::kMove, NumKind::kI64, 0, tmp, src, 0, size}, pos);
    emit(Instr{Op::kAddr, NumKind::kPtr, 0, dst + 8, tmp}, pos);
    return dst;
  }
  // The runtime call: it may still avoid the allocation (small values, "", nil slices).
  const ConvT fn = conv_func(m_.types, id);
  if (fn == ConvT::kConvTstring || fn == ConvT::kConvTslice) static_table(&m_.zeroval, std::string(1024, '\0'));
  if (fn == ConvT::kConvT16 || fn == ConvT::kConvT32 || fn == ConvT::kConvT64) need_staticuint64s();
  emit(Instr{Op::kBoxIface, NumKind::kIface, static_cast<uint8_t>(fn), dst, src, id, size}, pos);
  return dst;
}

}  // namespace gosim::ir
