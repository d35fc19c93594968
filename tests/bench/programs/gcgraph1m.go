// Benchmark: a graph of 1,000,000 objects (a binary tree whose nodes also point at a sibling)
// is built and kept live, then runtime.GC() marks all of it: the cost of tracing a big heap.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	left, right, link *node
	id                int
}

func build(lo, hi int, nodes *[]*node) *node {
	if lo >= hi {
		return nil
	}
	mid := (lo + hi) / 2
	n := &node{id: mid}
	*nodes = append(*nodes, n)
	n.left = build(lo, mid, nodes)
	n.right = build(mid+1, hi, nodes)
	return n
}

func main() {
	const n = 1000000
	nodes := make([]*node, 0, n)
	root := build(0, n, &nodes)
	for i := 1; i < len(nodes); i++ {
		nodes[i].link = nodes[i-1]
	}
	nodes = nil
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("root:", root.id, "live objects >= n:", ms.HeapObjects >= n)
}
