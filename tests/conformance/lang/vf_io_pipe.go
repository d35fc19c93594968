// io.Pipe between goroutines: a producer writes lines, the consumer scans them.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		for i := 1; i <= 4; i++ {
			fmt.Fprintf(pw, "message %d\n", i)
		}
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println("scan err:", sc.Err())

	pr2, pw2 := io.Pipe()
	done := make(chan struct{})
	go func() {
		_, err := pw2.Write([]byte("never read"))
		fmt.Println("writer:", err)
		close(done)
	}()
	pr2.CloseWithError(errors.New("reader gave up"))
	<-done

	pr3, pw3 := io.Pipe()
	go func() {
		pw3.Write([]byte("partial"))
		pw3.CloseWithError(errors.New("producer failed"))
	}()
	b, err := io.ReadAll(pr3)
	fmt.Printf("%q %v\n", b, err)
	_, err = pw3.Write([]byte("x"))
	fmt.Println("after close:", err, err == io.ErrClosedPipe)
}
