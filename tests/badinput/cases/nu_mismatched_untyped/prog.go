package main

var s = "a" + 1

func main() {}
