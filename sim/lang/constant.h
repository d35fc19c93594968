// Constant values: untyped and typed Go constants, folded at compile time.
//
// Go: go/constant. Go's constants are exact: integers of any size (the checker stops at
// 512 bits), floats as exact fractions or big floats. gosim keeps an integer in 128 bits while
// it fits and in a BigInt (bigint.h) beyond that, so integer constants are exact as in Go; an
// integer result past Go's 512 bits becomes Unknown with `overflow` set, which the checker
// reports in Go's words ("constant multiplication overflow"). Floats are an exact fraction of
// two 128-bit integers while that fits (so 0.1*3 == 0.3 exactly, as in Go), falling back to a
// long double approximation beyond that. String constants are capped at kMaxConstString bytes
// (Go has no cap): a concatenation past it becomes Unknown with `too_long` set, reported as
// gosim's limit.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sim/lang/bigint.h"
#include "sim/lang/token.h"

namespace gosim::lang {

using Int128 = __int128;

// As large as any file gosim reads (sim/scenario/safe_path.h kMaxInputFileBytes), so a
// literal can never pass it; only concatenations can, and `a+a` doubling in a chain of
// constants would otherwise grow without bound. docs/go-subset.md states it.
constexpr size_t kMaxConstString = size_t{4} << 20;
constexpr const char* kMaxConstStringText = "4 MiB";

struct Constant {
  enum class Kind : uint8_t { Unknown, Bool, String, Int, Float, Complex };
  Kind kind = Kind::Unknown;
  bool overflow = false;  // Unknown because an operation left the representable range
  bool too_long = false;  // Unknown because a string concatenation passed kMaxConstString
  bool b = false;
  std::string s;
  // Int: the value in `i` when it fits an Int128, else `wide` is set and the value is `big`
  // (Go: constant.intVal). A wide value never fits a Go integer type, so code past the
  // checker (lowering, the interpreter) only ever reads `i`.
  Int128 i = 0;
  bool wide = false;
  BigInt big;
  // Float: num/den (den > 0, reduced) when `exact`, else the approximation f.
  bool exact = true;
  Int128 num = 0;
  Int128 den = 1;
  long double f = 0;
  // Complex: {real, imag}, each an Int or a Float (Go: constant.complexVal).
  std::vector<Constant> parts;

  static Constant make_bool(bool v);
  static Constant make_string(std::string v);
  static Constant make_int(Int128 v);
  // An Int from a BigInt: in `i` when it fits; Unknown with `overflow` past Go's 512 bits
  // (types2 expr.go overflow's `prec`), unless `any_size` (a literal: Go checks only its length).
  static Constant make_big(BigInt v, bool any_size = false);
  static Constant make_float(Int128 num, Int128 den);  // exact fraction
  static Constant make_float_approx(long double v);
  static Constant make_float64(double v);  // exact value of a float64
  static Constant unknown(bool overflow = false);
  // Go: constant.BinaryOp(re, ADD, MakeImag(im)): an imaginary part of zero still makes a
  // Complex (the kind decides the untyped type, "untyped complex constant").
  static Constant make_complex(Constant re, Constant im);
};

// Parses a literal's source text (underscores, prefixes, escapes). ok=false if the value
// cannot be represented (Go reports "malformed constant").
Constant constant_from_literal(LitKind kind, std::string_view lit, bool* ok);

// Go: constant.ToInt: an Int, or a Float with an integral value; else Unknown.
Constant to_int(const Constant& x);
// Go: constant.ToFloat: an Int or Float as a Float; else Unknown.
Constant to_float(const Constant& x);

// Go: constant.ToComplex: an Int, Float or Complex as a Complex; else Unknown.
Constant to_complex(const Constant& x);
// Go: constant.Real and constant.Imag (of an Int or Float: itself and 0).
Constant real_part(const Constant& x);
Constant imag_part(const Constant& x);

// -1, 0 or +1 for numeric constants.
int sign(const Constant& x);
// Number of bits of |x| for integers (0 for 0).
int bit_len(const Constant& x);
bool int64_val(const Constant& x, int64_t* out);
bool uint64_val(const Constant& x, uint64_t* out);
double float64_val(const Constant& x);  // may be +-Inf
float float32_val(const Constant& x);   // rounded once from the exact value when it is a fraction
long double float_approx(const Constant& x);

// Go: constant.UnaryOp. prec > 0 is the bit size of an unsigned type for ^x.
Constant unary_op(Op op, const Constant& x, int prec);
// Go: constant.BinaryOp. int_div: integer division (Go's token.QUO_ASSIGN trick).
Constant binary_op(const Constant& x, Op op, const Constant& y, bool int_div);
// Go: constant.Shift (x an Int).
Constant shift(const Constant& x, Op op, unsigned s);
// Go: constant.Compare.
bool compare(const Constant& x, Op op, const Constant& y);

// Go: constant.Value.String, as quoted in messages: 42, 1.5, 1e+100, "abc", true.
std::string constant_string(const Constant& x);
// Exact decimal digits of an Int (for messages and output).
std::string int128_string(Int128 v);
// Go's bound on untyped integer constants (types2 expr.go overflow: `const prec = 512`).
constexpr int kConstIntBits = 512;

}  // namespace gosim::lang
