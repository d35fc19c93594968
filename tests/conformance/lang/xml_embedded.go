// encoding/xml with embedded structs (a value and a nil-able pointer, which Unmarshal allocates),
// a>b paths inside the embedded one, []byte bodies, ",any" elements and ",any,attr" attributes,
// float32 attributes, an interface field, and a uint16 that refuses "-1".
package main

import (
	"encoding/xml"
	"fmt"
)

type Base struct {
	ID   int    `xml:"id,attr"`
	Kind string `xml:"kind"`
}

type Meta struct {
	Author string   `xml:"meta>author"`
	Tags   []string `xml:"meta>tag"`
}

type Doc struct {
	XMLName xml.Name `xml:"doc"`
	Base
	*Meta
	Body  []byte      `xml:"body"`
	Any   []xml.Name  `xml:",any"`
	Attrs []xml.Attr  `xml:",any,attr"`
	Count uint16      `xml:"count"`
	Ratio float32     `xml:"ratio,attr"`
	Ifc   interface{} `xml:"ifc"`
}

func main() {
	d := Doc{Base: Base{1, "memo"}, Meta: &Meta{"ann", []string{"x", "y"}}, Body: []byte("hi <there>"), Count: 3, Ratio: 0.5, Ifc: "v"}
	out, err := xml.MarshalIndent(d, "", " ")
	fmt.Println(string(out), err)
	var back Doc
	err = xml.Unmarshal([]byte(`<doc id="9" ratio="1.5" extra="e"><kind>k</kind><meta><author>bo</author><tag>t1</tag><tag>t2</tag></meta><body>b</body><zz/><yy/><count>7</count></doc>`), &back)
	fmt.Println(err, back.ID, back.Kind, back.Meta.Author, back.Meta.Tags, string(back.Body), back.Any, back.Attrs, back.Count, back.Ratio)
	var empty Doc
	fmt.Println(xml.Unmarshal([]byte(`<doc><count>-1</count></doc>`), &empty))
}
