// A json.Marshal/Unmarshal loop for tests/bench/json_bench.sh (part json2, issue 19): 300
// round trips of a struct with a nested slice and a map, and a checksum of what came back.
package main

import (
	"encoding/json"
	"fmt"
)

type Item struct {
	Name  string  `json:"name"`
	Price float64 `json:"price"`
	Qty   int     `json:"qty"`
}

type Order struct {
	ID    int               `json:"id"`
	Items []Item            `json:"items"`
	Notes map[string]string `json:"notes"`
	Paid  bool              `json:"paid"`
}

func main() {
	total, bytes := 0, 0
	for i := 0; i < 300; i++ {
		o := Order{ID: i, Items: []Item{{"pen", 1.5, i % 7}, {"ink", 4.25, 2}}, Notes: map[string]string{"by": "ana"}, Paid: i%2 == 0}
		b, err := json.Marshal(o)
		if err != nil {
			panic(err)
		}
		bytes += len(b)
		var back Order
		if err := json.Unmarshal(b, &back); err != nil {
			panic(err)
		}
		total += back.ID + back.Items[0].Qty + len(back.Notes)
	}
	fmt.Println(total, bytes)
}
