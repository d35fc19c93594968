// iota edge cases: skipped lines, several per line, implicit repetition, typed iota, iota in
// expressions with shifts and floats, a new block resetting it.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
	FlagAll = FlagA | FlagB | FlagC | FlagD
)

const (
	a, b = iota, iota * 10
	c, d
	e, f = iota + 0.5, float32(iota) / 4
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const x0, x1 = iota, iota

const (
	first = "s" + string(rune('a'+iota))
	second
	third
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Printf("%d %d %d %d %08b %T\n", FlagA, FlagB, FlagC, FlagD, FlagAll, FlagC)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(KB, MB, GB, TB, TB/GB)
	fmt.Println(x0, x1, first, second, third)
	var w Weekday = Thursday
	w--
	fmt.Println(w, w == Tuesday+1)
}
