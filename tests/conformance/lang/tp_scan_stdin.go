// fmt.Scan, Scanln and Scanf reading os.Stdin (fmt/scan.go from Go's source): a count, then
// that many numbers, a name and age per line, then words until EOF.
package main

import (
	"fmt"
)

func main() {
	var n int
	if _, err := fmt.Scan(&n); err != nil {
		fmt.Println("count:", err)
		return
	}
	sum := 0.0
	for i := 0; i < n; i++ {
		var x float64
		if _, err := fmt.Scan(&x); err != nil {
			fmt.Println("number", i, err)
			return
		}
		sum += x
	}
	fmt.Printf("%d numbers, sum %.2f, mean %.3f\n", n, sum, sum/float64(n))
	var name string
	var age int
	for {
		c, err := fmt.Scanf("%s is %d\n", &name, &age)
		if err != nil {
			fmt.Println("scanf stopped:", c, err)
			break
		}
		fmt.Printf("%q: %d\n", name, age)
	}
	var a, b string
	c, err := fmt.Scanln(&a, &b)
	fmt.Println("scanln:", c, err, a, b)
	words := 0
	for {
		var w string
		if _, err := fmt.Scan(&w); err != nil {
			fmt.Println("end:", err)
			break
		}
		words++
	}
	fmt.Println("words:", words)
}
