// encoding/xml: what a malformed document gives: *xml.SyntaxError with its line, the error
// texts for mismatched and unclosed tags, bad entities and attributes, and the Strict switch.
package main

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

func tokens(doc string, strict bool) {
	d := xml.NewDecoder(strings.NewReader(doc))
	d.Strict = strict
	n := 0
	for {
		_, err := d.Token()
		if err == io.EOF {
			fmt.Printf("%d tokens, ok\n", n)
			return
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				fmt.Printf("%d tokens, line %d: %s\n", n, se.Line, se.Msg)
			}
			fmt.Println("  ", err)
			return
		}
		n++
	}
}

func main() {
	docs := []string{
		"<a><b></a>",
		"<a>\n<b>\n</b>",
		"<a>&bogus;</a>",
		"<a x=1></a>",
		"<a x='1' x='2'/>",
		"<a>\n\n<</a>",
		"<a></a><!-- unterminated",
		"<?xml version=\"1.0\" encoding=\"latin1\"?><a/>",
		"</a>",
		"<a>caf\xe9</a>",
	}
	for _, doc := range docs {
		tokens(doc, true)
	}
	tokens("<a>&nbsp;<br></a>", false)
	var v struct{ A string }
	err := xml.Unmarshal([]byte("<v><A>1</A>"), &v)
	fmt.Printf("%T %v\n", err, err)
}
