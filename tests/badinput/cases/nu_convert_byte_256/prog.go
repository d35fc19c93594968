package main

var b = byte(256)

func main() {}
