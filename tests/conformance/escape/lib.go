// Library calls: the parameter tags of fmt, errors, sync, time and runtime.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"sync"
	"time"
)

func waitGroup() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	wg.Wait()
}

func mutex() int {
	var mu sync.Mutex
	n := 0
	mu.Lock()
	n++
	mu.Unlock()
	return n
}

func rwmutex() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
}

func once(f func()) {
	var o sync.Once
	o.Do(f)
}

func newError(msg string) error {
	return errors.New(msg)
}

func wrapError(err error, code int) error {
	return fmt.Errorf("code %d: %v", code, err)
}

func format(name string, age int) string {
	return fmt.Sprintf("%s is %d", name, age)
}

func timing() time.Duration {
	start := time.Now()
	time.Sleep(time.Millisecond)
	return time.Since(start)
}

func memStats() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func printPtr(p *int) {
	fmt.Printf("%d\n", *p)
}

func exitIf(bad bool) {
	if bad {
		os.Exit(3)
	}
}

func main() {
	waitGroup()
	fmt.Println(mutex())
	rwmutex()
	once(func() {})
	fmt.Println(newError("x"), wrapError(nil, 2), format("a", 3), timing() > 0, memStats() > 0)
	v := 1
	printPtr(&v)
	runtime.GC()
	exitIf(false)
}
