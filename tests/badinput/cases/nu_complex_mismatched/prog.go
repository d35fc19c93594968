package main

var x = complex(float32(1), float64(2))

func main() {}
