package main

import "fmt"

type Engine struct {
	HP   int
	Tags []string
}

type Car struct {
	Name   string
	Engine *Engine
	Specs  struct{ Doors, Seats int }
}

type Fleet struct {
	Cars  []Car
	Index map[string]*Car
}

func main() {
	c := Car{Name: "a", Engine: &Engine{HP: 100}}
	c.Specs.Doors = 4
	c.Engine.HP += 50
	c.Engine.Tags = append(c.Engine.Tags, "turbo")
	fmt.Println(c.Name, c.Engine.HP, c.Engine.Tags, c.Specs.Doors, c.Specs.Seats)
	pc := &c
	pc.Specs.Seats = 5
	fmt.Println(pc.Specs, (*pc).Name, pc.Engine.Tags[0])
	f := Fleet{Index: map[string]*Car{}}
	f.Cars = append(f.Cars, c, Car{Name: "b", Engine: &Engine{HP: 70}})
	for i := range f.Cars {
		f.Index[f.Cars[i].Name] = &f.Cars[i]
	}
	f.Index["b"].Engine.HP *= 2
	f.Index["a"].Name = "A"
	fmt.Println(f.Cars[0].Name, f.Cars[1].Engine.HP, c.Name, c.Engine.HP)
	shared := f.Cars[0].Engine
	shared.HP = 1
	fmt.Println(c.Engine.HP, f.Cars[0].Engine == c.Engine)
	ptrs := []*Engine{{HP: 1}, {HP: 2}}
	sum := 0
	for _, e := range ptrs {
		e.HP *= 10
		sum += e.HP
	}
	fmt.Println(sum, ptrs[1].HP)
}
