#!/usr/bin/env python3
# Writes the alloc corpus's NAME.go programs from the pattern table below (run from anywhere;
# the expected files then come from real Go: tests/conformance/gen.sh tests/conformance/alloc).
# Each program runs one operation, op(), 100 times as a warm-up and then 1000 times between two
# runtime.ReadMemStats calls, and prints the Mallocs and TotalAlloc differences. op is
# //go:noinline so that Go's inliner, which gosim does not model, cannot change what escapes.
import os

HERE = os.path.dirname(os.path.abspath(__file__))

TEMPLATE = '''// {name}: {what}
package main

import (
{imports})

{decls}
//go:noinline
func op() {{
{body}
}}

func main() {{
	for i := 0; i < 100; i++ {{
		op()
	}}
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < 1000; i++ {{
		op()
	}}
	runtime.ReadMemStats(&b)
	fmt.Println("{name} mallocs", b.Mallocs-a.Mallocs, "bytes", b.TotalAlloc-a.TotalAlloc{extra})
}}
'''

COMMON = '''var sink interface{}
var gi = 3
var gbig = 1000
var gs = "hello"
var gb = []byte("hello")

//go:noinline
func use(v interface{}) bool { return v != nil }
'''

P = []  # (name, what, body, extra decls, extra imports, extra print)


def p(name, what, body, decls="", imports=(), extra=""):
    P.append((name, what, body, decls, imports, extra))


# ---- conversions to interface (runtime/iface.go, walk/convert.go dataWord) ----
p("conv_int_small", "an int variable holding 3: convT64 points into staticuint64s", "\tsink = gi")
p("conv_int_255", "255 is the last staticuint64s entry", "\tsink = gi + 252")
p("conv_int_256", "256: convT64 allocates 8 bytes (tiny)", "\tsink = gi + 253")
p("conv_int_big", "1000 in a variable: convT64 allocates", "\tsink = gbig")
p("conv_int_negative", "-1 is not below 256 as a uint64: convT64 allocates", "\tsink = -gi")
p("conv_int_const_big", "a constant is a read-only static: no allocation", "\tsink = 1000")
p("conv_int_const_small", "constant 3: no allocation", "\tsink = 3")
p("conv_bool", "a bool indexes staticuint64s", "\tsink = gi > 2")
p("conv_byte", "a byte indexes staticuint64s", "\tsink = byte(gbig)")
p("conv_int8_negative", "int8(-1): one byte, staticuint64s[255]", "\tsink = int8(-gi)")
p("conv_int16_small", "int16 below 256: convT16, no allocation", "\tsink = int16(gi)")
p("conv_int16_big", "int16 1000: convT16 allocates 2 bytes", "\tsink = int16(gbig)")
p("conv_int32_big", "int32 1000: convT32 allocates 4 bytes", "\tsink = int32(gbig)")
p("conv_uint64_big", "uint64: convT64 allocates 8 bytes", "\tsink = uint64(gbig)")
p("conv_float_var", "float64 3.0: its bits are large, convT64 allocates", "\tsink = float64(gi)")
p("conv_float_zero", "float64 0.0: bits 0, staticuint64s", "\tsink = float64(gi - 3)")
p("conv_float_const", "a float constant: read-only static", "\tsink = 2.5")
p("conv_string_var", "a non-empty string: convTstring allocates 16 bytes", "\tsink = gs")
p("conv_string_empty", "an empty string: convTstring returns &zeroVal", "\tsink = gs[:gi-3]")
p("conv_string_const", "a string constant: read-only static", '\tsink = "hi"')
p("conv_slice_var", "a slice: convTslice allocates 24 bytes", "\tsink = gb")
p("conv_slice_nil", "a nil slice: convTslice returns &zeroVal", "\tvar s []int\n\tif gi > 5 {\n\t\ts = make([]int, 1)\n\t}\n\tsink = s")
p("conv_struct_noptr", "struct{a, b int}: convTnoptr, 16 bytes", "\tsink = pair{gi, gbig}", "type pair struct{ a, b int }\n")
p("conv_struct_ptrs", "struct{s string; n int}: convT, 24 bytes", "\tsink = named{gs, gi}", "type named struct {\n\ts string\n\tn int\n}\n")
p("conv_struct_static", "a composite literal of constants: read-only static", "\tsink = pair{1, 2}", "type pair struct{ a, b int }\n")
p("conv_array_static", "an array literal of constants: read-only static", "\tsink = [3]int{1, 2, 3}")
p("conv_array_var", "[3]int from variables: convTnoptr 24 bytes", "\tsink = [3]int{gi, gi, gi}")
p("conv_pointer", "a pointer is the data word itself", "\tsink = &gbig")
p("conv_map", "a map is pointer-shaped", "\tsink = gm", "var gm = map[int]int{}\n")
p("conv_chan", "a chan is pointer-shaped", "\tsink = gc", "var gc = make(chan int)\n")
p("conv_func", "a func value is pointer-shaped", "\tsink = gf", "var gf = func() {}\n")
p("conv_struct_one_ptr", "struct{p *int} is pointer-shaped", "\tsink = box{&gbig}", "type box struct{ p *int }\n")
p("conv_array_one_ptr", "[1]*int is pointer-shaped", "\tsink = [1]*int{&gbig}")
p("conv_struct_int32_pair", "struct{a, b int32}{1, 0}: convT64 sees the value 1, staticuint64s", "\tsink = two{int32(gi - 2), 0}", "type two struct{ a, b int32 }\n")
p("conv_struct_int32_pair_big", "struct{a, b int32}{3, 1}: convT64 allocates", "\tsink = two{int32(gi), 1}", "type two struct{ a, b int32 }\n")
p("conv_zero_size", "struct{}: &zerobase", "\tsink = struct{}{}")
p("conv_named_int_big", "a named int type: convT64 allocates", "\tsink = celsius(gbig)", "type celsius int\n")
p("conv_noescape_int", "a non-escaping conversion uses a stack temporary", "\tuse(gbig)")
p("conv_noescape_string", "a non-escaping string conversion: stack temporary", "\tuse(gs)")
p("conv_noescape_struct", "a non-escaping 24-byte struct: stack temporary", "\tuse(named{gs, gi})", "type named struct {\n\ts string\n\tn int\n}\n")
p("conv_noescape_big_array", "a non-escaping [200]int (1600 bytes > 1024): convTnoptr on the heap", "\tvar a [200]int\n\ta[0] = gi\n\tuse(a)")
p("conv_size_32", "a 32-byte struct: size class 32", "\tsink = [4]int{gi, gi, gi, gi}")
p("conv_size_40", "a 40-byte struct: size class 48", "\tsink = [5]int{gi, gi, gi, gi, gi}")
p("conv_size_33_bytes", "[33]byte: size class 48", "\tvar a [33]byte\n\ta[0] = byte(gi)\n\tsink = a")
p("conv_size_17_bytes", "[17]byte: noscan, not tiny (>= 16), size class 24", "\tvar a [17]byte\n\ta[0] = byte(gi)\n\tsink = a")
p("conv_size_15_bytes", "[15]byte: a tiny allocation", "\tvar a [15]byte\n\ta[0] = byte(gi)\n\tsink = a")
p("conv_iface_to_iface", "an interface to interface{}: no allocation", "\tvar e error = gerr\n\tsink = e", "var gerr = errors.New(\"x\")\n", ("errors",))
p("errors_new", "errors.New: the errorString (16 bytes); the string constant is static", "\tsink = errors.New(\"boom\")", "", ("errors",))

# ---- slices, new, composite literals (malloc.go, slice.go growslice) ----
p("make_slice_escape", "make([]int, 10) escaping: 80 bytes", "\tsink = make([]int, 10)")
p("make_slice_noescape", "make([]int, 10) not escaping: on the stack", "\ts := make([]int, 10)\n\ts[gi] = 1\n\tgi = s[3]")
p("make_slice_noescape_big", "make([]byte, 70000) not escaping: over 64 KiB, heap", "\ts := make([]byte, 70000)\n\ts[gi] = 1\n\tgi = int(s[3])")
p("make_slice_var_len", "make([]int, n) with a non-constant n: heap", "\ts := make([]int, gi)\n\ts[0] = 1\n\tgi = len(s)")
p("append_grow_100", "append 100 ints from nil: growslice 1 2 4 ... 128", "\tvar s []int\n\tfor i := 0; i < 100; i++ {\n\t\ts = append(s, i)\n\t}\n\tsink = s")
p("append_grow_bytes", "append 100 bytes from nil: 8 16 32 64 128", "\tvar s []byte\n\tfor i := 0; i < 100; i++ {\n\t\ts = append(s, byte(i))\n\t}\n\tsink = s")
p("append_grow_strings", "append 20 strings: scan objects", "\tvar s []string\n\tfor i := 0; i < 20; i++ {\n\t\ts = append(s, gs)\n\t}\n\tsink = s")
p("new_int_escape", "new(int) escaping: 8 bytes tiny", "\tp := new(int)\n\t*p = gi\n\tsink = p")
p("new_int_noescape", "new(int) not escaping: stack", "\tp := new(int)\n\t*p = gi\n\tgi = *p")
p("complit_ptr_escape", "&struct{...} escaping: 24 bytes scan", "\tsink = &named{gs, gi}", "type named struct {\n\ts string\n\tn int\n}\n")
p("complit_ptr_noescape", "&struct{...} not escaping: stack", "\tp := &named{gs, gi}\n\tgi = p.n", "type named struct {\n\ts string\n\tn int\n}\n")
p("complit_slice_escape", "[]int{...} escaping: its array on the heap", "\tsink = []int{gi, gi, gi}")
p("complit_slice_noescape", "[]int{...} not escaping: stack", "\ts := []int{gi, gi, gi}\n\tgi = s[1]")
p("new_size_boundary_48", "new([6]int) escaping: 48 bytes", "\tsink = new([6]int)")
p("new_size_boundary_49", "new([49]byte) escaping: 64 bytes (size class 64)", "\tsink = new([49]byte)")
p("new_large", "new([5000]int) escaping: 40000 bytes, a large object", "\tsink = new([5000]int)")

# ---- closures, go, defer ----
p("closure_escape_byref", "a closure capturing a variable it changes: the variable and the funcval on the heap", "\tx := gi\n\tsink = func() { x++ }")
p("closure_escape_byval", "a closure capturing a value it only reads: funcval of 16 bytes", "\tx := gi\n\tsink = func() int { return x }")
p("closure_noescape", "a closure called in place: nothing escapes", "\tx := gi\n\tf := func() { x++ }\n\tf()\n\tgi = x")
p("closure_two_captures", "a closure capturing two values: funcval of 24 bytes", "\tx, y := gi, gbig\n\tsink = func() int { return x + y }")
p("defer_open_coded", "an open-coded defer: no allocation", "\tdefer func() { gi++ }()\n\tgi--")
p("defer_in_loop", "a defer in a loop: heap-allocated _defer records, reused through the P's pool", "\tfor i := 0; i < 3; i++ {\n\t\tdefer func() { gi++ }()\n\t}\n\tgi -= 3")
p("go_statement", "go f(x) and waiting for it", "\tgo func(n int) { gch <- n }(gi)\n\tgi = <-gch", "var gch = make(chan int)\n")

# ---- channels (chan.go makechan) ----
p("chan_unbuffered", "make(chan int): the 96-byte hchan", "\tsink = make(chan int)")
p("chan_buffered_noptr", "make(chan int, 10): hchan and buffer in one 176-byte object", "\tsink = make(chan int, 10)")
p("chan_buffered_ptrs", "make(chan *int, 10): hchan, then the buffer separately", "\tsink = make(chan *int, 10)")
p("chan_zero_size_elem", "make(chan struct{}, 10): only the hchan", "\tsink = make(chan struct{}, 10)")

# ---- maps (map.go) ----
p("map_small_escape", "make(map[int]int) escaping: makemap_small allocates the hmap", "\tsink = make(map[int]int)")
p("map_small_noescape", "a small map that does not escape: hmap and bucket on the stack", "\tm := make(map[int]int)\n\tm[gi] = 1\n\tgi = m[3]")
p("map_fill_8_escape", "8 entries fit one bucket: hmap, then the bucket on the first write", "\tm := make(map[int]int)\n\tfor i := 0; i < 8; i++ {\n\t\tm[i] = i\n\t}\n\tsink = m")
p("map_fill_9_escape", "9 entries: load factor 6.5 makes it grow to 2 buckets", "\tm := make(map[int]int)\n\tfor i := 0; i < 9; i++ {\n\t\tm[i] = i\n\t}\n\tsink = m")
p("map_fill_100_escape", "100 entries: hashGrow 1->2->4->8->16 buckets, evacuation during writes", "\tm := make(map[int]int)\n\tfor i := 0; i < 100; i++ {\n\t\tm[i] = i\n\t}\n\tsink = m")
p("map_hint_100", "make(map[int]int, 100): 16 buckets up front", "\tm := make(map[int]int, 100)\n\tfor i := 0; i < 100; i++ {\n\t\tm[i] = i\n\t}\n\tsink = m")
p("map_string_keys", "10 string keys", "\tm := make(map[string]int)\n\tfor i := 0; i < 10; i++ {\n\t\tm[gs[:i%5]] = i\n\t}\n\tsink = m")
p("map_lookup", "a lookup allocates nothing", "\tgi = gm[gi]", "var gm = map[int]int{3: 3}\n")

# ---- strings (string.go) ----
p("concat_escape", "s + s escaping: concatstrings allocates 10 bytes", "\tsink2 = gs + gs", "var sink2 string\n")
p("concat_noescape", "s + s not escaping, 10 bytes: the 32-byte stack tmpBuf", "\tx := gs + gs\n\tgi = len(x)")
p("concat_noescape_long", "a non-escaping concatenation over 32 bytes: heap", "\tx := gs + gs + gs + gs + gs + gs + gs\n\tgi = len(x)")
p("concat_three_escape", "a + b + c: one concatstrings call, one allocation", "\tsink2 = gs + gs + gs", "var sink2 string\n")
p("concat_compare", "a comparison of a concatenation: no copy", "\tif gs+gs == \"hellohello\" {\n\t\tgi = 3\n\t}")
p("bytes_to_string_escape", "string(b) escaping: slicebytetostring allocates", "\tsink2 = string(gb)", "var sink2 string\n")
p("bytes_to_string_noescape", "string(b) not escaping: tmpBuf", "\tx := string(gb)\n\tgi = len(x)")
p("bytes_to_string_map_key", "m[string(b)]: no copy (order.go mapKeyReplaceStrConv)", "\tgi = gm[string(gb)]", "var gm = map[string]int{\"hello\": 3}\n")
p("bytes_to_string_compare", "string(b) == \"x\": no copy", "\tif string(gb) == \"hello\" {\n\t\tgi = 3\n\t}")
p("string_to_bytes_escape", "[]byte(s) escaping: stringtoslicebyte allocates", "\tsink = []byte(gs)")
p("string_to_bytes_noescape", "[]byte(s) not escaping: tmpBuf", "\tb := []byte(gs)\n\tb[0] = 'j'\n\tgi = int(b[0])")
p("range_bytes_of_string", "for range []byte(s): no copy", "\tn := 0\n\tfor _, c := range []byte(gs) {\n\t\tn += int(c)\n\t}\n\tgi = n % 7")
p("runes_to_string_escape", "string(runes) escaping: slicerunetostring allocates", "\tsink2 = string(gr)", "var sink2 string\nvar gr = []rune(\"hello\")\n")
p("string_to_runes_escape", "[]rune(s) escaping: stringtoslicerune allocates", "\tsink = []rune(gs)")
p("int_to_string", "string(rune(x)) escaping: intstring allocates", "\tsink2 = string(rune(gbig))", "var sink2 string\n")

# ---- fmt ----
p("sprintf_small_int", "Sprintf(\"%d\", 3): a one-byte result is static; the printer comes from a pool", "\tsink2 = fmt.Sprintf(\"%d\", gi)", "var sink2 string\n")
p("sprintf_big_int", "Sprintf(\"%d\", 12345): the result string", "\tsink2 = fmt.Sprintf(\"%d\", gbig*12)", "var sink2 string\n")
p("sprintf_string", "Sprintf(\"%s!\", s): result, string boxed", "\tsink2 = fmt.Sprintf(\"%s!\", gs)", "var sink2 string\n")
p("sprintf_two_args", "Sprintf with an int and a string", "\tsink2 = fmt.Sprintf(\"%s=%d\", gs, gbig)", "var sink2 string\n")
p("sprint_const", "Sprint of a constant string", "\tsink2 = fmt.Sprint(\"abc\")", "var sink2 string\n")
p("sprintln_int", "Sprintln(x)", "\tsink2 = fmt.Sprintln(gbig)", "var sink2 string\n")
p("errorf", "fmt.Errorf with an argument", "\tsink = fmt.Errorf(\"bad %d\", gbig)")

# ---- issue 18, second round: maps (map.go), fmt's pool, sizes, panics, closures ----
p("map_hint_var_noescape", "make(map[int]int, n) not escaping, n = 3 at run time: stack hmap and stack bucket", "\tm := make(map[int]int, gi)\n\tm[gi] = 1\n\tgi = m[3]")
p("map_hint_20_noescape", "make(map[int]int, 20) not escaping: stack hmap, makemap allocates 4 buckets", "\tm := make(map[int]int, 20)\n\tm[gi] = 1\n\tgi = m[3]")
p("map_literal_noescape", "a small map literal that does not escape: all on the stack", "\tm := map[string]int{\"a\": 1, \"b\": gi}\n\tgi = m[\"b\"]")
p("map_literal_escape", "a map literal that escapes: makemap_small, then its bucket", "\tsink = map[string]int{\"a\": 1, \"b\": 2}")
p("map_ptr_values_fill_20", "map[int]*int with 20 entries: scan buckets, no overflow list", "\tm := make(map[int]*int)\n\tfor i := 0; i < 20; i++ {\n\t\tm[i] = &gbig\n\t}\n\tsink = m")
p("map_big_values", "map[int][200]byte: elems over 128 bytes are stored by pointer, one object each", "\tm := make(map[int][200]byte)\n\tfor i := 0; i < 3; i++ {\n\t\tm[i] = [200]byte{}\n\t}\n\tsink = m")
p("map_range_fresh", "ranging over a pointer-free map makes its mapextra and overflow list (mapiterinit)", "\tm := make(map[int]int)\n\tm[gi] = 1\n\tfor k := range m {\n\t\tgi = k\n\t}\n\tsink = m")
p("map_delete_refill", "delete 8 keys and insert 8 again: the freed cells are reused, no growth", "\tm := make(map[int]int)\n\tfor i := 0; i < 8; i++ {\n\t\tm[i] = i\n\t}\n\tfor i := 0; i < 8; i++ {\n\t\tdelete(m, i)\n\t}\n\tfor i := 8; i < 16; i++ {\n\t\tm[i] = i\n\t}\n\tsink = m")
p("map_fill_13_escape", "13 entries: 6.5 per bucket in 2 buckets, the last count before the next growth", "\tm := make(map[int]int)\n\tfor i := 0; i < 13; i++ {\n\t\tm[i] = i\n\t}\n\tsink = m")
p("map_hint_8_escape", "make(map, 8): a constant hint of 8 is still makemap_small", "\tm := make(map[int]int, 8)\n\tm[gi] = 1\n\tsink = m")
p("map_hint_9_escape", "make(map, 9): makemap with B = 1, two buckets up front", "\tm := make(map[int]int, 9)\n\tm[gi] = 1\n\tsink = m")
p("sprintf_three_ints", "Sprintf with three ints: 3 is static, the others convT64", "\tsink2 = fmt.Sprintf(\"%d %d %d\", gi, gbig, gbig+1)", "var sink2 string\n")
p("sprint_two_strings", "Sprint of two string variables: two convTstring and the result", "\tsink2 = fmt.Sprint(gs, gs)", "var sink2 string\n")
p("string_to_bytes_const", "[]byte(\"hello, world!\") escaping: new([13]byte), cap 13 (walk/convert.go), a tiny block", "\tgbs = []byte(\"hello, world!\")", "var gbs []byte\n", (), ", \"cap\", cap(gbs)")
p("new_size_64", "new([64]byte): exactly size class 64", "\tsink = new([64]byte)")
p("new_size_65", "new([65]byte): size class 80", "\tsink = new([65]byte)")
p("new_size_1025", "new([1025]byte): size class 1152", "\tsink = new([1025]byte)")
p("new_size_32768", "new([32768]byte): the largest small size class", "\tsink = new([32768]byte)")
p("new_size_32769", "new([32769]byte): a large object, 5 pages", "\tsink = new([32769]byte)")
p("complit_array_ptr_escape", "&[3]int{...} escaping: 24 bytes", "\tsink = &[3]int{gi, gi, gi}")
p("closure_three_captures", "a closure reading three values: funcval of 32 bytes", "\tx, y, z := gi, gbig, gi+1\n\tsink = func() int { return x + y + z }")
p("closure_string_capture", "a closure reading a string and an int: funcval of 32 bytes", "\ts, n := gs, gi\n\tsink = func() int { return len(s) + n }")
p("panic_recover_int", "panic(1000) recovered: convT64 boxes the value; the defer is open-coded", "\tdefer func() {\n\t\trecover()\n\t}()\n\tpanic(gbig)")
p("panic_recover_small_int", "panic(3) recovered: 3 is in staticuint64s, nothing allocated", "\tdefer func() {\n\t\trecover()\n\t}()\n\tpanic(gi)")
p("panic_recover_string", "panic(s) recovered: convTstring, 16 bytes", "\tdefer func() {\n\t\trecover()\n\t}()\n\tpanic(gs)")

# ---- issue 18, third round: constants to slices, mapclear, nested fmt printers ----
p("string_to_bytes_const_noescape", "[]byte(\"hello\") not escaping: a [5]byte on the stack (walk/convert.go stackBufAddr)", "\tb := []byte(\"hello\")\n\tb[0] = byte(gi)\n\tgi = int(b[0]) + cap(b)")
p("string_to_bytes_const_empty", "[]byte(\"\") escaping: new([0]byte) is zerobase", "\tgbs = []byte(\"\")", "var gbs []byte\n", (), ", \"cap\", cap(gbs)")
p("string_to_runes_const", "[]rune(\"héllo\") escaping: the slice literal []rune{...}, new([5]rune), cap 5", "\tgrs = []rune(\"héllo\")", "var grs []rune\n", (), ", \"cap\", cap(grs)")
p("string_to_runes_const_noescape", "[]rune(\"héllo\") not escaping: a [5]rune on the stack", "\tr := []rune(\"héllo\")\n\tr[0] = rune(gi)\n\tgi = int(r[0]) + cap(r)")
p("string_to_runes_noescape", "[]rune(s) not escaping: the [32]rune tmpBuf", "\tr := []rune(gs)\n\tr[0] = rune(gi)\n\tgi = int(r[0])")
p("runes_to_string_noescape", "string(runes) not escaping: tmpBuf", "\tx := string(gr)\n\tgi = len(x)", "var gr = []rune(\"hello\")\n")
p("int_to_string_noescape", "string(rune(x)) not escaping: intstring's [4]byte on the stack", "\tx := string(rune(gbig))\n\tgi = len(x)")
p("map_clear_idiom", "fill 8, range, then for k := range m { delete(m, k) }: runtime.mapclear zeroes mapextra, so the next range's createOverflow allocates again", "\tfor i := 0; i < 8; i++ {\n\t\tgm[i] = i\n\t}\n\tfor k, v := range gm {\n\t\tgi += k - v\n\t}\n\tfor k := range gm {\n\t\tdelete(gm, k)\n\t}", "var gm = map[int]int{}\n")
p("map_delete_loop_not_idiom", "the same with a condition in the delete loop: not mapclear, the overflow slice stays", "\tfor i := 0; i < 8; i++ {\n\t\tgm[i] = i\n\t}\n\tfor k, v := range gm {\n\t\tgi += k - v\n\t}\n\tfor k := range gm {\n\t\tif k >= 0 {\n\t\t\tdelete(gm, k)\n\t\t}\n\t}", "var gm = map[int]int{}\n")
p("sprintf_stringer_nested", "Sprintf(\"%v\", t) whose String calls Sprintf: the pool hands out a second pp", "\tsink2 = fmt.Sprintf(\"<%v>\", temp(gbig))", "var sink2 string\n\ntype temp int\n\nfunc (t temp) String() string { return fmt.Sprintf(\"%d°C\", int(t)) }\n")
p("sprint_stringer_pointer", "Sprint of a pointer whose String uses Sprint: nested printers, pointer-shaped argument", "\tsink2 = fmt.Sprint(gp)", "var sink2 string\n\ntype pt struct{ x, y int }\n\nfunc (p *pt) String() string { return fmt.Sprint(p.x, \",\", p.y) }\n\nvar gp = &pt{1000, 2000}\n")

# ---- part json2: encoding/json from Go's source, reflect's Convert ----
p("json_marshal_small_struct", "json.Marshal of a 3-field struct: the encodeState comes from a sync.Pool, the encoder from the sync.Map cache; the result is a copy of the buffer", "\tb, _ := json.Marshal(gpt)\n\tgi = len(b)", "type jpt struct {\n\tX, Y int\n\tName string `json:\"name\"`\n}\n\nvar gpt = jpt{1, 2, \"a\"}\n", ("encoding/json",))
p("json_unmarshal_small_struct", "json.Unmarshal of a 3-field object into a struct: the decodeState and its scanner, the field name, the string value", "\tvar v jpt\n\t_ = json.Unmarshal(gjs, &v)\n\tgi = v.X + len(v.Name)", "type jpt struct {\n\tX, Y int\n\tName string `json:\"name\"`\n}\n\nvar gjs = []byte(`{\"X\":1,\"Y\":2,\"name\":\"abc\"}`)\n", ("encoding/json",))
p("reflect_convert_int", "reflect.ValueOf(x).Convert(int8): ValueOf boxes x, makeInt's unsafe_New(int8)", "\tsink = reflect.ValueOf(gbig).Convert(gt8).Int()", "var gt8 = reflect.TypeOf(int8(0))\n", ("reflect",))

for name, what, body, decls, imports, extra in P:
    imps = sorted({"fmt", "runtime", *imports})
    text = TEMPLATE.format(name=name, what=what, body=body, decls=COMMON + decls,
                           imports="".join(f'\t"{i}"\n' for i in imps), extra=extra)
    with open(os.path.join(HERE, name + ".go"), "w") as f:
        f.write(text)
print(len(P), "programs")
# The programs are kept gofmt-clean, like the other corpora.
import subprocess
subprocess.run(["gofmt", "-w"] + [os.path.join(HERE, n + ".go") for n, *_ in P], check=False)
