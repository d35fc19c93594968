// Too large for the stack: explicit variables over 10 MB, implicit allocations
// (new, &T{}, make) over 64 KB, and make with a size the compiler cannot see.
package main

import "fmt"

type Small struct{ a [100]byte }
type Big struct{ a [70000]byte }

func explicitHuge() int {
	var a [11 << 20]byte
	a[0] = 1
	return int(a[0])
}

func explicitLarge() int {
	var a [1 << 20]byte
	a[1] = 2
	return int(a[1])
}

func newBig() int {
	p := new(Big)
	return len(p.a)
}

func newSmall() int {
	p := new(Small)
	return len(p.a)
}

func litBig() int {
	p := &Big{}
	return len(p.a)
}

func makeConstSmall() int {
	s := make([]int, 100)
	return len(s)
}

func makeConstLarge() int {
	s := make([]byte, 100000)
	return len(s)
}

func makeVar(n int) int {
	s := make([]int, n)
	return len(s)
}

func makeCapVar(n int) int {
	s := make([]int, 0, n)
	return cap(s)
}

func makeEdge() int {
	a := make([]byte, 65536)
	b := make([]byte, 65537)
	return len(a) + len(b)
}

func makeMap(n int) int {
	m := make(map[int]int, n)
	m[1] = 2
	return len(m)
}

func main() {
	fmt.Println(explicitHuge(), explicitLarge(), newBig(), newSmall(), litBig())
	fmt.Println(makeConstSmall(), makeConstLarge(), makeVar(3), makeCapVar(4), makeEdge(), makeMap(2))
}
