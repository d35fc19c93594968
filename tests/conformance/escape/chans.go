// Channels, go and defer: what a channel send stores and what a new goroutine keeps.
package main

import (
	"fmt"
	"sync"
)

type Msg struct{ ID int }

func sendPtr(ch chan *Msg) {
	m := &Msg{1}
	ch <- m
}

func sendValue(ch chan Msg) {
	m := Msg{2}
	ch <- m
}

func sendParam(ch chan *Msg, m *Msg) {
	ch <- m
}

func worker(id int, out chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	out <- id
}

func startWorkers() int {
	out := make(chan int, 3)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(i, out, &wg)
	}
	wg.Wait()
	return len(out)
}

func goClosure() int {
	done := make(chan bool)
	v := 1
	go func() {
		v = 2
		done <- true
	}()
	<-done
	return v
}

func goArgs(p *Msg) {
	done := make(chan int)
	go func(m *Msg) {
		done <- m.ID
	}(p)
	<-done
}

func deferTop() (n int) {
	x := &Msg{3}
	defer fmt.Println("deferred", x.ID)
	n = x.ID
	return
}

func deferLoop() {
	for i := 0; i < 2; i++ {
		m := &Msg{i}
		defer func() {
			_ = m
		}()
	}
}

func main() {
	c1 := make(chan *Msg, 1)
	sendPtr(c1)
	c2 := make(chan Msg, 1)
	sendValue(c2)
	sendParam(c1, &Msg{4})
	fmt.Println(startWorkers(), goClosure(), deferTop())
	goArgs(&Msg{5})
	deferLoop()
}
