package main

import (
	"errors"
	"fmt"
	"runtime"
)

// Record is 1 KiB. A claim that circulates says that returning it together with an
// error (two results) makes a hidden heap allocation. This program counts.
type Record struct {
	ID    int
	Items [127]int
}

// divmod returns two ints: both come back in registers (RAX and RBX).
func divmod(a, b int) (int, int) {
	return a / b, a % b
}

// load returns a 1 KiB Record and an error: the Record in the caller's frame,
// the error in two registers.
func load(id int) (Record, error) {
	var r Record
	if id < 0 {
		return r, errors.New("negative id")
	}
	r.ID = id
	for i := range r.Items {
		r.Items[i] = id + i
	}
	return r, nil
}

// Globals, so main's frame stays small.
var before runtime.MemStats
var after runtime.MemStats

func main() {
	runtime.ReadMemStats(&before)
	q, m := divmod(17, 5)
	total := q*10 + m
	for id := 0; id < 3; id++ {
		rec, err := load(id)
		if err != nil {
			return
		}
		total += rec.Items[126]
	}
	runtime.ReadMemStats(&after)
	fmt.Println("total:", total, "mallocs:", after.Mallocs-before.Mallocs)
}
