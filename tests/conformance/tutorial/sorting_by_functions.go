// Sorting by functions: sort.Sort with a byLength type, sort.Slice and sort.SliceStable.
package main

import (
	"fmt"
	"sort"
)

type byLength []string

func (s byLength) Len() int           { return len(s) }
func (s byLength) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLength) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

type Person struct {
	Name string
	Age  int
}

func main() {
	fruits := []string{"peach", "banana", "kiwi"}
	sort.Sort(byLength(fruits))
	fmt.Println(fruits)
	people := []Person{{"Jax", 37}, {"TJ", 25}, {"Alex", 72}, {"Bo", 25}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age || (people[i].Age == people[j].Age && people[i].Name < people[j].Name) })
	fmt.Println(people)
	words := []string{"bb", "a", "ccc", "dd", "e"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
}
