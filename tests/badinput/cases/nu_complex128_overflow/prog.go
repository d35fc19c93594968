package main

var c = complex(1e308*10, 0) + 0i; var d complex128 = c

func main() {}
