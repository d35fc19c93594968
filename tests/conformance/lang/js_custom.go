// encoding/json: custom MarshalJSON/UnmarshalJSON, TextMarshaler map keys, json.RawMessage,
// and a MarshalJSON that fails.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1fC"`, float64(c))), nil
}

func (c *Celsius) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	f, err := strconv.ParseFloat(strings.TrimSuffix(s, "C"), 64)
	*c = Celsius(f)
	return err
}

type Color int

func (c Color) MarshalText() ([]byte, error) {
	return []byte([]string{"red", "green", "blue"}[c]), nil
}

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return nil, errors.New("bad value") }

type Reading struct {
	Where string          `json:"where"`
	Temp  Celsius         `json:"temp"`
	Raw   json.RawMessage `json:"raw"`
}

func main() {
	b, err := json.Marshal(Reading{"lab", 21.55, json.RawMessage(`{"x": [1, 2]}`)})
	fmt.Println(string(b), err)
	var r Reading
	err = json.Unmarshal([]byte(`{"where":"roof","temp":"-3.5C","raw":[true, null]}`), &r)
	fmt.Println(r.Where, r.Temp, string(r.Raw), err)
	b, err = json.Marshal(map[Color]int{2: 7, 0: 5})
	fmt.Println(string(b), err)
	_, err = json.Marshal(struct{ B Bad }{})
	fmt.Println(err)
	b, _ = json.Marshal([]Celsius{1, 2.25})
	fmt.Println(string(b))
}
