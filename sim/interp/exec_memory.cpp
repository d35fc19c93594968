// Memory: loads and stores through pointers, new, indexing and bounds checks, slices (make, append, slicing, copy).
// The general loop (exec.cpp step_until) hands these instructions here by family.
// Go: runtime/malloc.go newobject, runtime/slice.go makeslice/growslice, runtime/panic.go panicIndex/panicSlice*.
#include <algorithm>
#include <cstring>

#include "sim/interp/alg.h"
#include "sim/interp/exec.h"
#include "sim/interp/hmap.h"
#include "sim/interp/int_binop.h"
#include "sim/interp/interp.h"
#include "sim/heap/heap.h"
#include "sim/heap/sizeclasses.h"

namespace gosim::interp {

using ir::NumKind;
using ir::Op;

Flow Exec::exec_memory(const ir::Instr& in, const Operands& o) {
  [[maybe_unused]] const uint64_t fp = o.fp, A = o.A, B = o.B, C = o.C;
  switch (in.op) {
    case Op::kLoad:
    case Op::kStore:
    case Op::kOffset: {
      const uint64_t p = ld8(in.op == Op::kStore ? A : B);
      if (p == 0) {
        panic_text("runtime error: invalid memory address or nil pointer dereference\n"
                   "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
        return Flow::kNext;
      }
      if (in.op == Op::kLoad) mem_.copy(A, p, static_cast<size_t>(in.imm));
      if (in.op == Op::kStore) {
        write_barrier(p, B, static_cast<uint64_t>(in.imm));  // Go: the compiler's barrier on pointer stores
        mem_.copy(p, B, static_cast<size_t>(in.imm));
      }
      if (in.op == Op::kOffset) st8(A, p + static_cast<uint64_t>(in.imm));
      break;
    }
    case Op::kNew: st8(A, alloc(static_cast<uint64_t>(in.imm), mod_.types[static_cast<size_t>(in.c)].has_pointers)); break;
    case Op::kIndexAddr: {
      const uint64_t base = ld8(B);
      if (base == 0) {
        panic_text("runtime error: invalid memory address or nil pointer dereference\n"
                   "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
        return Flow::kNext;
      }
      st8(A, base + ld8(C) * static_cast<uint64_t>(in.imm));
      break;
    }
    case Op::kMakeSlice: {
      const auto len = static_cast<int64_t>(ld8(B));
      const auto cap = in.c >= 0 ? static_cast<int64_t>(ld8(C)) : len;
      const auto esize = static_cast<uint64_t>(in.imm & 0xffffffff);
      // Go: runtime/slice.go makeslice: cap*size must not overflow nor pass maxAlloc; when it
      // does, len is checked the same way first, so a huge len reads "len out of range".
      auto too_big = [esize](int64_t n) {
        uint64_t mem = 0;
        return n < 0 || __builtin_mul_overflow(static_cast<uint64_t>(n), esize, &mem) || mem > heap::kMaxAlloc;
      };
      if (too_big(cap) || len > cap) {
        panic_text(too_big(len) ? "runtime error: makeslice: len out of range" : "runtime error: makeslice: cap out of range");
        return Flow::kNext;
      }
      const uint64_t p = alloc(static_cast<uint64_t>(cap) * esize, mod_.types[static_cast<size_t>(in.imm >> 32)].has_pointers);
      st8(A, p);
      st8(A + 8, static_cast<uint64_t>(len));
      st8(A + 16, static_cast<uint64_t>(cap));
      break;
    }
    case Op::kAppend: {
      // Go: runtime/slice.go growslice (1.19): heap::growslice_newcap, then the bytes rounded up
      // to a size class.
      const auto esize = static_cast<uint64_t>(in.imm & 0xffffffff);
      const bool elem_ptrs = mod_.types[static_cast<size_t>(in.imm >> 32)].has_pointers;
      uint64_t ptr = ld8(B), len = ld8(B + 8), cap = ld8(B + 16);
      const uint64_t add_ptr = ld8(C), add_len = ld8(C + 8);
      const uint64_t need = len + add_len;
      if (need > cap) {
        // Go: growslice: the new length overflowed int ("cap < old.cap").
        if (need > static_cast<uint64_t>(INT64_MAX)) {
          panic_text("runtime error: growslice: cap out of range");
          return Flow::kNext;
        }
        uint64_t newcap = heap::growslice_newcap(cap, need);
        // Go: growslice: the grown capacity's bytes must not pass maxAlloc.
        if (esize > 0 && newcap > heap::kMaxAlloc / esize) {
          panic_text("runtime error: growslice: cap out of range");
          return Flow::kNext;
        }
        if (esize > 0) newcap = heap::roundupsize(newcap * esize) / esize;
        const uint64_t np = alloc(newcap * esize, elem_ptrs);
        if (len > 0 && elem_ptrs) write_barrier(np, ptr, len * esize, /*src_only=*/true);
        if (len > 0) mem_.copy(np, ptr, len * esize);
        ptr = np;
        cap = newcap;
      }
      if (add_len > 0 && elem_ptrs) write_barrier(ptr + len * esize, add_ptr, add_len * esize);
      if (add_len > 0) mem_.copy(ptr + len * esize, add_ptr, add_len * esize);
      st8(A, ptr);
      st8(A + 8, need);
      st8(A + 16, cap);
      break;
    }
    case Op::kSliceExpr: {
      // Go: the compiler's bounds checks and runtime/panic.go panicSlice* messages.
      const uint64_t esize = static_cast<uint64_t>(in.imm & 0xffffffff);
      const bool has_high = (in.imm & ir::kSliceHasHigh) != 0, has_max = (in.imm & ir::kSliceHasMax) != 0;
      const bool is_str = (in.imm & ir::kSliceString) != 0;
      const std::string with = (in.imm & ir::kSliceLenMsg) ? "length" : "capacity";
      const uint64_t ptr = ld8(B), len = ld8(B + 8), cap = is_str ? len : ld8(B + 16);
      const uint64_t lo = ld8(C);
      const uint64_t hi = has_high ? ld8(C + 8) : len;
      const uint64_t mx = has_max ? ld8(C + 16) : cap;
      auto fail = [&](const std::string& what) {
        panic_text("runtime error: slice bounds out of range " + what);
      };
      auto s64 = [](uint64_t v) { return std::to_string(static_cast<int64_t>(v)); };
      if (has_max && mx > cap) {
        fail("[::" + s64(mx) + "] with " + with + " " + std::to_string(cap));
        return Flow::kNext;
      }
      if (has_max && hi > mx) {
        fail("[:" + s64(hi) + ":" + s64(mx) + "]");
        return Flow::kNext;
      }
      if (!has_max && hi > cap) {
        fail("[:" + s64(hi) + "] with " + (is_str ? std::string("length") : with) + " " + std::to_string(is_str ? len : cap));
        return Flow::kNext;
      }
      if (lo > hi) {
        fail("[" + s64(lo) + ":" + s64(hi) + (has_max ? ":]" : "]"));
        return Flow::kNext;
      }
      st8(A, hi - lo == 0 && !is_str && mx - lo == 0 ? ptr : ptr + lo * esize);
      st8(A + 8, hi - lo);
      if (!is_str) st8(A + 16, mx - lo);
      break;
    }
    case Op::kBounds: {
      // Go: runtime/error.go boundsError.Error: a negative signed index is printed without
      // the length (boundsNegErrorFmt); an unsigned one is printed as unsigned.
      const uint64_t i = ld8(A), n = ld8(B);
      if (in.sub == ir::kBoundsConvert) {
        // Go: runtime/error.go boundsConvert's format, from panicSliceConvert(len, N).
        if (i < n) {
          panic_text("runtime error: cannot convert slice with length " + std::to_string(i) +
                     " to pointer to array with length " + std::to_string(n));
          return Flow::kNext;
        }
        break;
      }
      if (i >= n) {
        const bool negative = in.sub != 0 && static_cast<int64_t>(i) < 0;
        panic_text(negative ? "runtime error: index out of range [" + std::to_string(static_cast<int64_t>(i)) + "]"
                            : "runtime error: index out of range [" + std::to_string(i) + "] with length " +
                                  std::to_string(n));
        return Flow::kNext;
      }
      break;
    }
    case Op::kCopy: {
      // Go: copy moves min(len(dst), len(src)) elements, overlapping or not (memmove).
      const uint64_t n = std::min(ld8(B + 8), ld8(C + 8));
      if (n > 0) write_barrier(ld8(B), ld8(C), n * static_cast<uint64_t>(in.imm));  // Go: typedslicecopy
      if (n > 0) mem_.copy(ld8(B), ld8(C), n * static_cast<uint64_t>(in.imm));
      st8(A, n);
      break;
    }
    case Op::kNilCheck:
      if (ld8(A) == 0) {
        panic_text("runtime error: invalid memory address or nil pointer dereference\n"
                   "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
        return Flow::kNext;
      }
      break;
    default: break;
  }
  return Flow::kNext;
}

}  // namespace gosim::interp
