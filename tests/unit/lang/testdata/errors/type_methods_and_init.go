package main

type T int

func (T) A() {}
func (t T) A() {}
func (x int) B() {}
func (p *P) C() {}

type P *int

func init() int { return 1 }

var init = 1

func main(x int) {}
