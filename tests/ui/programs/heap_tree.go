// A binary search tree of seven keys: two pointer fields per node, so the graph has a
// branching shape (the layout must not route an arrow through a sibling's box).
package main

type tree struct {
	left, right *tree
	key         int
}

func insert(t *tree, k int) *tree {
	if t == nil {
		return &tree{key: k}
	}
	if k < t.key {
		t.left = insert(t.left, k)
	} else {
		t.right = insert(t.right, k)
	}
	return t
}

func main() {
	var root *tree
	for _, k := range []int{40, 20, 60, 10, 30, 50, 70} {
		root = insert(root, k)
	}
	println(root.key, root.left.key, root.right.key, root.left.left.key, root.right.right.key)
}
