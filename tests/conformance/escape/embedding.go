package main

import "fmt"

type Base struct {
	ID   int
	Tags []string
}

func (b *Base) Tag(s string) { b.Tags = append(b.Tags, s) }
func (b Base) Count() int    { return len(b.Tags) }

type Item struct {
	Base
	Name string
}

type Node struct {
	*Base
	next *Node
}

func newItem(name string) *Item {
	it := Item{Name: name}
	it.Tag("new")
	return &it
}

func local() int {
	var it Item
	it.Tag("x")
	it.ID = 3
	return it.Count() + it.ID
}

func chain(n int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{Base: &Base{ID: i}, next: head}
	}
	return head
}

func sumIDs(n *Node) int {
	s := 0
loop:
	if n != nil {
		s += n.ID
		n = n.next
		goto loop
	}
	return s
}

func gotoAlloc() []*int {
	var out []*int
	i := 0
again:
	v := i
	out = append(out, &v)
	i++
	if i < 3 {
		goto again
	}
	return out
}

func count(b Base) int { return Base.Count(b) }

func main() {
	it := newItem("a")
	fmt.Println(it.Name, local(), sumIDs(chain(4)), len(gotoAlloc()), count(it.Base))
}
