package main

const f float32 = 3e38 * 2

func main() {}
