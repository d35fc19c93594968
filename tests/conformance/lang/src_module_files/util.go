package main

func helper() string { return "helper from util.go" }
