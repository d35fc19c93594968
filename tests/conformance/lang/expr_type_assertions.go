package main

import "fmt"

type Animal interface{ Sound() string }
type Walker interface{ Walk() string }

type Dog struct{ name string }

func (d Dog) Sound() string { return d.name + " says woof" }
func (d Dog) Walk() string  { return d.name + " walks" }

type Fish struct{}

func (Fish) Sound() string { return "..." }

func main() {
	var a Animal = Dog{"rex"}
	d := a.(Dog)
	fmt.Println(d.name)
	w, ok := a.(Walker)
	fmt.Println(ok, w.Walk())
	_, ok = a.(Fish)
	fmt.Println(ok)
	var b Animal = Fish{}
	w2, ok := b.(Walker)
	fmt.Println(ok, w2 == nil)
	var x interface{} = 3.5
	if f, ok := x.(float64); ok {
		fmt.Println("float", f*2)
	}
	n, ok := x.(int)
	fmt.Println(n, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	var nothing interface{}
	_, ok = nothing.(int)
	fmt.Println(ok)
	x = a
	an := x.(Animal)
	fmt.Println(an.Sound())
	x = &Dog{"ptr"}
	_, isDog := x.(Dog)
	pd, isPtr := x.(*Dog)
	fmt.Println(isDog, isPtr, pd.name)
}
