package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	c := make(chan int)
	var log []string
	var wg sync.WaitGroup
	wg.Add(3)
	go func() {
		defer wg.Done()
		<-c
		log = append(log, "receiver")
	}()
	go func() {
		defer wg.Done()
		log = append(log, "other1")
	}()
	runtime.Gosched()
	go func() {
		defer wg.Done()
		log = append(log, "other2")
	}()
	c <- 1
	log = append(log, "main-after-send")
	wg.Wait()
	fmt.Println(log)
}
