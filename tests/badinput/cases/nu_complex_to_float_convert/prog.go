package main

var f = float64(1 + 1i)

func main() {}
