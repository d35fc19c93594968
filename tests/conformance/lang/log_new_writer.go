// log_new_writer: log.New over a bytes.Buffer and os.Stdout: prefixes, flags, SetOutput and
// SetPrefix on a Logger, Writer, io.Discard, a Logger shared by goroutines (GOMAXPROCS=1).
package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"sync"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "buf: ", 0)
	l.Println("one")
	l.Printf("two=%d", 2)
	l.Print("three")
	fmt.Print(buf.String())
	fmt.Println("lines:", strings.Count(buf.String(), "\n"))

	out := log.New(os.Stdout, "out: ", log.Lmsgprefix)
	out.SetFlags(0)
	out.Println("to stdout")
	out.SetPrefix("OUT| ")
	out.Println("new prefix", out.Prefix() == "OUT| ")
	fmt.Println(out.Writer() == os.Stdout, out.Flags())

	quiet := log.New(io.Discard, "", 0)
	quiet.Println("never seen")

	buf.Reset()
	shared := log.New(&buf, "", 0)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			shared.Printf("worker %d done", id)
		}(i)
	}
	wg.Wait()
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	fmt.Println(len(lines), "lines")
	out.SetOutput(&buf)
	buf.Reset()
	out.Println("into the buffer")
	fmt.Printf("%q\n", buf.String())
}
