// bufio.Writer: nothing reaches stdout until Flush; to a strings.Builder; Available/Buffered.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	w := bufio.NewWriterSize(os.Stdout, 32)
	fmt.Println("size", w.Size(), "available", w.Available())
	fmt.Fprintf(w, "%s=%d\n", "x", 42)
	w.WriteString("buffered ")
	w.WriteByte('!')
	w.WriteRune('✓')
	w.WriteRune('\n')
	fmt.Println("buffered", w.Buffered(), "before flush")
	if err := w.Flush(); err != nil {
		fmt.Println("flush:", err)
	}
	fmt.Fprintln(w, strings.Repeat("long line ", 5))
	fmt.Println("after an overflowing write, buffered", w.Buffered())
	w.Flush()

	var sb strings.Builder
	bw := bufio.NewWriter(&sb)
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(bw, "row %d\n", i)
	}
	fmt.Printf("builder before flush: %q\n", sb.String())
	bw.Flush()
	fmt.Printf("builder after flush: %q\n", sb.String())

	os.Stdout.Close()
	e := bufio.NewWriter(os.Stdout)
	e.WriteString("lost")
	fmt.Fprintln(os.Stderr, "flush to closed stdout:", e.Flush() != nil)
}
