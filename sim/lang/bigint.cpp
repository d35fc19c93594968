// Arbitrary-precision integers for constants; see bigint.h. Go: math/big (nat.go's
// schoolbook add/sub/mul, int.go's sign rules, intconv.go's decimal output).
#include "sim/lang/bigint.h"

#include <algorithm>

namespace gosim::lang {
namespace {

using Mag = std::vector<uint32_t>;

void trim_mag(Mag* m) {
  while (!m->empty() && m->back() == 0) m->pop_back();
}

int mag_cmp(const Mag& a, const Mag& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

Mag mag_add(const Mag& a, const Mag& b) {
  Mag r(std::max(a.size(), b.size()) + 1, 0);
  uint64_t carry = 0;
  for (size_t i = 0; i < r.size(); ++i) {
    const uint64_t s = carry + (i < a.size() ? a[i] : 0) + (i < b.size() ? b[i] : 0);
    r[i] = static_cast<uint32_t>(s);
    carry = s >> 32;
  }
  trim_mag(&r);
  return r;
}

// a - b with a >= b.
Mag mag_sub(const Mag& a, const Mag& b) {
  Mag r(a.size(), 0);
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t d = static_cast<int64_t>(a[i]) - (i < b.size() ? b[i] : 0) - borrow;
    borrow = d < 0 ? 1 : 0;
    if (d < 0) d += int64_t{1} << 32;
    r[i] = static_cast<uint32_t>(d);
  }
  trim_mag(&r);
  return r;
}

Mag mag_mul(const Mag& a, const Mag& b) {
  if (a.empty() || b.empty()) return {};
  Mag r(a.size() + b.size(), 0);
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t carry = 0;
    for (size_t j = 0; j < b.size(); ++j) {
      const uint64_t t = static_cast<uint64_t>(a[i]) * b[j] + r[i + j] + carry;
      r[i + j] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    r[i + b.size()] = static_cast<uint32_t>(carry);
  }
  trim_mag(&r);
  return r;
}

Mag mag_shl(const Mag& a, unsigned s) {
  if (a.empty()) return {};
  const size_t limbs = s / 32;
  const unsigned bits = s % 32;
  Mag r(a.size() + limbs + 1, 0);
  for (size_t i = 0; i < a.size(); ++i) {
    const uint64_t v = static_cast<uint64_t>(a[i]) << bits;
    r[i + limbs] |= static_cast<uint32_t>(v);
    r[i + limbs + 1] |= static_cast<uint32_t>(v >> 32);
  }
  trim_mag(&r);
  return r;
}

Mag mag_shr(const Mag& a, unsigned s) {
  const size_t limbs = s / 32;
  const unsigned bits = s % 32;
  if (limbs >= a.size()) return {};
  Mag r(a.size() - limbs, 0);
  for (size_t i = 0; i < r.size(); ++i) {
    uint64_t v = a[i + limbs];
    if (i + limbs + 1 < a.size()) v |= static_cast<uint64_t>(a[i + limbs + 1]) << 32;
    r[i] = static_cast<uint32_t>(v >> bits);
  }
  trim_mag(&r);
  return r;
}

bool mag_bit(const Mag& a, size_t i) { return i / 32 < a.size() && ((a[i / 32] >> (i % 32)) & 1) != 0; }

int mag_bit_len(const Mag& a) {
  if (a.empty()) return 0;
  int n = static_cast<int>(a.size() - 1) * 32;
  for (uint32_t top = a.back(); top != 0; top >>= 1) ++n;
  return n;
}

// Bit-serial long division: q = a / b, r = a % b (b non-zero).
void mag_divmod(const Mag& a, const Mag& b, Mag* q, Mag* r) {
  q->assign(a.size(), 0);
  r->clear();
  for (int i = mag_bit_len(a) - 1; i >= 0; --i) {
    *r = mag_shl(*r, 1);
    if (mag_bit(a, static_cast<size_t>(i))) {
      if (r->empty()) r->push_back(0);
      (*r)[0] |= 1;
    }
    if (mag_cmp(*r, b) >= 0) {
      *r = mag_sub(*r, b);
      (*q)[static_cast<size_t>(i) / 32] |= uint32_t{1} << (i % 32);
    }
  }
  trim_mag(q);
}

// Magnitude divided by a small divisor in place; returns the remainder.
uint32_t mag_div_small(Mag* a, uint32_t d) {
  uint64_t rem = 0;
  for (size_t i = a->size(); i-- > 0;) {
    const uint64_t cur = (rem << 32) | (*a)[i];
    (*a)[i] = static_cast<uint32_t>(cur / d);
    rem = cur % d;
  }
  trim_mag(a);
  return static_cast<uint32_t>(rem);
}

BigInt make(bool neg, Mag m) {
  BigInt r;
  r.mag = std::move(m);
  r.neg = neg;
  r.trim();
  return r;
}

// n limbs of the two's complement of a (n > a.mag.size()).
Mag twos(const BigInt& a, size_t n) {
  Mag r(n, 0);
  std::copy(a.mag.begin(), a.mag.end(), r.begin());
  if (!a.neg) return r;
  uint64_t carry = 1;
  for (auto& limb : r) {
    const uint64_t v = static_cast<uint64_t>(static_cast<uint32_t>(~limb)) + carry;
    limb = static_cast<uint32_t>(v);
    carry = v >> 32;
  }
  return r;
}

}  // namespace

void BigInt::trim() {
  trim_mag(&mag);
  if (mag.empty()) neg = false;
}

BigInt BigInt::from_int128(__int128 v) {
  BigInt r;
  r.neg = v < 0;
  auto u = r.neg ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  while (u != 0) {
    r.mag.push_back(static_cast<uint32_t>(u));
    u >>= 32;
  }
  return r;
}

bool BigInt::fits_int128() const {
  const int n = bit_len();
  if (n < 128) return true;
  // -2^127 is the one 128-bit magnitude an Int128 holds.
  return neg && n == 128 && mag[3] == 0x80000000u && mag[2] == 0 && mag[1] == 0 && mag[0] == 0;
}

__int128 BigInt::to_int128() const {
  unsigned __int128 u = 0;
  for (size_t i = std::min<size_t>(mag.size(), 4); i-- > 0;) u = (u << 32) | mag[i];
  return neg ? static_cast<__int128>(-u) : static_cast<__int128>(u);
}

long double BigInt::to_long_double() const {
  long double r = 0;
  for (size_t i = mag.size(); i-- > 0;) r = r * 4294967296.0L + mag[i];
  return neg ? -r : r;
}

int BigInt::bit_len() const { return mag_bit_len(mag); }

std::string BigInt::to_string() const {
  if (mag.empty()) return "0";
  Mag m = mag;
  std::string out;
  while (!m.empty()) {
    uint32_t chunk = mag_div_small(&m, 1000000000u);
    for (int k = 0; k < 9 && (!m.empty() || chunk != 0); ++k) {
      out.push_back(static_cast<char>('0' + chunk % 10));
      chunk /= 10;
    }
  }
  if (neg) out.push_back('-');
  return {out.rbegin(), out.rend()};
}

int big_cmp(const BigInt& a, const BigInt& b) {
  if (a.neg != b.neg) return a.neg ? -1 : 1;
  const int c = mag_cmp(a.mag, b.mag);
  return a.neg ? -c : c;
}

BigInt big_neg(const BigInt& a) {
  BigInt r = a;
  r.neg = !a.neg && !a.is_zero();
  return r;
}

BigInt big_add(const BigInt& a, const BigInt& b) {
  if (a.neg == b.neg) return make(a.neg, mag_add(a.mag, b.mag));
  if (mag_cmp(a.mag, b.mag) >= 0) return make(a.neg, mag_sub(a.mag, b.mag));
  return make(b.neg, mag_sub(b.mag, a.mag));
}

BigInt big_sub(const BigInt& a, const BigInt& b) { return big_add(a, big_neg(b)); }

BigInt big_mul(const BigInt& a, const BigInt& b) { return make(a.neg != b.neg, mag_mul(a.mag, b.mag)); }

BigInt big_quo(const BigInt& a, const BigInt& b) {
  Mag q, r;
  mag_divmod(a.mag, b.mag, &q, &r);
  return make(a.neg != b.neg, std::move(q));
}

BigInt big_rem(const BigInt& a, const BigInt& b) {
  Mag q, r;
  mag_divmod(a.mag, b.mag, &q, &r);
  return make(a.neg, std::move(r));
}

BigInt big_shl(const BigInt& a, unsigned s) { return make(a.neg, mag_shl(a.mag, s)); }

BigInt big_shr(const BigInt& a, unsigned s) {
  if (!a.neg) return make(false, mag_shr(a.mag, s));
  // Floor for negatives: -((|a| - 1) >> s) - 1 (math/big int.go Rsh).
  const Mag t = mag_shr(mag_sub(a.mag, Mag{1}), s);
  return make(true, mag_add(t, Mag{1}));
}

BigInt big_not(const BigInt& a) { return big_sub(big_neg(a), BigInt::from_int128(1)); }

BigInt big_bitwise(const BigInt& a, char op, const BigInt& b) {
  const size_t n = std::max(a.mag.size(), b.mag.size()) + 1;
  const Mag x = twos(a, n), y = twos(b, n);
  Mag r(n, 0);
  for (size_t i = 0; i < n; ++i) {
    switch (op) {
      case '&': r[i] = x[i] & y[i]; break;
      case '|': r[i] = x[i] | y[i]; break;
      case '^': r[i] = x[i] ^ y[i]; break;
      default: r[i] = x[i] & ~y[i]; break;
    }
  }
  const bool negative = (r.back() >> 31) != 0;
  if (!negative) return make(false, std::move(r));
  // Back from two's complement: invert and add one.
  BigInt m;
  m.neg = false;
  m.mag = r;
  for (auto& limb : m.mag) limb = ~limb;
  m.trim();
  return make(true, mag_add(m.mag, Mag{1}));
}

}  // namespace gosim::lang
