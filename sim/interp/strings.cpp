// String conversions (Go: runtime/string.go intstring, stringtoslicebyte, slicebytetostring,
// stringtoslicerune, slicerunetostring; runtime/utf8.go encoderune/decoderune).
#include "sim/heap/sizeclasses.h"
#include "sim/interp/exec.h"

namespace gosim::interp {

namespace {
// Go: encoderune — invalid code points (surrogates, beyond U+10FFFF) become U+FFFD.
void encode_rune(std::string& out, int64_t r) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  const auto u = static_cast<uint32_t>(r);
  if (u < 0x80) {
    out += static_cast<char>(u);
  } else if (u < 0x800) {
    out += static_cast<char>(0xC0 | (u >> 6));
    out += static_cast<char>(0x80 | (u & 0x3F));
  } else if (u < 0x10000) {
    out += static_cast<char>(0xE0 | (u >> 12));
    out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (u & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (u >> 18));
    out += static_cast<char>(0x80 | ((u >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (u & 0x3F));
  }
}

// Go: decoderune — one rune and its width; invalid encodings are U+FFFD, width 1.
std::pair<int32_t, size_t> decode_rune(const std::string& s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<uint32_t>(static_cast<uint8_t>(s[k])); };
  const auto cont = [&](size_t k) { return i + k < s.size() && (b(i + k) & 0xC0) == 0x80; };
  const uint32_t b0 = b(i);
  if (b0 < 0x80) return {static_cast<int32_t>(b0), 1};
  if (b0 >= 0xC2 && b0 < 0xE0 && cont(1)) return {static_cast<int32_t>(((b0 & 0x1F) << 6) | (b(i + 1) & 0x3F)), 2};
  if (b0 >= 0xE0 && b0 < 0xF0 && cont(1) && cont(2)) {
    const uint32_t r = ((b0 & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
    if (r >= 0x800 && (r < 0xD800 || r >= 0xE000)) return {static_cast<int32_t>(r), 3};
  }
  if (b0 >= 0xF0 && b0 < 0xF5 && cont(1) && cont(2) && cont(3)) {
    const uint32_t r = ((b0 & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) | ((b(i + 2) & 0x3F) << 6) | (b(i + 3) & 0x3F);
    if (r >= 0x10000 && r <= 0x10FFFF) return {static_cast<int32_t>(r), 4};
  }
  return {0xFFFD, 1};
}
}  // namespace

void Exec::str_conv(ir::StrConv k, uint64_t A, uint64_t B) {
  auto put_string = [&](const std::string& s) {
    st8(A, new_string(s));
    st8(A + 8, s.size());
  };
  // Go: rawbyteslice/rawruneslice round the capacity up to the allocation's size class.
  auto put_slice = [&](const std::string& bytes, uint64_t esize) {
    const uint64_t n = bytes.size() / esize;
    const uint64_t cap = n == 0 ? 0 : heap::roundupsize(bytes.size()) / esize;
    const uint64_t p = alloc(cap * esize, false);  // bytes and runes hold no pointers
    if (!bytes.empty()) mem_.write(p, bytes.data(), bytes.size());
    st8(A, p);
    st8(A + 8, n);
    st8(A + 16, cap);
  };
  switch (k) {
    case ir::StrConv::kIntToString: {
      std::string s;
      encode_rune(s, static_cast<int64_t>(ld8(B)));
      put_string(s);
      return;
    }
    case ir::StrConv::kStringToBytes: put_slice(str_at(B), 1); return;
    case ir::StrConv::kBytesToString: {
      const uint64_t n = ld8(B + 8);
      put_string(n == 0 ? std::string() : mem_.read_string(ld8(B), n));
      return;
    }
    case ir::StrConv::kStringToRunes: {
      const std::string s = str_at(B);
      std::string bytes;
      for (size_t i = 0; i < s.size();) {
        const auto [r, w] = decode_rune(s, i);
        bytes.append(reinterpret_cast<const char*>(&r), 4);
        i += w;
      }
      put_slice(bytes, 4);
      return;
    }
    case ir::StrConv::kRunesToString: {
      const uint64_t p = ld8(B), n = ld8(B + 8);
      std::string s;
      for (uint64_t i = 0; i < n; ++i) encode_rune(s, static_cast<int32_t>(mem_.load(p + 4 * i, 4)));
      put_string(s);
      return;
    }
  }
}

}  // namespace gosim::interp
