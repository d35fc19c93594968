package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func wait(ctx context.Context, name string, work <-chan int, wg *sync.WaitGroup, mu *sync.Mutex, log *[]string) {
	defer wg.Done()
	for {
		select {
		case v := <-work:
			mu.Lock()
			*log = append(*log, fmt.Sprintf("%s got %d", name, v))
			mu.Unlock()
		case <-ctx.Done():
			mu.Lock()
			*log = append(*log, fmt.Sprintf("%s: %v", name, ctx.Err()))
			mu.Unlock()
			return
		}
	}
}

func main() {
	start := time.Now()
	parent, cancelParent := context.WithDeadline(context.Background(), start.Add(30*time.Millisecond))
	defer cancelParent()
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	d1, _ := parent.Deadline()
	d2, _ := child.Deadline()
	fmt.Println("child deadline is the parent's:", d1.Equal(d2))

	var wg sync.WaitGroup
	var mu sync.Mutex
	var log []string
	work := make(chan int)
	wg.Add(2)
	go wait(parent, "parent", work, &wg, &mu, &log)
	go wait(child, "child", work, &wg, &mu, &log)
	work <- 1
	time.Sleep(5 * time.Millisecond)
	work <- 2
	wg.Wait()
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println("waited at least 30ms:", time.Since(start) >= 30*time.Millisecond)

	early, cancel := context.WithTimeout(context.Background(), time.Hour)
	cancel()
	<-early.Done()
	fmt.Println("cancelled before the deadline:", early.Err())
	past, cancel2 := context.WithDeadline(context.Background(), start.Add(-time.Second))
	defer cancel2()
	fmt.Println("deadline already passed:", past.Err())
}
