package main

var x = "abc"[5]

func main() {}
