// encoding/xml: an xml.Decoder token loop over a feed (StartElement, EndElement, CharData,
// Comment, ProcInst, Directive), with namespaces, attributes, CopyToken, and DecodeElement of
// one element in the middle of the stream.
package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

type Item struct {
	Title string `xml:"title"`
	Link  string `xml:"link"`
}

const feed = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <!-- news -->
  <channel>
    <title>Gophers</title>
    <dc:creator>gopher</dc:creator>
    <item><title>Go 1.19</title><link>https://go.dev/doc/go1.19</link></item>
    <item><title>Generics &amp; you</title><link>https://go.dev/blog/intro-generics</link></item>
  </channel>
</rss>`

func main() {
	d := xml.NewDecoder(strings.NewReader(feed))
	depth := 0
	var items []Item
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local == "item" {
				var it Item
				if err := d.DecodeElement(&it, &t); err != nil {
					fmt.Println("decode:", err)
				}
				items = append(items, it)
				continue
			}
			fmt.Printf("%*sstart %s (space %q) attrs %d\n", 2*depth, "", t.Name.Local, t.Name.Space, len(t.Attr))
			for _, a := range t.Attr {
				fmt.Printf("%*s  @%s:%s=%q\n", 2*depth, "", a.Name.Space, a.Name.Local, a.Value)
			}
			depth++
		case xml.EndElement:
			depth--
			fmt.Printf("%*send %s\n", 2*depth, "", t.Name.Local)
		case xml.CharData:
			if s := strings.TrimSpace(string(t)); s != "" {
				fmt.Printf("%*stext %q\n", 2*depth, "", s)
			}
		case xml.Comment:
			fmt.Printf("%*scomment %q\n", 2*depth, "", string(t))
		case xml.ProcInst:
			fmt.Printf("procinst %s %q\n", t.Target, string(t.Inst))
		case xml.Directive:
			c := xml.CopyToken(t).(xml.Directive)
			fmt.Printf("directive %q\n", string(c))
		}
	}
	for i, it := range items {
		fmt.Println(i, it.Title, it.Link)
	}
	fmt.Println("offset", d.InputOffset())
}
