// Slices and maps: backing arrays, appends, slicing arrays, map literals and puts.
package main

import "fmt"

type Item struct{ v int }

var items []*Item
var table map[string]*Item

func sliceLit() int {
	s := []int{1, 2, 3}
	return s[0]
}

func sliceReturned() []int {
	return []int{4, 5}
}

func appendPtr(it *Item) {
	items = append(items, it)
}

func appendLocal() int {
	var s []int
	for i := 0; i < 4; i++ {
		s = append(s, i)
	}
	return len(s)
}

func sliceOfArray() int {
	var arr [8]int
	s := arr[:]
	return len(s)
}

func sliceOfArrayReturned() []int {
	var arr [8]int
	return arr[2:4]
}

func mapLit() int {
	m := map[string]int{"a": 1}
	return m["a"]
}

func mapPut(k string, it *Item) {
	table[k] = it
}

func rangePtrs(ps []*Item) int {
	t := 0
	for _, p := range ps {
		t += p.v
	}
	return t
}

func copyPtrs(dst, src []*Item) int {
	return copy(dst, src)
}

func indexStore(s []*Item) {
	x := &Item{9}
	s[0] = x
}

func main() {
	table = map[string]*Item{}
	fmt.Println(sliceLit(), len(sliceReturned()), appendLocal(), sliceOfArray(), len(sliceOfArrayReturned()), mapLit())
	appendPtr(&Item{1})
	mapPut("k", &Item{2})
	s := []*Item{{1}, {2}}
	fmt.Println(rangePtrs(s), copyPtrs(make([]*Item, 2), s))
	indexStore(s)
}
