// text/template: fields, range with else, if/else if, with, variables, pipelines, a FuncMap,
// nested templates, and an execution error.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Task struct {
	Title string
	Done  bool
	Tags  []string
}

type Board struct {
	Owner string
	Tasks []Task
	Meta  map[string]int
}

func (b Board) Open() int {
	n := 0
	for _, t := range b.Tasks {
		if !t.Done {
			n++
		}
	}
	return n
}

const text = `{{define "tags"}}{{range $i, $t := .}}{{if $i}}, {{end}}#{{$t}}{{end}}{{end -}}
Board of {{.Owner | upper}} ({{.Open}} open, {{len .Tasks}} total)
{{range $i, $t := .Tasks -}}
{{add $i 1}}. [{{if .Done}}x{{else}} {{end}}] {{.Title}}{{with .Tags}} {{template "tags" .}}{{end}}
{{else}}no tasks
{{end -}}
{{with .Meta}}meta: {{range $k, $v := .}}{{$k}}={{$v}} {{end}}{{end}}
{{if gt (len .Tasks) 2}}busy{{else if eq (len .Tasks) 0}}idle{{else}}calm{{end}}
{{printf "%05.1f|%q" 3.14159 "hi"}} {{"x" | repeat 3}} {{and 1 0}} {{or 0 "y"}} {{not true}}
`

func main() {
	funcs := template.FuncMap{
		"upper":  strings.ToUpper,
		"add":    func(a, b int) int { return a + b },
		"repeat": func(n int, s string) string { return strings.Repeat(s, n) },
	}
	t := template.Must(template.New("board").Funcs(funcs).Parse(text))
	b := Board{Owner: "ana", Tasks: []Task{{"write", true, []string{"doc", "go"}}, {"test", false, nil}, {"ship", false, []string{"ops"}}},
		Meta: map[string]int{"v": 2, "b": 1}}
	if err := t.Execute(os.Stdout, b); err != nil {
		fmt.Println("error:", err)
	}
	if err := t.Execute(os.Stdout, Board{Owner: "bo"}); err != nil {
		fmt.Println("error:", err)
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	fmt.Println(bad.Execute(os.Stdout, b))
	_, err := template.New("syntax").Parse("{{if}}")
	fmt.Println(err)
}
