package main

var f = 1 / 0

func main() {}
