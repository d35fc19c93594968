// encoding/json of a map of slices: an index from words to the line numbers they appear on.
// Map keys come out sorted, a nil slice is null and an empty one [], and decoding fills a
// fresh map; string keys of a named type and integer keys work too.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Word string

func main() {
	text := []string{"the cat sat", "the dog sat down", "a cat ran"}
	index := map[string][]int{}
	for i, line := range text {
		for _, w := range strings.Fields(line) {
			index[w] = append(index[w], i+1)
		}
	}
	index["none"] = nil
	index["empty"] = []int{}
	b, err := json.Marshal(index)
	fmt.Println(string(b), err)

	var decoded map[string][]int
	if err := json.Unmarshal(b, &decoded); err != nil {
		fmt.Println(err)
		return
	}
	keys := make([]string, 0, len(decoded))
	for k := range decoded {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-5s %v nil=%v\n", k, decoded[k], decoded[k] == nil)
	}

	byLen := map[int][]string{3: {"the", "cat", "sat", "dog", "ran"}, 1: {"a"}, 4: {"down"}}
	b, _ = json.MarshalIndent(byLen, "", " ")
	fmt.Println(string(b))
	var back map[int][]string
	fmt.Println(json.Unmarshal(b, &back), back[3], len(back))

	named := map[Word][]Word{"go": {"run", "build"}, "git": {"commit"}}
	b, _ = json.Marshal(named)
	fmt.Println(string(b))
	var nb map[Word][]Word
	fmt.Println(json.Unmarshal(b, &nb), nb["go"], len(nb))

	var grid map[string][][]float64
	err = json.Unmarshal([]byte(`{"m":[[1,0],[0,1.5]],"z":[]}`), &grid)
	fmt.Println(grid["m"], len(grid["z"]), err)
}
