package main

var u uint = -1

func main() {}
