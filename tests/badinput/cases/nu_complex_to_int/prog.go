package main

var i = int(2i)

func main() {}
