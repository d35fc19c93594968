package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 0.5, 1.25, 100, 1234567, 12345678, 123456789,
		1e20, 1e21, 1e-4, 1e-5, 0.1, 1.0 / 3, 2.0 / 3, 3.141592653589793, 6.02214076e23}
	for _, v := range vals {
		fmt.Println(v, fmt.Sprintf("%f", v), fmt.Sprintf("%.2f", v))
	}
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%6.2f|%-6.1f|%06.2f\n", 3.14159, 2.0, -1.5)
	fmt.Printf("%v %v\n", float64(1<<62), float64(-1<<10))
	fmt.Println([]float64{1, 2.5, 1e-9})
	x := 0.0
	fmt.Println(x/1, -x, 1/x, -1/x)
	fmt.Printf("%f %v\n", 1/x, x/x)
}
