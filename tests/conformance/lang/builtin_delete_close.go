package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	delete(m, "b")
	delete(m, "zzz")
	_, ok := m["b"]
	fmt.Println(len(m), ok)
	var nilm map[string]int
	delete(nilm, "x")
	fmt.Println(len(nilm))
	m["b"] = 20
	fmt.Println(m["b"], len(m))
	c := make(chan int, 3)
	c <- 1
	c <- 2
	close(c)
	v, ok := <-c
	fmt.Println(v, ok, len(c))
	v, ok = <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	v = <-c
	fmt.Println(v)
	s := make(chan string)
	close(s)
	str, ok := <-s
	fmt.Printf("%q %v\n", str, ok)
	type pair struct{ a, b int }
	pc := make(chan pair, 1)
	pc <- pair{1, 2}
	close(pc)
	fmt.Println(<-pc, <-pc)
}
