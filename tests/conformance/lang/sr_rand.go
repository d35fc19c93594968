// math/rand from Go's source: the global source starts from seed 1 (Go 1.19), rand.New with a
// seed of its own, Intn, Float64, Perm and Shuffle.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	// Go 1.19 seeds the global source with 1 unless the program calls rand.Seed.
	fmt.Println("dice:", rand.Intn(6)+1, rand.Intn(6)+1, rand.Intn(6)+1)
	fmt.Printf("float: %.6f\n", rand.Float64())
	fmt.Println("perm:", rand.Perm(8))

	r := rand.New(rand.NewSource(42))
	fmt.Println("seeded 42:", r.Intn(100), r.Intn(100), r.Int63(), r.Uint32())
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println("shuffled:", words)
	fmt.Printf("norm %.4f exp %.4f int31n %d\n", r.NormFloat64(), r.ExpFloat64(), r.Int31n(1000))

	// Re-seeding the global source repeats its sequence.
	rand.Seed(7)
	a := rand.Int()
	rand.Seed(7)
	b := rand.Int()
	fmt.Println("same after Seed(7):", a == b, a)
}
