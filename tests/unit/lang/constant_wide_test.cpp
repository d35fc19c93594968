// Integer constants past 128 bits (sim/lang/bigint.h, constant.cpp), against math/big's
// semantics as go/constant uses them: the expected values were computed with Python's
// arbitrary-precision integers, whose //, %, >> and bitwise operators on negatives match
// big.Int's Rsh and And/Or/Xor/Not (floor, two's complement); Quo/Rem truncate toward zero.
#include <doctest/doctest.h>

#include "sim/lang/constant.h"

using namespace gosim::lang;

namespace {
Constant lit(const char* s) {
  bool ok = false;
  Constant c = constant_from_literal(LitKind::Int, s, &ok);
  REQUIRE(ok);
  return c;
}
Constant shl(const Constant& x, unsigned s) { return shift(x, Op::Shl, s); }
Constant bin(const Constant& x, Op op, const Constant& y) { return binary_op(x, op, y, true); }
std::string str(const Constant& x) { return constant_string(x); }
}  // namespace

TEST_CASE("1 << 200 is exact; shifting back and dividing give small Int128 values again") {
  const Constant big = shl(Constant::make_int(1), 200);
  REQUIRE(big.kind == Constant::Kind::Int);
  CHECK(big.wide);
  CHECK(str(big) == "1606938044258990275541962092341162602522202993782792835301376");
  CHECK(bit_len(big) == 201);
  const Constant back = shift(big, Op::Shr, 190);
  CHECK_FALSE(back.wide);
  CHECK(str(back) == "1024");
  const Constant sq = bin(big, Op::Mul, big);
  CHECK(bit_len(sq) == 401);
  CHECK(str(shift(bin(sq, Op::Div, big), Op::Shr, 190)) == "1024");
  int64_t v = 0;
  CHECK_FALSE(int64_val(big, &v));
}

TEST_CASE("wide negatives: truncated quotient and remainder, floor shift, two's complement bits") {
  const Constant big = shl(Constant::make_int(1), 200);
  const Constant n = bin(unary_op(Op::Sub, big, 0), Op::Sub, Constant::make_int(12345));
  CHECK(sign(n) == -1);
  CHECK(str(shift(n, Op::Shr, 190)) == "-1025");
  CHECK(str(bin(n, Op::And, big)) == "0");
  CHECK(str(bin(n, Op::Xor, Constant::make_int(-77))) ==
        "1606938044258990275541962092341162602522202993782792835313780");
  CHECK(str(unary_op(Op::Xor, n, 0)) == "1606938044258990275541962092341162602522202993782792835313720");
  CHECK(str(bin(n, Op::Div, Constant::make_int(1000000007))) ==
        "-1606938033010424044468993781058206135114760047979472");
  CHECK(str(bin(n, Op::Rem, Constant::make_int(1000000007))) == "-499457417");
  CHECK(compare(n, Op::Lss, Constant::make_int(INT64_MIN)));
  CHECK(compare(big, Op::Gtr, shl(Constant::make_int(1), 199)));
}

TEST_CASE("Go's 512-bit bound: results past it overflow, literals are only bounded by length") {
  CHECK(bit_len(shl(Constant::make_int(1), 511)) == 512);
  const Constant over = shl(Constant::make_int(1), 512);
  CHECK(over.kind == Constant::Kind::Unknown);
  CHECK(over.overflow);
  const Constant top = bin(shl(Constant::make_int(1), 511), Op::Sub, Constant::make_int(1));
  CHECK(bin(top, Op::Mul, Constant::make_int(4)).overflow);
  // A 589-bit literal is a constant (Go: MakeFromLiteral); using it in arithmetic overflows.
  const Constant wide = lit("0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000");
  CHECK(bit_len(wide) == 589);
  CHECK(bin(wide, Op::Add, Constant::make_int(1)).overflow);
  CHECK(str(lit("1234567890123456789012345678901234567890")) == "1234567890123456789012345678901234567890");
  CHECK(str(lit("0b1_0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")) ==
        str(shl(Constant::make_int(1), 130)));
}

TEST_CASE("-2^127 stays an Int128; its negation and a float of a wide value are exact enough") {
  const Constant min = unary_op(Op::Sub, shl(Constant::make_int(1), 127), 0);
  CHECK_FALSE(min.wide);
  const Constant neg = unary_op(Op::Sub, min, 0);
  CHECK(neg.wide);
  CHECK(str(neg) == "170141183460469231731687303715884105728");
  CHECK(float64_val(shl(Constant::make_int(1), 200)) == 0x1p200);
}
