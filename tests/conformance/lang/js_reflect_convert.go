// The reflect members encoding/json needs, on their own: Value.Convert between numbers,
// strings, byte and rune slices, named types and interfaces (and its panic), CanConvert,
// reflect.Copy (from a slice, an array and a string; mismatched element types panic),
// PointerTo with Implements, and StructField.IsExported.
package main

import (
	"fmt"
	"reflect"
)

type Celsius float64
type Name string

func (n Name) String() string { return "name:" + string(n) }

type Shape interface{ Area() float64 }
type Square struct{ Side float64 }

func (s *Square) Area() float64 { return s.Side * s.Side }

type T struct {
	Public  int
	private string
	Embed
}
type Embed struct{ X int }

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("panic:", r)
		}
	}()
	f()
}

func main() {
	v := reflect.ValueOf(300)
	fmt.Println(v.Convert(reflect.TypeOf(int8(0))).Int(), v.Convert(reflect.TypeOf(uint16(0))).Uint())
	fmt.Println(v.Convert(reflect.TypeOf(0.0)).Float(), v.Convert(reflect.TypeOf("")).String())
	fmt.Println(reflect.ValueOf(-2.75).Convert(reflect.TypeOf(0)).Int(), reflect.ValueOf(3.5).Convert(reflect.TypeOf(Celsius(0))).Interface())
	fmt.Println(reflect.ValueOf(float32(0.1)).Convert(reflect.TypeOf(0.0)).Float())
	fmt.Println(reflect.ValueOf(-1).Convert(reflect.TypeOf("")).String() == "\uFFFD")
	b := reflect.ValueOf("héllo").Convert(reflect.TypeOf([]byte(nil)))
	r := reflect.ValueOf("héllo").Convert(reflect.TypeOf([]rune(nil)))
	fmt.Println(b.Len(), b.Index(1).Uint(), r.Len(), r.Index(1).Int())
	fmt.Println(b.Convert(reflect.TypeOf("")).String(), r.Convert(reflect.TypeOf("")).String())
	n := reflect.ValueOf("ada").Convert(reflect.TypeOf(Name("")))
	fmt.Println(n.Type(), n.Interface(), n.Kind())
	s := reflect.ValueOf(n.Interface()).Convert(reflect.TypeOf((*fmt.Stringer)(nil)).Elem())
	fmt.Println(s.Type(), s.Kind(), s.Elem().Type(), s.Interface())
	e := s.Convert(reflect.TypeOf((*any)(nil)).Elem())
	fmt.Println(e.Type(), e.Elem().Type())
	fmt.Println(reflect.ValueOf(complex64(1+2i)).Convert(reflect.TypeOf(complex128(0))).Complex())
	arr := reflect.ValueOf([]int{1, 2, 3}).Convert(reflect.TypeOf((*[2]int)(nil)))
	fmt.Println(arr.Elem().Len(), arr.Elem().Index(1).Int())
	try(func() { reflect.ValueOf([]int{1}).Convert(reflect.TypeOf((*[2]int)(nil))) })
	try(func() { reflect.ValueOf("x").Convert(reflect.TypeOf(0)) })
	try(func() { reflect.ValueOf(Square{}).Convert(reflect.TypeOf((*Shape)(nil)).Elem()) })
	fmt.Println(reflect.ValueOf([]int{1}).CanConvert(reflect.TypeOf((*[2]int)(nil))),
		reflect.ValueOf([]int{1, 2}).CanConvert(reflect.TypeOf((*[2]int)(nil))),
		reflect.ValueOf(1).CanConvert(reflect.TypeOf("")), reflect.ValueOf("s").CanConvert(reflect.TypeOf(1)))

	dst := make([]int, 2)
	fmt.Println(reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([]int{7, 8, 9})), dst)
	var a [4]byte
	fmt.Println(reflect.Copy(reflect.ValueOf(&a).Elem(), reflect.ValueOf("go!")), a)
	fmt.Println(reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([3]int{4, 5, 6})), dst)
	try(func() { reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([]string{"x"})) })
	try(func() { reflect.Copy(reflect.ValueOf(a), reflect.ValueOf("x")) })
	try(func() { reflect.Copy(reflect.ValueOf(1), reflect.ValueOf("x")) })

	shape := reflect.TypeOf((*Shape)(nil)).Elem()
	sq := reflect.TypeOf(Square{})
	fmt.Println(sq.Implements(shape), reflect.PointerTo(sq).Implements(shape), reflect.PtrTo(sq), reflect.PointerTo(sq).Elem() == sq)
	fmt.Println(reflect.PointerTo(reflect.TypeOf(0)), reflect.PointerTo(reflect.TypeOf(0)) == reflect.TypeOf(new(int)))
	tt := reflect.TypeOf(T{})
	for i := 0; i < tt.NumField(); i++ {
		f := tt.Field(i)
		fmt.Println(f.Name, f.IsExported(), f.Anonymous)
	}
}
