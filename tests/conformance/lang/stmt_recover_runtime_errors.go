package main

import "fmt"

type T struct{ x int }

func catch(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		if isErr {
			fmt.Printf("%s: %v | %T\n", name, err.Error(), r)
		} else {
			fmt.Printf("%s: %v | %T (not an error)\n", name, r, r)
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	zero := 0
	var m map[string]int
	var p *T
	var v interface{} = "str"
	catch("index", func() { _ = s[i] })
	catch("slice", func() { _ = s[1:i] })
	catch("slice2", func() { _ = s[i-2 : 1] })
	catch("divide", func() { fmt.Println(10 / zero) })
	catch("modulo", func() { fmt.Println(10 % zero) })
	catch("nilmap", func() { m["a"] = 1 })
	catch("nilptr", func() { fmt.Println(p.x) })
	catch("assert", func() { fmt.Println(v.(int)) })
	catch("string index", func() { _ = "abc"[i] })
	catch("array", func() {
		var a [4]int
		_ = a[i]
	})
	catch("makeslice", func() { _ = make([]int, i-10) })
	catch("custom", func() { panic(fmt.Sprintf("custom %d", i)) })
	fmt.Println("survived")
}
