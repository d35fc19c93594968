// float32 in structs, arrays, slices, channels and interfaces: struct equality, fmt's %v and
// %+v, type switches telling float32 from float64, and a hand-written insertion sort.
package main

import "fmt"

type Vec struct {
	X, Y, Z float32
}

func (v Vec) Add(w Vec) Vec      { return Vec{v.X + w.X, v.Y + w.Y, v.Z + w.Z} }
func (v Vec) Scale(k float32) Vec { return Vec{v.X * k, v.Y * k, v.Z * k} }
func (v Vec) Dot(w Vec) float32   { return v.X*w.X + v.Y*w.Y + v.Z*w.Z }

type Sample struct {
	ID    int8
	Value float32
	Phase complex64
	Tag   string
}

func describe(x interface{}) string {
	switch v := x.(type) {
	case float32:
		return fmt.Sprintf("float32 %v", v)
	case float64:
		return fmt.Sprintf("float64 %v", v)
	case complex64:
		return fmt.Sprintf("complex64 %v", v)
	case complex128:
		return fmt.Sprintf("complex128 %v", v)
	}
	return "other"
}

func main() {
	a := Vec{1, 2, 3}
	b := Vec{0.1, 0.2, 0.3}
	c := a.Add(b).Scale(10)
	fmt.Println(c, a.Dot(b), c == Vec{11, 22, 33}, a.Add(b) == Vec{1.1, 2.2, 3.3})
	fmt.Printf("%+v %v\n", c, [2]Vec{a, b})
	s := []Sample{{3, 2.5, 1i, "c"}, {1, -0.125, 1 + 1i, "a"}, {2, 1e10, 0, "b"}}
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].Value < s[j-1].Value; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	fmt.Printf("%v\n%+v\n", s, s[0])
	ch := make(chan float32, 3)
	for _, v := range []float32{0.5, 0.25, 0.125} {
		ch <- v * 3
	}
	close(ch)
	var total float32
	for v := range ch {
		total += v
	}
	fmt.Println(total, describe(total), describe(float64(total)), describe(s[1].Phase), describe(2i))
	var any1, any2 interface{} = float32(0.1), 0.1
	fmt.Println(any1 == any2, any1 == interface{}(float32(0.1)), any1)
	grid := [3][3]float32{}
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = float32(i) / float32(j+1)
		}
	}
	fmt.Println(grid)
}
