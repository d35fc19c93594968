// text/template's errors: parse errors with their positions, and execution errors (a missing
// field, a method returning an error, a wrong argument type, index out of range, a nil
// pointer, calling a non-function) and a panicking function.
package main

import (
	"errors"
	"fmt"
	"io"
	"text/template"
)

type User struct {
	Name  string
	Tags  []string
	Boss  *User
	score int
}

func (u User) Check(min int) (string, error) {
	if len(u.Name) < min {
		return "", errors.New("name too short")
	}
	return "ok", nil
}

func run(name, text string, data interface{}) {
	t, err := template.New(name).Funcs(template.FuncMap{
		"boom": func() string { panic("kaboom") },
		"half": func(x int) int { return x / 2 },
	}).Parse(text)
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	err = t.Execute(io.Discard, data)
	fmt.Println("exec: ", err)
	var ee template.ExecError
	if errors.As(err, &ee) {
		fmt.Println("       ExecError in", ee.Name)
	}
}

func main() {
	u := User{Name: "al", Tags: []string{"x"}}
	run("unclosed", "{{.Name", u)
	run("noend", "{{if .Name}}yes", u)
	run("badfunc", "{{nosuch .Name}}", u)
	run("extra", "{{end}}", u)
	run("missing", "{{.Email}}", u)
	run("unexported", "{{.score}}", u)
	run("method", "{{.Check 5}}", u)
	run("methodok", "{{.Check 1}}", u)
	run("argtype", `{{half "x"}}`, u)
	run("argcount", `{{half 1 2}}`, u)
	run("index", "{{index .Tags 3}}", u)
	run("nilptr", "{{.Boss.Name}}", u)
	run("notfunc", "{{.Name 1}}", u)
	run("panics", "{{boom}}", u)
	run("mapkey", "{{.a.b}}", map[string]int{"a": 1})
	run("fine", "{{.Name}} {{len .Tags}}", u)
}
