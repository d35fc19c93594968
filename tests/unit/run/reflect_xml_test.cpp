// reflect.Append, AppendSlice and Type.FieldByIndex (part xml; Go 1.19 reflect/value.go grow,
// Append, AppendSlice; type.go FieldByIndex) through the whole pipeline. Expected outputs are
// what `go run` of go1.19.8 prints for the same source.
#include <doctest/doctest.h>

#include <string>

#include "sim/run/build.h"
#include "sim/run/runner.h"

using namespace gosim;

namespace {

std::string run_go(const std::string& src) {
  Scenario s;
  s.id = "t";
  s.source_name = "t.go";
  s.source = src;
  s.config.gomaxprocs = 1;
  Build b = build_program(s);
  REQUIRE_MESSAGE(b.errors.empty(), (b.errors.empty() ? "" : b.errors[0].str()));
  Machine mc(*b.program, s.config);
  mc.start(b.main_entry);
  const RunReport r = run_to_end(mc, nullptr);
  CHECK(r.exit_code == 0);
  return mc.model().output;
}

}  // namespace

TEST_CASE("reflect.Append grows as Go 1.19's grow (no size-class rounding), and its panics have Go's texts") {
  const std::string out = run_go(R"(package main

import (
	"fmt"
	"reflect"
)

type P struct {
	A int
	B struct{ C string }
}

func try(fn func()) {
	defer func() { fmt.Println(recover()) }()
	fn()
}

func main() {
	var b []byte
	v := reflect.ValueOf(&b).Elem()
	for i := 0; i < 9; i++ {
		v.Set(reflect.Append(v, reflect.ValueOf(byte(i))))
		fmt.Print(cap(b), " ")
	}
	fmt.Println(reflect.Append(reflect.ValueOf(make([]int, 256)), reflect.ValueOf(1)).Cap())
	try(func() { reflect.Append(reflect.ValueOf("s")) })
	try(func() { reflect.AppendSlice(reflect.ValueOf([]int{}), reflect.ValueOf([]int8{})) })
	f := reflect.TypeOf(P{}).FieldByIndex([]int{1, 0})
	fmt.Println(f.Name, f.Type, f.Index, f.Offset)
	try(func() { reflect.TypeOf(P{}).FieldByIndex([]int{0, 0}) })
}
)");
  // append would give 8 8 8 8 8 8 8 8 16 (rawbyteslice rounds up to the size class); Go 1.19's
  // reflect doubles from 1, and above 256 elements adds (256+768)/4.
  CHECK(out ==
        "1 2 4 4 8 8 8 8 16 512\n"
        "reflect: call of unknown method on string Value\n"
        "reflect.AppendSlice: int != int8\n"
        "C string [0] 0\n"
        "reflect: Field of non-struct type int\n");
}
