// Setting fields through a pointer with reflect, and what CanSet says.
package main

import (
	"fmt"
	"reflect"
)

type Config struct {
	Host    string
	Port    int
	Debug   bool
	Ratio   float64
	Retries uint
	secret  string
}

func main() {
	c := Config{Host: "localhost", Port: 80}
	v := reflect.ValueOf(&c).Elem()
	fmt.Println(reflect.ValueOf(c).Field(0).CanSet(), v.Field(0).CanSet(), v.Field(5).CanSet())
	v.FieldByName("Host").SetString("example.com")
	v.FieldByName("Port").SetInt(8080)
	v.FieldByName("Debug").SetBool(true)
	v.FieldByName("Ratio").SetFloat(0.25)
	v.FieldByName("Retries").SetUint(3)
	fmt.Printf("%+v\n", c)
	x := 10
	p := reflect.ValueOf(&x)
	p.Elem().SetInt(42)
	fmt.Println(x, p.Elem().CanAddr(), p.CanAddr())
	p.Elem().Set(reflect.ValueOf(7))
	fmt.Println(x)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	reflect.ValueOf(x).SetInt(1)
}
