package main

var c complex64 = complex(1e39, 0)

func main() {}
