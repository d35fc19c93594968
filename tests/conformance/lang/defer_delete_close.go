// defer with the builtins delete and close: Go evaluates the operands at the defer statement
// and runs the call at return. A walk over a graph marks the node it is inside and unmarks it
// on the way out (encoding/json's cycle check does the same), and a producer goroutine closes
// its channel with defer, so the consumer's range ends.
package main

import "fmt"

type Node struct {
	Name string
	Next []*Node
}

var inside = map[*Node]bool{}

func walk(n *Node, depth int) {
	if inside[n] {
		fmt.Printf("%*scycle back to %s\n", depth*2, "", n.Name)
		return
	}
	inside[n] = true
	defer delete(inside, n)
	fmt.Printf("%*s%s (inside %d)\n", depth*2, "", n.Name, len(inside))
	for _, m := range n.Next {
		walk(m, depth+1)
	}
}

func produce(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- i * i
		}
	}()
	return ch
}

func main() {
	a, b, c := &Node{Name: "a"}, &Node{Name: "b"}, &Node{Name: "c"}
	a.Next = []*Node{b, c}
	b.Next = []*Node{c}
	c.Next = []*Node{a}
	walk(a, 0)
	fmt.Println("after the walk:", len(inside))

	sum := 0
	for v := range produce(5) {
		sum += v
	}
	fmt.Println("sum of squares:", sum)

	m := map[string]int{"k": 1}
	k := "k"
	func() {
		defer delete(m, k)
		k = "other" // the key was evaluated at the defer statement
		fmt.Println("inside:", m)
	}()
	fmt.Println("outside:", m)

	done := make(chan struct{})
	go close(done)
	<-done
	fmt.Println("closed by go close(done)")
}
