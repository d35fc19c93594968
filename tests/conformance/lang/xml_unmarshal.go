// encoding/xml: Unmarshal into nested structs and slices: attributes, character data, a>b
// paths, ",any", ",attr" maps onto typed fields, pointers, inner XML, and unknown elements.
package main

import (
	"encoding/xml"
	"fmt"
)

type Email struct {
	Where string `xml:"where,attr"`
	Addr  string `xml:",chardata"`
}

type Person struct {
	XMLName xml.Name `xml:"person"`
	ID      int      `xml:"id,attr"`
	Active  bool     `xml:"active,attr"`
	Name    string   `xml:"name"`
	Emails  []Email  `xml:"email"`
	Groups  []string `xml:"groups>group"`
	Height  float32  `xml:"height"`
	Age     *uint8   `xml:"age"`
	Bio     struct {
		Inner string `xml:",innerxml"`
	} `xml:"bio"`
	Comment string `xml:",comment"`
}

const data = `<?xml version="1.0"?>
<person id="13" active="true">
  <name>Grace Hopper</name>
  <email where="home">grace@example.org</email>
  <email where="work">hopper@navy.mil</email>
  <groups><group>Navy</group><group>COBOL</group></groups>
  <height>1.68</height>
  <age>85</age>
  <unknown>skipped</unknown>
  <bio><b>Admiral</b> &amp; pioneer</bio>
  <!-- a comment -->
</person>`

func main() {
	var p Person
	err := xml.Unmarshal([]byte(data), &p)
	fmt.Println(err)
	fmt.Println(p.XMLName.Local, p.ID, p.Active, p.Name, p.Height, *p.Age)
	for _, e := range p.Emails {
		fmt.Printf("%s: %s\n", e.Where, e.Addr)
	}
	fmt.Printf("%q %q %q\n", p.Groups, p.Bio.Inner, p.Comment)

	var names []string
	err = xml.Unmarshal([]byte(`<n>one</n>`), &names)
	err2 := xml.Unmarshal([]byte(`<n>two</n>`), &names)
	fmt.Println(names, len(names), err, err2)

	var q Person
	fmt.Println(xml.Unmarshal([]byte(`<people/>`), &q))
	fmt.Println(xml.Unmarshal([]byte(`<person id="x"/>`), &q))
	fmt.Println(xml.Unmarshal([]byte(`<person><age>300</age></person>`), &q))
	fmt.Println(xml.Unmarshal([]byte(`<person/>`), q))
	fmt.Println(xml.Unmarshal([]byte(``), &q))
}
