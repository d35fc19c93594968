// Control flow: type switches, select, maps, panics and self-assignments.
package main

import "fmt"

type Box struct {
	p   *int
	q   *int
	val int
}

func typeSwitch(v interface{}) int {
	switch x := v.(type) {
	case *int:
		return *x
	case int:
		return x
	}
	return 0
}

func assertPtr(v interface{}) *int {
	p, _ := v.(*int)
	return p
}

func selectRecv(a, b chan *int) *int {
	select {
	case p := <-a:
		return p
	case q := <-b:
		return q
	}
}

func mapRange(m map[string]*int) int {
	t := 0
	for _, v := range m {
		t += *v
	}
	return t
}

func mapLookup(m map[string]*int, k string) *int {
	return m[k]
}

func panicPtr() {
	x := 1
	panic(&x)
}

func panicValue(n int) {
	if n < 0 {
		panic(fmt.Sprintf("negative %d", n))
	}
}

func selfAssign(b *Box) {
	b.p = b.q
}

func storeField(b *Box) {
	v := 3
	b.p = &v
}

func localBox() int {
	v := 4
	b := Box{p: &v}
	return *b.p
}

func recoverPanic() (r interface{}) {
	defer func() {
		r = recover()
	}()
	panicValue(-1)
	return nil
}

func main() {
	n := 1
	fmt.Println(typeSwitch(&n), typeSwitch(2), *assertPtr(&n))
	a := make(chan *int, 1)
	b := make(chan *int, 1)
	a <- &n
	fmt.Println(*selectRecv(a, b))
	m := map[string]*int{"a": &n}
	fmt.Println(mapRange(m), *mapLookup(m, "a"), localBox())
	bx := &Box{}
	selfAssign(bx)
	storeField(bx)
	fmt.Println(recoverPanic())
}
