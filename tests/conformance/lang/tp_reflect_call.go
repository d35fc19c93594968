// reflect's calls: Value.Call on funcs, closures and library functions, CallSlice, variadic
// packing, method Values from Method and MethodByName, NumMethod and Type.Method over the
// exported method set sorted by name, ChanDir, and Go's panic texts.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Greeter struct{ Name string }

func (g Greeter) Hello(who string) string { return g.Name + " says hello to " + who }
func (g *Greeter) Rename(n string)        { g.Name = n }
func (g Greeter) Add(a, b int) (int, error) {
	if a < 0 {
		return 0, fmt.Errorf("negative %d", a)
	}
	return a + b, nil
}
func (g Greeter) secret() {}

type Speaker interface {
	Hello(string) string
}

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	f()
}

func show(vs []reflect.Value) string {
	var parts []string
	for _, v := range vs {
		parts = append(parts, fmt.Sprintf("%v(%s)", v, v.Type()))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	v := reflect.ValueOf
	fmt.Println(show(v(strings.ToUpper).Call([]reflect.Value{v("shout")})))
	fmt.Println(show(v(sum).Call([]reflect.Value{v(1), v(2), v(3)})))
	fmt.Println(show(v(sum).Call([]reflect.Value{v(10)})))
	fmt.Println(show(v(sum).CallSlice([]reflect.Value{v(1), v([]int{4, 5})})))
	k := 100
	add := func(x int) int { k += x; return k }
	fmt.Println(show(v(add).Call([]reflect.Value{v(5)})), k)
	fmt.Println(show(v(fmt.Sprintf).Call([]reflect.Value{v("%d-%s"), v(7), v("x")})))
	var e interface{} = 3.5
	fmt.Println(show(v(fmt.Sprint).Call([]reflect.Value{v(e), v("!")})))

	g := Greeter{"ana"}
	gv := v(g)
	fmt.Println("Greeter methods:", gv.NumMethod(), gv.Type().NumMethod())
	for i := 0; i < gv.NumMethod(); i++ {
		m := gv.Type().Method(i)
		fmt.Println(" ", i, m.Name, m.Index, gv.Method(i).Type())
	}
	pv := v(&g)
	fmt.Println("*Greeter methods:", pv.NumMethod())
	for i := 0; i < pv.NumMethod(); i++ {
		fmt.Println(" ", i, pv.Type().Method(i).Name)
	}
	hello := gv.MethodByName("Hello")
	fmt.Println(hello.Kind(), hello.Type(), show(hello.Call([]reflect.Value{v("bo")})))
	pv.MethodByName("Rename").Call([]reflect.Value{v("cy")})
	fmt.Println(g.Name, show(pv.MethodByName("Hello").Call([]reflect.Value{v("dee")})))
	fmt.Println(show(gv.MethodByName("Add").Call([]reflect.Value{v(2), v(3)})))
	fmt.Println(show(gv.MethodByName("Add").Call([]reflect.Value{v(-1), v(3)})))
	fmt.Println("secret:", gv.MethodByName("secret").IsValid(), "missing:", gv.MethodByName("Nope").IsValid())
	_, found := gv.Type().MethodByName("Hello")
	fmt.Println("Type.MethodByName:", found)

	var sp Speaker = Greeter{"eve"}
	iv := v(&sp).Elem()
	fmt.Println(iv.Kind(), iv.NumMethod(), show(iv.Method(0).Call([]reflect.Value{v("fay")})))
	st := reflect.TypeOf((*Speaker)(nil)).Elem()
	fmt.Println(st.NumMethod(), st.Method(0).Name, st.Method(0).Type)

	for _, c := range []interface{}{make(chan int), make(<-chan int), make(chan<- string)} {
		t := reflect.TypeOf(c)
		fmt.Println(t, t.ChanDir())
	}

	try("too few", func() { v(sum).Call(nil) })
	try("too many", func() { v(strings.ToUpper).Call([]reflect.Value{v("a"), v("b")}) })
	try("wrong type", func() { v(strings.ToUpper).Call([]reflect.Value{v(1)}) })
	try("variadic wrong type", func() { v(sum).Call([]reflect.Value{v(1), v("x")}) })
	try("zero arg", func() { v(strings.ToUpper).Call([]reflect.Value{{}}) })
	try("CallSlice non-variadic", func() { v(strings.ToUpper).CallSlice([]reflect.Value{v("a")}) })
	try("nil func", func() { var f func(); v(f).Call(nil) })
	try("not a func", func() { v(3).Call(nil) })
	try("method index", func() { gv.Method(5) })
	try("callee panics", func() { v(func() { panic("inside") }).Call(nil) })
}
