// Pointers: & and *, changing a value through a pointer, pointers to structs, new.
package main

import "fmt"

func zeroval(ival int) { ival = 0 }
func zeroptr(iptr *int) { *iptr = 0 }

type Vertex struct{ X, Y int }

func main() {
	i := 1
	fmt.Println("initial:", i)
	zeroval(i)
	fmt.Println("zeroval:", i)
	zeroptr(&i)
	fmt.Println("zeroptr:", i)
	p := &i
	fmt.Println(p == &i, *p)
	v := Vertex{1, 2}
	q := &v
	q.X = 1e9
	fmt.Println(v)
	n := new(int)
	*n += 42
	fmt.Println(*n)
	var nilp *Vertex
	fmt.Println(nilp == nil, nilp)
}
