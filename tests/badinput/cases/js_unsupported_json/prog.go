package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	var v map[string]any
	err := json.Unmarshal([]byte(`{"a":1}`), &v)
	fmt.Println(v, err)
}
