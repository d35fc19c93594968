// encoding/json's errors, as a tutorial shows them: malformed input (a *SyntaxError with its
// Offset), a value of the wrong type (*UnmarshalTypeError naming the field), a non-pointer
// target, unknown fields with DisallowUnknownFields, values json cannot encode (NaN, a channel,
// a func) and a MarshalJSON that fails; errors.As picks the concrete error out.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
)

type Config struct {
	Port    int      `json:"port"`
	Host    string   `json:"host"`
	Verbose bool     `json:"verbose"`
	Ratio   float32  `json:"ratio"`
	Small   int8     `json:"small"`
	Hosts   []string `json:"hosts"`
}

type Broken struct{}

func (Broken) MarshalJSON() ([]byte, error) { return nil, errors.New("broken on purpose") }

func main() {
	inputs := []string{
		`{"port": 8080, "host": "localhost"`,
		`{"port": "8080"}`,
		`{"port": 80, "small": 300}`,
		`{"hosts": "one"}`,
		`{"verbose": 1}`,
		`[1, 2, 3]`,
		`{"port": 1,}`,
		``,
		`{"port": 9090} trailing`,
	}
	for _, in := range inputs {
		var c Config
		err := json.Unmarshal([]byte(in), &c)
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			fmt.Printf("syntax at %d: %v\n", se.Offset, err)
		case errors.As(err, &te):
			fmt.Printf("type: field=%q value=%q type=%v offset=%d: %v\n", te.Field, te.Value, te.Type, te.Offset, err)
		default:
			fmt.Printf("ok=%v %+v\n", err == nil, c)
		}
	}

	var c Config
	fmt.Println(json.Unmarshal([]byte(`{}`), c))
	fmt.Println(json.Unmarshal([]byte(`{}`), nil))

	dec := json.NewDecoder(strings.NewReader(`{"port": 1, "colour": "red"}`))
	dec.DisallowUnknownFields()
	fmt.Println(dec.Decode(&c))

	for _, v := range []any{math.NaN(), math.Inf(-1), make(chan int), func() {}, Broken{}, map[string]any{"x": Broken{}}} {
		_, err := json.Marshal(v)
		var ue *json.UnsupportedValueError
		var ut *json.UnsupportedTypeError
		var me *json.MarshalerError
		fmt.Println(errors.As(err, &ue), errors.As(err, &ut), errors.As(err, &me), err)
	}
	fmt.Println(json.Valid([]byte(`{"a":[1,2]}`)), json.Valid([]byte(`{"a":}`)))
}
