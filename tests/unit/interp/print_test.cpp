// The runtime's own print: the builtins print and println, and panic values (runtime/print.go,
// runtime/error.go printpanicval), over simulated memory. The Go lines beside each group produced
// the expected strings (Go 1.19.8); pointer values differ, so those cases compute gosim's address.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

#include "tests/unit/interp/fmt_world.h"

using namespace gosim_fmt_test;  // NOLINT: the fixture of this file

// ---- The builtins print and println (runtime/print.go) ----
// f := 1.5
// println(1, "a", true, f)   → "1 a true +1.500000e+000\n"
// print(1, 2, "\n")          → "12\n"
// print("a", "b", 3, "\n")   → "ab3\n"
// println(math.Copysign(0, -1), 0.0, 1e100, 0.1, -2.5, 123456789.0, 1e-300, 5e-324)
//   → "-0.000000e+000 +0.000000e+000 +1.000000e+100 +1.000000e-001 -2.500000e+000 +1.234568e+008 +1.000000e-300 +4.940656e-324\n"
// println(math.NaN(), math.Inf(1), math.Inf(-1), math.MaxFloat64, 9.9999999, 0.99999995)
//   → "NaN +Inf -Inf +1.797693e+308 +1.000000e+001 +1.000000e+000\n"
// println(uint64(math.MaxUint64), int64(math.MinInt64), int8(-5), uintptr(255), 'x')
//   → "18446744073709551615 -9223372036854775808 -5 255 120\n"
// x := 5; var np *int; var m map[string]int; var ch chan int
// println(&x, np, m, ch, false) → "0xc000086f48 0x0 0x0 0x0 false\n"
// s := make([]int, 3, 4); println(s) → "[3/4]0xc000086f50\n"
// var a any = &x; var b any = 7; var n any
// println(a, b, n) → "(0x4641a0,0xc000086f48) (0x465f60,0x48a8c8) (0x0,0x0)\n"
// println() → "\n"
TEST_CASE("println separates by spaces and prints floats as +d.dddddde+ddd; print adds nothing") {
  World w;
  CHECK(w.print({w.I(1), w.S("a"), w.B(true), w.F(1.5)}, true) == "1 a true +1.500000e+000\n");
  CHECK(w.print({w.I(1), w.I(2), w.S("\n")}, false) == "12\n");
  CHECK(w.print({w.S("a"), w.S("b"), w.I(3), w.S("\n")}, false) == "ab3\n");
  CHECK(w.print({w.F(-0.0), w.F(0.0), w.F(1e100), w.F(0.1), w.F(-2.5), w.F(123456789.0), w.F(1e-300), w.F(5e-324)},
                true) ==
        "-0.000000e+000 +0.000000e+000 +1.000000e+100 +1.000000e-001 -2.500000e+000 +1.234568e+008 "
        "+1.000000e-300 +4.940656e-324\n");
  const double inf = std::numeric_limits<double>::infinity();
  CHECK(w.print({w.F(std::nan("")), w.F(inf), w.F(-inf), w.F(std::numeric_limits<double>::max()), w.F(9.9999999),
                 w.F(0.99999995)},
                true) == "NaN +Inf -Inf +1.797693e+308 +1.000000e+001 +1.000000e+000\n");
  CHECK(w.print({w.V(w.t_uint64, World::word(~uint64_t{0})), w.V(w.t_int64, World::word(uint64_t{1} << 63)),
                 w.V(w.t_int8, World::word(0xFB, 1)), w.V(w.t_uintptr, World::word(255)),
                 w.V(w.t_int32, World::word('x', 4))},
                true) == "18446744073709551615 -9223372036854775808 -5 255 120\n");
  const uint64_t x = w.alloc(World::word(5));
  CHECK(w.print({w.V(w.pointer_to(w.t_int), World::word(x)), w.V(w.pointer_to(w.t_int), World::word(0)),
                 w.V(w.ref(TypeKind::kMap, "map[string]int"), World::word(0)),
                 w.V(w.ref(TypeKind::kChan, "chan int"), World::word(0)), w.B(false)},
                true) == hex(x) + " 0x0 0x0 0x0 false\n");
  const std::string s = w.slice(w.t_int, {World::word(0), World::word(0), World::word(0)}, 4);
  const uint64_t data = w.mem.load(w.alloc(s), 8);
  CHECK(w.print({w.V(w.slice_of(w.t_int), s)}, true) == "[3/4]" + hex(data) + "\n");
  CHECK(w.print({}, true) == "\n");
  CHECK(w.print({}, false).empty());
}

// var a any = &x; var b any = 7; var n any
// println(a, b, n) → "(0x4641a0,0xc000086f48) (0x465f60,0x48a8c8) (0x0,0x0)\n"  (0xc000086f48 is &x)
TEST_CASE("println of an interface prints its two words; a pointer is its own data word") {
  World w;
  const int32_t pint = w.pointer_to(w.t_int);
  const uint64_t x = w.alloc(World::word(5));
  const std::string a = w.iface(w.V(pint, World::word(x)));  // any(&x): the data word is &x
  const std::string b = w.iface(w.I(7));                       // any(7): the data word is the box
  const uint64_t b_box = w.mem.load(w.alloc(b) + 8, 8);
  CHECK(w.print({w.V(w.t_any, a), w.V(w.t_any, b), w.V(w.t_any, std::string(16, '\0'))}, true) ==
        "(" + hex(gosim::ir::type_word(pint)) + "," + hex(x) + ") (" + hex(gosim::ir::type_word(w.t_int)) + "," +
            hex(b_box) + ") (0x0,0x0)\n");
}

// ---- What follows "panic: " (runtime/error.go printany) ----
// type Code int; type Label string; type F float64; type B bool; type U uint8; type T struct{ A, B int }
// type PS struct{ p *int }
// func (c Color) String() string { return "red" }; func (MyErr) Error() string { return "my error" }
// panic("boom") → "panic: boom"           panic(42) → "panic: 42"          panic(int8(-3)) → "panic: -3"
// panic(1.5) → "panic: +1.500000e+000"    panic(true) → "panic: true"      panic(uintptr(9)) → "panic: 9"
// panic('x') → "panic: 120"               panic("") → "panic: "            panic("a\nb") → "panic: a\nb"
// panic(errors.New("bad thing")) → "panic: bad thing"
// panic(Code(7)) → "panic: main.Code(7)"  panic(Label("label value")) → "panic: main.Label(\"label value\")"
// panic(F(1.5)) → "panic: main.F(+1.500000e+000)"  panic(B(true)) → "panic: main.B(true)"  panic(U(200)) → "panic: main.U(200)"
// panic(T{1, 2}) → "panic: (main.T) 0xc00009c010"      panic([]int{1}) → "panic: ([]int) 0xc0000a0000"
// panic((*T)(nil)) → "panic: (*main.T) 0x0"             panic(&x) → "panic: (*int) 0xc0000180a0"
// panic(PS{&x}) → "panic: (main.PS) 0xc0000180a0"       panic([1]*int{&x}) → "panic: ([1]*int) 0xc00009e000" (= &x)
// panic(map[int]int(nil)) → "panic: (map[int]int) 0x0"
// panic(nil) → "panic: nil"                             panic(Color(1)) → "panic: red"    panic(MyErr{}) → "panic: my error"
TEST_CASE("panic values: basic values plainly, named ones as main.Code(7), others as (type) data word") {
  World w;
  CHECK(w.panic(w.S("boom")) == "boom");
  CHECK(w.panic(w.I(42)) == "42");
  CHECK(w.panic(w.V(w.t_int8, World::word(0xFD, 1))) == "-3");
  CHECK(w.panic(w.F(1.5)) == "+1.500000e+000");
  CHECK(w.panic(w.B(true)) == "true");
  CHECK(w.panic(w.V(w.t_uintptr, World::word(9))) == "9");
  CHECK(w.panic(w.V(w.t_int32, World::word('x', 4))) == "120");
  CHECK(w.panic(w.S("")).empty());
  CHECK(w.panic(w.S("a\nb")) == "a\nb");
  CHECK(w.panic(w.E("bad thing")) == "bad thing");
  CHECK(w.panic(w.V(w.named(w.t_int, "main.Code"), World::word(7))) == "main.Code(7)");
  CHECK(w.panic(w.V(w.named(w.t_string, "main.Label"), w.str("label value"))) == "main.Label(\"label value\")");
  CHECK(w.panic(w.V(w.named(w.t_float, "main.F"), World::word(std::bit_cast<uint64_t>(1.5)))) ==
        "main.F(+1.500000e+000)");
  CHECK(w.panic(w.V(w.named(w.t_bool, "main.B"), World::word(1, 1))) == "main.B(true)");
  CHECK(w.panic(w.V(w.named(w.t_uint8, "main.U"), World::word(200, 1))) == "main.U(200)");
  CHECK(w.panic(World::Nil()) == "nil");

  // Non-basic values show the interface's data word: the box for a struct or slice, the
  // pointer itself for pointer-shaped types.
  const int32_t t = w.struct_of("main.T", {{"A", w.t_int}, {"B", w.t_int}});
  const uint64_t args_t = w.args({w.V(t, World::word(1) + World::word(2))});
  CHECK(gosim::interp::panic_value(w.ctx(), args_t) == "(main.T) " + hex(w.mem.load(args_t + 8, 8)));
  const uint64_t args_s = w.args({w.V(w.slice_of(w.t_int), w.ints({1}))});
  CHECK(gosim::interp::panic_value(w.ctx(), args_s) == "([]int) " + hex(w.mem.load(args_s + 8, 8)));
  CHECK(w.panic(w.V(w.pointer_to(t), World::word(0))) == "(*main.T) 0x0");
  const uint64_t x = w.alloc(World::word(3));
  const int32_t pint = w.pointer_to(w.t_int);
  CHECK(w.panic(w.V(pint, World::word(x))) == "(*int) " + hex(x));
  CHECK(w.panic(w.V(w.struct_of("main.PS", {{"p", pint}}), World::word(x))) == "(main.PS) " + hex(x));
  CHECK(w.panic(w.V(w.array_of(pint, 1), World::word(x))) == "([1]*int) " + hex(x));
  CHECK(w.panic(w.V(w.ref(TypeKind::kMap, "map[int]int"), World::word(0))) == "(map[int]int) 0x0");
}

TEST_CASE("a panic value with an Error or String method prints the method's text") {
  World w;
  const int32_t color = w.named(w.t_int, "main.Color");
  const int32_t myerr = w.struct_of("main.MyErr", {});
  w.hook = [&](uint64_t tw, uint64_t) {
    MethodResult r;
    const int32_t t = gosim::ir::type_of_word(tw);
    if (t == color) r = {MethodResult::Kind::kReturned, "String", "red"};
    if (t == myerr) r = {MethodResult::Kind::kReturned, "Error", "my error"};
    return r;
  };
  CHECK(w.panic(w.V(color, World::word(1))) == "red");
  CHECK(w.panic(w.V(myerr, "")) == "my error");
  CHECK(w.panic(w.V(w.named(w.t_int, "main.Code"), World::word(7))) == "main.Code(7)");  // no method
}
