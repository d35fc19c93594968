// strconv's float formatting at bitSize 32 (sim/interp/fmt_strconv.cpp AppendFloat), which fmt
// uses for float32 and complex64. Each expected string is what Go 1.19.8 printed for
//   strconv.FormatFloat(float64(v), FMT, PREC, 32)
// with v a float32: the shortest digits are float32's ("0.1", not "0.10000000149011612"), and
// %b and %x count 23 mantissa bits.
#include <doctest/doctest.h>

#include <string>

#include "sim/interp/fmt_strconv.h"

namespace {

std::string f32(float v, char fmt, int prec) {
  std::string out;
  gosim::interp::AppendFloat(out, v, fmt, prec, 32);
  return out;
}

}  // namespace

TEST_CASE("bitSize 32: shortest digits are float32's") {
  CHECK(f32(0.1f, 'g', -1) == "0.1");
  CHECK(f32(1.0f / 3, 'g', -1) == "0.33333334");
  CHECK(f32(16777217.0f, 'g', -1) == "1.6777216e+07");
  CHECK(f32(3.4028235e38f, 'e', -1) == "3.4028235e+38");
  CHECK(f32(1e-45f, 'g', -1) == "1e-45");
  CHECK(f32(-2.5f, 'e', -1) == "-2.5e+00");
}

TEST_CASE("bitSize 32: %b and %x use float32's 23-bit mantissa") {
  CHECK(f32(0.1f, 'b', -1) == "13421773p-27");
  CHECK(f32(1e-45f, 'b', -1) == "1p-149");
  CHECK(f32(-2.5f, 'b', -1) == "-10485760p-22");
  CHECK(f32(0.1f, 'x', -1) == "0x1.99999ap-04");
  CHECK(f32(3.4028235e38f, 'x', -1) == "0x1.fffffep+127");
  CHECK(f32(16777217.0f, 'x', -1) == "0x1p+24");
}

TEST_CASE("bitSize 32: fixed precision formats the float32's exact value") {
  CHECK(f32(0.1f, 'f', 3) == "0.100");
  CHECK(f32(3.4028235e38f, 'f', 3) == "340282346638528859811704183484516925440.000");
  CHECK(f32(1e-45f, 'f', 3) == "0.000");
}
