package main

var a [3]int; const n int8 = len(a) * 100

func main() {}
