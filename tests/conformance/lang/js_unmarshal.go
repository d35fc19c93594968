// encoding/json: Unmarshal into structs (case-insensitive field match), maps, slices and any;
// the errors: a syntax error's message and offset, a type mismatch, unknown fields.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Item struct {
	Name  string   `json:"name"`
	Price float64  `json:"price"`
	Qty   int      `json:"qty"`
	Tags  []string `json:"tags"`
	Extra *struct {
		Note string `json:"note"`
	} `json:"extra"`
}

func main() {
	var it Item
	err := json.Unmarshal([]byte(`{"NAME":"pen","price":1.25,"qty":3,"tags":["a","b"],"extra":{"note":"blue"},"unknown":1}`), &it)
	fmt.Printf("%+v %v %v\n", it.Name, it.Price, err)
	fmt.Println(it.Qty, it.Tags, it.Extra.Note)

	var anyv any
	err = json.Unmarshal([]byte(`{"a":[1,2.5,"x",true,null],"b":{"c":-3e2}}`), &anyv)
	fmt.Println(anyv, err)
	m := anyv.(map[string]any)
	fmt.Printf("%T %T\n", m["a"], m["a"].([]any)[0])

	var nums []int
	fmt.Println(json.Unmarshal([]byte(` [1, 2 ,3] `), &nums), nums)
	var mm map[string]int
	fmt.Println(json.Unmarshal([]byte(`{"x":1,"y":2}`), &mm), mm)

	err = json.Unmarshal([]byte(`{"name": "pen",}`), &it)
	fmt.Println(err)
	var se *json.SyntaxError
	if errors.As(err, &se) {
		fmt.Println("syntax error at offset", se.Offset)
	}
	err = json.Unmarshal([]byte(`{"qty": "three"}`), &it)
	fmt.Println(err)
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		fmt.Println(te.Field, te.Value, te.Type)
	}
	err = json.Unmarshal([]byte(`[1,2`), &nums)
	fmt.Println(err)
	fmt.Println(json.Unmarshal([]byte(`{}`), it))
	fmt.Println(json.Valid([]byte(`{"a":1}`)), json.Valid([]byte(`{a:1}`)))
}
