// runtime_caller: runtime.Caller with skips 0-2 (and past the end), FuncForPC names of a
// function, a method, closures (main.main.func1) and a goroutine's function, FileLine,
// runtime.Callers and CallersFrames down to runtime.main and runtime.goexit.
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

type T struct{ name string }

func (t *T) M() string { return where(0) }

func (t T) V() string { return where(1) }

func where(skip int) string {
	pc, file, line, ok := runtime.Caller(skip + 1)
	if !ok {
		return "unknown"
	}
	return fmt.Sprintf("%s %s:%d", runtime.FuncForPC(pc).Name(), filepath.Base(file), line)
}

func deep(n int) string {
	if n == 0 {
		return where(0) + " <- " + where(1) + " <- " + where(2)
	}
	return deep(n - 1)
}

func stack() []string {
	pcs := make([]uintptr, 16)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		out = append(out, fmt.Sprintf("%s %s:%d", f.Function, filepath.Base(f.File), f.Line))
		if !more {
			break
		}
	}
	return out
}

func main() {
	_, file, line, ok := runtime.Caller(0)
	fmt.Println(filepath.Base(file), line, ok, filepath.IsAbs(file) || strings.HasPrefix(file, "./"))
	fmt.Println(where(0))
	fmt.Println((&T{}).M())
	fmt.Println(T{}.V())
	func() {
		fmt.Println(where(0))
		fmt.Println(where(1))
		func() {
			fmt.Println(where(0))
		}()
	}()
	fmt.Println(deep(2))
	_, _, _, ok = runtime.Caller(50)
	fmt.Println("Caller(50) ok:", ok)
	pc, _, _, _ := runtime.Caller(0)
	f := runtime.FuncForPC(pc)
	fl, ln := f.FileLine(f.Entry())
	fmt.Println(f.Name(), filepath.Base(fl), ln > 0)
	fmt.Printf("%q\n", runtime.FuncForPC(0).Name())
	for _, s := range stack() {
		fmt.Println(s)
	}
	done := make(chan []string)
	go func() { done <- stack() }()
	for _, s := range <-done {
		fmt.Println("go:", s)
	}
	fmt.Println(runtime.Callers(0, nil))
}
