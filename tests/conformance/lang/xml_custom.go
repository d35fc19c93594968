// encoding/xml: custom MarshalXML/UnmarshalXML (a map written as entries), MarshalXMLAttr,
// TextMarshaler/TextUnmarshaler fields, an Encoder driven token by token, and a MarshalXML that fails.
package main

import (
	"encoding/xml"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

type Settings map[string]string

func (s Settings) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if err := e.EncodeToken(start); err != nil {
		return err
	}
	for _, k := range keys {
		el := xml.StartElement{Name: xml.Name{Local: "entry"}, Attr: []xml.Attr{{Name: xml.Name{Local: "key"}, Value: k}}}
		if err := e.EncodeElement(s[k], el); err != nil {
			return err
		}
	}
	return e.EncodeToken(start.End())
}

func (s *Settings) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	*s = Settings{}
	for {
		var e struct {
			Key   string `xml:"key,attr"`
			Value string `xml:",chardata"`
		}
		err := d.Decode(&e)
		if err != nil {
			if err.Error() == "EOF" {
				return nil
			}
			return err
		}
		(*s)[e.Key] = e.Value
	}
}

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte(strings.Repeat("*", int(l))), nil }
func (l *Level) UnmarshalText(b []byte) error {
	*l = Level(len(b))
	return nil
}

type Upper string

func (u Upper) MarshalXMLAttr(name xml.Name) (xml.Attr, error) {
	return xml.Attr{Name: name, Value: strings.ToUpper(string(u))}, nil
}

type Config struct {
	XMLName  xml.Name `xml:"config"`
	Owner    Upper    `xml:"owner,attr"`
	Level    Level    `xml:"level"`
	Settings Settings `xml:"settings"`
}

type Broken struct{}

func (Broken) MarshalXML(e *xml.Encoder, start xml.StartElement) error { return errors.New("broken on purpose") }

type Holder struct{ B Broken }

func main() {
	c := Config{Owner: "ada", Level: 3, Settings: Settings{"theme": "dark", "font": "mono", "size": "12"}}
	out, err := xml.MarshalIndent(c, "", "\t")
	fmt.Println(string(out), err)
	var back Config
	err = xml.Unmarshal(out, &back)
	fmt.Println(err, back.Owner, back.Level, len(back.Settings), back.Settings["font"], back.Settings["theme"])

	enc := xml.NewEncoder(os.Stdout)
	enc.Indent("", " ")
	enc.EncodeToken(xml.ProcInst{Target: "xml", Inst: []byte(`version="1.0"`)})
	enc.EncodeToken(xml.StartElement{Name: xml.Name{Local: "log"}})
	enc.EncodeToken(xml.Comment(" tokens "))
	enc.EncodeElement(Level(2), xml.StartElement{Name: xml.Name{Local: "level"}})
	enc.EncodeToken(xml.CharData("a < b"))
	enc.EncodeToken(xml.EndElement{Name: xml.Name{Local: "log"}})
	fmt.Println(enc.Flush())
	fmt.Println(enc.EncodeToken(xml.EndElement{Name: xml.Name{Local: "log"}}))

	_, err = xml.Marshal(Holder{})
	fmt.Println(err)
}
