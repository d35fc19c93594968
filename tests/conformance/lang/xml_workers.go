// encoding/xml from four goroutines at GOMAXPROCS=1: each encodes and decodes orders from a
// channel, sharing xml's sync.Map of type information (tinfoMap); results stored by index.
package main

import (
	"encoding/xml"
	"fmt"
	"sync"
)

type Line struct {
	SKU string `xml:"sku,attr"`
	Qty int    `xml:",chardata"`
}

type Order struct {
	XMLName xml.Name `xml:"order"`
	ID      int      `xml:"id,attr"`
	Lines   []Line   `xml:"line"`
}

func main() {
	jobs := make(chan int)
	results := make([]string, 8)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for id := range jobs {
				o := Order{ID: id}
				for k := 0; k <= id%3; k++ {
					o.Lines = append(o.Lines, Line{fmt.Sprintf("s%d", k), id + k})
				}
				out, err := xml.Marshal(o)
				var back Order
				if err == nil {
					err = xml.Unmarshal(out, &back)
				}
				results[id] = fmt.Sprintf("%s -> %d lines, %v", out, len(back.Lines), err)
			}
		}(w)
	}
	for id := 0; id < 8; id++ {
		jobs <- id
	}
	close(jobs)
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
