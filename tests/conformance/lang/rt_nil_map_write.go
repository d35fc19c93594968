package main

import "fmt"

type registry struct {
	names map[string]int
}

func (r *registry) add(name string) {
	r.names[name] = len(r.names)
}

func main() {
	ok := &registry{names: map[string]int{}}
	ok.add("a")
	fmt.Println(len(ok.names))
	var r registry
	fmt.Println(r.names["missing"], len(r.names))
	r.add("b")
}
