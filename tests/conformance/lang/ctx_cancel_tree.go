package main

import (
	"context"
	"fmt"
)

func state(name string, ctx context.Context) {
	select {
	case <-ctx.Done():
		fmt.Printf("%-6s done: %v\n", name, ctx.Err())
	default:
		fmt.Printf("%-6s running\n", name)
	}
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	b, cancelB := context.WithCancel(root)
	a1, cancelA1 := context.WithCancel(a)
	v := context.WithValue(a1, "k", "v")
	defer cancelA1()
	defer cancelB()

	cancelA()
	for _, c := range []struct {
		n string
		c context.Context
	}{{"root", root}, {"a", a}, {"b", b}, {"a1", a1}, {"v", v}} {
		state(c.n, c.c)
	}
	cancelRoot()
	state("b", b)
	cancelRoot()
	fmt.Println(a1)
	fmt.Println(v)
	late, cancelLate := context.WithCancel(a)
	state("late", late)
	cancelLate()
	fmt.Println(context.TODO())
}
