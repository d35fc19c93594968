package registry

import "fmt"

var names []string

func init() { fmt.Println("registry init") }

func Add(name string) { names = append(names, name) }
func Count() int      { return len(names) }
func Names() []string { return names }
