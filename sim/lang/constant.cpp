// Constant folding; see constant.h for the precision model.
#include "sim/lang/constant.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "sim/lang/lexer.h"

namespace gosim::lang {
namespace {

constexpr Int128 kInt128Max = static_cast<Int128>(~static_cast<unsigned __int128>(0) >> 1);
constexpr Int128 kInt128Min = -kInt128Max - 1;

Int128 abs128(Int128 v) { return v < 0 ? -v : v; }

Int128 gcd128(Int128 a, Int128 b) {
  a = abs128(a);
  b = abs128(b);
  while (b != 0) {
    Int128 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

bool mul_ok(Int128 a, Int128 b, Int128* r) { return !__builtin_mul_overflow(a, b, r); }
bool add_ok(Int128 a, Int128 b, Int128* r) { return !__builtin_add_overflow(a, b, r); }
bool sub_ok(Int128 a, Int128 b, Int128* r) { return !__builtin_sub_overflow(a, b, r); }

long double pow10l_int(int e) { return std::pow(10.0L, static_cast<long double>(e)); }

// A Float constant as an exact fraction if possible.
Constant float_of(const Constant& x) {
  if (x.kind == Constant::Kind::Int && x.wide) return Constant::make_float_approx(x.big.to_long_double());
  if (x.kind == Constant::Kind::Int) return Constant::make_float(x.i, 1);
  return x;
}

Constant float_arith(const Constant& a, Op op, const Constant& b) {
  if (a.exact && b.exact) {
    Int128 n = 0;
    Int128 d = 0;
    Int128 t1 = 0;
    Int128 t2 = 0;
    bool ok = false;
    switch (op) {
      case Op::Add:
      case Op::Sub:
        ok = mul_ok(a.num, b.den, &t1) && mul_ok(b.num, a.den, &t2) && mul_ok(a.den, b.den, &d) &&
             (op == Op::Add ? add_ok(t1, t2, &n) : sub_ok(t1, t2, &n));
        break;
      case Op::Mul:
        ok = mul_ok(a.num, b.num, &n) && mul_ok(a.den, b.den, &d);
        break;
      case Op::Div:
        if (b.num == 0) return Constant::unknown();
        ok = mul_ok(a.num, b.den, &n) && mul_ok(a.den, b.num, &d);
        if (ok && d < 0) {
          ok = n != kInt128Min && d != kInt128Min;
          n = -n;
          d = -d;
        }
        break;
      default:
        return Constant::unknown();
    }
    if (ok) return Constant::make_float(n, d);
  }
  long double x = float_approx(a);
  long double y = float_approx(b);
  switch (op) {
    case Op::Add: return Constant::make_float_approx(x + y);
    case Op::Sub: return Constant::make_float_approx(x - y);
    case Op::Mul: return Constant::make_float_approx(x * y);
    case Op::Div:
      if (y == 0) return Constant::unknown();
      return Constant::make_float_approx(x / y);
    default: return Constant::unknown();
  }
}

int digit_val(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

Constant parse_int(std::string_view lit, bool* ok) {
  std::string s;
  for (char c : lit) {
    if (c != '_') s.push_back(c);
  }
  int base = 10;
  size_t i = 0;
  if (s.size() >= 2 && s[0] == '0') {
    char p = static_cast<char>(s[1] | 0x20);
    if (p == 'x') { base = 16; i = 2; }
    else if (p == 'o') { base = 8; i = 2; }
    else if (p == 'b') { base = 2; i = 2; }
    else { base = 8; i = 1; }
  }
  const size_t start = i;
  Int128 v = 0;
  BigInt big;  // once the digits pass an Int128 (Go: constant.MakeFromLiteral's big.Int)
  bool wide = false;
  for (; i < s.size(); i++) {
    int d = digit_val(s[i]);
    if (d >= base) {
      *ok = false;
      return Constant::unknown(true);
    }
    if (!wide && (!mul_ok(v, base, &v) || !add_ok(v, d, &v))) {
      wide = true;
      big = BigInt::from_int128(0);
      for (size_t k = start; k < i; k++) {
        big = big_add(big_mul(big, BigInt::from_int128(base)), BigInt::from_int128(digit_val(s[k])));
      }
    }
    if (wide) big = big_add(big_mul(big, BigInt::from_int128(base)), BigInt::from_int128(d));
  }
  return wide ? Constant::make_big(std::move(big), true) : Constant::make_int(v);
}

Constant parse_float(std::string_view lit, bool* ok) {
  std::string s;
  for (char c : lit) {
    if (c != '_') s.push_back(c);
  }
  bool hex = s.size() >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x';
  int base = hex ? 16 : 10;
  size_t i = hex ? 2 : 0;
  Int128 mant = 0;
  int exp = 0;  // in units of the base (10) or of 2 (hex: 4 bits per fractional digit)
  bool exact = true;
  bool seen_point = false;
  for (; i < s.size(); i++) {
    char c = s[i];
    if (c == '.') {
      seen_point = true;
      continue;
    }
    int d = digit_val(c);
    if (d >= base) break;
    Int128 m;
    if (exact && mul_ok(mant, base, &m) && add_ok(m, d, &m)) {
      mant = m;
      if (seen_point) exp -= hex ? 4 : 1;
    } else {
      exact = false;
      if (!seen_point) exp += hex ? 4 : 1;
    }
  }
  if (i < s.size() && ((s[i] | 0x20) == 'e' || (s[i] | 0x20) == 'p')) {
    long e = std::strtol(s.c_str() + i + 1, nullptr, 10);
    if (e > 100000 || e < -100000) {
      *ok = false;
      return Constant::unknown();
    }
    exp += static_cast<int>(e);
  }
  if (!exact) return Constant::make_float_approx(std::strtold(s.c_str(), nullptr));
  Int128 num = mant;
  Int128 den = 1;
  int e = exp;
  Int128 b = hex ? 2 : 10;
  for (; e > 0; e--) {
    if (!mul_ok(num, b, &num)) {
      exact = false;
      break;
    }
  }
  for (; exact && e < 0; e++) {
    if (!mul_ok(den, b, &den)) {
      exact = false;
      break;
    }
  }
  if (exact) return Constant::make_float(num, den);
  long double v = static_cast<long double>(mant);
  v = hex ? std::ldexp(v, exp) : v * pow10l_int(exp);
  if (std::isinf(v)) {
    *ok = false;
    return Constant::unknown();
  }
  return Constant::make_float_approx(v);
}

// Decodes one escape after the backslash at s[*i]; appends to out (bytes for \x and octal).
void unescape(std::string_view s, size_t* i, std::string* out, int32_t* rune_val) {
  char c = s[*i];
  (*i)++;
  auto fixed = [&](int n, int base) {
    uint32_t v = 0;
    for (int k = 0; k < n && *i < s.size(); k++, (*i)++) v = v * base + digit_val(s[*i]);
    return v;
  };
  switch (c) {
    case 'a': out->push_back('\a'); *rune_val = '\a'; return;
    case 'b': out->push_back('\b'); *rune_val = '\b'; return;
    case 'f': out->push_back('\f'); *rune_val = '\f'; return;
    case 'n': out->push_back('\n'); *rune_val = '\n'; return;
    case 'r': out->push_back('\r'); *rune_val = '\r'; return;
    case 't': out->push_back('\t'); *rune_val = '\t'; return;
    case 'v': out->push_back('\v'); *rune_val = '\v'; return;
    case 'x': {
      uint32_t v = fixed(2, 16);
      out->push_back(static_cast<char>(v));
      *rune_val = static_cast<int32_t>(v);
      return;
    }
    case 'u':
    case 'U': {
      uint32_t v = fixed(c == 'u' ? 4 : 8, 16);
      append_utf8(out, static_cast<int32_t>(v));
      *rune_val = static_cast<int32_t>(v);
      return;
    }
    default:
      if (c >= '0' && c <= '7') {
        (*i)--;
        uint32_t v = fixed(3, 8);
        out->push_back(static_cast<char>(v));
        *rune_val = static_cast<int32_t>(v);
        return;
      }
      out->push_back(c);  // \\ \' \"
      *rune_val = static_cast<unsigned char>(c);
      return;
  }
}

}  // namespace

Constant Constant::make_bool(bool v) {
  Constant c;
  c.kind = Kind::Bool;
  c.b = v;
  return c;
}

Constant Constant::make_string(std::string v) {
  Constant c;
  c.kind = Kind::String;
  c.s = std::move(v);
  return c;
}

Constant Constant::make_int(Int128 v) {
  Constant c;
  c.kind = Kind::Int;
  c.i = v;
  return c;
}

Constant Constant::make_big(BigInt v, bool any_size) {
  if (v.fits_int128()) return make_int(v.to_int128());
  if (!any_size && v.bit_len() > kConstIntBits) return unknown(true);
  Constant c;
  c.kind = Kind::Int;
  c.wide = true;
  c.big = std::move(v);
  return c;
}

Constant Constant::make_float(Int128 num, Int128 den) {
  if (den < 0) {
    if (num == kInt128Min || den == kInt128Min) return make_float_approx(static_cast<long double>(num) / den);
    num = -num;
    den = -den;
  }
  Int128 g = gcd128(num, den);
  if (g > 1) {
    num /= g;
    den /= g;
  }
  Constant c;
  c.kind = Kind::Float;
  c.exact = true;
  c.num = num;
  c.den = den == 0 ? 1 : den;
  return c;
}

Constant Constant::make_float_approx(long double v) {
  Constant c;
  c.kind = Kind::Float;
  c.exact = false;
  c.f = v;
  return c;
}

Constant Constant::make_float64(double v) {
  if (std::isfinite(v)) {
    int e = 0;
    double m = std::frexp(v, &e);  // v = m * 2^e, 0.5 <= |m| < 1
    auto mant = static_cast<Int128>(std::ldexp(m, 53));
    int shift = e - 53;
    if (shift >= 0 && shift < 70) return make_float(mant << shift, 1);
    if (shift < 0 && shift > -125) return make_float(mant, static_cast<Int128>(1) << -shift);
  }
  return make_float_approx(v);
}

Constant Constant::make_complex(Constant re, Constant im) {
  if (re.kind == Kind::Unknown || im.kind == Kind::Unknown) return unknown(re.overflow || im.overflow);
  Constant c;
  c.kind = Kind::Complex;
  c.parts = {std::move(re), std::move(im)};
  return c;
}

Constant to_complex(const Constant& x) {
  if (x.kind == Constant::Kind::Complex) return x;
  if (x.kind == Constant::Kind::Int || x.kind == Constant::Kind::Float) return Constant::make_complex(x, Constant::make_int(0));
  return Constant::unknown();
}

Constant real_part(const Constant& x) {
  if (x.kind == Constant::Kind::Complex) return x.parts[0];
  if (x.kind == Constant::Kind::Int || x.kind == Constant::Kind::Float) return x;
  return Constant::unknown();
}

Constant imag_part(const Constant& x) {
  if (x.kind == Constant::Kind::Complex) return x.parts[1];
  if (x.kind == Constant::Kind::Int || x.kind == Constant::Kind::Float) return Constant::make_int(0);
  return Constant::unknown();
}

Constant Constant::unknown(bool overflow) {
  Constant c;
  c.overflow = overflow;
  return c;
}

Constant constant_from_literal(LitKind kind, std::string_view lit, bool* ok) {
  *ok = true;
  switch (kind) {
    case LitKind::Int:
      return parse_int(lit, ok);
    case LitKind::Float:
      return parse_float(lit, ok);
    case LitKind::Imag: {
      // Go: constant.MakeFromLiteral(IMAG): the digits before the 'i' read as a float literal
      // (so 0123i is 123i; 0b, 0o and 0x prefixes keep their base), the real part 0.
      std::string_view digits = lit.substr(0, lit.empty() ? 0 : lit.size() - 1);
      const bool prefixed = digits.size() >= 2 && digits[0] == '0' &&
                            ((digits[1] | 0x20) == 'b' || (digits[1] | 0x20) == 'o');
      Constant im = prefixed ? parse_int(digits, ok) : parse_float(digits, ok);
      if (!*ok) return Constant::unknown();
      return Constant::make_complex(Constant::make_int(0), to_float(im));
    }
    case LitKind::Rune: {
      std::string tmp;
      int32_t r = 0;
      if (lit.size() >= 3 && lit[1] == '\\') {
        size_t i = 2;
        unescape(lit, &i, &tmp, &r);
      } else if (lit.size() >= 3) {
        int w = 1;
        r = decode_utf8(lit, 1, &w);
      }
      return Constant::make_int(r);
    }
    case LitKind::String: {
      std::string out;
      if (!lit.empty() && lit[0] == '`') {
        for (size_t i = 1; i + 1 < lit.size(); i++) {
          if (lit[i] != '\r') out.push_back(lit[i]);
        }
        return Constant::make_string(std::move(out));
      }
      for (size_t i = 1; i + 1 < lit.size();) {
        if (lit[i] == '\\') {
          i++;
          int32_t r = 0;
          unescape(lit, &i, &out, &r);
        } else {
          out.push_back(lit[i++]);
        }
      }
      return Constant::make_string(std::move(out));
    }
  }
  *ok = false;
  return Constant::unknown();
}

long double float_approx(const Constant& x) {
  if (x.kind == Constant::Kind::Int) return x.wide ? x.big.to_long_double() : static_cast<long double>(x.i);
  if (x.kind != Constant::Kind::Float) return 0;
  if (!x.exact) return x.f;
  return static_cast<long double>(x.num) / static_cast<long double>(x.den);
}

namespace {

// a/b (b > 0) rounded to the nearest binary float with a p-bit significand whose lowest bit
// weighs at least 2^lsb_min (subnormals), ties to even, as go/constant's Float32Val and
// Float64Val round (once, from the exact value). The result is exact in a long double; a value
// past the type's largest finite one is the caller's infinity.
long double round_rat(unsigned __int128 a, unsigned __int128 b, int p, int lsb_min) {
  if (a == 0) return 0;
  const unsigned __int128 ip = a / b;
  unsigned __int128 r = a % b;
  int e = 0;  // position of the leading bit of a/b
  if (ip > 0) {
    e = -1;
    for (unsigned __int128 t = ip; t != 0; t >>= 1) ++e;
  } else {
    unsigned __int128 t = a;
    e = -1;
    while (t * 2 < b) {
      t *= 2;
      if (--e < lsb_min - 1) return 0;  // below half the smallest subnormal: rounds to zero
    }
  }
  const int lsb = std::max(e - p + 1, lsb_min);
  unsigned __int128 q = 0;
  int cmp_half = 0;  // the discarded rest against half an lsb: -1, 0, +1
  if (lsb > 0) {
    const unsigned __int128 mask = (static_cast<unsigned __int128>(1) << lsb) - 1;
    const unsigned __int128 low = ip & mask, half = static_cast<unsigned __int128>(1) << (lsb - 1);
    q = ip >> lsb;
    cmp_half = low < half ? -1 : low > half ? 1 : (r != 0 ? 1 : 0);
  } else {
    q = ip;
    for (int i = 0; i < -lsb; ++i) {
      r *= 2;
      q = q * 2 + (r >= b ? 1 : 0);
      if (r >= b) r -= b;
    }
    cmp_half = 2 * r < b ? -1 : 2 * r > b ? 1 : 0;
  }
  if (cmp_half > 0 || (cmp_half == 0 && (q & 1) != 0)) ++q;
  return std::ldexp(static_cast<long double>(q), lsb);
}

long double round_float(const Constant& x, int p, int lsb_min) {
  if (x.kind == Constant::Kind::Int) return round_float(float_of(x), p, lsb_min);
  if (x.kind != Constant::Kind::Float) return 0;
  if (!x.exact || x.num == kInt128Min) return float_approx(x);
  const auto a = static_cast<unsigned __int128>(abs128(x.num));
  const long double v = round_rat(a, static_cast<unsigned __int128>(x.den), p, lsb_min);
  return x.num < 0 ? -v : v;
}

}  // namespace

double float64_val(const Constant& x) {
  if (x.kind == Constant::Kind::Float && !x.exact) return static_cast<double>(x.f);
  return static_cast<double>(round_float(x, 53, -1074));
}

float float32_val(const Constant& x) {
  if (x.kind == Constant::Kind::Float && !x.exact) return static_cast<float>(x.f);
  return static_cast<float>(round_float(x, 24, -149));
}

Constant to_int(const Constant& x) {
  if (x.kind == Constant::Kind::Int) return x;
  // Go: ToInt of a complex value with a zero imaginary part is ToInt of its real part.
  if (x.kind == Constant::Kind::Complex) return sign(x.parts[1]) == 0 ? to_int(x.parts[0]) : Constant::unknown();
  if (x.kind != Constant::Kind::Float) return Constant::unknown();
  if (x.exact) {
    if (x.den == 1) return Constant::make_int(x.num);
    return Constant::unknown();
  }
  long double f = x.f;
  if (!std::isfinite(f) || std::fabs(f) >= 1.7e38L) return Constant::unknown();
  long double r = std::nearbyint(f);
  // Like Go, accept floats within a few bits of an integer (rounding noise).
  if (std::fabs(f - r) <= std::fabs(f) * 0x1p-60L) return Constant::make_int(static_cast<Int128>(r));
  return Constant::unknown();
}

Constant to_float(const Constant& x) {
  if (x.kind == Constant::Kind::Int || x.kind == Constant::Kind::Float) return float_of(x);
  if (x.kind == Constant::Kind::Complex) return sign(x.parts[1]) == 0 ? to_float(x.parts[0]) : Constant::unknown();
  return Constant::unknown();
}

int sign(const Constant& x) {
  switch (x.kind) {
    case Constant::Kind::Int:
      if (x.wide) return x.big.neg ? -1 : 1;
      return x.i < 0 ? -1 : (x.i > 0 ? 1 : 0);
    case Constant::Kind::Float:
      if (x.exact) return x.num < 0 ? -1 : (x.num > 0 ? 1 : 0);
      return x.f < 0 ? -1 : (x.f > 0 ? 1 : 0);
    case Constant::Kind::Complex:  // Go: Sign(re) | Sign(im): 0 only for 0+0i
      return sign(x.parts[0]) | sign(x.parts[1]);
    default: return 1;
  }
}

int bit_len(const Constant& x) {
  if (x.kind != Constant::Kind::Int) return 0;
  if (x.wide) return x.big.bit_len();
  if (x.i == kInt128Min) return 128;
  auto u = static_cast<unsigned __int128>(x.i < 0 ? -x.i : x.i);
  int n = 0;
  while (u != 0) {
    n++;
    u >>= 1;
  }
  return n;
}

bool int64_val(const Constant& x, int64_t* out) {
  if (x.kind != Constant::Kind::Int || x.wide || x.i < INT64_MIN || x.i > INT64_MAX) return false;
  *out = static_cast<int64_t>(x.i);
  return true;
}

bool uint64_val(const Constant& x, uint64_t* out) {
  if (x.kind != Constant::Kind::Int || x.wide || x.i < 0 || x.i > static_cast<Int128>(UINT64_MAX)) return false;
  *out = static_cast<uint64_t>(x.i);
  return true;
}

namespace {

BigInt big_of(const Constant& x) { return x.wide ? x.big : BigInt::from_int128(x.i); }

// Integer arithmetic past an Int128 (Go: constant.BinaryOp's intVal case, on big.Int).
Constant big_arith(const Constant& x, Op op, const Constant& y, bool int_div) {
  const BigInt a = big_of(x), b = big_of(y);
  switch (op) {
    case Op::Add: return Constant::make_big(big_add(a, b));
    case Op::Sub: return Constant::make_big(big_sub(a, b));
    case Op::Mul: return Constant::make_big(big_mul(a, b));
    case Op::Div:
      if (b.is_zero()) return Constant::unknown();
      // A fraction of wide integers is a float: gosim's floats past 128 bits are approximate.
      if (!int_div) return Constant::make_float_approx(a.to_long_double() / b.to_long_double());
      return Constant::make_big(big_quo(a, b));
    case Op::Rem:
      if (b.is_zero()) return Constant::unknown();
      return Constant::make_big(big_rem(a, b));
    case Op::And: return Constant::make_big(big_bitwise(a, '&', b));
    case Op::Or: return Constant::make_big(big_bitwise(a, '|', b));
    case Op::Xor: return Constant::make_big(big_bitwise(a, '^', b));
    case Op::AndNot: return Constant::make_big(big_bitwise(a, 'n', b));
    default: return Constant::unknown();
  }
}

}  // namespace

Constant unary_op(Op op, const Constant& x, int prec) {
  switch (x.kind) {
    case Constant::Kind::Complex:
      if (op == Op::Add) return x;
      if (op == Op::Sub) return Constant::make_complex(unary_op(op, x.parts[0], 0), unary_op(op, x.parts[1], 0));
      break;
    case Constant::Kind::Bool:
      if (op == Op::Not) return Constant::make_bool(!x.b);
      break;
    case Constant::Kind::Int:
      switch (op) {
        case Op::Add: return x;
        case Op::Sub:
          if (x.wide || x.i == kInt128Min) return Constant::make_big(big_neg(big_of(x)));
          return Constant::make_int(-x.i);
        case Op::Xor: {
          if (x.wide) return Constant::make_big(big_not(x.big));  // only untyped values are wide
          Int128 v = ~x.i;
          if (prec > 0 && prec < 128) v &= (static_cast<Int128>(1) << prec) - 1;
          return Constant::make_int(v);
        }
        default: break;
      }
      break;
    case Constant::Kind::Float:
      if (op == Op::Add) return x;
      if (op == Op::Sub) {
        if (x.exact) {
          if (x.num == kInt128Min) return Constant::make_float_approx(-float_approx(x));
          return Constant::make_float(-x.num, x.den);
        }
        return Constant::make_float_approx(-x.f);
      }
      break;
    default:
      break;
  }
  return Constant::unknown();
}

namespace {

// Go: constant.BinaryOp's complexVal case: exact arithmetic on the parts.
Constant complex_arith(const Constant& x, Op op, const Constant& y) {
  const Constant& a = x.parts[0];
  const Constant& b = x.parts[1];
  const Constant& c = y.parts[0];
  const Constant& d = y.parts[1];
  auto f = [](const Constant& l, Op o, const Constant& r) { return binary_op(l, o, r, false); };
  switch (op) {
    case Op::Add: return Constant::make_complex(f(a, Op::Add, c), f(b, Op::Add, d));
    case Op::Sub: return Constant::make_complex(f(a, Op::Sub, c), f(b, Op::Sub, d));
    case Op::Mul:  // (ac-bd) + i(bc+ad)
      return Constant::make_complex(f(f(a, Op::Mul, c), Op::Sub, f(b, Op::Mul, d)),
                                    f(f(b, Op::Mul, c), Op::Add, f(a, Op::Mul, d)));
    case Op::Div: {  // ((ac+bd) + i(bc-ad)) / (cc+dd)
      const Constant s = f(f(c, Op::Mul, c), Op::Add, f(d, Op::Mul, d));
      return Constant::make_complex(f(f(f(a, Op::Mul, c), Op::Add, f(b, Op::Mul, d)), Op::Div, s),
                                    f(f(f(b, Op::Mul, c), Op::Sub, f(a, Op::Mul, d)), Op::Div, s));
    }
    default: return Constant::unknown();
  }
}

}  // namespace

Constant binary_op(const Constant& x, Op op, const Constant& y, bool int_div) {
  using K = Constant::Kind;
  if (x.kind == K::Unknown || y.kind == K::Unknown) return Constant::unknown();
  if (x.kind == K::Bool && y.kind == K::Bool) {
    if (op == Op::AndAnd) return Constant::make_bool(x.b && y.b);
    if (op == Op::OrOr) return Constant::make_bool(x.b || y.b);
    return Constant::unknown();
  }
  if (x.kind == K::String && y.kind == K::String) {
    if (op != Op::Add) return Constant::unknown();
    if (x.s.size() + y.s.size() > kMaxConstString) {
      Constant c = Constant::unknown();
      c.too_long = true;
      return c;
    }
    return Constant::make_string(x.s + y.s);
  }
  if (x.kind == K::Complex || y.kind == K::Complex) {
    if (x.kind == K::Bool || x.kind == K::String || y.kind == K::Bool || y.kind == K::String) return Constant::unknown();
    return complex_arith(to_complex(x), op, to_complex(y));
  }
  if (x.kind == K::Int && y.kind == K::Int) {
    if (x.wide || y.wide) return big_arith(x, op, y, int_div);
    Int128 a = x.i;
    Int128 b = y.i;
    Int128 r = 0;
    switch (op) {
      case Op::Add: return add_ok(a, b, &r) ? Constant::make_int(r) : big_arith(x, op, y, int_div);
      case Op::Sub: return sub_ok(a, b, &r) ? Constant::make_int(r) : big_arith(x, op, y, int_div);
      case Op::Mul: return mul_ok(a, b, &r) ? Constant::make_int(r) : big_arith(x, op, y, int_div);
      case Op::Div:
        if (b == 0) return Constant::unknown();
        if (!int_div) return Constant::make_float(a, b);
        if (a == kInt128Min && b == -1) return big_arith(x, op, y, int_div);
        return Constant::make_int(a / b);
      case Op::Rem:
        if (b == 0) return Constant::unknown();
        if (b == -1) return Constant::make_int(0);
        return Constant::make_int(a % b);
      case Op::And: return Constant::make_int(a & b);
      case Op::Or: return Constant::make_int(a | b);
      case Op::Xor: return Constant::make_int(a ^ b);
      case Op::AndNot: return Constant::make_int(a & ~b);
      default: return Constant::unknown();
    }
  }
  if ((x.kind == K::Int || x.kind == K::Float) && (y.kind == K::Int || y.kind == K::Float)) {
    return float_arith(float_of(x), op, float_of(y));
  }
  return Constant::unknown();
}

Constant shift(const Constant& x, Op op, unsigned s) {
  if (x.kind != Constant::Kind::Int) return Constant::unknown();
  if (op == Op::Shl) {
    if (sign(x) == 0) return x;
    // Go: constant.Shift is exact; the checker's overflow then stops past 512 bits.
    if (bit_len(x) + static_cast<int64_t>(s) > kConstIntBits) return Constant::unknown(true);
    if (x.wide || bit_len(x) + static_cast<int>(s) > 126) return Constant::make_big(big_shl(big_of(x), s));
    return Constant::make_int(x.i * (static_cast<Int128>(1) << s));
  }
  if (x.wide) return Constant::make_big(big_shr(x.big, s));
  if (s >= 127) return Constant::make_int(x.i < 0 ? -1 : 0);
  return Constant::make_int(x.i >> s);
}

bool compare(const Constant& x, Op op, const Constant& y) {
  using K = Constant::Kind;
  int c = 0;
  if (x.kind == K::Bool && y.kind == K::Bool) {
    if (op == Op::Eql) return x.b == y.b;
    if (op == Op::Neq) return x.b != y.b;
    return false;
  }
  if (x.kind == K::Complex || y.kind == K::Complex) {
    const Constant a = to_complex(x), b = to_complex(y);
    if (a.kind != K::Complex || b.kind != K::Complex) return false;
    const bool eq = compare(a.parts[0], Op::Eql, b.parts[0]) && compare(a.parts[1], Op::Eql, b.parts[1]);
    return op == Op::Eql ? eq : op == Op::Neq ? !eq : false;
  }
  if (x.kind == K::String && y.kind == K::String) {
    c = x.s.compare(y.s);
  } else if (x.kind == K::Int && y.kind == K::Int) {
    c = x.wide || y.wide ? big_cmp(big_of(x), big_of(y)) : x.i < y.i ? -1 : (x.i > y.i ? 1 : 0);
  } else {
    Constant a = float_of(x);
    Constant b = float_of(y);
    Int128 l = 0;
    Int128 r = 0;
    if (a.exact && b.exact && mul_ok(a.num, b.den, &l) && mul_ok(b.num, a.den, &r)) {
      c = l < r ? -1 : (l > r ? 1 : 0);
    } else {
      long double fa = float_approx(a);
      long double fb = float_approx(b);
      c = fa < fb ? -1 : (fa > fb ? 1 : 0);
    }
  }
  switch (op) {
    case Op::Eql: return c == 0;
    case Op::Neq: return c != 0;
    case Op::Lss: return c < 0;
    case Op::Leq: return c <= 0;
    case Op::Gtr: return c > 0;
    case Op::Geq: return c >= 0;
    default: return false;
  }
}

std::string int128_string(Int128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  auto u = neg ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  std::string out;
  while (u != 0) {
    out.push_back(static_cast<char>('0' + static_cast<int>(u % 10)));
    u /= 10;
  }
  if (neg) out.push_back('-');
  return {out.rbegin(), out.rend()};
}

std::string constant_string(const Constant& x) {
  switch (x.kind) {
    case Constant::Kind::Bool: return x.b ? "true" : "false";
    case Constant::Kind::Int: return x.wide ? x.big.to_string() : int128_string(x.i);
    case Constant::Kind::Float: {
      char buf[64];
      double d = float64_val(x);
      if (std::isfinite(d)) {
        std::snprintf(buf, sizeof buf, "%.6g", d);
      } else {
        std::snprintf(buf, sizeof buf, "%.6Lg", float_approx(x));  // beyond float64's range
      }
      std::string s = buf;
      if (s == "inf") return "+Inf";
      if (s == "-inf") return "-Inf";
      return s;
    }
    case Constant::Kind::Complex:  // Go: complexVal.String
      return "(" + constant_string(x.parts[0]) + " + " + constant_string(x.parts[1]) + "i)";
    case Constant::Kind::String: {
      // Go: at most 72 runes, the tail replaced by "...".
      std::string q = quote_go_string(x.s);
      size_t runes = 0;
      size_t cut = 0;
      for (size_t i = 0; i < q.size();) {
        int w = 1;
        decode_utf8(q, i, &w);
        if (runes == 69) cut = i;
        runes++;
        i += static_cast<size_t>(w);
      }
      if (runes > 72) return q.substr(0, cut) + "...";
      return q;
    }
    default:
      return "unknown";
  }
}

}  // namespace gosim::lang
