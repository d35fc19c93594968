package main

import "fmt"

type item struct{ n int }

func main() {
	s := []string{"a", "b", "c"}
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, v := range s {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	for _, v := range s {
		v += "!"
		_ = v
	}
	fmt.Println(s)
	items := []item{{1}, {2}}
	for _, it := range items {
		it.n *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].n *= 10
	}
	fmt.Println(items)
	arr := [4]int{1, 2, 3, 4}
	for i, v := range arr {
		arr[3] = 100
		if i == 3 {
			fmt.Println("copy sees", v)
		}
	}
	for i, v := range &arr {
		arr[3] = 200
		if i == 3 {
			fmt.Println("pointer sees", v)
		}
	}
	nums := []int{1, 2, 3}
	for _, v := range nums {
		nums = append(nums, v*10)
	}
	fmt.Println(nums)
	count := 0
	for range [5]struct{}{} {
		count++
	}
	var nilS []int
	for range nilS {
		count += 100
	}
	fmt.Println(count)
}
