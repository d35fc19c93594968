package main

func main() {
	for i := range 10 {
		_ = i
	}
	var x interface{} = 1
	s := x.(string)
	n := x + 1
	_, _ = s, n
	var y int
	_ = y.(int)
}
