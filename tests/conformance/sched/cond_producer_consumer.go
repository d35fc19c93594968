// A bounded queue guarded by a Mutex, with two sync.Conds: notEmpty and notFull.
package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
}

func newQueue(n int) *queue {
	q := &queue{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.cap {
		fmt.Println("producer waits: queue full")
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		fmt.Println("consumer waits: queue empty")
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	q.mu.Unlock()
	return v
}

func main() {
	q := newQueue(2)
	done := make(chan int)
	go func() {
		sum := 0
		for i := 0; i < 6; i++ {
			v := q.get()
			fmt.Println("got", v)
			sum += v
		}
		done <- sum
	}()
	for i := 1; i <= 6; i++ {
		q.put(i * 10)
		fmt.Println("put", i*10)
	}
	fmt.Println("sum", <-done)
}
