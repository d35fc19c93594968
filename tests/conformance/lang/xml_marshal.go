// encoding/xml: Marshal and MarshalIndent of nested structs, with attributes, character data,
// inner XML, omitempty, comments, a namespace and a field path (a>b).
package main

import (
	"encoding/xml"
	"fmt"
)

type Price struct {
	Currency string  `xml:"currency,attr"`
	Amount   float64 `xml:",chardata"`
}

type Book struct {
	XMLName  xml.Name `xml:"book"`
	ID       string   `xml:"id,attr"`
	Lang     string   `xml:"lang,attr,omitempty"`
	Title    string   `xml:"title"`
	Authors  []string `xml:"authors>author"`
	Price    Price    `xml:"price"`
	Pages    int      `xml:"pages,omitempty"`
	Note     string   `xml:",comment"`
	Extra    string   `xml:",innerxml"`
	InStock  bool     `xml:"in-stock"`
	internal int
}

type Shelf struct {
	XMLName xml.Name `xml:"urn:library shelf"`
	Name    string   `xml:"name,attr"`
	Books   []Book   `xml:"book"`
}

func main() {
	b := Book{ID: "b1", Title: "The Go <Programming> Language", Authors: []string{"Donovan", "Kernighan"},
		Price: Price{"EUR", 34.5}, Note: " classic ", InStock: true, internal: 3}
	out, err := xml.Marshal(b)
	fmt.Println(string(out), err)

	b2 := Book{ID: "b2", Lang: "fr", Title: "Café & Co", Pages: 120, Extra: "<isbn>978-0</isbn>"}
	s := Shelf{Name: "go", Books: []Book{b, b2}}
	out, err = xml.MarshalIndent(s, "", "  ")
	fmt.Println(xml.Header + string(out))
	fmt.Println(err)

	out, _ = xml.Marshal([]int{1, 2, 3})
	fmt.Println(string(out))
	out, _ = xml.Marshal(struct {
		XMLName xml.Name `xml:"point"`
		X, Y    int
		P       *int `xml:"p"`
	}{X: 1, Y: -2})
	fmt.Println(string(out))
	_, err = xml.Marshal(map[string]int{"a": 1})
	fmt.Println(err)
	_, err = xml.Marshal(make(chan int))
	fmt.Println(err)
}
