package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	sum := 0
	keys := ""
	for k, v := range m {
		sum += v
		keys += k
	}
	fmt.Println(sum, len(keys))
	var sorted []string
	for k := range m {
		i := len(sorted)
		sorted = append(sorted, k)
		for i > 0 && sorted[i-1] > k {
			sorted[i] = sorted[i-1]
			i--
		}
		sorted[i] = k
	}
	fmt.Println(sorted)
	for k := range m {
		if m[k]%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m), m["a"], m["b"], m["c"])
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	var nilm map[int]int
	n := 0
	for range nilm {
		n++
	}
	fmt.Println(n)
	sq := map[int]int{}
	for i := 1; i <= 5; i++ {
		sq[i] = i * i
	}
	total := 0
	for _, v := range sq {
		total += v
	}
	fmt.Println(total)
}
