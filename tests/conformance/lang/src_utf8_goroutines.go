// Counting runes of several texts in goroutines, results over a channel (GOMAXPROCS=1 order).
package main

import (
	"fmt"
	"sync"
	"unicode/utf8"
)

type result struct {
	id, runes int
}

func main() {
	texts := []string{"hello", "héllo", "こんにちは", "😀😀"}
	ch := make(chan result, len(texts))
	var wg sync.WaitGroup
	for i, t := range texts {
		wg.Add(1)
		go func(i int, t string) {
			defer wg.Done()
			ch <- result{i, utf8.RuneCountInString(t)}
		}(i, t)
	}
	wg.Wait()
	close(ch)
	total := 0
	for r := range ch {
		fmt.Println(r.id, r.runes)
		total += r.runes
	}
	fmt.Println("total", total)
}
