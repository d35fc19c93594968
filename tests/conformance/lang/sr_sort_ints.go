// Sorting the basic slices: sort.Ints, sort.Strings and sort.Float64s, from Go's source.
package main

import (
	"fmt"
	"sort"
)

func main() {
	scores := []int{42, 7, 19, 88, 3, 61, 7, 25}
	sort.Ints(scores)
	fmt.Println("scores:", scores)
	fmt.Println("sorted?", sort.IntsAreSorted(scores))

	names := []string{"gopher", "Alice", "bob", "Zed", "alice", "Bob"}
	sort.Strings(names)
	fmt.Println("names:", names)

	temps := []float64{21.5, -3.25, 0, 17.75, -0.5, 30}
	sort.Float64s(temps)
	fmt.Println("temps:", temps)

	// Reverse order through sort.Sort and sort.Reverse.
	sort.Sort(sort.Reverse(sort.IntSlice(scores)))
	fmt.Println("descending:", scores)

	// A longer slice takes pdqsort's other paths (insertion sort stops at 12 elements).
	big := make([]int, 50)
	for i := range big {
		big[i] = (i * 37) % 50
	}
	sort.Ints(big)
	fmt.Println("big:", big[:10], "...", big[40:])
}
