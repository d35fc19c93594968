// A singly linked list of seven nodes held by one variable (head), a cursor variable n walking
// it, a string field and a slice of the node pointers: the heap graph's boxes show each node's
// type and fields, its arrows are named after the field or variable that holds them.
package main

// keep holds the slice, so its backing array escapes to the heap (a make([]*node, 0, 8) that
// stays local lives in main's frame in Go 1.19, and in gosim).
var keep []*node

type node struct {
	next *node
	name string
	v    int
}

func main() {
	var head *node
	for i := 7; i >= 1; i-- {
		head = &node{next: head, name: string(rune('a' + i - 1)), v: i * 10}
	}
	all := make([]*node, 0, 8)
	for n := head; n != nil; n = n.next {
		all = append(all, n)
	}
	keep = all
	n := head.next.next
	println(len(all), n.v, n.name, head.v, all[6].v)
}
