// XML: encoding a struct with an attribute and a repeated element, adding the standard header,
// decoding it back, and nesting elements under a parent>child path.
package main

import (
	"encoding/xml"
	"fmt"
)

// Tree is one tree of an orchard; the XMLName field names the element, the id is an attribute.
type Tree struct {
	XMLName xml.Name `xml:"tree"`
	Id      int      `xml:"id,attr"`
	Species string   `xml:"species"`
	Regions []string `xml:"region"`
}

func (t Tree) String() string {
	return fmt.Sprintf("Tree id=%v, species=%v, regions=%v", t.Id, t.Species, t.Regions)
}

func main() {
	oak := &Tree{Id: 7, Species: "Oak"}
	oak.Regions = []string{"Europe", "North America"}

	out, _ := xml.MarshalIndent(oak, " ", "  ")
	fmt.Println(string(out))
	fmt.Println(xml.Header + string(out))

	var t Tree
	if err := xml.Unmarshal(out, &t); err != nil {
		panic(err)
	}
	fmt.Println(t)

	olive := &Tree{Id: 12, Species: "Olive"}
	olive.Regions = []string{"Mediterranean"}

	type Orchard struct {
		XMLName xml.Name `xml:"orchard"`
		Trees   []*Tree  `xml:"rows>row>tree"`
	}
	o := &Orchard{}
	o.Trees = []*Tree{oak, olive}
	out, _ = xml.MarshalIndent(o, " ", "  ")
	fmt.Println(string(out))

	var back Orchard
	err := xml.Unmarshal(out, &back)
	fmt.Println(err, len(back.Trees), back.Trees[1])
}
