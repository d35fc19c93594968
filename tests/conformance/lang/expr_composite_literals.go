package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Tag      string
}

func main() {
	pts := []Point{{1, 2}, {X: 3}, {}}
	fmt.Println(pts)
	ptrs := []*Point{{5, 6}, {Y: 7}}
	fmt.Println(*ptrs[0], *ptrs[1], len(ptrs))
	m := map[string]Point{"o": {}, "a": {1, 1}}
	fmt.Println(m["a"], m["o"])
	mk := map[Point]string{{1, 2}: "x"}
	fmt.Println(mk[Point{1, 2}])
	l := Line{From: Point{0, 0}, To: Point{3, 4}}
	fmt.Printf("%+v\n", l)
	arr := [...]Line{{Tag: "a"}, {To: Point{1, 1}}}
	fmt.Println(len(arr), arr[1].To.X, arr[0].Tag)
	p := &Point{9, 9}
	p.X = 10
	fmt.Println(*p, p.X)
	grid := [2][2]int{{1, 2}, {3, 4}}
	fmt.Println(grid)
	nested := [][]string{{"a", "b"}, {}, {"c"}}
	fmt.Println(nested, len(nested[1]))
	anon := struct {
		Name string
		N    int
	}{"anon", 3}
	fmt.Printf("%v %+v\n", anon, anon)
	list := []struct{ k, v string }{{"a", "1"}, {"b", "2"}}
	fmt.Println(list)
	idx := []string{2: "c", 0: "a"}
	fmt.Println(len(idx), idx)
	fmt.Printf("%q\n", idx)
}
