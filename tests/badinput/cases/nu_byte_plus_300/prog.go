package main

const s = "hi"; var r = s[0] + 300

func main() {}
