package main

func main() {
	var ch chan int
	select {
	case x := 1:
		_ = x
	case ch <- 1:
	default:
	}
}
