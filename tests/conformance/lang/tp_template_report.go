// text/template: a report over a slice of structs, with a FuncMap (formatting helpers), methods
// on the data, range with $index, printf, and comparisons.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Employee struct {
	Name   string
	Dept   string
	Salary float64
	Skills []string
}

func (e Employee) Senior() bool { return e.Salary >= 5000 }

type Report struct {
	Title  string
	People []Employee
}

func (r *Report) Total() float64 {
	t := 0.0
	for _, p := range r.People {
		t += p.Salary
	}
	return t
}

const report = `== {{.Title | title}} ==
{{range $i, $e := .People -}}
{{inc $i}}. {{printf "%-6s" $e.Name}} {{$e.Dept | upper | printf "%-5s"}} {{money $e.Salary}}{{if $e.Senior}} (senior){{end}}
{{- if $e.Skills}} skills: {{join $e.Skills ", "}}{{end}}
{{end -}}
people: {{len .People}}, payroll: {{money .Total}}
{{with index .People 0}}first: {{.Name}}{{end}}
{{if and (gt (len .People) 2) (lt .Total 20000.0)}}mid-sized team{{else}}other{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
		"inc":   func(i int) int { return i + 1 },
		"money": func(f float64) string { return fmt.Sprintf("$%.2f", f) },
		"join":  strings.Join,
	}
	t := template.Must(template.New("report").Funcs(funcs).Parse(report))
	r := &Report{Title: "engineering", People: []Employee{
		{"ana", "dev", 5200, []string{"go", "sql"}},
		{"bo", "ops", 4100.5, nil},
		{"cy", "dev", 6000, []string{"rust"}},
	}}
	if err := t.Execute(os.Stdout, r); err != nil {
		fmt.Println("error:", err)
	}
	var sb strings.Builder
	small := template.Must(template.New("s").Parse(`{{range .}}<{{.}}>{{else}}none{{end}}`))
	small.Execute(&sb, []int{3, 1, 2})
	small.Execute(&sb, map[string]bool{"b": true, "a": false})
	small.Execute(&sb, []string{})
	fmt.Println(sb.String())
}
