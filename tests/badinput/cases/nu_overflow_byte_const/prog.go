package main

const c = 256; var b byte = c

func main() {}
