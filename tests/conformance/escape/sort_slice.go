// Escape decisions around sort from Go's source: a slice passed as any to sort.Slice escapes
// (Swapper keeps it through reflectlite.ValueOf), the less closure does not.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func byAge(people []Person) {
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
}

func local() int {
	xs := []int{3, 1, 2}
	sort.Ints(xs)
	return xs[0]
}

func stable(words []string) {
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
}

func main() {
	ps := []Person{{"a", 3}, {"b", 1}}
	byAge(ps)
	ws := []string{"ccc", "a", "bb"}
	stable(ws)
	fmt.Println(ps, local(), ws)
}
