package main

import (
	"context"
	"fmt"
)

type ctxKey string

type userKey struct{}

func handle(ctx context.Context) {
	if id, ok := ctx.Value(ctxKey("request-id")).(string); ok {
		fmt.Println("request id:", id)
	}
	if u, ok := ctx.Value(userKey{}).(string); ok {
		fmt.Println("user:", u)
	} else {
		fmt.Println("no user")
	}
	fmt.Println("missing:", ctx.Value(ctxKey("missing")))
}

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("request-id"), "abc-123")
	handle(ctx)
	ctx2 := context.WithValue(ctx, userKey{}, "gopher")
	handle(ctx2)
	ctx3 := context.WithValue(ctx2, ctxKey("request-id"), "shadowed")
	handle(ctx3)
	fmt.Println(ctx)
	fmt.Println(ctx2)
	fmt.Println(context.WithValue(context.TODO(), 42, 3.5))
	defer func() { fmt.Println("recovered:", recover()) }()
	context.WithValue(ctx, []int{1}, "x")
}
