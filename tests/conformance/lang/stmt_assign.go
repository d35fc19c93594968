package main

import "fmt"

func next(log *[]string, name string, v int) int {
	*log = append(*log, name)
	return v
}

func main() {
	a := 1
	var b int
	b = 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 99
	fmt.Println(i, s)
	s[0], s[2] = s[2], s[0]
	fmt.Println(s)
	var log []string
	p, q := next(&log, "first", 1), next(&log, "second", 2)
	fmt.Println(p, q, log)
	n := 10
	n += 5
	n -= 3
	n *= 4
	n /= 6
	n %= 5
	fmt.Println(n)
	n++
	n++
	n--
	fmt.Println(n)
	f := 1.5
	f *= 4
	f -= 0.5
	fmt.Println(f)
	str := "a"
	str += "b"
	str += str
	fmt.Println(str)
	arr := [3]int{}
	arr[1]++
	arr[2] += 7
	fmt.Println(arr)
	m := map[string]int{}
	m["k"] += 3
	m["k"]++
	fmt.Println(m["k"])
	_, second := 1, 2
	type pt struct{ x, y int }
	pv := pt{1, 2}
	pv.x, pv.y = pv.y, pv.x
	fmt.Println(pv, second)
}
