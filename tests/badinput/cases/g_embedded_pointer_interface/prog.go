package main

type I interface{ M() }

type S struct{ x int; *I }

func main() { _ = S{} }
