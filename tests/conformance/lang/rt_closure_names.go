package main

import "fmt"

type job struct{ name string }

func (j *job) run(steps []int) {
	each := func(f func(int)) {
		for _, s := range steps {
			f(s)
		}
	}
	each(func(s int) {
		check := func() {
			if s > 1 {
				panic(fmt.Sprint(j.name, ": step ", s))
			}
		}
		check()
		fmt.Println(j.name, "step", s)
	})
}

func main() {
	func() {
		(&job{"outer"}).run([]int{0, 1})
	}()
	(&job{"second"}).run([]int{1, 2, 3})
}
