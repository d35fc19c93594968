// Preemption: main spins in a loop without function calls until the greeter sets stop, and
// the greeter can only run on the same (only) P. With asynchronous preemption (Go 1.14+)
// sysmon stops the loop after about 10 ms; with GODEBUG=asyncpreemptoff=1 the program never
// ends.
//
// stop is shared without synchronisation, a data race that `go run -race` reports: real code
// would use an atomic.Bool (whose Load is also compiled without a call). gosim does not support
// sync/atomic yet, and the race does not change what this lesson is about: the scheduler.
//
// Run it with real Go to compare: GOMAXPROCS=1 go run main.go
// and then, to see it hang: GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1 go run main.go
package main

import "fmt"

var stop bool

func main() {
	go func() { // the greeter: waits in runnext while main spins
		fmt.Println("greeter: hello, setting stop")
		stop = true
	}()
	for spins := 0; !stop; spins++ { // no function call in the loop: no prologue to check for preemption
	}
	fmt.Println("main: the loop saw stop")
}
