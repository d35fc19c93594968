// Closures: a function value that keeps the variables it refers to.
package main

import "fmt"

func intSeq() func() int {
	i := 0
	return func() int {
		i++
		return i
	}
}

func adder() func(int) int {
	sum := 0
	return func(x int) int {
		sum += x
		return sum
	}
}

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	nextInt := intSeq()
	fmt.Println(nextInt(), nextInt(), nextInt())
	newInts := intSeq()
	fmt.Println(newInts())
	pos, neg := adder(), adder()
	for i := 0; i < 5; i++ {
		fmt.Println(pos(i), neg(-2*i))
	}
	f := fibonacci()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var funcs []func() int
	for i := 0; i < 3; i++ {
		i := i
		funcs = append(funcs, func() int { return i * i })
	}
	for _, g := range funcs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
