package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int { return c.n }

func (c Counter) IncValue() { c.n++ }

func (c *Counter) Inc() { c.n++ }

func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

type Meters int

func (m Meters) Double() Meters { return m * 2 }

func (m *Meters) Reset() { *m = 0 }

func main() {
	c := Counter{name: "a"}
	c.IncValue()
	fmt.Println(c.Get())
	c.Inc()
	c.Inc()
	fmt.Println(c.Get())
	p := &c
	p.IncValue()
	p.Inc()
	fmt.Println(p.Get(), c.n)
	c.Add(10).Add(100)
	fmt.Println(c.n)

	var m Meters = 21
	fmt.Println(m.Double())
	m.Reset()
	fmt.Println(m)

	cs := []Counter{{name: "x"}, {name: "y"}}
	for i := range cs {
		cs[i].Inc()
	}
	for _, v := range cs {
		v.Inc()
	}
	fmt.Println(cs[0].n, cs[1].n)
}
