package main

func main() {
	const c = 10
	c = 5
	const s = "abc"
	s[0] = 1
	var m map[string]struct{ x int }
	m["a"].x = 1
}
