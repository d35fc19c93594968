// The Done-when program of issue #19: strings.Builder, strconv.Itoa, sort.Ints, a generic Map,
// an embedded struct with a promoted method, sync/atomic counters and context.WithCancel.
package main

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

type Base struct{ ID int }

func (b Base) Describe() string { return "item#" + strconv.Itoa(b.ID) }

type Item struct {
	Base
	Name string
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	nums := []int{5, 3, 9, 1, 7}
	sort.Ints(nums)
	strs := Map(nums, func(n int) string { return strconv.Itoa(n * n) })
	var b strings.Builder
	for i, s := range strs {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(s)
	}
	fmt.Println(b.String())

	it := Item{Base{42}, "widget"}
	fmt.Println(it.Describe(), it.Name, it.ID)

	var count int64
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&count, 1)
		}()
	}
	wg.Wait()
	fmt.Println("count", atomic.LoadInt64(&count))

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		<-ctx.Done()
		fmt.Println("worker stopped:", ctx.Err())
		close(done)
	}()
	cancel()
	<-done
}
