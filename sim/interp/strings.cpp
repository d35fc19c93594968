// String conversions (Go: runtime/string.go intstring, stringtoslicebyte, slicebytetostring,
// stringtoslicerune, slicerunetostring; runtime/utf8.go encoderune/decoderune).
#include "sim/base/utf8.h"
#include "sim/heap/sizeclasses.h"
#include "sim/interp/exec.h"

namespace gosim::interp {

// Go: runtime/string.go rawstringtmp — the frame's tmpBuf when the result does not escape and
// fits, else a new noscan object of exactly n bytes (rawstring: mallocgc(n, nil, false)).
uint64_t Exec::raw_string_tmp(uint64_t buf, uint64_t n, heap::TmpBufFn fn) {
  if (buf != 0 && n <= ir::kTmpBufSize) {
    no_alloc(heap::NoAllocWhy::kTmpBuf, static_cast<int64_t>(fn), static_cast<int64_t>(n), buf);
    return buf;
  }
  return alloc(n, false);
}

// Go: concatstrings. Empty operands are skipped; a single non-empty one is returned as is
// (unless, with no buffer, its bytes live on this goroutine's stack: stringDataOnStack).
void Exec::concat_strings(uint64_t A, uint64_t headers, uint64_t n, uint64_t buf) {
  uint64_t total = 0, count = 0, idx = 0;
  for (uint64_t i = 0; i < n; ++i) {
    const uint64_t l = ld8(headers + 16 * i + 8);
    if (l == 0) continue;
    total += l;
    ++count;
    idx = i;
  }
  if (count == 0) {
    st8(A, 0);
    st8(A + 8, 0);
    return;
  }
  const uint64_t p0 = ld8(headers + 16 * idx);
  const bool on_stack = p0 >= code().stack_lo && p0 < code().stack_hi;
  if (count == 1 && (buf != 0 || !on_stack)) {
    mem_.copy(A, headers + 16 * idx, 16);
    return;
  }
  // Copied in simulated memory (no host copy of strings that may be gigabytes long).
  const uint64_t p = raw_string_tmp(buf, total, heap::TmpBufFn::kConcatstrings);
  uint64_t at = p;
  for (uint64_t i = 0; i < n; ++i) {
    const uint64_t l = ld8(headers + 16 * i + 8);
    mem_.copy(at, ld8(headers + 16 * i), static_cast<size_t>(l));
    at += l;
  }
  st8(A, p);
  st8(A + 8, total);
}

// in.imm: kStrTmpBuf (the frame's buffer is at C) or kStrNoCopy.
void Exec::str_conv(const ir::Instr& in, uint64_t A, uint64_t B, uint64_t C) {
  const uint64_t buf = (in.imm & ir::kStrTmpBuf) != 0 ? C : 0;
  const auto k = static_cast<ir::StrConv>(in.sub);
  auto put_string = [&](const std::string& s, uint64_t reserve) {
    if (s.empty()) {
      st8(A, 0);
      st8(A + 8, 0);
      return;
    }
    const uint64_t p = raw_string_tmp(buf, reserve, heap::TmpBufFn::kSlicerunetostring);
    mem_.write(p, s.data(), s.size());
    st8(A, p);
    st8(A + 8, s.size());
  };
  // Go: rawbyteslice/rawruneslice round the capacity up to the allocation's size class; with a
  // buffer that fits, the result is buf[:n] with the buffer's capacity (zeroed first).
  auto put_slice = [&](const std::string& bytes, uint64_t esize, heap::TmpBufFn fn) {
    const uint64_t n = bytes.size() / esize;
    uint64_t p, cap;
    if (buf != 0 && n <= ir::kTmpBufSize) {
      p = buf;
      cap = ir::kTmpBufSize;
      no_alloc(heap::NoAllocWhy::kTmpBuf, static_cast<int64_t>(fn), static_cast<int64_t>(n * esize), buf);
      mem_.zero(p, static_cast<size_t>(cap * esize));
    } else {
      cap = heap::roundupsize(n * esize) / esize;
      p = alloc(cap * esize, false);  // bytes and runes hold no pointers
    }
    if (!bytes.empty()) mem_.write(p, bytes.data(), bytes.size());
    st8(A, p);
    st8(A + 8, n);
    st8(A + 16, cap);
  };
  switch (k) {
    case ir::StrConv::kIntToString: {  // Go: intstring — a 4-byte buffer or rawstring(4)
      std::string s;
      encoderune(s, static_cast<int64_t>(ld8(B)));
      if (buf != 0) no_alloc(heap::NoAllocWhy::kTmpBuf, static_cast<int64_t>(heap::TmpBufFn::kIntstring), 4, buf);
      const uint64_t p = buf != 0 ? buf : alloc(4, false);
      mem_.write(p, s.data(), s.size());
      st8(A, p);
      st8(A + 8, s.size());
      return;
    }
    case ir::StrConv::kStringToBytes:
      if ((in.imm & ir::kStrNoCopy) != 0) {  // Go: OSTR2BYTESTMP (range []byte(s)): s's own bytes
        mem_.copy(A, B, 16);
        st8(A + 16, ld8(B + 8));
        return;
      }
      put_slice(str_at(B), 1, heap::TmpBufFn::kStringtoslicebyte);
      return;
    case ir::StrConv::kBytesToString: {  // Go: slicebytetostring
      const uint64_t p = ld8(B), n = ld8(B + 8);
      if (n == 0 || (in.imm & ir::kStrNoCopy) != 0) {  // slicebytetostringtmp: no copy
        st8(A, n == 0 ? 0 : p);
        st8(A + 8, n);
        return;
      }
      if (n == 1) {  // a one-byte string points into staticuint64s
        st8(A, mod_.staticuint64s + 8 * mem_.load(p, 1));
        st8(A + 8, 1);
        return;
      }
      const uint64_t d = raw_string_tmp(buf, n, heap::TmpBufFn::kSlicebytetostring);
      mem_.copy(d, p, static_cast<size_t>(n));
      st8(A, d);
      st8(A + 8, n);
      return;
    }
    case ir::StrConv::kStringToRunes: {
      const std::string s = str_at(B);
      std::string bytes;
      for (size_t i = 0; i < s.size();) {
        const auto [r, w] = decoderune(s, i);
        bytes.append(reinterpret_cast<const char*>(&r), 4);
        i += w;
      }
      put_slice(bytes, 4, heap::TmpBufFn::kStringtoslicerune);
      return;
    }
    case ir::StrConv::kRunesToString: {  // Go: slicerunetostring — rawstringtmp(buf, size+3)
      const uint64_t p = ld8(B), n = ld8(B + 8);
      std::string s;
      for (uint64_t i = 0; i < n; ++i) encoderune(s, static_cast<int32_t>(mem_.load(p + 4 * i, 4)));
      put_string(s, s.size() + 3);
      return;
    }
  }
}

}  // namespace gosim::interp
