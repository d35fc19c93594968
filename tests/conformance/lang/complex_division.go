// Complex division follows runtime.complex128div: Smith's algorithm, then C99's rules for
// infinities and zeros; complex64 divides through complex128. Multiplication of complex64
// widens to float64 for the products.
package main

import "fmt"

func main() {
	var zero float64
	inf := 1 / zero
	nan := zero / zero
	cases := [][2]complex128{
		{1 + 2i, 3 + 4i},
		{1, 0},
		{1i, 0},
		{0, 0},
		{complex(inf, 0), 1 + 1i},
		{complex(inf, inf), 2},
		{1 + 1i, complex(inf, 0)},
		{1 + 1i, complex(0, inf)},
		{complex(nan, 1), 1},
		{complex(1e308, 1e308), complex(1e308, 1e308)},
		{complex(1e-308, 1e-308), complex(1e308, 1e-308)},
		{-1 - 1i, complex(-zero, 0)},
	}
	for _, c := range cases {
		fmt.Println(c[0], "/", c[1], "=", c[0]/c[1])
	}
	var a, b complex64 = 1.1 + 2.2i, 3.3 - 4.4i
	fmt.Println(a*b, a/b, a+b, a-b, -a)
	fmt.Println(complex128(a)*complex128(b), complex64(complex128(a)*complex128(b)) == a*b)
	x := complex(float32(1e20), float32(1e20))
	fmt.Println(x*x, x/x, real(x*x))
	p := 2 + 3i
	p *= p
	p /= 1 - 1i
	p -= 0.5
	p += 1i
	fmt.Println(p, p == complex(real(p), imag(p)))
}
