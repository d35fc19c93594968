// Switch: values, several values per case, no condition, fallthrough, and a type switch.
package main

import (
	"fmt"
	"time"
)

func main() {
	i := 2
	fmt.Print("Write ", i, " as ")
	switch i {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
	case 3:
		fmt.Println("three")
	}
	day := time.Date(2023, time.March, 4, 12, 0, 0, 0, time.UTC)
	switch day.Weekday() {
	case time.Saturday, time.Sunday:
		fmt.Println("It's the weekend")
	default:
		fmt.Println("It's a weekday")
	}
	switch h := day.Hour(); {
	case h < 12:
		fmt.Println("It's before noon")
	default:
		fmt.Println("It's after noon")
	}
	switch n := 5; n {
	case 5:
		fmt.Println("five")
		fallthrough
	case 6:
		fmt.Println("six (fallthrough)")
	case 7:
		fmt.Println("seven")
	}
	whatAmI := func(i interface{}) {
		switch t := i.(type) {
		case bool:
			fmt.Println("I'm a bool")
		case int:
			fmt.Println("I'm an int")
		default:
			fmt.Printf("Don't know type %T\n", t)
		}
	}
	whatAmI(true)
	whatAmI(1)
	whatAmI("hey")
}
