// Functions: parameters, several results, named results, variadic functions, functions as values.
package main

import "fmt"

func plus(a int, b int) int    { return a + b }
func plusPlus(a, b, c int) int { return a + b + c }

func vals() (int, int) { return 3, 7 }

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func sum(nums ...int) int {
	fmt.Print(nums, " ")
	total := 0
	for _, num := range nums {
		total += num
	}
	fmt.Println(total)
	return total
}

func compute(fn func(float64, float64) float64) float64 { return fn(3, 4) }

func main() {
	fmt.Println("1+2 =", plus(1, 2))
	fmt.Println("1+2+3 =", plusPlus(1, 2, 3))
	a, b := vals()
	fmt.Println(a, b)
	_, c := vals()
	fmt.Println(c)
	fmt.Println(split(17))
	sum(1, 2)
	sum(1, 2, 3)
	nums := []int{1, 2, 3, 4}
	sum(nums...)
	hypot := func(x, y float64) float64 { return x*x + y*y }
	fmt.Println(hypot(5, 12), compute(hypot))
}
