// A Mandelbrot set in text, the tutorial way: z = z*z + c over complex128, escape counts
// printed as characters, then the same loop in complex64.
package main

import "fmt"

func escape(c complex128, limit int) int {
	z := complex(0, 0)
	for i := 0; i < limit; i++ {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return limit
}

func escape64(c complex64, limit int) (int, complex64) {
	var z complex64
	for i := 0; i < limit; i++ {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i, z
		}
	}
	return limit, z
}

func main() {
	const chars = " .:-=+*#%@"
	for y := 1.2; y >= -1.2; y -= 0.2 {
		line := ""
		for x := -2.1; x <= 0.6; x += 0.06 {
			n := escape(complex(x, y), 30)
			line += string(chars[n*(len(chars)-1)/30])
		}
		fmt.Println(line)
	}
	for _, c := range []complex64{0, -1, 0.25 + 0.5i, -0.75 + 0.1i, 1i} {
		n, z := escape64(c, 50)
		fmt.Printf("%v: %d %.4f\n", c, n, z)
	}
	sum := 0i
	for k := 1; k <= 8; k++ {
		sum += complex(1/float64(k), float64(k))
	}
	fmt.Println(sum, sum/complex(2, 1))
}
