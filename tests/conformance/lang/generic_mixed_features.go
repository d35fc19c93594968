// Generics next to the other #19 features: a generic Map over a function of unicode/utf8 (a
// package gosim loads from Go's source), a constraint with float32 and complex128, sync/atomic's
// Int64 from ten goroutines, an embedded struct's promoted method, fmt.Fprintln to os.Stderr.
package main

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

type Animal struct{ Name string }

func (a Animal) Hello() string { return "hi " + a.Name }

type Dog struct {
	Animal
	Age int
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Number interface{ ~int | ~float32 | ~float64 | ~complex128 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	var n atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); n.Add(2) }()
	}
	wg.Wait()
	d := Dog{Animal{"rex"}, 3}
	fmt.Println(n.Load(), d.Hello(), Map([]string{"héllo", "go"}, utf8.RuneCountInString))
	fmt.Println(Sum(1.5, 2.25), Sum[float32](0.1, 0.2), Sum(1+2i, 3i))
	fmt.Fprintln(os.Stderr, "done", fmt.Sprintf("%T", Map[int, string]))
}
