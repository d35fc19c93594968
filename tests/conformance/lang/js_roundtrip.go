// encoding/json, a tutorial's first page: a struct goes to JSON and comes back. Nested structs,
// a slice of structs, a pointer, a map and an unexported field that json skips; the value read
// back is compared with the original field by field and with reflect.DeepEqual.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type Point struct {
	X, Y int
}

type Route struct {
	Name     string            `json:"name"`
	Stops    []Point           `json:"stops"`
	Start    *Point            `json:"start,omitempty"`
	Labels   map[string]string `json:"labels"`
	Distance float64           `json:"distance_km"`
	Loop     bool              `json:"loop"`
	secret   string
}

func main() {
	r := Route{
		Name:     "harbour walk",
		Stops:    []Point{{0, 0}, {3, 4}, {6, 8}},
		Start:    &Point{X: 0, Y: 0},
		Labels:   map[string]string{"surface": "paved", "area": "north"},
		Distance: 10.25,
		Loop:     false,
		secret:   "not exported",
	}
	data, err := json.Marshal(r)
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	fmt.Println(string(data))

	var back Route
	if err := json.Unmarshal(data, &back); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	fmt.Printf("%q %v %v %v %v\n", back.Name, back.Stops, *back.Start, back.Distance, back.Loop)
	fmt.Printf("secret after the round trip: %q\n", back.secret)
	r.secret = ""
	fmt.Println("equal:", reflect.DeepEqual(r, back))

	// A second round trip through a slice of routes, indented.
	routes := []Route{back, {Name: "empty"}}
	out, _ := json.MarshalIndent(routes, "", "\t")
	fmt.Println(string(out))
	var again []Route
	err = json.Unmarshal(out, &again)
	fmt.Println(len(again), again[1].Name, again[1].Stops == nil, again[1].Labels == nil, err)
}
