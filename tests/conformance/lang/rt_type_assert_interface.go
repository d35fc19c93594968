package main

import "fmt"

type Closer interface {
	Close() error
}

type file struct{ name string }

func (f file) Read() string { return f.name }

func main() {
	var v interface{} = file{"a.txt"}
	fmt.Println(v.(file).Read())
	c := v.(Closer)
	fmt.Println(c)
}
