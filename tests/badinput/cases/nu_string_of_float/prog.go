package main

var s = string(65.0)

func main() {}
