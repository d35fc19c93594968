// Maps: make, set, get, delete, the comma-ok form, literals, printing sorts the keys.
package main

import "fmt"

type Vertex struct{ Lat, Long float64 }

func main() {
	m := make(map[string]int)
	m["k1"] = 7
	m["k2"] = 13
	fmt.Println("map:", m)
	fmt.Println("v1:", m["k1"], "v3:", m["k3"])
	fmt.Println("len:", len(m))
	delete(m, "k2")
	fmt.Println("map:", m)
	_, prs := m["k2"]
	fmt.Println("prs:", prs)
	n := map[string]int{"foo": 1, "bar": 2}
	fmt.Println("map:", n)
	places := map[string]Vertex{
		"Bell Labs": {40.68433, -74.39967},
		"Google":    {37.42202, -122.08408},
	}
	fmt.Println(places)
	counts := map[rune]int{}
	for _, r := range "hello gopher" {
		counts[r]++
	}
	fmt.Println(counts['o'], counts['l'], len(counts))
	fmt.Printf("%v\n", map[int]bool{3: true, 1: false, 2: true})
}
