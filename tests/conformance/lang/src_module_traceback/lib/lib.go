// Package lib panics on a bad index; the traceback names its file by import path.
package lib

func At(xs []int, i int) int {
	return xs[i]
}

func Run(f func()) {
	f()
}
