package main

import "fmt"

type cfg struct {
	name  string
	level int
	tags  []string
}

func main() {
	p := new(int)
	fmt.Println(*p)
	*p = 3
	fmt.Println(*p)
	c := new(cfg)
	fmt.Printf("%+v %v\n", *c, c.tags == nil)
	c.tags = append(c.tags, "t")
	fmt.Println(c.name == "", c.tags)
	s := make([]float64, 3)
	fmt.Println(s, len(s), cap(s))
	m := make(map[string][]int, 100)
	m["a"] = append(m["a"], 1)
	fmt.Println(m, len(m))
	ch := make(chan string, 2)
	ch <- "x"
	fmt.Println(len(ch), cap(ch), <-ch)
	u := make(chan int)
	fmt.Println(cap(u))
	pp := new(*int)
	fmt.Println(*pp == nil)
	*pp = p
	**pp = 9
	fmt.Println(*p)
	arr := new([3]string)
	arr[1] = "mid"
	fmt.Printf("%q\n", *arr)
	sl := new([]int)
	*sl = append(*sl, 5)
	fmt.Println(*sl)
}
