package main

const c = 1 << 100; var x = c

func main() {}
