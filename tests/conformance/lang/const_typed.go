// Typed constants keep their type through arithmetic; untyped ones take the type of the other
// operand; conversions between named numeric types; rune and string constants.
package main

import "fmt"

type Celsius float32
type Fahrenheit float64
type Millis int64

const (
	Boiling  Celsius = 100
	Freezing Celsius = 0
	Second   Millis  = 1000
	Minute           = 60 * Second
	Ratio            = 9.0 / 5
)

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*Ratio + 32) }

func main() {
	fmt.Println(CToF(Boiling), CToF(Freezing), CToF(-40), CToF(37.5))
	fmt.Printf("%T %T %v %T\n", Minute, Ratio, Minute/Second, Boiling/3)
	fmt.Println(Boiling/3, float64(Boiling/3), Celsius(1)/3 == Boiling/300)
	const r = 'A'
	const s = string(r) + string(r+1) + "\u00e9"
	fmt.Println(r, s, len(s), []byte(s), []rune(s))
	const maxU8 = ^uint8(0)
	const maxI16 = int16(^uint16(0) >> 1)
	const minI16 = -maxI16 - 1
	fmt.Println(maxU8, maxI16, minI16, uint32(1<<32-1), int64(-1<<63))
	var d Millis = 2 * Minute + 3*Second + 250
	fmt.Println(d, d/Second, d%Second, float32(d)/float32(Minute))
	const e = 2.718281828459045235360287471352662497757247093699959574966
	var e32 float32 = e
	var e64 float64 = e
	fmt.Println(e32, e64, float64(e32) == e64, e*e)
}
