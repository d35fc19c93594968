package main

func main() {
	x := 1
	{
		x := 2
		x++
	}
	var p *int
	p.foo()
	var s struct{ a int }
	s.A = 1
	var e error
	e.Errorr()
	_ = e.Error
}
