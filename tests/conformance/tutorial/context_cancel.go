// Context: cancelling workers with context.WithCancel and a deadline with WithTimeout.
package main

import (
	"context"
	"fmt"
	"time"
)

func worker(ctx context.Context, id int, out chan<- string) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan string)
	go worker(ctx, 1, out)
	time.Sleep(35 * time.Millisecond)
	cancel()
	fmt.Println(<-out)
	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel2()
	select {
	case <-ctx2.Done():
		fmt.Println("timeout:", ctx2.Err())
	case <-time.After(time.Second):
		fmt.Println("no timeout")
	}
	ctx3 := context.WithValue(context.Background(), "user", "gopher")
	fmt.Println(ctx3.Value("user"))
}
