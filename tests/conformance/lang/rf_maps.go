// Maps through reflect: MakeMap, SetMapIndex, MapIndex, MapKeys and MapRange (sorted: Go's map order is random).
package main

import (
	"fmt"
	"reflect"
	"sort"
)

func main() {
	m := reflect.MakeMap(reflect.TypeOf(map[string]int{}))
	for i, w := range []string{"pear", "apple", "fig"} {
		m.SetMapIndex(reflect.ValueOf(w), reflect.ValueOf(len(w)*10+i))
	}
	fmt.Println(m.Len(), m.MapIndex(reflect.ValueOf("fig")).Int(), m.MapIndex(reflect.ValueOf("kiwi")).IsValid())
	m.SetMapIndex(reflect.ValueOf("pear"), reflect.Value{})
	keys := []string{}
	for _, k := range m.MapKeys() {
		keys = append(keys, k.String())
	}
	sort.Strings(keys)
	fmt.Println(keys)
	sum := 0
	it := m.MapRange()
	for it.Next() {
		sum += int(it.Value().Int()) + len(it.Key().String())
	}
	fmt.Println(sum)
	real := m.Interface().(map[string]int)
	fmt.Println(real["apple"], len(real))
	counts := map[rune]int{}
	rv := reflect.ValueOf(counts)
	for _, r := range "hello" {
		old := rv.MapIndex(reflect.ValueOf(r))
		n := 0
		if old.IsValid() {
			n = int(old.Int())
		}
		rv.SetMapIndex(reflect.ValueOf(r), reflect.ValueOf(n+1))
	}
	fmt.Println(counts['l'], counts['h'], len(counts))
}
