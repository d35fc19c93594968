// encoding/xml over less common field types: time.Time as an element and an attribute (time is
// modelled; its MarshalText/UnmarshalText are Go's bodies), ",cdata" with "]]>" inside, an array
// (written, but "unknown type" when read), *string, time.Duration, uintptr, a namespaced
// XMLName, complex128 refused, the wrong namespace, and a time parse error.
package main

import (
	"encoding/xml"
	"fmt"
	"time"
)

type T struct {
	XMLName xml.Name      `xml:"urn:x t"`
	When    time.Time     `xml:"when"`
	At      time.Time     `xml:"at,attr"`
	Raw     []byte        `xml:",innerxml"`
	Code    string        `xml:",cdata"`
	Arr     [2]int        `xml:"arr"`
	P       *string       `xml:"p"`
	Dur     time.Duration `xml:"dur"`
	U       uintptr       `xml:"u"`
}

func main() {
	s := "ptr"
	v := T{When: time.Date(2022, 8, 2, 10, 30, 0, 0, time.UTC), At: time.Date(2020, 1, 1, 0, 0, 0, 5, time.UTC), Code: "a<b]]>c", Arr: [2]int{4, 5}, P: &s, Dur: 1500 * time.Millisecond, U: 9}
	out, err := xml.MarshalIndent(v, "", " ")
	fmt.Println(string(out), err)
	var back T
	err = xml.Unmarshal(out, &back)
	fmt.Println(err, back.When, back.At, back.Code, back.Arr, back.P != nil, back.Dur, back.U, len(back.Raw), back.XMLName)
	_, err = xml.Marshal(struct{ C complex128 }{1i})
	fmt.Println(err)
	err = xml.Unmarshal([]byte(`<t xmlns="urn:y"/>`), &back)
	fmt.Println(err)
	err = xml.Unmarshal([]byte(`<t xmlns="urn:x"><when>bad</when></t>`), &back)
	fmt.Println(err)
}
