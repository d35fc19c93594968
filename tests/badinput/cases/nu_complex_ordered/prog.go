package main

var c = 2i < 3i

func main() {}
