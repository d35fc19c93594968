// The sieve of Eratosthenes over 2,000,000 numbers: slice indexing and tight loops.
package main

import "fmt"

func main() {
	const n = 2000000
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	fmt.Println(count)
}
