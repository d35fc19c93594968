package main

const f = 1e500; var y = f

func main() {}
