// Functions of the standard library used as values: stored in variables, passed to other
// functions, called later (sort does this with reflectlite.Swapper).
package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

var shout = strings.ToUpper
var show = fmt.Sprint

func apply(f func(...any) string, xs ...any) string { return f(xs...) }

func main() {
	fmt.Println(shout("quiet"), show(1, "a", 2.5), fmt.Sprintf("%03d", 7))
	fmt.Print(apply(fmt.Sprintln, "one", 2))
	format := fmt.Sprintf
	fmt.Println(format("%x-%q", 255, "q"))
	mk := errors.New
	fmt.Println(mk("boom"))
	pause := time.Sleep
	start := time.Now()
	pause(time.Millisecond)
	fmt.Println(time.Since(start) >= time.Millisecond)
	fmt.Printf("%T %T\n", show, pause)
	fmt.Println(show == nil, pause != nil)
}
