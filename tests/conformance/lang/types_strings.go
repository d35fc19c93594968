package main

import "fmt"

func main() {
	s := "hello, 世界"
	fmt.Println(len(s), s[0], s[7], s[:5], s[7:])
	t := s + "!"
	fmt.Println(t, len(t))
	fmt.Println("abc" < "abd", "ab" < "abc", "b" > "abc", "x" == "x")
	bs := []byte("hey")
	bs[0] = 'H'
	fmt.Println(string(bs), bs)
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[7]), rs[8])
	fmt.Println(string(rune(65)), string(rune(0x4e16)))
	raw := `a\nb`
	fmt.Println(raw, len(raw))
	esc := "tab\there \"q\" \\ \u00e9 \x41"
	fmt.Println(esc)
	var empty string
	fmt.Println(len(empty), empty == "")
	u := s
	u += "?"
	fmt.Println(s, u)
	fmt.Printf("%c %c %d\n", s[1], rs[8], s[1])
}
