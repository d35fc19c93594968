package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Name string
type ID int64
type Flag bool

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func (n Name) Greet() string { return "hello, " + string(n) }

func (id ID) Next() ID { return id + 1 }

func main() {
	var c Celsius = 100
	f := c.ToF()
	fmt.Println(c, f)
	fmt.Printf("%v %T %T\n", f, c, f)
	var n Name = "gopher"
	fmt.Println(n.Greet(), len(n))
	fmt.Printf("%s %q %T\n", n, n, n)
	id := ID(41)
	fmt.Println(id.Next(), id)
	fmt.Printf("%d %T\n", id.Next(), id)
	var fl Flag = true
	fmt.Printf("%v %t %T\n", fl, fl, fl)
	raw := float64(c) + 0.5
	fmt.Println(raw)
	fmt.Println(Celsius(37.5) > 37)
}
