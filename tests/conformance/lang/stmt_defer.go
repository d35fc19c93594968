package main

import "fmt"

type res struct{ name string }

func (r *res) Close() { fmt.Println("close", r.name) }

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func work() {
	defer trace("work")()
	a := &res{"a"}
	defer a.Close()
	b := &res{"b"}
	defer b.Close()
	fmt.Println("working")
}

func args() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
	fmt.Println("x =", x)
}

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop: ")
}

func main() {
	work()
	args()
	loop()
	fmt.Println()
	r := &res{"orig"}
	defer r.Close()
	r = &res{"replaced"}
	defer fmt.Println("last registered, first run")
}
