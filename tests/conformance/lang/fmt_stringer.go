package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp struct{ deg int }

func (t *Temp) String() string { return fmt.Sprint(t.deg, "°") }

type Box struct {
	C Color
	N int
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	fmt.Println([]Color{Red, Green})
	fmt.Printf("%v %+v\n", Box{Green, 1}, Box{Blue, 2})
	t := Temp{21}
	fmt.Println(&t, t)
	fmt.Printf("%v %s\n", &t, &t)
	s := fmt.Sprint(Red, Green, 3)
	fmt.Println(s)
	var i interface{} = Blue
	fmt.Println(i)
	fmt.Printf("%x %x\n", Color(255), 255)
}
