// Generic types declared inside functions (Go 1.19 accepts them): recursive ones, ones whose
// constraint or fields name other local types, the same name in two functions, %T and ==.
// Not here: Go 1.19 prints a local type used as a type argument as main.Celsius·2 and treats two
// local generic types of one name in different functions as one runtime type (golang/go#57158).
package main

import "fmt"

func list() {
	type node[T any] struct {
		v    T
		next *node[T]
	}
	var head *node[string]
	for _, s := range []string{"c", "b", "a"} {
		head = &node[string]{s, head}
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.v, " ")
	}
	fmt.Printf("%T\n", head)
}

func numbers() {
	type Celsius float64
	type Num interface{ ~int | ~float64 }
	type Vec[T Num] []T
	type Pair[K comparable, V any] struct {
		K K
		V V
	}
	v := Vec[Celsius]{20.5, 21}
	total := Celsius(0)
	for _, x := range v {
		total += x
	}
	p := Pair[string, Vec[int]]{"ints", Vec[int]{1, 2}}
	fmt.Println(total, p, len(p.V))
	fmt.Printf("%T %+v %v\n", p, p, len(v))
	q := Pair[int, bool]{1, true}
	fmt.Println(q == Pair[int, bool]{1, true}, q == Pair[int, bool]{2, true})
}

func boxA() any {
	type Box[T any] struct{ V T }
	return Box[int]{1}
}

func boxB() any {
	type Box[T any] struct{ V T }
	return Box[int]{1}
}

func main() {
	list()
	numbers()
	a, b := boxA(), boxB()
	fmt.Println(a, b)
	fmt.Printf("%T %T\n", a, b)
	mk := func() any {
		type Opt[T any] struct {
			val T
			ok  bool
		}
		return Opt[string]{"x", true}
	}
	fmt.Printf("%v %T\n", mk(), mk())
}
