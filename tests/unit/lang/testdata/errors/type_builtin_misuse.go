package main

func f(xs ...int) {}
func g() (int, int) { return 1, 2 }

func main() {
	f(1, 2, []int{3}...)
	f(g()...)
	s := []string{"a"}
	f(s...)
	var n int
	append(s, "b")
	_ = append(n, 1)
	_ = append(s, 1)
	copy(s, 1)
	delete(s, 1)
	_ = make(int)
	_ = make([]int)
	_ = new(5)
	close(5)
	_ = cap(map[int]int{})
}
