// encoding/json: Marshal and MarshalIndent of structs with tags, omitempty, "-", string option,
// nested maps (sorted keys) and slices, pointers, embedded structs.
package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Base struct {
	ID int `json:"id"`
}

type Person struct {
	Base
	Name    string            `json:"name"`
	Age     int               `json:"age,omitempty"`
	Email   string            `json:"-"`
	Score   float64           `json:"score"`
	Tags    []string          `json:"tags"`
	Home    *Address          `json:"home,omitempty"`
	Work    *Address          `json:"work,omitempty"`
	Attrs   map[string]int    `json:"attrs,omitempty"`
	Count   int64             `json:"count,string"`
	private int
	Meta    map[string]any    `json:"meta"`
	Nested  map[string][]int  `json:"nested,omitempty"`
}

func main() {
	p := Person{
		Base:  Base{ID: 7},
		Name:  "Ana <dev> & co",
		Email: "hidden@example.com",
		Score: 9.5,
		Tags:  []string{"go", "runtime"},
		Home:  &Address{Street: "1 Main St"},
		Attrs: map[string]int{"z": 26, "a": 1, "m": 13},
		Count: 42,
		Meta:  map[string]any{"ok": true, "n": nil, "list": []any{1, "two", 3.5}},
	}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent(map[string]any{"b": []int{1, 2}, "a": map[string]bool{"y": true}}, "", "  ")
	fmt.Println(string(b), err)
	b, _ = json.Marshal([]any{nil, 1.0, 1e21, -0.000001, "é\u2028", []byte("hi"), [2]bool{true, false}})
	fmt.Println(string(b))
	var empty Person
	b, _ = json.Marshal(empty)
	fmt.Println(string(b))
	b, err = json.Marshal(map[int]string{3: "c", 1: "a", 20: "t"})
	fmt.Println(string(b), err)
	_, err = json.Marshal(make(chan int))
	fmt.Println(err)
	_, err = json.Marshal(map[bool]int{true: 1})
	fmt.Println(err)
}
