package main

import "fmt"

func main() {
	x := make(chan int)
	y := make(chan int)
	go func() {
		for i := 0; i < 2; i++ {
			x <- i
		}
		close(x)
	}()
	go func() {
		for i := 10; i < 13; i++ {
			y <- i
		}
		close(y)
	}()
	sumX, sumY := 0, 0
	for x != nil || y != nil {
		select {
		case v, ok := <-x:
			if !ok {
				x = nil
				continue
			}
			sumX += v
		case v, ok := <-y:
			if !ok {
				y = nil
				continue
			}
			sumY += v
		}
	}
	fmt.Println(sumX, sumY)
}
