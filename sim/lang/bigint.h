// Arbitrary-precision integers for untyped integer constants past 127 bits.
//
// Go: go/constant keeps an integer constant as int64 or *big.Int (math/big), and types2's
// overflow check stops untyped integers at 512 bits (expr.go overflow, `const prec = 512`).
// gosim keeps constants that fit in an Int128 there (constant.h) and only the wider ones in a
// BigInt: sign and magnitude, 32-bit limbs, schoolbook arithmetic. The operands never pass a
// few thousand bits (512-bit operands, a shift by at most 1074), so the simple algorithms
// (bit-serial division) are fast enough and easy to read. Semantics follow math/big:
// Quo/Rem truncate toward zero, Rsh is an arithmetic shift (rounds toward -inf), and the
// bitwise operations act on the two's complement of negative values.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gosim::lang {

struct BigInt {
  bool neg = false;             // never set on zero
  std::vector<uint32_t> mag;    // |value|, least significant limb first, no leading zero limbs

  static BigInt from_int128(__int128 v);
  bool is_zero() const { return mag.empty(); }
  bool fits_int128() const;
  __int128 to_int128() const;  // only when fits_int128()
  long double to_long_double() const;
  int bit_len() const;  // of |value|; 0 for 0
  std::string to_string() const;  // decimal, '-' for negatives (big.Int.String)
  void trim();
};

int big_cmp(const BigInt& a, const BigInt& b);
BigInt big_add(const BigInt& a, const BigInt& b);
BigInt big_sub(const BigInt& a, const BigInt& b);
BigInt big_mul(const BigInt& a, const BigInt& b);
BigInt big_quo(const BigInt& a, const BigInt& b);  // b != 0; truncated (big.Int.Quo)
BigInt big_rem(const BigInt& a, const BigInt& b);  // b != 0; sign of a (big.Int.Rem)
BigInt big_shl(const BigInt& a, unsigned s);
BigInt big_shr(const BigInt& a, unsigned s);  // arithmetic (big.Int.Rsh)
// op: '&', '|', '^', or 'n' for &^ (big.Int.And, Or, Xor, AndNot).
BigInt big_bitwise(const BigInt& a, char op, const BigInt& b);
BigInt big_not(const BigInt& a);  // -a - 1 (big.Int.Not)
BigInt big_neg(const BigInt& a);

}  // namespace gosim::lang
