// A Tour of Go: Equivalent Binary Trees. The tree package is written out here (it is not in the
// standard library); its random shapes come from a fixed seed.
package main

import (
	"fmt"
	"math/rand"
)

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

// New returns a new, random binary tree holding the values k, 2k, ..., 10k.
func New(k int, r *rand.Rand) *Tree {
	var t *Tree
	for _, v := range r.Perm(10) {
		t = insert(t, (1+v)*k)
	}
	return t
}

func Walk(t *Tree, ch chan int) {
	var walk func(t *Tree)
	walk = func(t *Tree) {
		if t == nil {
			return
		}
		walk(t.Left)
		ch <- t.Value
		walk(t.Right)
	}
	walk(t)
	close(ch)
}

func Same(t1, t2 *Tree) bool {
	c1, c2 := make(chan int), make(chan int)
	go Walk(t1, c1)
	go Walk(t2, c2)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

func main() {
	r := rand.New(rand.NewSource(1))
	ch := make(chan int)
	go Walk(New(1, r), ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(Same(New(1, r), New(1, r)))
	fmt.Println(Same(New(1, r), New(2, r)))
}
