package main

var f float32 = 1; var i = 2; var x = f * i

func main() {}
