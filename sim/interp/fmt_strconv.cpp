// Go: unicode/utf8 (decode, count, encode) and strconv (quote.go, ftoa.go) as fmt uses them.
// See fmt_strconv.h for how float digits are produced.
#include "sim/interp/fmt_strconv.h"

#include <bit>
#include <charconv>
#include <cmath>

namespace gosim::interp {

namespace {

constexpr char kLowerHex[] = "0123456789abcdef";
constexpr char kUpperHex[] = "0123456789ABCDEF";

bool valid_rune(int32_t r) { return (0 <= r && r < 0xD800) || (0xDFFF < r && r <= kMaxRune); }

}  // namespace

// Go: unicode/utf8/utf8.go DecodeRuneInString, with its accept ranges: no overlong forms, no
// surrogates, nothing above U+10FFFF.
DecodedRune DecodeRuneInString(std::string_view s) {
  if (s.empty()) return {kRuneError, 0};
  const auto b0 = static_cast<uint8_t>(s[0]);
  if (b0 < 0x80) return {b0, 1};
  int n = 0;
  uint8_t lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return {kRuneError, 1};
  }
  if (static_cast<int>(s.size()) < n) return {kRuneError, 1};
  const auto b1 = static_cast<uint8_t>(s[1]);
  if (b1 < lo || b1 > hi) return {kRuneError, 1};
  int32_t r = (b0 & (0xFF >> (n + 1))) << 6 | (b1 & 0x3F);
  for (int i = 2; i < n; ++i) {
    const auto b = static_cast<uint8_t>(s[static_cast<size_t>(i)]);
    if (b < 0x80 || b > 0xBF) return {kRuneError, 1};
    r = r << 6 | (b & 0x3F);
  }
  return {r, n};
}

int RuneCountInString(std::string_view s) {
  int n = 0;
  while (!s.empty()) {
    s.remove_prefix(static_cast<size_t>(DecodeRuneInString(s).width));
    ++n;
  }
  return n;
}

void AppendRune(std::string& buf, int32_t r) {
  if (!valid_rune(r)) r = kRuneError;
  const auto u = static_cast<uint32_t>(r);
  if (u < 0x80) {
    buf += static_cast<char>(u);
  } else if (u < 0x800) {
    buf += static_cast<char>(0xC0 | u >> 6);
    buf += static_cast<char>(0x80 | (u & 0x3F));
  } else if (u < 0x10000) {
    buf += static_cast<char>(0xE0 | u >> 12);
    buf += static_cast<char>(0x80 | (u >> 6 & 0x3F));
    buf += static_cast<char>(0x80 | (u & 0x3F));
  } else {
    buf += static_cast<char>(0xF0 | u >> 18);
    buf += static_cast<char>(0x80 | (u >> 12 & 0x3F));
    buf += static_cast<char>(0x80 | (u >> 6 & 0x3F));
    buf += static_cast<char>(0x80 | (u & 0x3F));
  }
}

bool CanBackquote(std::string_view s) {
  while (!s.empty()) {
    const auto [r, wid] = DecodeRuneInString(s);
    s.remove_prefix(static_cast<size_t>(wid));
    if (wid > 1) {
      if (r == 0xFEFF) return false;  // BOMs are invisible and should not be quoted
      continue;                       // other multibyte runes are assumed printable
    }
    if (r == kRuneError) return false;
    if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
  }
  return true;
}

namespace {

// Go: strconv/quote.go appendEscapedRune (graphicOnly is never used by fmt).
void appendEscapedRune(std::string& buf, int32_t r, char quote, bool ascii_only) {
  if (r == quote || r == '\\') {  // always backslashed
    buf += '\\';
    buf += static_cast<char>(r);
    return;
  }
  if (ascii_only) {
    if (r < 0x80 && IsPrint(r)) {
      buf += static_cast<char>(r);
      return;
    }
  } else if (IsPrint(r)) {
    AppendRune(buf, r);
    return;
  }
  switch (r) {
    case '\a': buf += "\\a"; return;
    case '\b': buf += "\\b"; return;
    case '\f': buf += "\\f"; return;
    case '\n': buf += "\\n"; return;
    case '\r': buf += "\\r"; return;
    case '\t': buf += "\\t"; return;
    case '\v': buf += "\\v"; return;
    default: break;
  }
  if (r < ' ' || r == 0x7F) {
    buf += "\\x";
    buf += kLowerHex[(r >> 4) & 0xF];
    buf += kLowerHex[r & 0xF];
    return;
  }
  if (!valid_rune(r)) r = 0xFFFD;
  if (r < 0x10000) {
    buf += "\\u";
    for (int s = 12; s >= 0; s -= 4) buf += kLowerHex[(r >> s) & 0xF];
  } else {
    buf += "\\U";
    for (int s = 28; s >= 0; s -= 4) buf += kLowerHex[(r >> s) & 0xF];
  }
}

}  // namespace

// Go: strconv/quote.go appendQuotedWith — a byte that is not valid UTF-8 prints as \xNN.
void AppendQuote(std::string& buf, std::string_view s, bool ascii_only) {
  buf += '"';
  while (!s.empty()) {
    const auto [r, width] = DecodeRuneInString(s);
    if (width == 1 && r == kRuneError) {
      const auto b = static_cast<uint8_t>(s[0]);
      buf += "\\x";
      buf += kLowerHex[b >> 4];
      buf += kLowerHex[b & 0xF];
    } else {
      appendEscapedRune(buf, r, '"', ascii_only);
    }
    s.remove_prefix(static_cast<size_t>(width));
  }
  buf += '"';
}

// Go: strconv/quote.go appendQuotedRuneWith
void AppendQuoteRune(std::string& buf, int32_t r, bool ascii_only) {
  buf += '\'';
  if (!valid_rune(r)) r = kRuneError;
  appendEscapedRune(buf, r, '\'', ascii_only);
  buf += '\'';
}

// ---- Floats (Go: strconv/ftoa.go) ----

namespace {

// Go: strconv decimalSlice — the value is 0.d[0]d[1]... × 10^dp; no trailing zeros; zero is
// the empty digit string with dp 0.
struct Digits {
  std::string d;
  int dp = 0;
  int nd() const { return static_cast<int>(d.size()); }
};

// Parses std::to_chars scientific output of a non-negative finite value ("1.2345e+06").
Digits digits_from_scientific(std::string_view s) {
  Digits out;
  const size_t e = s.find('e');
  for (size_t i = 0; i < e; ++i) {
    if (s[i] != '.') out.d += s[i];
  }
  int exp = 0;
  std::from_chars(s.data() + e + (s[e + 1] == '+' ? 2 : 1), s.data() + s.size(), exp);
  out.dp = exp + 1;
  while (!out.d.empty() && out.d.back() == '0') out.d.pop_back();
  if (out.d.empty()) out.dp = 0;
  return out;
}

// Go: ryuFtoaShortest — the fewest digits that read back as v (v >= 0, finite).
Digits shortest_digits(double v) {
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  return digits_from_scientific(std::string_view(buf, static_cast<size_t>(r.ptr - buf)));
}

// Go: ryuFtoaShortest for float32: the fewest digits that read back as the same float32.
Digits shortest_digits32(float v) {
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  return digits_from_scientific(std::string_view(buf, static_cast<size_t>(r.ptr - buf)));
}

// Go: ryuFtoaFixed64 / bigFtoa — v correctly rounded (half to even) to n significant digits.
Digits fixed_digits(double v, int n) {
  std::string buf(static_cast<size_t>(n) + 32, '\0');
  const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::scientific, n - 1);
  return digits_from_scientific(std::string_view(buf.data(), static_cast<size_t>(r.ptr - buf.data())));
}

// Go: bigFtoa's d.Round(d.dp + prec) for %f — v correctly rounded to prec fractional digits.
Digits fraction_digits(double v, int prec) {
  std::string buf(static_cast<size_t>(prec) + 340, '\0');
  const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed, prec);
  const std::string_view s(buf.data(), static_cast<size_t>(r.ptr - buf.data()));
  Digits out;
  const size_t dot = s.find('.');
  const std::string_view ip = s.substr(0, dot);
  out.d = std::string(ip);
  out.dp = static_cast<int>(ip.size());
  if (dot != std::string_view::npos) out.d += s.substr(dot + 1);
  size_t lead = 0;
  while (lead < out.d.size() && out.d[lead] == '0') ++lead;
  out.d.erase(0, lead);
  out.dp -= static_cast<int>(lead);
  while (!out.d.empty() && out.d.back() == '0') out.d.pop_back();
  if (out.d.empty()) out.dp = 0;
  return out;
}

// Go: strconv/ftoa.go fmtE — d.ddddde±dd
void fmtE(std::string& dst, bool neg, const Digits& d, int prec, char fmt) {
  if (neg) dst += '-';
  dst += d.nd() != 0 ? d.d[0] : '0';
  if (prec > 0) {
    dst += '.';
    int i = 1;
    const int m = std::min(d.nd(), prec + 1);
    if (i < m) {
      dst.append(d.d, 1, static_cast<size_t>(m - 1));
      i = m;
    }
    for (; i <= prec; ++i) dst += '0';
  }
  dst += fmt;
  int exp = d.nd() == 0 ? 0 : d.dp - 1;  // 0 has exponent 0
  if (exp < 0) {
    dst += '-';
    exp = -exp;
  } else {
    dst += '+';
  }
  if (exp < 10) {
    dst += '0';
    dst += static_cast<char>('0' + exp);
  } else if (exp < 100) {
    dst += static_cast<char>('0' + exp / 10);
    dst += static_cast<char>('0' + exp % 10);
  } else {
    dst += static_cast<char>('0' + exp / 100);
    dst += static_cast<char>('0' + exp / 10 % 10);
    dst += static_cast<char>('0' + exp % 10);
  }
}

// Go: strconv/ftoa.go fmtF — ddddd.ddd
void fmtF(std::string& dst, bool neg, const Digits& d, int prec) {
  if (neg) dst += '-';
  if (d.dp > 0) {
    const int m = std::min(d.nd(), d.dp);
    dst.append(d.d, 0, static_cast<size_t>(m));
    for (int i = m; i < d.dp; ++i) dst += '0';
  } else {
    dst += '0';
  }
  if (prec > 0) {
    dst += '.';
    for (int i = 0; i < prec; ++i) {
      const int j = d.dp + i;
      dst += (0 <= j && j < d.nd()) ? d.d[static_cast<size_t>(j)] : '0';
    }
  }
}

// Go: strconv/ftoa.go formatDigits
void formatDigits(std::string& dst, bool shortest, bool neg, const Digits& digs, int prec, char fmt) {
  switch (fmt) {
    case 'e': case 'E': fmtE(dst, neg, digs, prec, fmt); return;
    case 'f': fmtF(dst, neg, digs, prec); return;
    case 'g': case 'G': {
      int eprec = prec;
      if (eprec > digs.nd() && digs.nd() >= digs.dp) eprec = digs.nd();
      // %e is used if the exponent from the conversion is less than -4 or greater than or
      // equal to the precision; shortest mode decides with precision 6.
      if (shortest) eprec = 6;
      const int exp = digs.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > digs.nd()) prec = digs.nd();
        fmtE(dst, neg, digs, prec - 1, static_cast<char>(fmt + 'e' - 'g'));
        return;
      }
      if (prec > digs.dp) prec = digs.nd();
      fmtF(dst, neg, digs, std::max(prec - digs.dp, 0));
      return;
    }
    default:
      dst += '%';
      dst += fmt;
  }
}

// Go: strconv/ftoa.go fmtB — mantissa "p" binary exponent: 4503599627370496p-52
void fmtB(std::string& dst, bool neg, uint64_t mant, int exp, int mantbits) {
  if (neg) dst += '-';
  dst += std::to_string(mant);
  dst += 'p';
  exp -= mantbits;
  if (exp >= 0) dst += '+';
  dst += std::to_string(exp);
}

// Go: strconv/ftoa.go fmtX — %x: -0x1.23abcp+20
void fmtX(std::string& dst, int prec, char fmt, bool neg, uint64_t mant, int exp, int mantbits) {
  if (mant == 0) exp = 0;
  // Shift digits so the leading 1 (if any) is at bit 1<<60.
  mant <<= 60 - mantbits;
  while (mant != 0 && (mant & (uint64_t{1} << 60)) == 0) {
    mant <<= 1;
    --exp;
  }
  if (prec >= 0 && prec < 15) {  // round if requested
    const unsigned shift = static_cast<unsigned>(prec * 4);
    const uint64_t extra = (mant << shift) & ((uint64_t{1} << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (uint64_t{1} << 59)) ++mant;
    mant <<= 60 - shift;
    if (mant & (uint64_t{1} << 61)) {  // wrapped around
      mant >>= 1;
      ++exp;
    }
  }
  const char* hex = fmt == 'X' ? kUpperHex : kLowerHex;
  if (neg) dst += '-';
  dst += '0';
  dst += fmt;
  dst += static_cast<char>('0' + ((mant >> 60) & 1));
  mant <<= 4;  // remove the leading 0 or 1
  if (prec < 0 && mant != 0) {
    dst += '.';
    while (mant != 0) {
      dst += hex[(mant >> 60) & 15];
      mant <<= 4;
    }
  } else if (prec > 0) {
    dst += '.';
    for (int i = 0; i < prec; ++i) {
      dst += hex[(mant >> 60) & 15];
      mant <<= 4;
    }
  }
  dst += fmt == 'X' ? 'P' : 'p';
  if (exp < 0) {
    dst += '-';
    exp = -exp;
  } else {
    dst += '+';
  }
  if (exp < 100) {
    dst += static_cast<char>('0' + exp / 10);
    dst += static_cast<char>('0' + exp % 10);
  } else if (exp < 1000) {
    dst += static_cast<char>('0' + exp / 100);
    dst += static_cast<char>('0' + exp / 10 % 10);
    dst += static_cast<char>('0' + exp % 10);
  } else {
    dst += static_cast<char>('0' + exp / 1000);
    dst += static_cast<char>('0' + exp / 100 % 10);
    dst += static_cast<char>('0' + exp / 10 % 10);
    dst += static_cast<char>('0' + exp % 10);
  }
}

}  // namespace

// Go: strconv/ftoa.go genericFtoa, for float64info (bitSize 64) or float32info (bitSize 32:
// v holds a float32 value exactly, and its shortest digits are float32's).
void AppendFloat(std::string& buf, double v, char fmt, int prec, int bitSize) {
  const bool f32 = bitSize == 32;
  const int mantbits = f32 ? 23 : 52, expbits = f32 ? 8 : 11, bias = f32 ? -127 : -1023;
  const uint64_t bits = f32 ? std::bit_cast<uint32_t>(static_cast<float>(v)) : std::bit_cast<uint64_t>(v);
  const bool neg = (bits >> (expbits + mantbits)) != 0;
  int exp = static_cast<int>((bits >> mantbits) & ((uint64_t{1} << expbits) - 1));
  uint64_t mant = bits & ((uint64_t{1} << mantbits) - 1);
  if (exp == (1 << expbits) - 1) {
    buf += mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf";
    return;
  }
  if (exp == 0) {
    ++exp;  // denormalized
  } else {
    mant |= uint64_t{1} << mantbits;
  }
  exp += bias;
  if (fmt == 'b') return fmtB(buf, neg, mant, exp, mantbits);
  if (fmt == 'x' || fmt == 'X') return fmtX(buf, prec, fmt, neg, mant, exp, mantbits);

  const double a = std::fabs(v);
  const bool shortest = prec < 0;
  Digits digs;
  if (shortest) {
    digs = f32 ? shortest_digits32(static_cast<float>(a)) : shortest_digits(a);
    switch (fmt) {
      case 'e': case 'E': prec = std::max(digs.nd() - 1, 0); break;
      case 'f': prec = std::max(digs.nd() - digs.dp, 0); break;
      case 'g': case 'G': prec = digs.nd(); break;
      default: break;
    }
  } else if (fmt == 'f') {
    digs = fraction_digits(a, prec);
  } else {
    int n = prec;
    switch (fmt) {
      case 'e': case 'E': n = prec + 1; break;
      case 'g': case 'G':
        if (prec == 0) prec = 1;
        n = prec;
        break;
      default: n = 1; break;
    }
    digs = fixed_digits(a, n);
  }
  formatDigits(buf, shortest, neg, digs, prec, fmt);
}

}  // namespace gosim::interp
