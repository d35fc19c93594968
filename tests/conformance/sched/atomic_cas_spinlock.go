// A spin lock from CompareAndSwapInt32: a goroutine that finds it taken yields with Gosched.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type spin struct{ state int32 }

func (s *spin) lock(name string, spins *int) {
	for !atomic.CompareAndSwapInt32(&s.state, 0, 1) {
		*spins++
		runtime.Gosched()
	}
}

func (s *spin) unlock() { atomic.StoreInt32(&s.state, 0) }

func main() {
	var s spin
	var wg sync.WaitGroup
	total := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			spins := 0
			for j := 0; j < 3; j++ {
				s.lock(fmt.Sprint("w", i), &spins)
				total++
				if j == 0 {
					runtime.Gosched() // hold the lock across a yield
				}
				s.unlock()
			}
			fmt.Println("worker", i, "done, spun", spins, "times")
		}(i)
	}
	wg.Wait()
	fmt.Println("total", total, "state", atomic.LoadInt32(&s.state))
}
