package main

var c = 1i / 0

func main() {}
