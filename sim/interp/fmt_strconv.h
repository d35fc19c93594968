// The pieces of Go's unicode/utf8 and strconv that fmt is built on, ported so that fmt's output
// matches Go byte for byte (internal to sim/interp's fmt_*.cpp).
//
// Float formatting follows strconv/ftoa.go's shape: first a decimal digit string (shortest that
// round-trips, or correctly rounded to n digits), then Go's %e/%f/%g layout rules on top of it.
// Go gets the digits with Ryū; gosim gets the same digits from std::to_chars, which is also
// shortest-round-trip and correctly rounded, and keeps Go's layout code (formatDigits, fmtE,
// fmtF) as written.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gosim::interp {

constexpr int32_t kRuneError = 0xFFFD;  // Go: utf8.RuneError
constexpr int32_t kMaxRune = 0x10FFFF;  // Go: utf8.MaxRune

// Go: utf8.DecodeRuneInString — the rune at the start of s and its width; an invalid or
// truncated encoding gives (RuneError, 1), an empty string (RuneError, 0).
struct DecodedRune {
  int32_t r;
  int width;
};
DecodedRune DecodeRuneInString(std::string_view s);
// Go: utf8.RuneCountInString — invalid bytes count one each.
int RuneCountInString(std::string_view s);
// Go: utf8.EncodeRune (appending) — invalid runes encode as U+FFFD.
void AppendRune(std::string& buf, int32_t r);

// Go: strconv.IsPrint (fmt_isprint.cpp).
bool IsPrint(int32_t r);
// Go: strconv.CanBackquote
bool CanBackquote(std::string_view s);
// Go: strconv.AppendQuote / AppendQuoteToASCII (ascii_only).
void AppendQuote(std::string& buf, std::string_view s, bool ascii_only);
// Go: strconv.AppendQuoteRune / AppendQuoteRuneToASCII (ascii_only).
void AppendQuoteRune(std::string& buf, int32_t r, bool ascii_only);
// Go: strconv.AppendFloat(buf, v, fmt, prec, bitSize) for fmt in b e E f g G x X; prec < 0
// means the shortest representation that reads back as v (as a float32 when bitSize is 32,
// where v must hold a float32 value).
void AppendFloat(std::string& buf, double v, char fmt, int prec, int bitSize = 64);

}  // namespace gosim::interp
