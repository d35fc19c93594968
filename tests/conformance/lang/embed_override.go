package main

import "fmt"

// Overriding: the outer type's method hides the promoted one; the embedded one stays reachable.
// Depth: a shallower field hides a deeper field of the same name.

type Engine struct {
	Power int
	Name  string
}

func (e Engine) Start() string { return fmt.Sprintf("engine %s (%d hp) started", e.Name, e.Power) }
func (e Engine) Stop() string  { return "engine stopped" }

type Car struct {
	Engine
	Name string // hides Engine.Name at depth 0
}

func (c Car) Start() string { return "car " + c.Name + ": " + c.Engine.Start() }

type Starter interface {
	Start() string
	Stop() string
}

type Garage struct {
	Car
	Level int
}

func main() {
	c := Car{Engine{300, "V8"}, "roadster"}
	fmt.Println(c.Name, c.Engine.Name, c.Power)
	fmt.Println(c.Start())
	fmt.Println(c.Stop())
	var s Starter = c
	fmt.Println(s.Start())
	g := Garage{c, 2}
	fmt.Println(g.Name, g.Power, g.Level)
	s = g
	fmt.Println(s.Start())
	s = &g
	fmt.Println(s.Stop())
	g.Power = 500
	g.Car.Engine.Name = "V12"
	fmt.Println(g.Start())
	fmt.Printf("%v\n%+v\n", g, g)
}
