package main

import "fmt"

type Code int

type Failure struct {
	Op   string
	Code int
}

func (f Failure) Error() string { return fmt.Sprintf("%s failed with %d", f.Op, f.Code) }

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v %T\n", r, r)
		panic(Failure{"write", 5})
	}()
	panic(Code(7))
}
