// A Cond over a Locker of the program's own: Wait calls its Unlock and Lock.
package main

import (
	"fmt"
	"sync"
)

type countingLock struct {
	mu             sync.Mutex
	locks, unlocks int
}

func (l *countingLock) Lock()   { l.mu.Lock(); l.locks++ }
func (l *countingLock) Unlock() { l.unlocks++; l.mu.Unlock() }

func main() {
	l := &countingLock{}
	c := sync.NewCond(l)
	done := false
	finished := make(chan bool)
	go func() {
		l.Lock()
		for !done {
			c.Wait()
		}
		l.Unlock()
		finished <- true
	}()
	for i := 0; i < 3; i++ {
		l.Lock()
		if i == 2 {
			done = true
		}
		c.Signal()
		l.Unlock()
	}
	<-finished
	fmt.Println("locks", l.locks, "unlocks", l.unlocks)
	var rw sync.RWMutex
	rc := sync.NewCond(&rw)
	go func() {
		rw.Lock()
		rc.Broadcast()
		rw.Unlock()
	}()
	rw.Lock()
	rc.Wait()
	rw.Unlock()
	fmt.Println("rwmutex cond ok")
}
