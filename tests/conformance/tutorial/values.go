// Values: strings, integers, floats and booleans, as a first tutorial page shows them.
package main

import "fmt"

func main() {
	fmt.Println("go" + "lang")
	fmt.Println("1+1 =", 1+1)
	fmt.Println("7.0/3.0 =", 7.0/3.0)
	fmt.Println(true && false)
	fmt.Println(true || false)
	fmt.Println(!true)
	fmt.Println(7/2, 7%2, -7/2, -7%2)
	fmt.Println(1e3, 2.5e-3, 0x1F, 0o17, 0b101, 1_000_000)
}
