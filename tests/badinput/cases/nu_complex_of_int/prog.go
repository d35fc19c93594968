package main

var x = complex(int(1), int(2))

func main() {}
