package main

var f = 1.5 % 1

func main() {}
