// Package-level composite literals: Go's static initialization (staticinit.StaticAssign) lays out
// what it can as data, and escape analysis sees only what stays code in the package's init
// function: a map literal, new, make, a call, a conversion that copies, and the parts of a
// static literal that are not static themselves (stmp_0.p = new(int)).
package main

import (
	"errors"
	"fmt"
)

type T struct {
	a, b int
	p    *int
}

func (t T) Get() int { return t.a }

type W struct {
	m map[int]int
	i interface{}
}

var x = 5
var str = "s"

//go:noinline
func f() int { return 7 }

var p1 = &T{a: 1, b: 2}
var p2 = &T{a: x}
var p3 = &T{a: f()}
var p4 = &T{p: new(int)}
var s1 = []int{1, 2}
var s2 = []int{f(), 2}
var s3 = []*int{new(int), &x}
var m1 = map[string]int{"a": 1}
var mp = &map[string]int{"b": 2}
var i1 interface{} = 5
var i2 interface{} = x
var i3 interface{} = f()
var i4 interface{} = &x
var i5 interface{} = T{a: f()}
var i6 interface{} = str
var i7 interface{} = p1
var i8 interface{} = struct{}{}
var ps = &[]int{1, 2}
var bs1 = []byte("hello")
var bs2 = []byte(str)
var st = T{a: 1, p: &x}
var st2 = T{a: f()}
var arr = [2]*int{new(int), &x}
var cat = str + "y"
var e1 = errors.New("x")
var pm = &m1
var pa = &arr[1]
var pf = &st.p
var nested = []T{{a: 1}, {a: f()}}
var ifs = []interface{}{1, "a", x, f(), str}
var sp = []*T{{a: 1}, {p: new(int)}}
var q = p1
var cs1 = s1
var cs2 = s2
var cst = st2
var am = [1]map[int]int{{1: 2}}
var w = W{m: map[int]int{}, i: f()}
var pw = &W{i: 3}
var mv = st.Get
var me = T.Get
var mk = make([]int, 4)
var _ = []*int{new(int)}
var _ = f()

func main() {
	fmt.Println(*p1, *p2, *p3, *p4.p, s1, s2, len(s3), m1, *mp, i1, i2, i3, i4 != nil, i5, i6, i7 != nil, i8, *ps)
	fmt.Println(string(bs1), string(bs2), st.a, st2, *arr[1], cat, e1, len(*pm), *pa == &x, *pf == &x)
	fmt.Println(nested, ifs, sp[0].a, q == p1, cs1, cs2, cst, am, w.i, pw.i, mv(), me(st), mk)
}
