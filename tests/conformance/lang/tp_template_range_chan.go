// text/template ranging over a channel (part lang19): the executor receives with
// reflect.Value.Recv until the channel is closed.
package main

import (
	"os"
	"text/template"
)

type page struct {
	Title string
	Items chan string
	Nums  <-chan int
}

func main() {
	items := make(chan string, 3)
	items <- "apples"
	items <- "pears"
	items <- "plums"
	close(items)
	nums := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			nums <- i * 10
		}
		close(nums)
	}()
	t := template.Must(template.New("p").Parse(
		"{{.Title}}:\n{{range $i, $e := .Items}}  {{$i}} {{$e}}\n{{end}}{{range .Nums}}[{{.}}]{{else}}none{{end}}\n"))
	if err := t.Execute(os.Stdout, page{Title: "fruit", Items: items, Nums: nums}); err != nil {
		panic(err)
	}
	empty := make(chan string)
	close(empty)
	t2 := template.Must(template.New("e").Parse("{{range .}}x{{else}}empty{{end}}\n"))
	t2.Execute(os.Stdout, empty)
}
