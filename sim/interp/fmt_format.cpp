// Go: fmt/format.go, ported function by function. Each function formats one decoded value with
// the current flags (fmt.f), width and precision; padding counts runes, not bytes, as Go does.
#include "sim/interp/fmt_format.h"

#include <vector>

#include "sim/interp/fmt_strconv.h"

namespace gosim::interp {

// Go: fmt/format.go writePadding — spaces, or zeros with the 0 flag.
void Fmt::writePadding(int n) {
  if (n <= 0) return;
  buf_.append(static_cast<size_t>(n), f.zero ? '0' : ' ');
}

// Go: fmt/format.go pad / padString — left padding unless the - flag asks for right padding.
void Fmt::pad(std::string_view b) {
  if (!f.widPresent || wid == 0) {
    buf_ += b;
    return;
  }
  const int width = wid - RuneCountInString(b);
  if (!f.minus) {
    writePadding(width);
    buf_ += b;
  } else {
    buf_ += b;
    writePadding(width);
  }
}

void Fmt::fmtBoolean(bool v) { padString(v ? "true" : "false"); }

// Go: fmt/format.go fmtUnicode — "U+0078", or with # "U+0078 'x'".
void Fmt::fmtUnicode(uint64_t u) {
  std::string hex;
  for (uint64_t v = u;; v >>= 4) {
    hex.insert(hex.begin(), kUpperDigits[v & 0xF]);
    if (v < 16) break;
  }
  const int want = f.precPresent && prec > 4 ? prec : 4;
  std::string out = "U+";
  if (static_cast<int>(hex.size()) < want) out.append(static_cast<size_t>(want) - hex.size(), '0');
  out += hex;
  if (f.sharp && u <= static_cast<uint64_t>(kMaxRune) && IsPrint(static_cast<int32_t>(u))) {
    out += " '";
    AppendRune(out, static_cast<int32_t>(u));
    out += '\'';
  }
  const bool old_zero = f.zero;
  f.zero = false;
  pad(out);
  f.zero = old_zero;
}

// Go: fmt/format.go fmtInteger — signed and unsigned integers in base 2, 8, 10 or 16. The
// number is built right to left in buf, as Go does.
void Fmt::fmtInteger(uint64_t u, int base, bool is_signed, char32_t verb, std::string_view digits) {
  const bool negative = is_signed && static_cast<int64_t>(u) < 0;
  if (negative) u = -u;

  std::vector<char> buf(68);
  if (f.widPresent || f.precPresent) {
    const size_t width = 3 + static_cast<size_t>(wid) + static_cast<size_t>(prec);  // sign and "0x"
    if (width > buf.size()) buf.resize(width);
  }

  // Two ways to ask for extra leading zero digits: %.3d or %03d. If both are specified the
  // zero flag is ignored and padding with spaces is used instead.
  int want = 0;
  if (f.precPresent) {
    want = prec;
    if (want == 0 && u == 0) {  // precision 0 and value 0 means "print nothing" but padding
      const bool old_zero = f.zero;
      f.zero = false;
      writePadding(wid);
      f.zero = old_zero;
      return;
    }
  } else if (f.zero && f.widPresent) {
    want = wid;
    if (negative || f.plus || f.space) --want;  // leave room for the sign
  }

  size_t i = buf.size();
  const auto b = static_cast<uint64_t>(base);
  while (u >= b) {
    buf[--i] = digits[u % b];
    u /= b;
  }
  buf[--i] = digits[u];
  while (i > 0 && want > static_cast<int>(buf.size() - i)) buf[--i] = '0';

  if (f.sharp) {
    switch (base) {
      case 2: buf[--i] = 'b'; buf[--i] = '0'; break;
      case 8: if (buf[i] != '0') buf[--i] = '0'; break;
      case 16: buf[--i] = digits[16]; buf[--i] = '0'; break;
      default: break;
    }
  }
  if (verb == 'O') {
    buf[--i] = 'o';
    buf[--i] = '0';
  }
  if (negative) {
    buf[--i] = '-';
  } else if (f.plus) {
    buf[--i] = '+';
  } else if (f.space) {
    buf[--i] = ' ';
  }

  // Zero padding was handled like precision above (or is off because of a precision).
  const bool old_zero = f.zero;
  f.zero = false;
  pad(std::string_view(buf.data() + i, buf.size() - i));
  f.zero = old_zero;
}

// Go: fmt/format.go truncateString — at most prec runes.
std::string_view Fmt::truncateString(std::string_view s) const {
  if (!f.precPresent) return s;
  int n = prec;
  size_t i = 0;
  while (i < s.size()) {
    if (--n < 0) return s.substr(0, i);
    i += static_cast<size_t>(DecodeRuneInString(s.substr(i)).width);
  }
  return s;
}

void Fmt::fmtS(std::string_view s) { padString(truncateString(s)); }

// Go: fmt/format.go fmtSbx — a string or byte slice as hex: 6869, "% x" 68 69, "%#x" 0x6869.
void Fmt::fmtSbx(std::string_view s, std::string_view digits) {
  int length = static_cast<int>(s.size());
  if (f.precPresent && prec < length) length = prec;  // no more bytes than the precision asks
  int width = 2 * length;
  if (width > 0) {
    if (f.space) {
      if (f.sharp) width *= 2;  // each byte gets its own 0x
      width += length - 1;      // separated by spaces
    } else if (f.sharp) {
      width += 2;               // one 0x for the whole string
    }
  } else {  // nothing to encode
    if (f.widPresent) writePadding(wid);
    return;
  }
  if (f.widPresent && wid > width && !f.minus) writePadding(wid - width);
  if (f.sharp) {
    buf_ += '0';
    buf_ += digits[16];
  }
  for (int i = 0; i < length; ++i) {
    if (f.space && i > 0) {
      buf_ += ' ';
      if (f.sharp) {
        buf_ += '0';
        buf_ += digits[16];
      }
    }
    const auto c = static_cast<uint8_t>(s[static_cast<size_t>(i)]);
    buf_ += digits[c >> 4];
    buf_ += digits[c & 0xF];
  }
  if (f.widPresent && wid > width && f.minus) writePadding(wid - width);
}

// Go: fmt/format.go fmtQ — a double-quoted Go string; with # a raw `string` when possible,
// with + only ASCII.
void Fmt::fmtQ(std::string_view s) {
  s = truncateString(s);
  if (f.sharp && CanBackquote(s)) {
    std::string q = "`";
    q += s;
    q += '`';
    padString(q);
    return;
  }
  std::string q;
  AppendQuote(q, s, f.plus);
  pad(q);
}

// Go: fmt/format.go fmtC — an integer as the character it encodes; invalid ones as U+FFFD.
void Fmt::fmtC(uint64_t c) {
  const int32_t r = c > static_cast<uint64_t>(kMaxRune) ? kRuneError : static_cast<int32_t>(c);
  std::string out;
  AppendRune(out, r);
  pad(out);
}

// Go: fmt/format.go fmtQc — an integer as a single-quoted Go character constant.
void Fmt::fmtQc(uint64_t c) {
  const int32_t r = c > static_cast<uint64_t>(kMaxRune) ? kRuneError : static_cast<int32_t>(c);
  std::string out;
  AppendQuoteRune(out, r, f.plus);
  pad(out);
}

// Go: fmt/format.go fmtFloat. The number is formatted with a leading sign slot, then flags
// decide whether the sign shows (+, space), whether # restores a decimal point and trailing
// zeros, and where zero padding goes (after the sign). Inf and NaN are never zero padded.
void Fmt::fmtFloat(double v, int size, char32_t verb, int default_prec) {
  const int p = f.precPresent ? prec : default_prec;
  std::string num = "+";
  AppendFloat(num, v, static_cast<char>(verb), p, size);
  if (num[1] == '-' || num[1] == '+') {
    num.erase(0, 1);
  }
  if (f.space && num[0] == '+' && !f.plus) num[0] = ' ';
  if (num[1] == 'I' || num[1] == 'N') {
    const bool old_zero = f.zero;
    f.zero = false;
    if (num[1] == 'N' && !f.space && !f.plus) num.erase(0, 1);  // no sign before NaN unless asked
    pad(num);
    f.zero = old_zero;
    return;
  }
  if (f.sharp && verb != 'b') {
    int digits = 0;
    switch (verb) {
      case 'v': case 'g': case 'G': case 'x':
        digits = p == -1 ? 6 : p;
        break;
      default: break;
    }
    // Keep the exponent aside ("e+123", "p-1023") while digits are padded.
    std::string tail;
    bool has_point = false;
    bool saw_nonzero = false;
    for (size_t i = 1; i < num.size(); ++i) {
      const char ch = num[i];
      if (ch == '.') {
        has_point = true;
        continue;
      }
      if (ch == 'p' || ch == 'P' || ((ch == 'e' || ch == 'E') && verb != 'x' && verb != 'X')) {
        tail = num.substr(i);
        num.resize(i);
        break;
      }
      if (ch != '0') saw_nonzero = true;
      if (saw_nonzero) --digits;  // significant digits after the first non-zero digit
    }
    if (!has_point) {
      if (num.size() == 2 && num[1] == '0') --digits;  // a leading 0 counts once
      num += '.';
    }
    for (; digits > 0; --digits) num += '0';
    num += tail;
  }
  if (f.plus || num[0] != '+') {
    // Zero padding goes after the sign: write the sign, then pad the unsigned number.
    if (f.zero && f.widPresent && wid > static_cast<int>(num.size())) {
      buf_ += num[0];
      writePadding(wid - static_cast<int>(num.size()));
      buf_.append(num, 1);
      return;
    }
    pad(num);
    return;
  }
  pad(std::string_view(num).substr(1));  // a positive number without a sign asked for
}

}  // namespace gosim::interp
