// Method receivers are parameters: they leak, flow to results, or stay put.
package main

import "fmt"

type Buf struct {
	data []byte
	n    int
}

func (b *Buf) Len() int { return b.n }

func (b *Buf) Self() *Buf { return b }

func (b *Buf) Data() []byte { return b.data }

func (b Buf) Copy() Buf { return b }

func (b *Buf) Grow(k int) {
	b.data = make([]byte, k)
	b.n = k
}

var keep *Buf

func (b *Buf) Keep() { keep = b }

type Node struct {
	next *Node
	val  int
}

func (n *Node) Append(v int) *Node {
	m := &Node{val: v}
	n.next = m
	return m
}

func useLocal() int {
	var b Buf
	b.Grow(4)
	return b.Len()
}

func useKeep() {
	var b Buf
	b.Keep()
}

func methodValue() int {
	b := Buf{n: 3}
	f := b.Copy
	c := f()
	return c.n
}

func chain() int {
	var head Node
	head.Append(1).Append(2)
	return head.next.val
}

func main() {
	fmt.Println(useLocal(), methodValue(), chain())
	useKeep()
	b := &Buf{}
	fmt.Println(b.Self().Len(), len(b.Data()))
}
