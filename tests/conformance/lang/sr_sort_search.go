// Binary search with sort.Search, sort.SearchInts and sort.SearchStrings.
package main

import (
	"fmt"
	"sort"
)

func main() {
	primes := []int{2, 3, 5, 7, 11, 13, 17, 19, 23, 29}
	for _, x := range []int{1, 7, 8, 29, 30} {
		i := sort.SearchInts(primes, x)
		found := i < len(primes) && primes[i] == x
		fmt.Printf("SearchInts(%d) = %d, found: %v\n", x, i, found)
	}

	// The first square at least 500.
	n := sort.Search(100, func(i int) bool { return i*i >= 500 })
	fmt.Println("first i with i*i >= 500:", n, n*n)

	// Guess a number with yes/no questions.
	secret := 37
	questions := 0
	guess := sort.Search(100, func(i int) bool {
		questions++
		return i >= secret
	})
	fmt.Println("guessed", guess, "in", questions, "questions")

	fruit := []string{"apple", "banana", "cherry", "grape"}
	fmt.Println(sort.SearchStrings(fruit, "cherry"), sort.SearchStrings(fruit, "date"))
	fmt.Println(sort.SearchFloat64s([]float64{0.5, 1.5, 2.5}, 2))
}
