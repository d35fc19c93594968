// %T and reflect.Type.String of struct types as Go spells them: a tag follows its field as a
// quoted string (strconv.Quote), an embedded field is its type alone.
package main

import (
	"fmt"
	"reflect"
	"sync"
)

type N struct{ A int }

func main() {
	v := struct {
		X int `k:"v" json:"a\tb"`
		y string
		N
		*sync.Mutex
		Z string "é\x01"
	}{}
	fmt.Printf("%T\n", v)
	fmt.Println(reflect.TypeOf(v).String())
	w := []struct {
		Name string `xml:"name,attr"`
	}{{"a"}}
	fmt.Printf("%T %v\n", w, reflect.TypeOf(w).Elem())
	var p *struct{ N }
	fmt.Printf("%T\n", p)
}
