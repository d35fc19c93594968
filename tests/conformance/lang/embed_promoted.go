package main

import (
	"fmt"
	"sync"
	"time"
)

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " says woof" }

type Speaker interface{ Speak() string }
type Describer interface{ Describe() string }
type Renamer interface{ Rename(string) }

type Named struct{ name string }

func (n Named) String() string { return "<" + n.name + ">" }

type Wrapper struct {
	Named
	extra int
}

type Logger struct {
	prefix string
}

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	mu sync.Mutex
	n  int
}

type Counter struct {
	sync.Mutex
	n int
}

type Timeout struct{ time.Duration }

type ReadWriter interface {
	Reader
	Writer
}
type Reader interface{ Read() string }
type Writer interface{ Write(s string) }

type buf struct{ data []string }

func (b *buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buf) Write(s string) { b.data = append(b.data, s) }

type Pipe struct {
	ReadWriter
	name string
}

type Base struct{ ID int }
type Mid struct{ Base }
type Top struct {
	Mid
	Label string
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	d.Rename("Max")
	fmt.Println(d.Animal.Name, d.Speak())
	var s Speaker = d
	fmt.Println(s.Speak())
	var ds Describer = d
	fmt.Println(ds.Describe())
	var r Renamer = &d
	r.Rename("Bo")
	fmt.Println(d.Describe())
	fmt.Println(d)
	fmt.Printf("%+v\n", d)
	fmt.Printf("%v\n", &d)

	w := Wrapper{Named{"w"}, 3}
	fmt.Println(w)
	fmt.Printf("%v %s %d\n", w, w, w.extra)
	fmt.Println(&w)

	svc := Service{Logger: &Logger{prefix: "svc: "}}
	svc.Log("started")
	svc.mu.Lock()
	svc.n++
	svc.mu.Unlock()

	var c Counter
	c.Lock()
	c.n++
	c.Unlock()
	fmt.Println(c.n)

	t := Timeout{1500 * time.Millisecond}
	fmt.Println(t)
	fmt.Println(t.Seconds())

	p := Pipe{&buf{}, "p"}
	p.Write("hello")
	p.Write("world")
	fmt.Println(p.Read(), p.Read())
	var rw ReadWriter = p
	rw.Write("again")
	fmt.Println(rw.Read())

	top := Top{Mid{Base{7}}, "top"}
	fmt.Println(top.ID, top.Mid.ID, top.Mid.Base.ID)
	top.ID = 9
	pt := &top
	pt.ID++
	fmt.Println(top.Base, top)
	f := d.Describe
	d.Rename("Later")
	fmt.Println(f())
	g := pt.Mid
	g.ID = 0
	fmt.Println(g.ID, pt.ID)
}
