// sort.Slice and sort.SliceStable with a less function over a slice of structs.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{
		{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dave", 25},
		{"Eve", 30}, {"Frank", 40}, {"Grace", 25}, {"Heidi", 35},
	}
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println("by name, descending:", people)

	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println("by age, stable:")
	for _, p := range people {
		fmt.Printf("  %-6s %d\n", p.Name, p.Age)
	}

	// Each element size takes a different Swapper: 8-byte ints, strings, bytes, pointers.
	ids := []int{5, 3, 9, 1}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	words := []string{"pear", "fig", "apple"}
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	small := []uint8{200, 3, 77}
	sort.Slice(small, func(i, j int) bool { return small[i] < small[j] })
	halves := []int16{-4, 12, 0}
	sort.Slice(halves, func(i, j int) bool { return halves[i] < halves[j] })
	quads := []float32{2.5, -1, 0.25}
	sort.Slice(quads, func(i, j int) bool { return quads[i] < quads[j] })
	ptrs := []*Person{&people[0], &people[5], &people[2]}
	sort.Slice(ptrs, func(i, j int) bool { return ptrs[i].Name < ptrs[j].Name })
	fmt.Println(ids, words, small, halves, quads, ptrs[0].Name, ptrs[1].Name, ptrs[2].Name)
	fmt.Println(sort.SliceIsSorted(ids, func(i, j int) bool { return ids[i] < ids[j] }))

	// Zero and one element: nothing to swap.
	var none []Person
	sort.Slice(none, func(i, j int) bool { return true })
	one := []string{"solo"}
	sort.Slice(one, func(i, j int) bool { return true })
	fmt.Println(len(none), one)
}
