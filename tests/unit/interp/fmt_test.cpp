// fmt and the runtime's print over simulated memory (sim/interp/fmt*.cpp).
//
// Each group builds values in a Memory by hand, with a small ir::Module of type descriptors, and
// checks the exact text Go 1.19.8 prints. The Go lines beside each group are the statements that
// produced the expected strings (run inside `package main` with `import "fmt"` and the types
// declared in that comment; outputs shown with %q). Pointer values differ between Go and gosim,
// so those cases compute the address gosim will print.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "tests/unit/interp/fmt_world.h"

using namespace gosim_fmt_test;  // NOLINT: the fixture of this file

// ---- Print and Println spacing ----
// fmt.Sprintln("a", 1, 2, "b")        → "a 1 2 b\n"
// fmt.Sprint("a", 1, 2, "b")          → "a1 2b"
// fmt.Sprint("a", "b")                → "ab"
// type Label string
// fmt.Sprint(Label("x"), 3)           → "x3"
// fmt.Sprintln()                      → "\n"
// fmt.Sprintln(nil)                   → "<nil>\n"
// fmt.Sprint(nil, nil)                → "<nil> <nil>"
// err := errors.New("boom")
// fmt.Sprint(err, err, "x", err)      → "boom boomxboom"
TEST_CASE("Println separates every operand by a space; Print only two non-strings") {
  World w;
  const int32_t label = w.named(w.t_string, "main.Label");
  CHECK(w.sprintln({w.S("a"), w.I(1), w.I(2), w.S("b")}) == "a 1 2 b\n");
  CHECK(w.sprint({w.S("a"), w.I(1), w.I(2), w.S("b")}) == "a1 2b");
  CHECK(w.sprint({w.S("a"), w.S("b")}) == "ab");
  CHECK(w.sprint({w.V(label, w.str("x")), w.I(3)}) == "x3");  // a named string is a string
  CHECK(w.sprintln({}) == "\n");
  CHECK(w.sprintln({World::Nil()}) == "<nil>\n");
  CHECK(w.sprint({World::Nil(), World::Nil()}) == "<nil> <nil>");
  const Arg err = w.E("boom");
  CHECK(w.sprint({err, err, w.S("x"), err}) == "boom boomxboom");  // errors are not strings
}

// ---- %v of integers, booleans and floats ----
// fmt.Sprintln(-42, int8(-8), uint8(255), uint64(math.MaxUint64), int64(math.MinInt64))
//   → "-42 -8 255 18446744073709551615 -9223372036854775808\n"
// fmt.Sprint(true, false) → "true false"
// fmt.Sprintln(1.0, 3.14, 1e6, 1e-7, 123456789.0, 0.000123, 100000.0, 1e21, 1e20,
//              math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1))
//   → "1 3.14 1e+06 1e-07 1.23456789e+08 0.000123 100000 1e+21 1e+20 -0 NaN +Inf -Inf\n"
// a, b := 0.1, 0.2
// fmt.Sprint(a+b, 1/3.0, 2.0/3, 100.5, -1e-300)
//   → "0.30000000000000004 0.3333333333333333 0.6666666666666666 100.5 -1e-300"
// fmt.Sprint(1e100, 12345678.0, 1234567.0, 5e-324, math.MaxFloat64)
//   → "1e+100 1.2345678e+07 1.234567e+06 5e-324 1.7976931348623157e+308"
// fmt.Sprint(123456.0, 1234567.0, 0.0001, 0.00001) → "123456 1.234567e+06 0.0001 1e-05"
TEST_CASE("%v prints integers in decimal and floats as strconv's shortest %g") {
  World w;
  CHECK(w.sprintln({w.I(-42), w.V(w.t_int8, World::word(static_cast<uint8_t>(-8), 1)),
                    w.V(w.t_uint8, World::word(255, 1)), w.V(w.t_uint64, World::word(~uint64_t{0})),
                    w.V(w.t_int64, World::word(uint64_t{1} << 63))}) ==
        "-42 -8 255 18446744073709551615 -9223372036854775808\n");
  CHECK(w.sprint({w.B(true), w.B(false)}) == "true false");
  const double inf = std::numeric_limits<double>::infinity();
  CHECK(w.sprintln({w.F(1.0), w.F(3.14), w.F(1e6), w.F(1e-7), w.F(123456789.0), w.F(0.000123),
                    w.F(100000.0), w.F(1e21), w.F(1e20), w.F(-0.0), w.F(std::nan("")), w.F(inf),
                    w.F(-inf)}) ==
        "1 3.14 1e+06 1e-07 1.23456789e+08 0.000123 100000 1e+21 1e+20 -0 NaN +Inf -Inf\n");
  volatile double a = 0.1, b = 0.2;
  CHECK(w.sprint({w.F(a + b), w.F(1 / 3.0), w.F(2.0 / 3), w.F(100.5), w.F(-1e-300)}) ==
        "0.30000000000000004 0.3333333333333333 0.6666666666666666 100.5 -1e-300");
  CHECK(w.sprint({w.F(1e100), w.F(12345678.0), w.F(1234567.0), w.F(5e-324),
                  w.F(std::numeric_limits<double>::max())}) ==
        "1e+100 1.2345678e+07 1.234567e+06 5e-324 1.7976931348623157e+308");
  CHECK(w.sprint({w.F(123456.0), w.F(1234567.0), w.F(0.0001), w.F(0.00001)}) ==
        "123456 1.234567e+06 0.0001 1e-05");
}

// ---- Float verbs ----
// fmt.Sprintf("%f|%.2f|%8.3f|%-8.2f|%+.1f|%08.3f", 3.14159, 3.14159, 3.14159, 3.14159, 3.14159, -3.14159)
//   → "3.141590|3.14|   3.142|3.14    |+3.1|-003.142"
// fmt.Sprintf("%e|%E|%.2e|%+.3e|%e", 123456.789, 123456.789, 0.000123, 5.0, 0.0)
//   → "1.234568e+05|1.234568E+05|1.23e-04|+5.000e+00|0.000000e+00"
// fmt.Sprintf("%g|%.3g|%G|%#g|%.3g|%g|%.10g", 1e6, 3.14159, 1e-10, 1.0, 100.0, 1e-5, 1.0/3)
//   → "1e+06|3.14|1E-10|1.00000|100|1e-05|0.3333333333"
// fmt.Sprintf("%x|%X|%.1x|%b", 1.5, -1.5, 1.0/3, 1.0) → "0x1.8p+00|-0X1.8P+00|0x1.5p-02|4503599627370496p-52"
// fmt.Sprintf("%6.2f|%-6.1f|%06.2f|% .2f|%+v|%5v|%05v", 2.5, 2.5, -2.5, 2.5, 2.5, math.Inf(1), math.NaN())
//   → "  2.50|2.5   |-02.50| 2.50|2.5| +Inf|  NaN"
// fmt.Sprintf("%.0f|%.0f|%.0f|%.1f|%.0e|%#.0f|%#.0e", 0.5, 1.5, 2.5, 0.05, 15.0, 3.0, 3.0)
//   → "0|2|2|0.1|2e+01|3.|3.e+00"
// fmt.Sprintf("%.2g|%.0g|%g|%g|%.4g|%#.4g|%#g", 123456.0, 0.0, 0.0, 1e-4, 1e-5, 0.0001, 123456789.0)
//   → "1.2e+05|0|0|0.0001|1e-05|0.0001000|1.23456789e+08"
// z := math.Copysign(0, -1)
// fmt.Sprintf("%#v|%v|%.2f|%e|%g", z, z, z, z, z) → "-0|-0|-0.00|-0.000000e+00|-0"
// fmt.Sprintf("%08.3f|%-8.1f|%+08.2f|% 8.2f", math.Inf(-1), 1.25, 1.5, -1.5) → "    -Inf|1.2     |+0001.50|   -1.50"
TEST_CASE("%f %e %g %x %b on floats with precision, width and flags") {
  World w;
  const double pi = 3.14159;
  CHECK(w.sprintf("%f|%.2f|%8.3f|%-8.2f|%+.1f|%08.3f", {w.F(pi), w.F(pi), w.F(pi), w.F(pi), w.F(pi), w.F(-pi)}) ==
        "3.141590|3.14|   3.142|3.14    |+3.1|-003.142");
  CHECK(w.sprintf("%e|%E|%.2e|%+.3e|%e", {w.F(123456.789), w.F(123456.789), w.F(0.000123), w.F(5.0), w.F(0.0)}) ==
        "1.234568e+05|1.234568E+05|1.23e-04|+5.000e+00|0.000000e+00");
  CHECK(w.sprintf("%g|%.3g|%G|%#g|%.3g|%g|%.10g",
                  {w.F(1e6), w.F(pi), w.F(1e-10), w.F(1.0), w.F(100.0), w.F(1e-5), w.F(1.0 / 3)}) ==
        "1e+06|3.14|1E-10|1.00000|100|1e-05|0.3333333333");
  CHECK(w.sprintf("%x|%X|%.1x|%b", {w.F(1.5), w.F(-1.5), w.F(1.0 / 3), w.F(1.0)}) ==
        "0x1.8p+00|-0X1.8P+00|0x1.5p-02|4503599627370496p-52");
  const double inf = std::numeric_limits<double>::infinity();
  CHECK(w.sprintf("%6.2f|%-6.1f|%06.2f|% .2f|%+v|%5v|%05v",
                  {w.F(2.5), w.F(2.5), w.F(-2.5), w.F(2.5), w.F(2.5), w.F(inf), w.F(std::nan(""))}) ==
        "  2.50|2.5   |-02.50| 2.50|2.5| +Inf|  NaN");
  CHECK(w.sprintf("%.0f|%.0f|%.0f|%.1f|%.0e|%#.0f|%#.0e",
                  {w.F(0.5), w.F(1.5), w.F(2.5), w.F(0.05), w.F(15.0), w.F(3.0), w.F(3.0)}) ==
        "0|2|2|0.1|2e+01|3.|3.e+00");  // halves round to even
  CHECK(w.sprintf("%.2g|%.0g|%g|%g|%.4g|%#.4g|%#g",
                  {w.F(123456.0), w.F(0.0), w.F(0.0), w.F(1e-4), w.F(1e-5), w.F(0.0001), w.F(123456789.0)}) ==
        "1.2e+05|0|0|0.0001|1e-05|0.0001000|1.23456789e+08");
  CHECK(w.sprintf("%#v|%v|%.2f|%e|%g", {w.F(-0.0), w.F(-0.0), w.F(-0.0), w.F(-0.0), w.F(-0.0)}) ==
        "-0|-0|-0.00|-0.000000e+00|-0");
  CHECK(w.sprintf("%08.3f|%-8.1f|%+08.2f|% 8.2f", {w.F(-inf), w.F(1.25), w.F(1.5), w.F(-1.5)}) ==
        "    -Inf|1.2     |+0001.50|   -1.50");
}

// ---- Strings and byte slices ----
// fmt.Sprintf("%v|%s|%q|%x|%X|% x|%#x|% #x", "hi\n", "hi", "hi\n", "hi", "hi", "hi", "hi", "hi")
//   → "hi\n|hi|\"hi\\n\"|6869|6869|68 69|0x6869|0x68 0x69"
// fmt.Sprintf("%10s|%-10s|%.2s|%6s|%5.1s|%-5q|%010s", "go", "go", "héllo", "héllo", "héllo", "a", "x")
//   → "        go|go        |hé| héllo|    h|\"a\"  |000000000x"
// fmt.Sprintf("%q|%+q|%#q|%#q|%q", "héllo", "héllo", "hi", "a`b", "\x00\t\u2028")
//   → "\"héllo\"|\"h\\u00e9llo\"|`hi`|\"a`b\"|\"\\x00\\t\\u2028\""
// fmt.Sprintf("%q|%x|%5x|[%s]|%#q", "", "", "", "", "") → "\"\"||     |[]|``"
// fmt.Sprintf("%q|%+q|%x|%s|%5s|%.1q", "\xff", "\xffa", "\xff", "a\xffb", "\xff", "\xffab")
//   → "\"\\xff\"|\"\\xffa\"|ff|a\xffb|    \xff|\"\\xff\""
// fmt.Sprintf("%q|%x|% x|%U", "世", "世", "世", '世') → "\"世\"|e4b896|e4 b8 96|U+4E16"
// fmt.Sprintf("%-4s|%4s|%-3c|%3q", "é", "世界", 'é', 'x') → "é   |  世界|é  |'x'"
TEST_CASE("strings: %s %q %x with widths counted in runes, precision truncating runes") {
  World w;
  CHECK(w.sprintf("%v|%s|%q|%x|%X|% x|%#x|% #x",
                  {w.S("hi\n"), w.S("hi"), w.S("hi\n"), w.S("hi"), w.S("hi"), w.S("hi"), w.S("hi"), w.S("hi")}) ==
        "hi\n|hi|\"hi\\n\"|6869|6869|68 69|0x6869|0x68 0x69");
  CHECK(w.sprintf("%10s|%-10s|%.2s|%6s|%5.1s|%-5q|%010s",
                  {w.S("go"), w.S("go"), w.S("héllo"), w.S("héllo"), w.S("héllo"), w.S("a"), w.S("x")}) ==
        "        go|go        |hé| héllo|    h|\"a\"  |000000000x");
  CHECK(w.sprintf("%q|%+q|%#q|%#q|%q",
                  {w.S("héllo"), w.S("héllo"), w.S("hi"), w.S("a`b"), w.S(std::string("\0\t\u2028", 5))}) ==
        "\"héllo\"|\"h\\u00e9llo\"|`hi`|\"a`b\"|\"\\x00\\t\\u2028\"");
  CHECK(w.sprintf("%q|%x|%5x|[%s]|%#q", {w.S(""), w.S(""), w.S(""), w.S(""), w.S("")}) == "\"\"||     |[]|``");
  CHECK(w.sprintf("%q|%+q|%x|%s|%5s|%.1q",
                  {w.S("\xff"), w.S("\xff" "a"), w.S("\xff"), w.S("a\xff" "b"), w.S("\xff"), w.S("\xff" "ab")}) ==
        "\"\\xff\"|\"\\xffa\"|ff|a\xff" "b|    \xff|\"\\xff\"");
  CHECK(w.sprintf("%q|%x|% x|%U", {w.S("世"), w.S("世"), w.S("世"), w.V(w.t_int32, World::word(0x4E16, 4))}) ==
        "\"世\"|e4b896|e4 b8 96|U+4E16");
  CHECK(w.sprintf("%-4s|%4s|%-3c|%3q", {w.S("é"), w.S("世界"), w.V(w.t_int32, World::word(0xE9, 4)),
                                         w.V(w.t_int32, World::word('x', 4))}) == "é   |  世界|é  |'x'");
}

// fmt.Sprintf("%v|%s|%x|%X|%q|%d|% x", []byte("hi"), ...)  → "[104 105]|hi|6869|6869|\"hi\"|[104 105]|68 69"
// fmt.Sprintf("%v|%s|%x", [2]byte{104, 105}, ...)         → "[104 105]|hi|6869"
// fmt.Sprintf("%#v", []byte{1, 2})                        → "[]byte{0x1, 0x2}"
// fmt.Sprintf("%x|%X|% X|%#X", -1, "hi", []byte{1, 171}, "hi") → "-1|6869|01 AB|0X6869"
TEST_CASE("byte slices and arrays print as strings for %s %q %x, as numbers for %v %d") {
  World w;
  const int32_t bytes = w.slice_of(w.t_uint8);
  const int32_t arr = w.array_of(w.t_uint8, 2);
  auto hi = [&] { return w.V(bytes, w.slice(w.t_uint8, {World::word('h', 1), World::word('i', 1)})); };
  CHECK(w.sprintf("%v|%s|%x|%X|%q|%d|% x", {hi(), hi(), hi(), hi(), hi(), hi(), hi()}) ==
        "[104 105]|hi|6869|6869|\"hi\"|[104 105]|68 69");
  const std::string a = World::word('h', 1) + World::word('i', 1);
  CHECK(w.sprintf("%v|%s|%x", {w.V(arr, a), w.V(arr, a), w.V(arr, a)}) == "[104 105]|hi|6869");
  CHECK(w.sprintf("%#v", {w.V(bytes, w.slice(w.t_uint8, {World::word(1, 1), World::word(2, 1)}))}) ==
        "[]byte{0x1, 0x2}");
  CHECK(w.sprintf("%x|%X|% X|%#X", {w.I(-1), w.S("hi"),
                                     w.V(bytes, w.slice(w.t_uint8, {World::word(1, 1), World::word(171, 1)})),
                                     w.S("hi")}) == "-1|6869|01 AB|0X6869");
}

// ---- Pointers, chans, funcs and nil ----
// type T struct{ A, B int }
// fmt.Sprint(&T{1, 2})                        → "&{1 2}"
// fmt.Sprint(&[]int{1, 2}, " ", &[2]int{1, 2}) → "&[1 2] &[1 2]"
// fmt.Sprintf("%+v", &T{1, 2})                → "&{A:1 B:2}"
// var np *T
// fmt.Sprintf("%v|%p|%d|%s|%+v|%#v|%x", np, np, np, np, np, np, np) → "<nil>|0x0|0|%!s(*main.T=<nil>)|<nil>|(*main.T)(nil)|0"
// x := 5; p := &x
// fmt.Sprintf("%v|%p|%#p|%#v|%x|%X|%d", p, p, p, p, p, p, p)
//   → "0xc000018098|0xc000018098|c000018098|(*int)(0xc000018098)|c000018098|C000018098|824633819288"
// fmt.Sprint(&np)                             → "0xc000012030" (a pointer to a pointer is an address)
// fmt.Sprint([]*int{nil}, struct{ P *T }{})    → "[<nil>] {<nil>}"
// fmt.Sprintf("%s|%d", []*T{{1, 2}}, [](*int){nil}) → "[%!s(*main.T=&{1 2})]|[0]"
// fmt.Sprint(&map[string]int{})               → "&map[]"
// fmt.Sprintf("%p|%x", 5, []int(nil))         → "%!p(int=5)|[]"
// fmt.Sprintf("%p|%v", []int{1}, &[]int{})    → "0xc0000180b0|&[]"
// ch := make(chan int); var nch chan int; var nf func()
// fmt.Sprintf("%v|%v|%p|%#v", ch, nch, nch, nch) → "0xc000070060|<nil>|0x0|(chan int)(nil)"
// fmt.Sprintf("%v|%T|%#v", nf, nf, nf)        → "<nil>|func()|(func())(nil)"
TEST_CASE("pointers print as addresses, except a top-level pointer to a struct, array, slice or map") {
  World w;
  const int32_t t = w.struct_of("main.T", {{"A", w.t_int}, {"B", w.t_int}});
  const int32_t pt = w.pointer_to(t);
  const int32_t ints = w.slice_of(w.t_int);
  const uint64_t obj = w.alloc(w.record(t, {World::word(1), World::word(2)}));
  CHECK(w.sprint({w.V(pt, World::word(obj))}) == "&{1 2}");
  CHECK(w.sprintf("%+v", {w.V(pt, World::word(obj))}) == "&{A:1 B:2}");
  const uint64_t sl = w.alloc(w.ints({1, 2}));
  const uint64_t ar = w.alloc(World::word(1) + World::word(2));
  CHECK(w.sprint({w.V(w.pointer_to(ints), World::word(sl)), w.S(" "),
                  w.V(w.pointer_to(w.array_of(w.t_int, 2)), World::word(ar))}) == "&[1 2] &[1 2]");
  auto np = [&] { return w.V(pt, World::word(0)); };
  CHECK(w.sprintf("%v|%p|%d|%s|%+v|%#v|%x", {np(), np(), np(), np(), np(), np(), np()}) ==
        "<nil>|0x0|0|%!s(*main.T=<nil>)|<nil>|(*main.T)(nil)|0");

  const int32_t pint = w.pointer_to(w.t_int);
  const uint64_t x = w.alloc(World::word(5));
  auto p = [&] { return w.V(pint, World::word(x)); };
  const std::string hx = hex(x), bare = hx.substr(2);
  std::string upper = bare;
  for (char& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  CHECK(w.sprintf("%v|%p|%#p|%#v|%x|%X|%d", {p(), p(), p(), p(), p(), p(), p()}) ==
        hx + "|" + hx + "|" + bare + "|(*int)(" + hx + ")|" + bare + "|" + upper + "|" + std::to_string(x));
  const uint64_t npp = w.alloc(World::word(0));
  CHECK(w.sprint({w.V(w.pointer_to(pt), World::word(npp))}) == hex(npp));
  const int32_t pslice = w.slice_of(pint);
  CHECK(w.sprint({w.V(pslice, w.slice(pint, {World::word(0)})),
                  w.V(w.struct_of("", {{"P", pt}}), World::word(0))}) == "[<nil>] {<nil>}");
  CHECK(w.sprintf("%s|%d", {w.V(w.slice_of(pt), w.slice(pt, {World::word(obj)})),
                            w.V(pslice, w.slice(pint, {World::word(0)}))}) == "[%!s(*main.T=&{1 2})]|[0]");
  const int32_t map_t = w.ref(TypeKind::kMap, "map[string]int");
  const uint64_t m = w.alloc(World::word(0xc000100000));
  CHECK(w.sprint({w.V(w.pointer_to(map_t), World::word(m))}) == "&map[]");
  CHECK(w.sprintf("%p|%x", {w.I(5), w.V(ints, w.nil_slice())}) == "%!p(int=5)|[]");
  const std::string one = w.ints({1});
  const uint64_t first = w.mem.load(w.alloc(one), 8);
  CHECK(w.sprintf("%p", {w.V(ints, one)}) == hex(first));

  const int32_t chan_t = w.ref(TypeKind::kChan, "chan int");
  const int32_t func_t = w.ref(TypeKind::kFunc, "func()");
  CHECK(w.sprintf("%v|%v|%p|%#v", {w.V(chan_t, World::word(0xc000070060)), w.V(chan_t, World::word(0)),
                                    w.V(chan_t, World::word(0)), w.V(chan_t, World::word(0))}) ==
        "0xc000070060|<nil>|0x0|(chan int)(nil)");
  CHECK(w.sprintf("%v|%T|%#v", {w.V(func_t, World::word(0)), w.V(func_t, World::word(0)),
                                 w.V(func_t, World::word(0))}) == "<nil>|func()|(func())(nil)");
}

// fmt.Sprintf("%v|%d|%T|%s|%5v|%-6v|", nil, nil, nil, nil, nil, nil) → "<nil>|%!d(<nil>)|<nil>|%!s(<nil>)|<nil>|<nil> |"
// var e error; fmt.Sprintf("%v|%T", e, e) → "<nil>|<nil>"
TEST_CASE("a nil interface prints <nil>, padded, and is a bad operand for other verbs") {
  World w;
  const Arg n = World::Nil();
  CHECK(w.sprintf("%v|%d|%T|%s|%5v|%-6v|", {n, n, n, n, n, n}) == "<nil>|%!d(<nil>)|<nil>|%!s(<nil>)|<nil>|<nil> |");
}

// ---- Slices, arrays, structs ----
// fmt.Sprint([]int{1, 2, 3}, []int{}, []int(nil), []string{"a", "b"}) → "[1 2 3] [] [] [a b]"
// fmt.Sprintf("%q|%d|%x|%5d|%-3d|%03d|%v", []string{"a", "b"}, []int{1, 2}, []int{10, 255}, []int{1, 2},
//             []int{1, 2}, []int{1, 2}, [][]int{{1}, {2, 3}})
//   → "[\"a\" \"b\"]|[1 2]|[a ff]|[    1     2]|[1   2  ]|[001 002]|[[1] [2 3]]"
// fmt.Sprint([3]int{1, 2, 3}, [2]bool{true, false}, [0]int{}) → "[1 2 3] [true false] []"
// fmt.Sprintf("%v|%d|%s|%x", []any{1, "a", nil}, []any{nil, "a"}, []any{1}, []any{"hi", 255})
//   → "[1 a <nil>]|[<nil> %!d(string=a)]|[%!s(int=1)]|[6869 ff]"
// fmt.Sprint([]any{[]int{1}, struct{ A any }{"x"}, false}) → "[[1] {x} false]"
TEST_CASE("slices and arrays print [e1 e2], applying the verb and its flags to every element") {
  World w;
  const int32_t ints = w.slice_of(w.t_int);
  const int32_t strs = w.slice_of(w.t_string);
  CHECK(w.sprint({w.V(ints, w.ints({1, 2, 3})), w.V(ints, w.ints({})), w.V(ints, w.nil_slice()),
                  w.V(strs, w.slice(w.t_string, {w.str("a"), w.str("b")}))}) == "[1 2 3] [] [] [a b]");
  const int32_t nested = w.slice_of(ints);
  CHECK(w.sprintf("%q|%d|%x|%5d|%-3d|%03d|%v",
                  {w.V(strs, w.slice(w.t_string, {w.str("a"), w.str("b")})), w.V(ints, w.ints({1, 2})),
                   w.V(ints, w.ints({10, 255})), w.V(ints, w.ints({1, 2})), w.V(ints, w.ints({1, 2})),
                   w.V(ints, w.ints({1, 2})), w.V(nested, w.slice(ints, {w.ints({1}), w.ints({2, 3})}))}) ==
        "[\"a\" \"b\"]|[1 2]|[a ff]|[    1     2]|[1   2  ]|[001 002]|[[1] [2 3]]");
  CHECK(w.sprint({w.V(w.array_of(w.t_int, 3), World::word(1) + World::word(2) + World::word(3)),
                  w.V(w.array_of(w.t_bool, 2), World::word(1, 1) + World::word(0, 1)),
                  w.V(w.array_of(w.t_int, 0), "")}) == "[1 2 3] [true false] []");
  const int32_t anys = w.slice_of(w.t_any);
  auto any_slice = [&](const std::vector<Arg>& elems) {
    std::vector<std::string> e;
    for (const Arg& a : elems) e.push_back(w.iface(a));
    return w.V(anys, w.slice(w.t_any, e));
  };
  CHECK(w.sprintf("%v|%d|%s|%x", {any_slice({w.I(1), w.S("a"), World::Nil()}), any_slice({World::Nil(), w.S("a")}),
                                   any_slice({w.I(1)}), any_slice({w.S("hi"), w.I(255)})}) ==
        "[1 a <nil>]|[<nil> %!d(string=a)]|[%!s(int=1)]|[6869 ff]");
  const int32_t sa = w.struct_of("", {{"A", w.t_any}});
  CHECK(w.sprint({any_slice({w.V(ints, w.ints({1})), w.V(sa, w.iface(w.S("x"))), w.B(false)})}) ==
        "[[1] {x} false]");
}

// type T struct{ A, B int }; type S struct { Name string; Age int }
// type In struct{ X, Y int }; type Outer struct { A int; In In }
// fmt.Sprint(T{1, 2}, " ", S{"Alice", 30}, " ", Outer{1, In{2, 3}}, " ", struct{}{}) → "{1 2} {Alice 30} {1 {2 3}} {}"
// fmt.Sprintf("%+v|%+v|%+v", T{1, 2}, Outer{1, In{2, 3}}, S{"Bob", 5}) → "{A:1 B:2}|{A:1 In:{X:2 Y:3}}|{Name:Bob Age:5}"
// fmt.Sprint(struct{ X any }{}, struct{ X any }{5}, struct{ S []int }{[]int{1, 2}}) → "{<nil>} {5} {[1 2]}"
// fmt.Sprintf("%6v|%-4v|%04v", T{1, 2}, T{1, 2}, T{1, 2}) → "{     1      2}|{1    2   }|{0001 0002}"
// fmt.Sprintf("%t", T{1, 2}) → "{%!t(int=1) %!t(int=2)}"
// fmt.Sprintf("%v|%+v|%d", struct{ E error }{}, struct{ E error }{}, struct{ E error }{}) → "{<nil>}|{E:<nil>}|{<nil>}"
TEST_CASE("structs print {f1 f2}, %+v adds field names, and flags apply to each field") {
  World w;
  const int32_t t = w.struct_of("main.T", {{"A", w.t_int}, {"B", w.t_int}});
  const int32_t s = w.struct_of("main.S", {{"Name", w.t_string}, {"Age", w.t_int}});
  const int32_t in = w.struct_of("main.In", {{"X", w.t_int}, {"Y", w.t_int}});
  const int32_t outer = w.struct_of("main.Outer", {{"A", w.t_int}, {"In", in}});
  auto T12 = [&] { return w.V(t, w.record(t, {World::word(1), World::word(2)})); };
  auto O = [&] { return w.V(outer, World::word(1) + World::word(2) + World::word(3)); };
  CHECK(w.sprint({T12(), w.S(" "), w.V(s, w.record(s, {w.str("Alice"), World::word(30)})), w.S(" "), O(), w.S(" "),
                  w.V(w.struct_of("", {}), "")}) == "{1 2} {Alice 30} {1 {2 3}} {}");
  CHECK(w.sprintf("%+v|%+v|%+v", {T12(), O(), w.V(s, w.record(s, {w.str("Bob"), World::word(5)}))}) ==
        "{A:1 B:2}|{A:1 In:{X:2 Y:3}}|{Name:Bob Age:5}");
  const int32_t sx = w.struct_of("", {{"X", w.t_any}});
  const int32_t ss = w.struct_of("", {{"S", w.slice_of(w.t_int)}});
  CHECK(w.sprint({w.V(sx, w.iface(World::Nil())), w.V(sx, w.iface(w.I(5))), w.V(ss, w.ints({1, 2}))}) ==
        "{<nil>} {5} {[1 2]}");
  CHECK(w.sprintf("%6v|%-4v|%04v", {T12(), T12(), T12()}) == "{     1      2}|{1    2   }|{0001 0002}");
  CHECK(w.sprintf("%t", {T12()}) == "{%!t(int=1) %!t(int=2)}");
  const int32_t se = w.struct_of("", {{"E", w.t_error}});
  auto E0 = [&] { return w.V(se, std::string(16, '\0')); };
  CHECK(w.sprintf("%v|%+v|%d", {E0(), E0(), E0()}) == "{<nil>}|{E:<nil>}|{<nil>}");
}

// ---- %#v: Go syntax ----
// fmt.Sprintf("%#v|%#v|%#v|%#v|%#v|%#v|%#v", T{1, 2}, S{"x", 1}, []int{1, 2}, []int(nil), "hi", uint8(5), struct{ X any }{})
//   → "main.T{A:1, B:2}|main.S{Name:\"x\", Age:1}|[]int{1, 2}|[]int(nil)|\"hi\"|0x5|struct { X interface {} }{X:interface {}(nil)}"
// fmt.Sprintf("%#v|%#v|%#v|%#v|%#v|%#v|%#v", &T{1, 2}, []string{"a"}, [2]bool{}, 1.0, 1e6, Code(3), []any{1, "a", nil})
//   → "&main.T{A:1, B:2}|[]string{\"a\"}|[2]bool{false, false}|1|1e+06|3|[]interface {}{1, \"a\", interface {}(nil)}"
// fmt.Sprintf("%#v|%#v|%#v", uint(10), int(-10), uintptr(0)) → "0xa|-10|0x0"
// fmt.Sprintf("%#v|%#v", map[string]int{}, map[string]int(nil)) → "map[string]int{}|map[string]int(nil)"
// fmt.Sprintf("%#v|%#v|%#v|%#v|%#v", true, int8(-3), "a\tb", 'x', struct{ a, B int }{1, 2})
//   → "true|-3|\"a\\tb\"|120|struct { a int; B int }{a:1, B:2}"
TEST_CASE("%#v prints values in Go syntax") {
  World w;
  const int32_t t = w.struct_of("main.T", {{"A", w.t_int}, {"B", w.t_int}});
  const int32_t s = w.struct_of("main.S", {{"Name", w.t_string}, {"Age", w.t_int}});
  const int32_t ints = w.slice_of(w.t_int);
  const int32_t sx = w.struct_of("", {{"X", w.t_any}});
  CHECK(w.sprintf("%#v|%#v|%#v|%#v|%#v|%#v|%#v",
                  {w.V(t, World::word(1) + World::word(2)), w.V(s, w.record(s, {w.str("x"), World::word(1)})),
                   w.V(ints, w.ints({1, 2})), w.V(ints, w.nil_slice()), w.S("hi"), w.V(w.t_uint8, World::word(5, 1)),
                   w.V(sx, std::string(16, '\0'))}) ==
        "main.T{A:1, B:2}|main.S{Name:\"x\", Age:1}|[]int{1, 2}|[]int(nil)|\"hi\"|0x5|"
        "struct { X interface {} }{X:interface {}(nil)}");
  const uint64_t obj = w.alloc(World::word(1) + World::word(2));
  const int32_t anys = w.slice_of(w.t_any);
  const int32_t code = w.named(w.t_int, "main.Code");
  CHECK(w.sprintf("%#v|%#v|%#v|%#v|%#v|%#v|%#v",
                  {w.V(w.pointer_to(t), World::word(obj)),
                   w.V(w.slice_of(w.t_string), w.slice(w.t_string, {w.str("a")})),
                   w.V(w.array_of(w.t_bool, 2), World::word(0, 2)), w.F(1.0), w.F(1e6), w.V(code, World::word(3)),
                   w.V(anys, w.slice(w.t_any, {w.iface(w.I(1)), w.iface(w.S("a")), w.iface(World::Nil())}))}) ==
        "&main.T{A:1, B:2}|[]string{\"a\"}|[2]bool{false, false}|1|1e+06|3|"
        "[]interface {}{1, \"a\", interface {}(nil)}");
  CHECK(w.sprintf("%#v|%#v|%#v", {w.V(w.t_uint, World::word(10)), w.I(-10), w.V(w.t_uintptr, World::word(0))}) ==
        "0xa|-10|0x0");
  const int32_t map_t = w.ref(TypeKind::kMap, "map[string]int");
  CHECK(w.sprintf("%#v|%#v", {w.V(map_t, World::word(0xc000100000)), w.V(map_t, World::word(0))}) ==
        "map[string]int{}|map[string]int(nil)");
  const int32_t ab = w.struct_of("", {{"a", w.t_int}, {"B", w.t_int}});
  CHECK(w.sprintf("%#v|%#v|%#v|%#v|%#v",
                  {w.B(true), w.V(w.t_int8, World::word(static_cast<uint8_t>(-3), 1)), w.S("a\tb"),
                   w.V(w.t_int32, World::word('x', 4)), w.V(ab, World::word(1) + World::word(2))}) ==
        "true|-3|\"a\\tb\"|120|struct { a int; B int }{a:1, B:2}");
}

// ---- %T, %t, runes, integers ----
// fmt.Sprintf("%T|%T|%T|%T|%T|%T|%T|%T|%T", 1, "s", []int{}, T{}, &T{}, [3]int{}, struct{ A int }{}, 1.5, errors.New("x"))
//   → "int|string|[]int|main.T|*main.T|[3]int|struct { A int }|float64|*errors.errorString"
// fmt.Sprintf("%8T|%-8T|%.2T", 1, 1, "abc") → "     int|int     |st"
TEST_CASE("%T prints the dynamic type's name, with width and precision") {
  World w;
  const int32_t t = w.struct_of("main.T", {{"A", w.t_int}, {"B", w.t_int}});
  CHECK(w.sprintf("%T|%T|%T|%T|%T|%T|%T|%T|%T",
                  {w.I(1), w.S("s"), w.V(w.slice_of(w.t_int), w.ints({})), w.V(t, std::string(16, '\0')),
                   w.V(w.pointer_to(t), World::word(0)), w.V(w.array_of(w.t_int, 3), std::string(24, '\0')),
                   w.V(w.struct_of("", {{"A", w.t_int}}), World::word(0)), w.F(1.5), w.E("x")}) ==
        "int|string|[]int|main.T|*main.T|[3]int|struct { A int }|float64|*errors.errorString");
  CHECK(w.sprintf("%8T|%-8T|%.2T", {w.I(1), w.I(1), w.S("abc")}) == "     int|int     |st");
}

// fmt.Sprintf("%t|%t|%v|%5t", true, 5, false, true) → "true|%!t(int=5)|false| true"
// fmt.Sprintf("%s|%d|%x", true, false, 1.5) → "%!s(bool=true)|%!d(bool=false)|0x1.8p+00"
// fmt.Sprintf("%x|%q|%c", true, 1.5, "s") → "%!x(bool=true)|%!q(float64=1.5)|%!c(string=s)"
TEST_CASE("%t formats booleans; other verbs on a bool are bad verbs") {
  World w;
  CHECK(w.sprintf("%t|%t|%v|%5t", {w.B(true), w.I(5), w.B(false), w.B(true)}) == "true|%!t(int=5)|false| true");
  CHECK(w.sprintf("%s|%d|%x", {w.B(true), w.B(false), w.F(1.5)}) == "%!s(bool=true)|%!d(bool=false)|0x1.8p+00");
  CHECK(w.sprintf("%x|%q|%c", {w.B(true), w.F(1.5), w.S("s")}) == "%!x(bool=true)|%!q(float64=1.5)|%!c(string=s)");
}

// fmt.Sprintf("%c|%c|%q|%q|%U|%#U|%q|%c|%+q|%#U", 'A', 0x4E16, 'x', '\n', 0x1F600, 'x', 0x4E16, -1, 'é', 0x1F)
//   → "A|世|'x'|'\\n'|U+1F600|U+0078 'x'|'世'|�|'\\u00e9'|U+001F"
// fmt.Sprintf("%U|%.6U|%#.2U", -1, 0x41, 0x41) → "U+FFFFFFFFFFFFFFFF|U+000041|U+0041 'A'"
// fmt.Sprintf("%q|%q|%+q|%#q", 0x110000, 'a', 0x263a, 'a') → "'�'|'a'|'\\u263a'|'a'"
TEST_CASE("%c %q %U print integers as characters") {
  World w;
  auto R = [&](int32_t r) { return w.V(w.t_int32, World::word(static_cast<uint32_t>(r), 4)); };
  CHECK(w.sprintf("%c|%c|%q|%q|%U|%#U|%q|%c|%+q|%#U",
                  {R('A'), w.I(0x4E16), R('x'), R('\n'), w.I(0x1F600), R('x'), w.I(0x4E16), w.I(-1), R(0xE9),
                   w.I(0x1F)}) == "A|世|'x'|'\\n'|U+1F600|U+0078 'x'|'世'|\xEF\xBF\xBD|'\\u00e9'|U+001F");
  CHECK(w.sprintf("%U|%.6U|%#.2U", {w.I(-1), w.I(0x41), w.I(0x41)}) == "U+FFFFFFFFFFFFFFFF|U+000041|U+0041 'A'");
  CHECK(w.sprintf("%q|%q|%+q|%#q", {w.I(0x110000), R('a'), w.I(0x263a), R('a')}) ==
        "'\xEF\xBF\xBD'|'a'|'\\u263a'|'a'");
}

// fmt.Sprintf("%x|%X|%#x|%o|%#o|%O|%b|%#b|%x", 255, 255, 255, 8, 8, 8, 5, 5, -255) → "ff|FF|0xff|10|010|0o10|101|0b101|-ff"
// fmt.Sprintf("%05d|%+d|% d|%-5d|%.3d|%8.3d|%.0d|%5.0d|%-08d|%+05d|%x", -42, 5, 5, 5, 7, 7, 0, 0, 3, 3, int8(-1))
//   → "-0042|+5| 5|5    |007|     007||     |3       |+0003|-1"
// fmt.Sprintf("%6d|%-6d|%06d|%#08x|%08b|% 05d", 42, 42, -42, 255, 5, 42) → "    42|42    |-00042|0x000000ff|00000101| 0042"
// fmt.Sprintf("%d|%x|%b", int64(math.MinInt64), int64(math.MinInt64), int8(-128)) → "-9223372036854775808|-8000000000000000|-10000000"
TEST_CASE("integer verbs: bases, signs, zero padding and precision") {
  World w;
  CHECK(w.sprintf("%x|%X|%#x|%o|%#o|%O|%b|%#b|%x",
                  {w.I(255), w.I(255), w.I(255), w.I(8), w.I(8), w.I(8), w.I(5), w.I(5), w.I(-255)}) ==
        "ff|FF|0xff|10|010|0o10|101|0b101|-ff");
  CHECK(w.sprintf("%05d|%+d|% d|%-5d|%.3d|%8.3d|%.0d|%5.0d|%-08d|%+05d|%x",
                  {w.I(-42), w.I(5), w.I(5), w.I(5), w.I(7), w.I(7), w.I(0), w.I(0), w.I(3), w.I(3),
                   w.V(w.t_int8, World::word(0xFF, 1))}) == "-0042|+5| 5|5    |007|     007||     |3       |+0003|-1");
  CHECK(w.sprintf("%6d|%-6d|%06d|%#08x|%08b|% 05d", {w.I(42), w.I(42), w.I(-42), w.I(255), w.I(5), w.I(42)}) ==
        "    42|42    |-00042|0x000000ff|00000101| 0042");
  const Arg min64 = w.V(w.t_int64, World::word(uint64_t{1} << 63));
  CHECK(w.sprintf("%d|%x|%b", {min64, min64, w.V(w.t_int8, World::word(0x80, 1))}) ==
        "-9223372036854775808|-8000000000000000|-10000000");
}

// type Code int; type Label string; type Celsius float64; type Flag bool; type IDs []int
// fmt.Sprintf("%v|%d|%x|%v|%s|%q|%T", Code(7), Code(7), Code(255), Label("lv"), Label("lv"), Label("lv"), Label(""))
//   → "7|7|ff|lv|lv|\"lv\"|main.Label"
// fmt.Sprintf("%v|%.1f|%v|%t|%v|%d|%T", Celsius(21.5), Celsius(21.5), Flag(true), Flag(false), IDs{1, 2}, IDs{3}, IDs{})
//   → "21.5|21.5|true|false|[1 2]|[3]|main.IDs"
// fmt.Sprint(Celsius(1), Celsius(2)) → "1 2"
TEST_CASE("named types without methods print like their underlying type") {
  World w;
  const int32_t code = w.named(w.t_int, "main.Code");
  const int32_t label = w.named(w.t_string, "main.Label");
  const int32_t celsius = w.named(w.t_float, "main.Celsius");
  const int32_t flag = w.named(w.t_bool, "main.Flag");
  const int32_t ids = w.named(w.slice_of(w.t_int), "main.IDs");
  CHECK(w.sprintf("%v|%d|%x|%v|%s|%q|%T", {w.V(code, World::word(7)), w.V(code, World::word(7)),
                                            w.V(code, World::word(255)), w.V(label, w.str("lv")),
                                            w.V(label, w.str("lv")), w.V(label, w.str("lv")),
                                            w.V(label, w.str(""))}) == "7|7|ff|lv|lv|\"lv\"|main.Label");
  const std::string c215 = World::word(std::bit_cast<uint64_t>(21.5));
  CHECK(w.sprintf("%v|%.1f|%v|%t|%v|%d|%T", {w.V(celsius, c215), w.V(celsius, c215), w.V(flag, World::word(1, 1)),
                                              w.V(flag, World::word(0, 1)), w.V(ids, w.ints({1, 2})),
                                              w.V(ids, w.ints({3})), w.V(ids, w.ints({}))}) ==
        "21.5|21.5|true|false|[1 2]|[3]|main.IDs");
  CHECK(w.sprint({w.V(celsius, World::word(std::bit_cast<uint64_t>(1.0))),
                  w.V(celsius, World::word(std::bit_cast<uint64_t>(2.0)))}) == "1 2");
}

// ---- Errors and Stringers ----
// err := errors.New("boom")
// fmt.Sprintf("%v|%s|%q|%x|%d|%T|%10v|%-6v|", err, err, err, err, err, err, err, err)
//   → "boom|boom|\"boom\"|626f6f6d|&{%!d(string=boom)}|*errors.errorString|      boom|boom  |"
// type E struct{ Err error }; type e struct{ err error }
// fmt.Sprint([]error{err}, E{err}, " ", e{err}) → "[boom] {boom} {0xc000014850}"
// fmt.Sprintf("%+v|%#v", E{err}, E{})          → "{Err:boom}|main.E{Err:error(nil)}"
// fmt.Sprintf("%d", E{err})                    → "{824633804880}"
TEST_CASE("errors.New values print their text for %v %s %q %x, and are pointers otherwise") {
  World w;
  auto err = [&] { return w.E("boom"); };
  CHECK(w.sprintf("%v|%s|%q|%x|%d|%T|%10v|%-6v|", {err(), err(), err(), err(), err(), err(), err(), err()}) ==
        "boom|boom|\"boom\"|626f6f6d|&{%!d(string=boom)}|*errors.errorString|      boom|boom  |");
  const int32_t errs = w.slice_of(w.t_error);
  const int32_t big_e = w.struct_of("main.E", {{"Err", w.t_error}});
  const int32_t small_e = w.struct_of("main.e", {{"err", w.t_error}});
  // An unexported field's value cannot be turned back into an interface: no Error call, so
  // the *errorString inside prints as the pointer it is.
  const Arg hidden = w.V(small_e, w.iface(err()));
  // The *errorString is the interface's data word itself (a pointer-shaped type).
  const uint64_t es = w.mem.load(w.alloc(hidden.bytes) + 8, 8);
  CHECK(w.sprint({w.V(errs, w.slice(w.t_error, {w.iface(err())})), w.V(big_e, w.iface(err())), w.S(" "), hidden}) ==
        "[boom] {boom} {" + hex(es) + "}");
  CHECK(w.sprintf("%+v|%#v", {w.V(big_e, w.iface(err())), w.V(big_e, std::string(16, '\0'))}) ==
        "{Err:boom}|main.E{Err:error(nil)}");
  const Arg exported = w.V(big_e, w.iface(err()));
  const uint64_t es2 = w.mem.load(w.alloc(exported.bytes) + 8, 8);
  CHECK(w.sprintf("%d", {exported}) == "{" + std::to_string(es2) + "}");
}

// The interpreter's hook stands in for these methods:
// type Color int; func (c Color) String() string { return []string{"red", "green"}[c] }
// type Bad int; func (Bad) String() string { panic("boom") }
// type PT struct{ s string }; func (p *PT) String() string { return p.s }
// fmt.Sprintf("%v|%d|%s|%q|%x|%v|%v", Color(0), Color(1), Color(1), Color(0), Color(0), []Color{0, 1}, struct{ C Color }{1})
//   → "red|1|green|\"red\"|726564|[red green]|{green}"
// fmt.Sprint(struct{ c Color }{1})                  → "{1}"
// fmt.Sprint(Bad(1))                                → "%!v(PANIC=String method: boom)"
// fmt.Sprintf("%d|%s", Bad(1), Bad(2))              → "1|%!s(PANIC=String method: boom)"
// var np *PT; fmt.Sprintf("%v|%s|%q|%5v|", np, np, np, np) → "<nil>|<nil>|<nil>|<nil>|"
// fmt.Sprint(&PT{"pt"}, []*PT{{"in"}}, PT{"val"})   → "pt [in] {val}"
TEST_CASE("String methods are called through the interpreter's hook for %v %s %q %x") {
  World w;
  const int32_t color = w.named(w.t_int, "main.Color");
  const int32_t bad = w.named(w.t_int, "main.Bad");
  const int32_t pt = w.struct_of("main.PT", {{"s", w.t_string}});
  const int32_t ppt = w.pointer_to(pt);
  w.hook = [&](uint64_t tw, uint64_t data) {
    MethodResult r;
    const int32_t t = gosim::ir::type_of_word(tw);
    if (t == color) {
      r.kind = MethodResult::Kind::kReturned;
      r.text = w.mem.load(data, 8) == 0 ? "red" : "green";
    } else if (t == bad) {
      r.kind = MethodResult::Kind::kPanicked;
      r.text = "boom";
    } else if (t == ppt) {
      const uint64_t p = w.mem.load(data, 8);
      if (p == 0) {
        r.kind = MethodResult::Kind::kPanicked;
        r.text = "runtime error: invalid memory address or nil pointer dereference";
      } else {
        r.kind = MethodResult::Kind::kReturned;
        r.text = w.mem.read_string(w.mem.load(p, 8), w.mem.load(p + 8, 8));
      }
    }
    if (r.kind != MethodResult::Kind::kNoMethod) r.method = "String";
    return r;
  };
  auto C = [&](int64_t v) { return w.V(color, World::word(static_cast<uint64_t>(v))); };
  CHECK(w.sprintf("%v|%d|%s|%q|%x|%v|%v",
                  {C(0), C(1), C(1), C(0), C(0), w.V(w.slice_of(color), w.ints({0, 1}, color)),
                   w.V(w.struct_of("", {{"C", color}}), World::word(1))}) ==
        "red|1|green|\"red\"|726564|[red green]|{green}");
  CHECK(w.sprint({w.V(w.struct_of("", {{"c", color}}), World::word(1))}) == "{1}");
  CHECK(w.sprint({w.V(bad, World::word(1))}) == "%!v(PANIC=String method: boom)");
  CHECK(w.sprintf("%d|%s", {w.V(bad, World::word(1)), w.V(bad, World::word(2))}) ==
        "1|%!s(PANIC=String method: boom)");
  auto np = [&] { return w.V(ppt, World::word(0)); };
  CHECK(w.sprintf("%v|%s|%q|%5v|", {np(), np(), np(), np()}) == "<nil>|<nil>|<nil>|<nil>|");
  auto mk = [&](const std::string& s) { return World::word(w.alloc(w.str(s))); };
  CHECK(w.sprint({w.V(ppt, mk("pt")), w.V(w.slice_of(ppt), w.slice(ppt, {mk("in")})), w.V(pt, w.str("val"))}) ==
        "pt [in] {val}");
}

// ---- Format errors ----
// fmt.Sprintf("%d|%s|%z|%!|%t", "hi", 5, 1, 2, "x") → "%!d(string=hi)|%!s(int=5)|%!z(int=1)|%!!(int=2)|%!t(string=x)"
// fmt.Sprintf("%d %d", 1)             → "1 %!d(MISSING)"
// fmt.Sprintf("%s|%v|%-5d", "a")      → "a|%!v(MISSING)|%!d(MISSING)"
// fmt.Sprintf("%d", 1, 2)             → "1%!(EXTRA int=2)"
// fmt.Sprintf("x", 1, "a", nil, []int{1}) → "x%!(EXTRA int=1, string=a, <nil>, []int=[1])"
// fmt.Sprintf("%")                    → "%!(NOVERB)"
// fmt.Sprintf("abc%-")                → "abc%!(NOVERB)"
// fmt.Sprintf("%%|%5%|%d%%", 5)       → "%|%|5%"
TEST_CASE("bad verbs, missing and extra operands print inline") {
  World w;
  CHECK(w.sprintf("%d|%s|%z|%!|%t", {w.S("hi"), w.I(5), w.I(1), w.I(2), w.S("x")}) ==
        "%!d(string=hi)|%!s(int=5)|%!z(int=1)|%!!(int=2)|%!t(string=x)");
  CHECK(w.sprintf("%d %d", {w.I(1)}) == "1 %!d(MISSING)");
  CHECK(w.sprintf("%s|%v|%-5d", {w.S("a")}) == "a|%!v(MISSING)|%!d(MISSING)");
  CHECK(w.sprintf("%d", {w.I(1), w.I(2)}) == "1%!(EXTRA int=2)");
  CHECK(w.sprintf("x", {w.I(1), w.S("a"), World::Nil(), w.V(w.slice_of(w.t_int), w.ints({1}))}) ==
        "x%!(EXTRA int=1, string=a, <nil>, []int=[1])");
  CHECK(w.sprintf("%", {}) == "%!(NOVERB)");
  CHECK(w.sprintf("abc%-", {}) == "abc%!(NOVERB)");
  CHECK(w.sprintf("%%|%5%|%d%%", {w.I(5)}) == "%|%|5%");
}

// fmt.Sprintf("%[2]d %[1]d|%[3]d|%[1]d %d", 1, 2) → "2 1|%!d(BADINDEX)|1 2"
// fmt.Sprintf("%[2]*[1]d|%.*f|%*d|%-*d|", 12, 5, 2, 3.14159, 4, 7, 3, 8) → "   12|%!f(int=00002)|%!(BADWIDTH)4|3      |"
// fmt.Sprintf("%*d|%.*d", "x", 1, "y", 2) → "%!(BADWIDTH)1|%!(BADPREC)2"
TEST_CASE("argument indexes and * widths; a bad verb keeps the width and precision") {
  World w;
  CHECK(w.sprintf("%[2]d %[1]d|%[3]d|%[1]d %d", {w.I(1), w.I(2)}) == "2 1|%!d(BADINDEX)|1 2");
  CHECK(w.sprintf("%[2]*[1]d|%.*f|%*d|%-*d|", {w.I(12), w.I(5), w.I(2), w.F(3.14159), w.I(4), w.I(7), w.I(3), w.I(8)}) ==
        "   12|%!f(int=00002)|%!(BADWIDTH)4|3      |");
  CHECK(w.sprintf("%*d|%.*d", {w.S("x"), w.I(1), w.S("y"), w.I(2)}) == "%!(BADWIDTH)1|%!(BADPREC)2");
}

// TODO(maps): with maps in memory this becomes map[a:1]; an empty map prints the same today.
// fmt.Sprint(map[string]int{}, map[string]int(nil)) → "map[] map[]"
TEST_CASE("maps print as map[] until they live in simulated memory") {
  World w;
  const int32_t map_t = w.ref(TypeKind::kMap, "map[string]int");
  CHECK(w.sprint({w.V(map_t, World::word(0xc000100000)), w.V(map_t, World::word(0))}) == "map[] map[]");
}
