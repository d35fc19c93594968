package main

var f = 1.5; var x = f << 2

func main() {}
