package main

import "fmt"

type stream struct {
	name string
	ch   chan int
}

func (s *stream) stop() {
	fmt.Println("stopping", s.name)
	close(s.ch)
}

func main() {
	ok := &stream{"ok", make(chan int)}
	ok.stop()
	var never stream
	never.name = "never opened"
	never.stop()
}
