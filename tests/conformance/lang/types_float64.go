package main

import "fmt"

func main() {
	a := 1.5
	b := 0.25
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(1e6, 1e20, 1e21, 123456789.0, 0.000001, 0.0000001)
	fmt.Println(3.0, 2.5e-3, 1.0/3.0, 2.0/3.0)
	fmt.Printf("%f %.2f %.0f %8.3f|%-8.1f|\n", a, 1.0/3.0, 2.5, 3.14159, 2.0)
	fmt.Printf("%v %v %v\n", 100.0, 1e100, 123.456)
	zero := 0.0
	inf := 1 / zero
	fmt.Println(inf, -inf, inf-inf == inf-inf)
	nan := zero / zero
	fmt.Println(nan == nan, nan != nan)
	fmt.Println(-zero, 0.1+0.2, 0.1+0.2 == 0.3)
	var x float64 = 7
	x /= 2
	x++
	fmt.Println(x)
	fmt.Printf("%T %v\n", x, float64(int64(1)<<53)+1)
	fmt.Println(fmt.Sprint(2.0), fmt.Sprintf("%.3f", 2.0005))
}
