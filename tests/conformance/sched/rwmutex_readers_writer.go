package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var rw sync.RWMutex
	var log []string
	var wg sync.WaitGroup
	value := 0
	reader := func(name string) {
		defer wg.Done()
		rw.RLock()
		log = append(log, fmt.Sprint(name, " reads ", value))
		runtime.Gosched()
		log = append(log, name+" done")
		rw.RUnlock()
	}
	writer := func() {
		defer wg.Done()
		rw.Lock()
		value = 42
		log = append(log, "writer writes 42")
		rw.Unlock()
	}
	wg.Add(4)
	go reader("r1")
	go reader("r2")
	go writer()
	go reader("r3")
	wg.Wait()
	for _, l := range log {
		fmt.Println(l)
	}
}
