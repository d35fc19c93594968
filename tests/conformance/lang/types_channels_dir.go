package main

import "fmt"

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	close(out)
}

func consume(in <-chan int) int {
	sum := 0
	for v := range in {
		sum += v
	}
	return sum
}

func main() {
	c := make(chan int, 5)
	produce(c, 4)
	fmt.Println(len(c), cap(c))
	var ro <-chan int = c
	fmt.Println(consume(ro))
	d := make(chan string, 2)
	var wo chan<- string = d
	wo <- "a"
	fmt.Println(len(d), cap(d))
	fmt.Printf("%T %T %T\n", c, ro, wo)
	var nilc chan int
	fmt.Println(nilc == nil, len(nilc), cap(nilc))
	u := make(chan bool)
	fmt.Println(len(u), cap(u))
	res := make(chan int)
	go func() { res <- consume(makeNums(3)) }()
	fmt.Println(<-res)
}

func makeNums(n int) <-chan int {
	c := make(chan int, n)
	for i := 1; i <= n; i++ {
		c <- i
	}
	close(c)
	return c
}
