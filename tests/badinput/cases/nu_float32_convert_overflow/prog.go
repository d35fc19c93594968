package main

var f32 = float32(1e39)

func main() {}
