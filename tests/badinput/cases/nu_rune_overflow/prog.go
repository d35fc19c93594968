package main

var r rune = 'a' * 1e9

func main() {}
