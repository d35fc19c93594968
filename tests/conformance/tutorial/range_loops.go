// Range: over slices, arrays, maps (sorted keys for a fixed order), strings and channels.
package main

import (
	"fmt"
	"sort"
)

func main() {
	nums := []int{2, 3, 4}
	sum := 0
	for _, num := range nums {
		sum += num
	}
	fmt.Println("sum:", sum)
	for i, num := range nums {
		if num == 3 {
			fmt.Println("index:", i)
		}
	}
	kvs := map[string]string{"a": "apple", "b": "banana", "c": "cherry"}
	keys := make([]string, 0, len(kvs))
	for k := range kvs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s -> %s\n", k, kvs[k])
	}
	for i, c := range "go€" {
		fmt.Println(i, c, string(c))
	}
	pow := make([]int, 5)
	for i := range pow {
		pow[i] = 1 << uint(i)
	}
	for _, value := range pow {
		fmt.Printf("%d ", value)
	}
	fmt.Println()
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Println("from channel", v)
	}
}
