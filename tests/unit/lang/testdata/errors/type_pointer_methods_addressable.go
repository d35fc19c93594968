package main

type P struct{ x int }

func (p *P) Inc() { p.x++ }

func get() P { return P{} }

func main() {
	m := map[string]P{}
	m["a"].Inc()
	get().Inc()
	P{}.Inc()
	(&P{}).Inc()
	ps := []P{{}}
	ps[0].Inc()
	var arr [1]P
	arr[0].Inc()
	m["a"].x = 2
}
