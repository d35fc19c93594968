package main

var f float32 = 1e39

func main() {}
