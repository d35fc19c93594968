package main

type T struct{}

func (T) M() {}

type O struct{ T }

func main() {
	f := O.M
	f(O{})
}
