package main

var x = real(int(1))

func main() {}
