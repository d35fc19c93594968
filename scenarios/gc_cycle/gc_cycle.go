package main

import (
	"fmt"
	"runtime"
)

// node is 24 bytes with two pointers: size class 3, a scan span.
type node struct {
	left, right *node
	v           int
}

var (
	root *node // the only root of the tree: a global, scanned by the globals root job
	ms   runtime.MemStats
)

// tree builds a complete binary tree of the given depth (2^depth - 1 nodes).
func tree(depth, v int) *node {
	if depth == 0 {
		return nil
	}
	return &node{left: tree(depth-1, 2*v), right: tree(depth-1, 2*v+1), v: v}
}

// garbage allocates a small list and drops it: nothing points to it once this returns.
func garbage() {
	var l *node
	for i := 0; i < 4; i++ {
		l = &node{left: l, v: -i}
	}
}

// cut drops node 7, the right child of node 3: nothing else points to it.
func cut() {
	root.right.right = nil
}

func sum(n *node) int {
	if n == nil {
		return 0
	}
	return n.v + sum(n.left) + sum(n.right)
}

func main() {
	root = tree(3, 1)      // 7 live nodes
	garbage()              // 4 dead nodes
	cut()                  // node 7 is cut off: dead too
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("sum of the live tree:", sum(root), "GC cycles:", ms.NumGC)
}
