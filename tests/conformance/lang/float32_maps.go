// float32 and complex map keys: +0 and -0 are the same key, NaN is never found again (each
// NaN insert adds an entry), and fmt prints maps sorted with NaN first.
package main

import "fmt"

func main() {
	var zero float32
	nan := zero / zero
	negz := -zero
	m := map[float32]string{}
	m[zero] = "zero"
	m[negz] = "negative zero"
	m[nan] = "nan1"
	m[nan] = "nan2"
	m[1.5] = "one and a half"
	m[0.1] = "a tenth"
	fmt.Println(len(m), m[0], m[nan] == "", m[float32(0.1)])
	nans, clean := 0, map[float32]string{}
	for k, v := range m {
		if k != k {
			nans++
			continue
		}
		clean[k] = v
	}
	fmt.Println(nans, clean)
	_, ok := m[nan]
	delete(m, nan)
	fmt.Println(ok, len(m))
	counts := map[float32]int{}
	for i := 0; i < 10; i++ {
		counts[float32(i)/4]++
		counts[float32(i%3)]++
	}
	fmt.Println(counts)
	type key struct {
		c complex64
		f float32
	}
	km := map[key]int{{1 + 1i, 2}: 1, {complex(0, negz), negz}: 2}
	km[key{0, 0}] += 10
	fmt.Println(km[key{1 + 1i, 2}], km[key{}], len(km))
	cm := map[complex128]bool{complex(float64(nan), 0): true, 2i: true}
	cm[complex(float64(nan), 0)] = false
	fmt.Println(len(cm), cm[2i], cm[complex(float64(nan), 0)])
}
