package main

import (
	"fmt"
	"sync"
)

func main() {
	ping := make(chan int)
	pong := make(chan int)
	var log []string
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			log = append(log, fmt.Sprint("ping-send", i))
			ping <- i
			v := <-pong
			log = append(log, fmt.Sprint("ping-got", v))
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			v := <-ping
			log = append(log, fmt.Sprint("pong-got", v))
			pong <- v
			log = append(log, fmt.Sprint("pong-sent", v))
		}
	}()
	wg.Wait()
	for _, l := range log {
		fmt.Println(l)
	}
}
