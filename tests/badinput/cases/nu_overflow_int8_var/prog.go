package main

var x int8 = 300

func main() {}
