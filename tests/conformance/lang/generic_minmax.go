package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float64
}

type Ordered interface {
	Number | ~string
}

func Min[T Ordered](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func Max[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Celsius float64

type ID int8

func main() {
	fmt.Println(Min(3, 7), Min("pear", "apple"), Min(2.5, -1.0))
	fmt.Println(Max(1, 9, 4), Max("a", "c", "b"))
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}))
	temps := []Celsius{20.5, 22, 19}
	fmt.Printf("%v %T\n", Sum(temps), Sum(temps))
	fmt.Println(Max[ID](100, 27, 127))
	var big ID = Sum([]ID{100, 27, 1})
	fmt.Println(big)
	fmt.Println(Min[float64](1, 2))
}
