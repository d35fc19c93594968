// UTF-8 encoding and decoding as Go's runtime does it, for the places that need it at compile time and at
// run time alike (the lowering of []rune("const"), the interpreter's string conversions).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace gosim {

// Go: runtime/utf8.go decoderune — the rune at byte i of s and its width; an invalid or
// truncated encoding (a surrogate, an overlong form, beyond U+10FFFF) is U+FFFD, width 1.
inline std::pair<int32_t, size_t> decoderune(std::string_view s, size_t i) {
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

// Go: runtime/utf8.go encoderune — invalid code points (surrogates, beyond U+10FFFF) become U+FFFD.
inline void encoderune(std::string& out, int64_t r) {
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

}  // namespace gosim
