package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
)

func worker(ctx context.Context, id int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped after %d steps: %v", id, i, ctx.Err())
			return
		default:
			runtime.Gosched()
		}
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	out := make(chan string, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, &wg, out)
	}
	for i := 0; i < 5; i++ {
		runtime.Gosched()
	}
	cancel()
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	fmt.Println(ctx.Err(), context.Canceled == ctx.Err())
	fmt.Println(ctx)
}
