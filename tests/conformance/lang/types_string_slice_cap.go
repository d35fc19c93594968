// types_string_slice_cap: len and cap of []byte(s) and []rune(s). A constant converts to an
// array of exactly its length (cap == len, escaping or not); a variable goes through the
// runtime: the 32-element stack buffer when the result does not escape, else a size-class
// rounded allocation.
package main

import "fmt"

var keep []byte
var keepRunes []rune

const greeting = "hello, world!"

//go:noinline
func constEscapes() []byte { return []byte(greeting) }

//go:noinline
func constLocal() (int, int) {
	b := []byte("hello")
	b[0] = 'j'
	return len(b), cap(b)
}

//go:noinline
func varEscapes(s string) []byte { return []byte(s) }

//go:noinline
func varLocal(s string) (int, int) {
	b := []byte(s)
	b[0] = 'j'
	return len(b), cap(b)
}

//go:noinline
func runesConstEscape() []rune { return []rune("héllo, 世界") }

//go:noinline
func runesConstLocal() (int, int) {
	r := []rune("héllo")
	r[0] = 'j'
	return len(r), cap(r)
}

//go:noinline
func runesVarEscape(s string) []rune { return []rune(s) }

//go:noinline
func runesVarLocal(s string) (int, int) {
	r := []rune(s)
	r[0] = 'j'
	return len(r), cap(r)
}

func main() {
	b := constEscapes()
	fmt.Println("const escaping:", len(b), cap(b), string(b))
	fmt.Println("const local:", fmt.Sprint(constLocal()))
	e := []byte("")
	fmt.Println("empty const:", len(e), cap(e), e == nil)
	keep = []byte("0123456789012345678901234567890123456789")
	fmt.Println("40-byte const:", len(keep), cap(keep))
	b = varEscapes("hello, world!")
	fmt.Println("var escaping:", len(b), cap(b))
	fmt.Println("var local:", fmt.Sprint(varLocal("hello")))
	b = append([]byte("ab"), 'c')
	fmt.Println("append to a const conversion:", len(b), cap(b), string(b))
	r := runesConstEscape()
	fmt.Println("runes const escaping:", len(r), cap(r), string(r))
	fmt.Println("runes const local:", fmt.Sprint(runesConstLocal()))
	keepRunes = runesVarEscape("héllo")
	fmt.Println("runes var escaping:", len(keepRunes), cap(keepRunes))
	fmt.Println("runes var local:", fmt.Sprint(runesVarLocal("héllo")))
	bad := []rune("a\xffb")
	fmt.Println("invalid UTF-8:", len(bad), cap(bad), bad)
	for i, c := range []byte("go") {
		fmt.Println("range:", i, c)
	}
}
