// text/template: nested define and template, block with a default, templates calling each
// other with a changed dot, Lookup, Templates, and Clone with an override.
package main

import (
	"fmt"
	"os"
	"sort"
	"text/template"
)

type Item struct {
	Name     string
	Children []Item
}

const layout = `{{define "page"}}<page>{{template "header" .Title}}{{template "tree" .Root}}{{block "footer" .}}default footer{{end}}</page>
{{end}}
{{- define "header"}}<h>{{.}}</h>{{end}}
{{- define "tree"}}[{{.Name}}{{range .Children}} {{template "tree" .}}{{end}}]{{end}}`

func main() {
	t := template.Must(template.New("root").Parse(layout))
	data := map[string]interface{}{
		"Title": "nested",
		"Root": Item{"a", []Item{{"b", nil}, {"c", []Item{{"d", nil}}}}},
	}
	if err := t.ExecuteTemplate(os.Stdout, "page", data); err != nil {
		fmt.Println("error:", err)
	}
	var names []string
	for _, x := range t.Templates() {
		names = append(names, x.Name())
	}
	sort.Strings(names)
	fmt.Println(names)
	fmt.Println(t.Lookup("tree") != nil, t.Lookup("nope") == nil)
	c := template.Must(t.Clone())
	template.Must(c.Parse(`{{define "footer"}}custom footer for {{.Title}}{{end}}`))
	c.ExecuteTemplate(os.Stdout, "page", data)
	t.ExecuteTemplate(os.Stdout, "page", data)
	err := t.ExecuteTemplate(os.Stdout, "missing", nil)
	fmt.Println(err)
	vars := template.Must(template.New("v").Parse(`{{$x := 1}}{{range $i, $v := .}}{{$x = $v}}{{end}}last={{$x}}` + "\n"))
	vars.Execute(os.Stdout, []int{4, 5, 6})
}
