// encoding/json under goroutines, as a runtime lesson would run it: four workers encode and
// decode orders from a channel at GOMAXPROCS=1, sharing json's caches (its encoder cache is a
// sync.Map, its encodeState a sync.Pool); the results are stored by index, so the output is
// the same whatever the schedule.
package main

import (
	"encoding/json"
	"fmt"
	"sync"
)

type Order struct {
	ID    int      `json:"id"`
	Items []string `json:"items"`
	Total float64  `json:"total"`
	Paid  bool     `json:"paid,omitempty"`
}

func main() {
	orders := make([]Order, 8)
	for i := range orders {
		orders[i] = Order{ID: i + 1, Total: float64(i) * 2.5, Paid: i%3 == 0}
		for j := 0; j <= i%3; j++ {
			orders[i].Items = append(orders[i].Items, fmt.Sprintf("item-%d-%d", i+1, j))
		}
	}
	encoded := make([]string, len(orders))
	decoded := make([]Order, len(orders))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				b, err := json.Marshal(orders[i])
				if err != nil {
					panic(err)
				}
				encoded[i] = string(b)
				if err := json.Unmarshal(b, &decoded[i]); err != nil {
					panic(err)
				}
			}
		}()
	}
	for i := range orders {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	for i, s := range encoded {
		fmt.Println(s, decoded[i].ID == orders[i].ID, len(decoded[i].Items))
	}
}
