// time.Date normalises out-of-range values as Go does (October 32 is November 1).
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Date(2023, time.October, 32, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 13, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 0, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 3, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2024, 3, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 1, 1, 25, 61, 61, 1000000001, time.UTC))
	fmt.Println(time.Date(2023, 1, 1, -1, -1, -1, -1, time.UTC))
	fmt.Println(time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(-5, 6, 15, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC))
}
