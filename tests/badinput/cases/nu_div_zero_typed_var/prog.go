package main

var n = 10; var m = n / 0

func main() {}
