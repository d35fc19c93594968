// Values: arithmetic and comparisons the fast lane leaves (strings, floats, shifts, division), conversions, string concatenation, rune decoding, equality, interfaces (boxing, assertions) and string conversions.
// The general loop (exec.cpp step_until) hands these instructions here by family.
// Go: the compiler's arithmetic, runtime/string.go concatstrings, runtime/utf8.go decoderune, runtime/alg.go, runtime/iface.go.
#include <algorithm>
#include <cstring>

#include "sim/interp/alg.h"
#include "sim/interp/exec.h"
#include "sim/interp/hmap.h"
#include "sim/interp/int_binop.h"
#include "sim/interp/interp.h"
#include "sim/heap/heap.h"

namespace gosim::interp {

using ir::NumKind;
using ir::Op;

Flow Exec::exec_value(const ir::Instr& in, const Operands& o) {
  [[maybe_unused]] const uint64_t fp = o.fp, A = o.A, B = o.B, C = o.C;
  if ((in.op == Op::kBinary || in.op == Op::kNeg || in.op == Op::kConv) &&
      (ir::num_float(in.kind) || (in.op == Op::kConv && ir::num_float(static_cast<NumKind>(in.sub))))) {
    return exec_float(in, o);
  }
  switch (in.op) {
    case Op::kBinary: {
      const auto op = static_cast<ir::BinOp>(in.sub);
      if (in.kind == NumKind::kStr) {
        const std::string x = str_at(B), y = str_at(C);
        bool r = false;
        switch (op) {
          case ir::BinOp::kEq: r = x == y; break;
          case ir::BinOp::kNe: r = x != y; break;
          case ir::BinOp::kLt: r = x < y; break;
          case ir::BinOp::kLe: r = x <= y; break;
          case ir::BinOp::kGt: r = x > y; break;
          default: r = x >= y; break;
        }
        mem_.store(A, r ? 1 : 0, 1);
        break;
      }
      if (in.kind == NumKind::kIface) {
        // Go: runtime efaceeq — equal dynamic types, then equal values (compared by type).
        std::string bad;
        const bool eq = Alg(mod_, mem_).equal(B, C, -1, &bad);
        if (!bad.empty()) {
          panic_text(bad);
          return Flow::kNext;
        }
        mem_.store(A, (op == ir::BinOp::kEq) == eq ? 1 : 0, 1);
        break;
      }
      const int64_t x = read_num(B, in.kind);
      int64_t y;
      if (op == ir::BinOp::kShl || op == ir::BinOp::kShr) {
        const int ysize = static_cast<int>(in.imm & 0xff);
        const bool ysigned = (in.imm & 0x100) != 0;
        const uint64_t raw = mem_.load(C, ysize > 0 ? ysize : 8);
        if (ysigned) {
          const int64_t sy = ysize == 8 ? static_cast<int64_t>(raw) : ysize == 4 ? static_cast<int32_t>(raw)
                             : ysize == 2 ? static_cast<int16_t>(raw) : static_cast<int8_t>(raw);
          if (sy < 0) {
            panic_text("runtime error: negative shift amount");
            return Flow::kNext;
          }
        }
        y = static_cast<int64_t>(raw);
      } else {
        y = read_num(C, in.kind);
      }
      const IntResult res = int_binop(op, in.kind, x, y);
      if (res.kind == IntResult::kDivZero) {
        panic_text("runtime error: integer divide by zero");
        return Flow::kNext;
      }
      if (res.kind == IntResult::kBool) {
        mem_.store(A, static_cast<uint64_t>(res.v), 1);
      } else {
        write_num(A, in.kind, res.v);
      }
      break;
    }
    case Op::kNeg:
      write_num(A, in.kind, static_cast<int64_t>(0 - static_cast<uint64_t>(read_num(B, in.kind))));
      break;
    case Op::kNot: mem_.store(A, mem_.load(B, 1) ? 0 : 1, 1); break;
    case Op::kCom: write_num(A, in.kind, ~read_num(B, in.kind)); break;
    case Op::kConv:
      write_num(A, static_cast<NumKind>(in.sub), read_num(B, in.kind));
      break;
    case Op::kStrCat: {
      if ((in.imm & ir::kStrCatNary) != 0) {
        concat_strings(A, B, static_cast<uint64_t>(in.imm >> 16), (in.imm & ir::kStrTmpBuf) != 0 ? C : 0);
        break;
      }
      const uint64_t xl = ld8(B + 8), yl = ld8(C + 8);
      if (xl == 0 || yl == 0) {
        mem_.copy(A, xl == 0 ? C : B, 16);
        break;
      }
      // Go: runtime/string.go concatstrings + rawstring: one new noscan object, both copied
      // in simulated memory (no host copy of strings that may be gigabytes long).
      const uint64_t xp = ld8(B), yp = ld8(C);
      const uint64_t p = alloc(xl + yl, false);
      mem_.copy(p, xp, static_cast<size_t>(xl));
      mem_.copy(p + xl, yp, static_cast<size_t>(yl));
      st8(A, p);
      st8(A + 8, xl + yl);
      break;
    }
    case Op::kBoxIface: {
      const uint64_t data = conv_data_word(in, B);
      st8(A, ir::type_word(in.c));
      st8(A + 8, data);
      break;
    }
    case Op::kDecodeRune: {
      // Go: runtime/utf8.go decoderune — invalid bytes decode as U+FFFD, width 1.
      const uint64_t p = ld8(B), n = ld8(B + 8), i = ld8(C);
      auto byte_at = [&](uint64_t k) { return static_cast<uint32_t>(mem_.load(p + k, 1)); };
      uint32_t r = 0xFFFD, w = 1;
      const uint32_t b0 = byte_at(i);
      auto cont = [&](uint64_t k) { return i + k < n && (byte_at(i + k) & 0xC0) == 0x80; };
      if (b0 < 0x80) {
        r = b0;
      } else if (b0 >= 0xC2 && b0 < 0xE0 && cont(1)) {
        r = ((b0 & 0x1F) << 6) | (byte_at(i + 1) & 0x3F);
        w = 2;
      } else if (b0 >= 0xE0 && b0 < 0xF0 && cont(1) && cont(2)) {
        r = ((b0 & 0x0F) << 12) | ((byte_at(i + 1) & 0x3F) << 6) | (byte_at(i + 2) & 0x3F);
        w = 3;
        if (r < 0x800 || (r >= 0xD800 && r < 0xE000)) r = 0xFFFD, w = 1;
      } else if (b0 >= 0xF0 && b0 < 0xF5 && cont(1) && cont(2) && cont(3)) {
        r = ((b0 & 0x07) << 18) | ((byte_at(i + 1) & 0x3F) << 12) | ((byte_at(i + 2) & 0x3F) << 6) | (byte_at(i + 3) & 0x3F);
        w = 4;
        if (r < 0x10000 || r > 0x10FFFF) r = 0xFFFD, w = 1;
      }
      mem_.store(A, r, 4);
      mem_.store(A + 4, w, 4);
      break;
    }
    case Op::kEqual: {
      std::string bad;
      const bool eq = Alg(mod_, mem_).equal(B, C, static_cast<int32_t>(in.imm), &bad);
      if (!bad.empty()) {
        panic_text(bad);
        return Flow::kNext;
      }
      mem_.store(A, (eq != (in.sub != 0)) ? 1 : 0, 1);
      break;
    }
    case Op::kAssert:
      if (!assert_type(in, A, B, fp)) return Flow::kNext;
      break;
    case Op::kStrConv: str_conv(in, A, B, C); break;
    default: break;
  }
  return Flow::kNext;
}

}  // namespace gosim::interp
