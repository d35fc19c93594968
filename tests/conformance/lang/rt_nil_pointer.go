package main

import "fmt"

type node struct {
	val  int
	next *node
}

func sum(n *node) int {
	total := 0
	for i := 0; i < 3; i++ {
		total += n.val
		n = n.next
	}
	return total
}

func main() {
	list := &node{1, &node{2, &node{3, nil}}}
	fmt.Println(sum(list))
	fmt.Println(sum(list.next))
}
