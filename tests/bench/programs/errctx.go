// errors and context from GOROOT source (issue 19 benchmark): errors.Is over %w chains and a
// cancelled context.
package main

import (
	"context"
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(ctx context.Context, k int) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if k%2 == 0 {
		return fmt.Errorf("key %d: %w", k, ErrNotFound)
	}
	return nil
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	for i := 0; i < 10; i++ {
		if errors.Is(find(ctx, i), ErrNotFound) {
			n++
		}
	}
	cancel()
	fmt.Println(n, find(ctx, 1))
}
