package main

import "fmt"

type pair struct {
	a int
	b string
}

func main() {
	m := map[string]int{"pear": 3, "apple": 1, "fig": 2, "banana": 7}
	fmt.Println(m)
	fmt.Printf("%v\n%+v\n", m, m)
	n := map[int]string{10: "ten", -3: "minus three", 2: "two"}
	fmt.Println(n)
	f := map[float64]bool{2.5: true, -1: false, 0: true}
	fmt.Println(f)
	b := map[bool]int{true: 1, false: 0}
	fmt.Println(b)
	var nilm map[string]int
	fmt.Println(nilm, len(nilm))
	s := map[string][]int{"b": {2}, "a": {1, 1}}
	fmt.Println(s)
	nested := map[string]map[string]int{"outer": {"z": 26, "y": 25}}
	fmt.Println(nested)
	ps := map[pair]int{{2, "b"}: 1, {1, "z"}: 2, {1, "a"}: 3}
	fmt.Println(ps)
	fmt.Println(fmt.Sprint(map[rune]int{'b': 2, 'a': 1}))
	fmt.Printf("%d %x\n", map[int]int{30: 1, 4: 2}, map[int]int{255: 16})
}
