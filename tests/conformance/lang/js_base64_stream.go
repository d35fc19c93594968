// encoding/base64 as streams: NewEncoder over a strings.Builder (Close flushes the last group),
// NewDecoder over a strings.Reader with newlines in the input, a corrupt stream.
package main

import (
	"encoding/base64"
	"fmt"
	"io"
	"strings"
)

func main() {
	var sb strings.Builder
	enc := base64.NewEncoder(base64.StdEncoding, &sb)
	for _, part := range []string{"Go", "pher", "s ", "step by step"} {
		enc.Write([]byte(part))
		fmt.Printf("after %q: %q\n", part, sb.String())
	}
	enc.Close()
	fmt.Println("closed:", sb.String())

	in := sb.String()[:8] + "\n" + sb.String()[8:16] + "\r\n" + sb.String()[16:]
	dec := base64.NewDecoder(base64.StdEncoding, strings.NewReader(in))
	buf := make([]byte, 5)
	for {
		n, err := dec.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	all, err := io.ReadAll(base64.NewDecoder(base64.URLEncoding, strings.NewReader("aGVsbG8_d29ybGQ=")))
	fmt.Printf("%q %v\n", all, err)
	_, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader("aGVs!G8=")))
	fmt.Println(err)
	fmt.Println(base64.StdEncoding.Strict().DecodeString("YWI="))
	fmt.Println(base64.StdEncoding.Strict().DecodeString("YWJ="))
}
