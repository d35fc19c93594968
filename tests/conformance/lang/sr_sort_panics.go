// What sort.Slice does with bad input: a less function that indexes out of range, a value
// that is not a slice, nil; and element types without a fast swap (structs, arrays, empty).
package main

import (
	"fmt"
	"sort"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
		if err, ok := r.(error); ok {
			fmt.Printf("  an error: %s\n", err.Error())
		}
	}()
	f()
}

type pair struct {
	name string
	n    int
}

func main() {
	try("less out of range", func() {
		s := []int{3, 1, 2}
		sort.Slice(s, func(i, j int) bool { return s[i+5] < s[j] })
	})
	try("not a slice", func() { sort.Slice(5, func(i, j int) bool { return false }) })
	try("nil", func() { sort.Slice(nil, func(i, j int) bool { return false }) })
	try("an array", func() { sort.Slice([3]int{3, 2, 1}, func(i, j int) bool { return false }) })

	ps := []pair{{"b", 2}, {"a", 1}, {"c", 0}}
	sort.Slice(ps, func(i, j int) bool { return ps[i].n < ps[j].n })
	fmt.Println(ps)
	type empty struct{}
	es := []empty{{}, {}, {}}
	sort.Slice(es, func(i, j int) bool { return i > j })
	fmt.Println(len(es))
	arr := [][2]int32{{3, 1}, {1, 2}, {2, 3}}
	sort.SliceStable(arr, func(i, j int) bool { return arr[i][0] < arr[j][0] })
	fmt.Println(arr)
	fmt.Println("done")
}
