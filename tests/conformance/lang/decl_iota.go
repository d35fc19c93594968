package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

func (d Weekday) String() string {
	names := [...]string{"Sun", "Mon", "Tue", "Wed"}
	return names[d]
}

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x0 = iota * 2
	_
	x2
	skip = "s"
	x4   = iota
)

type Bits uint8

const (
	Read Bits = 1 << iota
	Write
	Exec
)

func main() {
	fmt.Println(Sunday, Tuesday, Wednesday)
	fmt.Printf("%d %v %T\n", Monday, Monday, Monday)
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x2, skip, x4)
	perm := Read | Exec
	fmt.Println(Read, Write, Exec, perm, perm&Write == 0)
}
