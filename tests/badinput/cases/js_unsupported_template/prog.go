package main

import (
	"os"
	"text/template"
)

func main() {
	t := template.Must(template.New("t").Parse("hello {{.}}\n"))
	t.Execute(os.Stdout, "world")
}
