// Random numbers: math/rand with a fixed seed, so every run prints the same numbers.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Print(r.Intn(100), ",")
	fmt.Print(r.Intn(100))
	fmt.Println()
	fmt.Println(r.Float64())
	fmt.Print((r.Float64()*5)+5, ",")
	fmt.Print((r.Float64() * 5) + 5)
	fmt.Println()
	s2 := rand.NewSource(42)
	r2 := rand.New(s2)
	fmt.Print(r2.Intn(100), ",")
	fmt.Print(r2.Intn(100))
	fmt.Println()
	fmt.Println(r.Perm(5))
	words := []string{"a", "b", "c", "d"}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	rand.Seed(7)
	fmt.Println(rand.Intn(1000), rand.Int63n(1e6))
}
