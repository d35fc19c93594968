// Constant rounding and complex constants (sim/lang/constant.cpp), against go/constant:
// Float32Val/Float64Val round the exact value once, to nearest even; complex constants keep
// exact parts and print as "(re + imi)".
#include <doctest/doctest.h>

#include <cmath>

#include "sim/lang/constant.h"

using namespace gosim::lang;

namespace {
Constant lit(LitKind k, const char* s) {
  bool ok = false;
  Constant c = constant_from_literal(k, s, &ok);
  REQUIRE(ok);
  return c;
}
}  // namespace

TEST_CASE("float32 constants round once from the exact fraction, ties to even") {
  CHECK(float32_val(lit(LitKind::Float, "0.1")) == 0.1f);
  // 2^24 + 1 lies halfway between two float32s: ties to the even one, 2^24.
  CHECK(float32_val(Constant::make_int(16777217)) == 16777216.0f);
  CHECK(float32_val(Constant::make_int(16777219)) == 16777220.0f);
  // Half the smallest denormal is a tie with 0 (even); a bit more rounds up.
  CHECK(float32_val(lit(LitKind::Float, "0x1p-150")) == 0.0f);
  CHECK(float32_val(lit(LitKind::Float, "0x1.000001p-150")) == std::ldexp(1.0f, -149));
  CHECK(std::isinf(float32_val(lit(LitKind::Float, "1e39"))));
  CHECK(float64_val(lit(LitKind::Float, "0.1")) == 0.1);
  CHECK(float64_val(lit(LitKind::Float, "0x1p-1075")) == 0.0);
}

TEST_CASE("imaginary literals and complex constant arithmetic are exact") {
  const Constant i2 = lit(LitKind::Imag, "2i");
  CHECK(i2.kind == Constant::Kind::Complex);
  CHECK(constant_string(i2) == "(0 + 2i)");
  CHECK(constant_string(lit(LitKind::Imag, "0123i")) == "(0 + 123i)");  // decimal, not octal
  CHECK(constant_string(lit(LitKind::Imag, "0b101i")) == "(0 + 5i)");
  const Constant a = binary_op(Constant::make_int(1), Op::Add, i2, false);         // 1 + 2i
  const Constant b = binary_op(Constant::make_int(3), Op::Sub, lit(LitKind::Imag, "4i"), false);  // 3 - 4i
  CHECK(constant_string(binary_op(a, Op::Mul, b, false)) == "(11 + 2i)");
  CHECK(constant_string(binary_op(a, Op::Div, b, false)) == "(-0.2 + 0.4i)");
  CHECK(compare(binary_op(i2, Op::Mul, i2, false), Op::Eql, Constant::make_int(-4)));
  CHECK(to_int(binary_op(i2, Op::Mul, i2, false)).kind == Constant::Kind::Int);
  CHECK(to_int(i2).kind == Constant::Kind::Unknown);
  CHECK(sign(binary_op(i2, Op::Sub, i2, false)) == 0);
}
