// A tiny validator driven by struct tags, setting defaults through a pointer.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type Signup struct {
	User    string `validate:"required" default:"guest"`
	Age     int    `validate:"min=13"`
	Country string `default:"NZ"`
	Score   float64
}

func applyDefaults(p any) {
	v := reflect.ValueOf(p).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		def, ok := t.Field(i).Tag.Lookup("default")
		if ok && v.Field(i).IsZero() {
			v.Field(i).SetString(def)
		}
	}
}

func validate(x any) error {
	v := reflect.ValueOf(x)
	t := v.Type()
	var errs []string
	for i := 0; i < t.NumField(); i++ {
		rule := t.Field(i).Tag.Get("validate")
		f := v.Field(i)
		switch {
		case rule == "required" && f.IsZero():
			errs = append(errs, t.Field(i).Name+" is required")
		case strings.HasPrefix(rule, "min="):
			min, _ := strconv.Atoi(strings.TrimPrefix(rule, "min="))
			if f.Int() < int64(min) {
				errs = append(errs, fmt.Sprintf("%s must be at least %d, got %d", t.Field(i).Name, min, f.Int()))
			}
		}
	}
	if len(errs) > 0 {
		return errors.New(strings.Join(errs, "; "))
	}
	return nil
}

func main() {
	s := Signup{Age: 9}
	fmt.Println(validate(s))
	applyDefaults(&s)
	fmt.Printf("%+v\n", s)
	fmt.Println(validate(s))
	s.Age = 30
	fmt.Println(validate(s))
}
