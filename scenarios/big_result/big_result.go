package main

import (
	"errors"
	"fmt"
)

// Record is 1 KiB. A claim that circulates says returning it together with an error makes a
// hidden heap allocation. The compiler disagrees: the result is a stack-assigned result in the
// caller's frame (it holds an array, so the register ABI passes it on the stack), nothing
// escapes, and `go build -gcflags=-m` reports nothing for load.
type Record struct {
	ID    int
	Items [127]int
}

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

func main() {
	total := 0
	for id := 0; id < 3; id++ {
		r, err := load(id)
		if err != nil {
			fmt.Println(err)
			return
		}
		total += r.Items[126]
	}
	fmt.Println("total:", total)
}
