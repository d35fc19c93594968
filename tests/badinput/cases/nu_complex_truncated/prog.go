package main

var i int = 1+2i

func main() {}
