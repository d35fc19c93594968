// Strings: concatenation and conversions allocate unless the result stays local.
package main

import "fmt"

func concatLocal(a, b string) int {
	s := a + b
	return len(s)
}

func concatReturned(a, b string) string {
	return a + "-" + b
}

func toBytes(s string) int {
	b := []byte(s)
	return len(b)
}

func toBytesReturned(s string) []byte {
	return []byte(s)
}

func fromBytes(b []byte) string {
	return string(b)
}

func runes(s string) int {
	r := []rune(s)
	return len(r)
}

func substr(s string) string {
	return s[1:]
}

func concatLoop(words []string) string {
	out := ""
	for _, w := range words {
		out += w
	}
	return out
}

func main() {
	fmt.Println(concatLocal("a", "b"), concatReturned("c", "d"), toBytes("xy"), len(toBytesReturned("z")))
	fmt.Println(fromBytes([]byte("hi")), runes("héllo"), substr("abc"), concatLoop([]string{"p", "q"}))
}
