// io's combinators: MultiWriter, TeeReader, LimitReader, MultiReader, SectionReader.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

func main() {
	var a, b strings.Builder
	mw := io.MultiWriter(&a, &b, upper{os.Stdout})
	fmt.Fprintf(mw, "to %d writers\n", 3)
	fmt.Printf("%q %q\n", a.String(), b.String())

	var seen strings.Builder
	tee := io.TeeReader(strings.NewReader("tee reader bytes"), &seen)
	buf := make([]byte, 5)
	n, _ := tee.Read(buf)
	fmt.Printf("read %q, seen %q\n", buf[:n], seen.String())
	rest, _ := io.ReadAll(tee)
	fmt.Printf("rest %q, seen %q\n", rest, seen.String())

	lr := io.LimitReader(strings.NewReader("0123456789"), 6)
	got, err := io.ReadAll(lr)
	fmt.Printf("limit %q %v\n", got, err)

	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two"))
	all, _ := io.ReadAll(mr)
	fmt.Printf("multi %q\n", all)

	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	sec, _ := io.ReadAll(sr)
	fmt.Printf("section %q size %d\n", sec, sr.Size())
	pos, err := sr.Seek(-2, io.SeekEnd)
	fmt.Println("seek", pos, err)
	p := make([]byte, 4)
	k, err := sr.ReadAt(p, 3)
	fmt.Printf("readat %q %d %v\n", p[:k], k, err)
	_, err = sr.Seek(-1, io.SeekStart)
	fmt.Println("bad seek:", err)

	fmt.Fprintln(io.Discard, "nothing")
	dn, _ := io.Copy(io.Discard, strings.NewReader("discarded"))
	fmt.Println("discarded", dn)
}
