package main

var f = 1.5; var c complex128 = complex128(f)

func main() {}
