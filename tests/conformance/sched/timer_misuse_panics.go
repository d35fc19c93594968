// Timers made without NewTimer panic on Stop and Reset, with Go's messages.
package main

import (
	"fmt"
	"time"
)

func try(what string, f func()) {
	defer func() { fmt.Println(what, "->", recover()) }()
	f()
}

func main() {
	var t time.Timer
	try("Stop zero Timer", func() { t.Stop() })
	try("Reset zero Timer", func() { t.Reset(time.Second) })
	var tk time.Ticker
	try("Stop zero Ticker", func() { tk.Stop() })
	try("Reset zero Ticker", func() { tk.Reset(time.Second) })
	try("NewTicker(0)", func() { time.NewTicker(0) })
	var nt *time.Timer
	try("nil Timer", func() { nt.Stop() })
	ok := time.NewTimer(time.Millisecond)
	try("real Timer", func() { fmt.Println(ok.Stop()) })
}
