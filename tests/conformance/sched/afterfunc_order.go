// time.AfterFunc runs each function on its own goroutine when its timer fires; Stop cancels one.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []string
	record := func(s string) {
		mu.Lock()
		order = append(order, s)
		mu.Unlock()
		wg.Done()
	}
	wg.Add(3)
	time.AfterFunc(60*time.Millisecond, func() { record("sixty") })
	time.AfterFunc(10*time.Millisecond, func() { record("ten") })
	cancel := time.AfterFunc(30*time.Millisecond, func() { record("thirty") })
	time.AfterFunc(110*time.Millisecond, func() { record("one-ten") })
	fmt.Println("cancel stopped it:", cancel.Stop())
	wg.Wait()
	fmt.Println(order)
	t := time.AfterFunc(time.Hour, func() { fmt.Println("the reset one") })
	fmt.Println("reset:", t.Reset(5*time.Millisecond))
	wg.Add(1)
	time.AfterFunc(60*time.Millisecond, func() { fmt.Println("after the reset one"); wg.Done() })
	time.Sleep(10 * time.Millisecond)
	wg.Wait()
}
