// encoding/json and time.Time, as tutorials store timestamps: a Time field is written as an
// RFC 3339 string (MarshalJSON), read back with UnmarshalJSON, a *Time with omitempty, a Time
// as a map key (MarshalText/UnmarshalText), null leaving a Time alone, a malformed time's error
// and a year json cannot write.
package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Event struct {
	Name   string            `json:"name"`
	At     time.Time         `json:"at"`
	Until  *time.Time        `json:"until,omitempty"`
	Length time.Duration     `json:"length"`
	Marks  map[time.Time]int `json:"marks"`
}

func main() {
	start := time.Date(2023, time.March, 14, 15, 9, 26, 535897000, time.UTC)
	end := start.Add(90 * time.Minute)
	e := Event{Name: "launch", At: start, Until: &end, Length: end.Sub(start),
		Marks: map[time.Time]int{start: 1, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC): 2}}
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)

	var back Event
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.At.Equal(start), back.Until.Equal(end), back.Length, len(back.Marks), back.Marks[start])
	fmt.Println(back.At.Format(time.Kitchen), back.At.Weekday(), back.At.Nanosecond())

	b, _ = json.Marshal(Event{Name: "zero"})
	fmt.Println(string(b))

	keep := Event{At: start}
	fmt.Println(json.Unmarshal([]byte(`{"at":null}`), &keep), keep.At.Equal(start))
	fmt.Println(json.Unmarshal([]byte(`{"at":"2023-13-01T00:00:00Z"}`), &keep))
	fmt.Println(json.Unmarshal([]byte(`{"at":"yesterday"}`), &keep))
	fmt.Println(json.Unmarshal([]byte(`{"at":12}`), &keep))
	_, err = json.Marshal(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(err)
	tb, err := start.MarshalText()
	fmt.Println(string(tb), err)
	var t2 time.Time
	fmt.Println(t2.UnmarshalText([]byte("2001-02-03T04:05:06Z")), t2)
}
