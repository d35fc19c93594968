package main

const ( a int8 = iota * 100; b; c )

func main() {}
