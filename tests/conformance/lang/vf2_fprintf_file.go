// Writing a report to a file with fmt.Fprintf and bufio.Writer, then copying it to stdout.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	f, err := os.Create("report.txt")
	if err != nil {
		panic(err)
	}
	w := bufio.NewWriter(f)
	total := 0
	for i, item := range []string{"apples", "pears", "plums"} {
		fmt.Fprintf(w, "%-8s %3d\n", item, (i+1)*7)
		total += (i + 1) * 7
	}
	fmt.Fprintln(w, "total", total)
	fmt.Println("buffered:", w.Buffered())
	fmt.Println(w.Flush(), f.Close())

	in, _ := os.Open("report.txt")
	n, err := io.Copy(os.Stdout, in)
	fmt.Println(n, err)
	in.Close()
	_, err = in.Read(make([]byte, 1))
	fmt.Println(err)
	fmt.Println(in.Close())
	_, err = fmt.Fprintln(in, "late")
	fmt.Println(err)
}
