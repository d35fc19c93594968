package main

import "fmt"

type Acc struct{ total int }

func (a Acc) Show() string { return fmt.Sprint("total=", a.total) }

func (a *Acc) Add(n int) { a.total += n }

type Greeter string

func (g Greeter) Hello(name string) string { return string(g) + ", " + name }

func apply(f func(int), xs ...int) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	a := Acc{}
	add := a.Add
	add(5)
	apply(add, 1, 2, 3)
	fmt.Println(a.total)
	show := a.Show
	a.Add(100)
	fmt.Println(show(), a.Show())
	g := Greeter("hi")
	h := g.Hello
	g = "bye"
	fmt.Println(h("ann"), g.Hello("ann"))
	shows := []func() string{a.Show, Acc{7}.Show}
	a.Add(1)
	for _, f := range shows {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	p := &a
	ps := p.Show
	p.total = 0
	fmt.Println(ps(), p.Show())
	fmt.Printf("%T %T\n", add, h)
}
