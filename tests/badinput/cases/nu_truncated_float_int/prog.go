package main

var i int = 1.5

func main() {}
