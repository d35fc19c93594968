package main

import (
	"fmt"
	"time"
)

func main() {
	t, err := time.Parse(time.RFC3339, "2024-05-06T07:08:09+02:00")
	fmt.Println(t, err)
}
