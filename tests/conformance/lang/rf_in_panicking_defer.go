// reflect inside a deferred call of a panicking goroutine, before recover: Value.FieldByIndex
// through a nested struct, reflect.Append, and xml.Marshal (which runs both) still work, then
// recover stops the panic. gosim's FieldByIndex took "a panic is active" for "Field panicked".
package main

import (
	"encoding/xml"
	"fmt"
	"reflect"
)

type In struct{ Z string }

type Out struct {
	A  int
	In In
}

func main() {
	defer func() {
		v := reflect.ValueOf(Out{1, In{"z"}})
		f := v.FieldByIndex([]int{1, 0})
		fmt.Println(f.Kind(), f.String())
		s := reflect.Append(reflect.ValueOf([]int{1}), reflect.ValueOf(2))
		fmt.Println(s.Len(), s.Index(1))
		out, err := xml.Marshal(Out{2, In{"y"}})
		fmt.Println(string(out), err)
		var back Out
		fmt.Println(xml.Unmarshal(out, &back), back)
		fmt.Println(recover())
	}()
	panic("boom")
}
