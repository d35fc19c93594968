package main

func main() {
	ch := make(chan int)
	go func() { ch <- 1 }()
	v := <-ch
	v2, ok, z := <-ch
	select {
	case v3, ok2 := <-ch, 1:
	}
	var ro <-chan int = ch
	var so chan<- int = ro
	_ = so
	ch2 := make(chan int, "a")
	ch3 := make(chan int, -1)
	s := make([]int, 10, 5)
	_, _, _ = ch2, ch3, s
}
