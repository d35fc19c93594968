package main

type S struct{ f []int }
type I interface{ M() }

func main() {
	a, b := S{}, S{}
	_ = a == b
	var m map[func()]int
	_ = m
	var pi *I
	pi.M()
	var x [2][]int
	_ = x == x
	_ = nil == nil
	var f func()
	_ = f == f
}
