// encoding/json: a Decoder over a strings.Reader (a stream of values, Token, More,
// DisallowUnknownFields, UseNumber) and an Encoder with SetIndent.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

type Msg struct {
	Kind string `json:"kind"`
	N    int    `json:"n"`
}

func main() {
	dec := json.NewDecoder(strings.NewReader(`{"kind":"a","n":1} {"kind":"b","n":2}
{"kind":"c","n":3}`))
	for {
		var m Msg
		if err := dec.Decode(&m); err == io.EOF {
			break
		} else if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%+v\n", m)
	}
	dec = json.NewDecoder(strings.NewReader(`[{"kind":"x","n":10},{"kind":"y","n":20}]`))
	tok, err := dec.Token()
	fmt.Printf("%T %v %v\n", tok, tok, err)
	for dec.More() {
		var m Msg
		dec.Decode(&m)
		fmt.Println(m.Kind, m.N)
	}
	tok, _ = dec.Token()
	fmt.Println(tok)

	dec = json.NewDecoder(strings.NewReader(`{"kind":"z","n":1,"other":2}`))
	dec.DisallowUnknownFields()
	var m Msg
	fmt.Println(dec.Decode(&m))

	dec = json.NewDecoder(strings.NewReader(`{"big": 12345678901234567890}`))
	dec.UseNumber()
	var v map[string]any
	dec.Decode(&v)
	fmt.Printf("%T %v\n", v["big"], v["big"])

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent(">", "\t")
	enc.Encode(Msg{"out", 5})
	enc.Encode([]string{"<a>"})
	enc = json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.Encode("<a> & <b>")
}
