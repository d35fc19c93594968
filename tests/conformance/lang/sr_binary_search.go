// Binary search written by hand, checked against sort.SearchInts, and a search for the
// integer square root with sort.Search.
package main

import (
	"fmt"
	"sort"
)

func binarySearch(xs []int, target int) (int, int) {
	lo, hi, steps := 0, len(xs)-1, 0
	for lo <= hi {
		steps++
		mid := lo + (hi-lo)/2
		switch {
		case xs[mid] == target:
			return mid, steps
		case xs[mid] < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1, steps
}

func main() {
	xs := make([]int, 100)
	for i := range xs {
		xs[i] = i * 3
	}
	for _, t := range []int{0, 42, 43, 297, 300} {
		i, steps := binarySearch(xs, t)
		j := sort.SearchInts(xs, t)
		fmt.Printf("target %3d: index %3d in %d steps; SearchInts says %d\n", t, i, steps, j)
	}
	for _, n := range []int{0, 1, 15, 16, 1000000} {
		r := sort.Search(n+1, func(k int) bool { return k*k > n }) - 1
		fmt.Printf("isqrt(%d) = %d\n", n, r)
	}
}
