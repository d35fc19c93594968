package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	fmt.Println("fast:", slowOp(ctx, 10*time.Millisecond))
	err := slowOp(ctx, time.Second)
	fmt.Println("slow:", err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded), err == context.DeadlineExceeded)
	el := time.Since(start)
	fmt.Println(el >= 50*time.Millisecond, el < 500*time.Millisecond)
	_, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok)
	_, ok = context.Background().Deadline()
	fmt.Println("background deadline:", ok)
	fmt.Printf("%T %v\n", err, err)
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(err, &te), te != nil && te.Timeout())
}
