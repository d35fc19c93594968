// Seek and ReadAt on a file: random access, as a record reader does.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	os.WriteFile("records.dat", []byte("AAAABBBBCCCCDDDD"), 0600)
	f, err := os.Open("records.dat")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	buf := make([]byte, 4)
	for _, i := range []int64{2, 0, 3} {
		pos, err := f.Seek(i*4, io.SeekStart)
		n, _ := f.Read(buf)
		fmt.Println(pos, err, n, string(buf[:n]))
	}
	pos, _ := f.Seek(-6, io.SeekEnd)
	n, err := f.Read(buf)
	fmt.Println(pos, n, err, string(buf[:n]))
	n, err = f.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.Read(buf)
	fmt.Println(n, err)
	cur, _ := f.Seek(0, io.SeekCurrent)
	fmt.Println("at", cur)
	_, err = f.Seek(-100, io.SeekStart)
	fmt.Println(err)
	n, err = f.ReadAt(buf, 5)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.ReadAt(buf, 14)
	fmt.Println(n, err, string(buf[:n]))
	_, err = f.ReadAt(buf, -1)
	fmt.Println(err)
	rest, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", rest, err)
}
