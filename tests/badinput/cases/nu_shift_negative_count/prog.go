package main

var x = 1 << -1

func main() {}
