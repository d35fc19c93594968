// encoding/base64: the standard, URL, raw (unpadded) encodings, Encode into a buffer, errors.
package main

import (
	"encoding/base64"
	"fmt"
)

func main() {
	data := []byte("gosim: Go's runtime, step by step? yes!~\xfb\xff\xbf")
	for _, e := range []struct {
		name string
		enc  *base64.Encoding
	}{
		{"Std", base64.StdEncoding},
		{"URL", base64.URLEncoding},
		{"RawStd", base64.RawStdEncoding},
		{"RawURL", base64.RawURLEncoding},
	} {
		s := e.enc.EncodeToString(data)
		back, err := e.enc.DecodeString(s)
		fmt.Printf("%-6s %s %d %q %v\n", e.name, s, e.enc.EncodedLen(len(data)), back[:5], err)
	}
	for n := 0; n <= 4; n++ {
		fmt.Printf("%d bytes: %q %q\n", n, base64.StdEncoding.EncodeToString(data[:n]), base64.RawStdEncoding.EncodeToString(data[:n]))
	}
	buf := make([]byte, base64.StdEncoding.EncodedLen(3))
	base64.StdEncoding.Encode(buf, []byte{0xfb, 0xff, 0xfe})
	fmt.Println(string(buf))
	dst := make([]byte, base64.StdEncoding.DecodedLen(len(buf)))
	n, err := base64.StdEncoding.Decode(dst, buf)
	fmt.Println(dst[:n], n, err)
	_, err = base64.StdEncoding.DecodeString("abc$def")
	fmt.Println(err)
	_, err = base64.StdEncoding.DecodeString("YWJj=")
	fmt.Println(err)
	_, err = base64.RawURLEncoding.DecodeString("YWJjZA==")
	fmt.Println(err)
	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	fmt.Println(custom.EncodeToString([]byte("hi")))
}
