// Issue 19's "Done when" program: strings.Builder, strconv.Itoa, sort.Ints, a generic Map,
// an embedded struct with a promoted method, sync/atomic counters across goroutines and
// context.WithCancel, written as a new user would (run with GOMAXPROCS=1).
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

// Map applies f to every element of xs.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Counter struct {
	hits atomic.Int64
}

func (c *Counter) Hit() { c.hits.Add(1) }

// Worker embeds Counter, so w.Hit() is Counter's promoted method.
type Worker struct {
	Counter
	ID int
}

func main() {
	nums := []int{42, 7, 19, 3, 88, 25}
	sort.Ints(nums)
	labels := Map(nums, func(n int) string { return "#" + strconv.Itoa(n) })

	var sb strings.Builder
	sb.WriteString("sorted: ")
	sb.WriteString(strings.Join(labels, ", "))
	fmt.Println(sb.String())

	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	var total int64
	var wg sync.WaitGroup
	workers := make([]*Worker, 3)
	for i := range workers {
		w := &Worker{ID: i + 1}
		workers[i] = w
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case n := <-jobs:
					w.Hit()
					atomic.AddInt64(&total, int64(n))
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	for _, n := range nums {
		jobs <- n
	}
	cancel()
	wg.Wait()

	hits := Map(workers, func(w *Worker) string {
		return "worker " + strconv.Itoa(w.ID) + ": " + strconv.FormatInt(w.hits.Load(), 10)
	})
	fmt.Println(strings.Join(hits, "; "))
	fmt.Println("total:", atomic.LoadInt64(&total), "ctx:", ctx.Err())
}
