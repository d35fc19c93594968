// reflect.Append, AppendSlice and Type.FieldByIndex as encoding/xml uses them: Go 1.19's grow
// (doubling below 256 elements, then +(cap+768)/4, no size-class rounding), appending to an
// interface slice, sharing the array while there is room, and the panics with Go's texts.
package main

import (
	"fmt"
	"reflect"
)

type Named struct{ Name string }

func (n Named) String() string { return "<" + n.Name + ">" }

type Inner struct {
	Z string `k:"v"`
	w int
}

type Outer struct {
	X  int
	In *Inner
	Inner
}

type hidden struct {
	a []int
	B []int
}

func try(name string, fn func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	fn()
}

func main() {
	var b []byte
	v := reflect.ValueOf(&b).Elem()
	for i := 0; i < 5; i++ {
		v.Set(reflect.Append(v, reflect.ValueOf(byte('a'+i))))
		fmt.Println(len(b), cap(b), string(b))
	}
	var ss []string
	sv := reflect.ValueOf(&ss).Elem()
	sv.Set(reflect.Append(sv, reflect.ValueOf("x"), reflect.ValueOf("y"), reflect.ValueOf("z")))
	fmt.Println(ss, len(ss), cap(ss))
	sv.Set(reflect.AppendSlice(sv, reflect.ValueOf([]string{"p", "q"})))
	fmt.Println(ss, len(ss), cap(ss))
	big := reflect.Append(reflect.ValueOf(make([]int, 300)), reflect.ValueOf(1))
	fmt.Println(big.Len(), big.Cap())
	room := make([]int, 2, 4)
	r := reflect.Append(reflect.ValueOf(room), reflect.ValueOf(9)).Interface().([]int)
	r[0] = 5
	fmt.Println(room, r, len(r), cap(r))
	var st []fmt.Stringer
	st = reflect.Append(reflect.ValueOf(st), reflect.ValueOf(Named{"a"}), reflect.ValueOf(&Named{"b"})).Interface().([]fmt.Stringer)
	fmt.Println(st, len(st), cap(st))
	same := reflect.Append(reflect.ValueOf([]int{1}))
	fmt.Println(same.Len(), same.Cap())

	t := reflect.TypeOf(Outer{})
	for _, idx := range [][]int{{0}, {1, 0}, {2, 1}, {2}, nil} {
		f := t.FieldByIndex(idx)
		fmt.Printf("%v: %q %v %q %v pkg=%q off=%d anon=%v\n", idx, f.Name, f.Type, f.Tag, f.Index, f.PkgPath, f.Offset, f.Anonymous)
	}

	try("append int", func() { reflect.Append(reflect.ValueOf(3), reflect.ValueOf(1)) })
	try("append zero", func() { reflect.Append(reflect.Value{}) })
	try("append wrong", func() { reflect.Append(reflect.ValueOf([]int{}), reflect.ValueOf("s")) })
	try("append zero x", func() { reflect.Append(reflect.ValueOf([]int{}), reflect.Value{}) })
	try("appendslice types", func() { reflect.AppendSlice(reflect.ValueOf([]int{}), reflect.ValueOf([]string{})) })
	try("appendslice non-slice", func() { reflect.AppendSlice(reflect.ValueOf([]int{}), reflect.ValueOf(4)) })
	try("fieldbyindex int", func() { reflect.TypeOf(3).FieldByIndex([]int{0}) })
	try("fieldbyindex non-struct", func() { t.FieldByIndex([]int{0, 0}) })
	try("fieldbyindex range", func() { t.FieldByIndex([]int{5}) })
	try("fieldbyindex negative", func() { t.FieldByIndex([]int{-1}) })
	h := hidden{a: make([]int, 1, 1)}
	try("unexported grow", func() { reflect.Append(reflect.ValueOf(h).Field(0), reflect.ValueOf(1)) })
	h.a = make([]int, 1, 4)
	try("unexported room", func() { reflect.Append(reflect.ValueOf(h).Field(0), reflect.ValueOf(1)) })
	try("unexported appendslice", func() { reflect.AppendSlice(reflect.ValueOf(h).Field(1), reflect.ValueOf(h).Field(0)) })
}
