package main

import "fmt"

type service struct {
	events chan string
}

func main() {
	var s service
	fmt.Println("nil channel:", s.events == nil)
	for e := range s.events {
		fmt.Println(e)
	}
}
