package main

import "fmt"

type key struct {
	x, y int
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func main() {
	ages := map[string]int{"bob": 31, "alice": 29}
	ages["carol"] = 40
	ages["bob"]++
	fmt.Println(len(ages), ages["bob"], ages["nobody"])
	v, ok := ages["alice"]
	fmt.Println(v, ok)
	v, ok = ages["zed"]
	fmt.Println(v, ok)
	delete(ages, "alice")
	delete(ages, "missing")
	for _, k := range sortedKeys(ages) {
		fmt.Println(k, ages[k])
	}
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	grid := map[key]string{{1, 2}: "a", {0, 0}: "origin"}
	fmt.Println(grid[key{1, 2}], grid[key{0, 0}], len(grid))
	counts := make(map[rune]int)
	for _, r := range "banana" {
		counts[r]++
	}
	fmt.Println(counts['a'], counts['n'], counts['b'], counts['z'])
	nested := map[string][]int{}
	nested["x"] = append(nested["x"], 1, 2)
	nested["x"] = append(nested["x"], 3)
	fmt.Println(nested["x"], len(nested))
	type pt struct{ n int }
	ps := map[string]*pt{"a": {1}}
	ps["a"].n += 5
	fmt.Println(ps["a"].n)
}
