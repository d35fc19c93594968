package main

import (
	"fmt"
	"runtime"
)

func Generate[T any](xs ...T) <-chan T {
	out := make(chan T)
	go func() {
		for _, x := range xs {
			out <- x
		}
		close(out)
	}()
	return out
}

func Stage[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U, 2)
	go func() {
		for x := range in {
			out <- f(x)
		}
		close(out)
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for x := range in {
		out = append(out, x)
	}
	return out
}

func main() {
	runtime.GOMAXPROCS(1)
	src := Generate(1, 2, 3, 4)
	doubled := Stage(src, func(n int) int { return 2 * n })
	labels := Stage(doubled, func(n int) string { return fmt.Sprintf("#%d", n) })
	fmt.Println(Collect(labels))
	fmt.Printf("%T\n", Generate[bool]())
	fmt.Println(len(Collect(Generate[float64]())))
}
