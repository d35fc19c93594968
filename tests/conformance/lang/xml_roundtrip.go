// encoding/xml: a catalogue of 40 records marshalled and unmarshalled back 20 times (the
// wall-time measurement of part xml), checking that every round trip gives the same records.
package main

import (
	"encoding/xml"
	"fmt"
	"strconv"
)

type Tag struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type Record struct {
	ID    int     `xml:"id,attr"`
	Name  string  `xml:"name"`
	Score float64 `xml:"score"`
	Tags  []Tag   `xml:"tags>tag"`
	Note  string  `xml:"note,omitempty"`
}

type Catalogue struct {
	XMLName xml.Name `xml:"catalogue"`
	Records []Record `xml:"record"`
}

func main() {
	var c Catalogue
	for i := 0; i < 40; i++ {
		r := Record{ID: i, Name: "item-" + strconv.Itoa(i), Score: float64(i) * 1.25}
		for j := 0; j < i%4; j++ {
			r.Tags = append(r.Tags, Tag{"k" + strconv.Itoa(j), "v<" + strconv.Itoa(i*j) + ">"})
		}
		if i%5 == 0 {
			r.Note = "fifth & round"
		}
		c.Records = append(c.Records, r)
	}
	total := 0
	var out []byte
	for n := 0; n < 20; n++ {
		var err error
		out, err = xml.Marshal(c)
		if err != nil {
			panic(err)
		}
		var back Catalogue
		if err := xml.Unmarshal(out, &back); err != nil {
			panic(err)
		}
		for i, r := range back.Records {
			if r.Name != c.Records[i].Name || len(r.Tags) != len(c.Records[i].Tags) || r.Note != c.Records[i].Note {
				panic("mismatch at " + strconv.Itoa(i))
			}
			total += len(r.Tags)
		}
	}
	fmt.Println(len(out), total)
	fmt.Println(string(out[:200]))
}
