package main

import (
	"encoding/json"
	"fmt"
)

type P struct {
	Name string `json:"name"`
	Age  int    `json:"age,omitempty"`
}

func main() {
	b, err := json.Marshal(P{"ann", 3})
	fmt.Println(string(b), err)
}
