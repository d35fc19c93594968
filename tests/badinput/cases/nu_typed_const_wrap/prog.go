package main

var m = ^uint8(0) + 1

func main() {}
