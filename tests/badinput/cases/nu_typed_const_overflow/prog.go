package main

const x int8 = 100; const y = x * 2

func main() {}
