package main

import "fmt"

func main() {
	go func() {
		select {}
	}()
	fmt.Println("main selects on nothing")
	select {}
}
