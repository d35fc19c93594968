// A word count over stdin: bufio.ScanWords, a map of counts, the top words sorted.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.Trim(sc.Text(), ".,;:!?\"'"))
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	fmt.Printf("%d words, %d distinct\n", total, len(words))
	for _, w := range words[:5] {
		fmt.Printf("%-6s %d\n", w, counts[w])
	}
}
