// complex64 and complex128: literals, the complex/real/imag built-ins, arithmetic (division
// through runtime.complex128div), equality and fmt's "(re+imi)".
package main

import "fmt"

func main() {
	c := 1 + 2i
	d := complex(3, -4)
	fmt.Println(c, d, c+d, c-d, c*d, c/d)
	fmt.Println(real(c), imag(d), real(c*d), -c)
	var z complex64 = complex(1.5, 0.25)
	w := z * z
	fmt.Println(z, w, z/w, complex128(z), complex64(c))
	fmt.Printf("%v %g %f %.2f %e %T %T\n", c, d, c, d, z, c, z)
	fmt.Printf("%+.1f|%8.2f|\n", c, z)
	x, y := float32(2), float32(0.5)
	zz := complex(x, y)
	fmt.Println(zz, real(zz)+imag(zz))
	fmt.Println(c == 1+2i, c != d, z == complex64(complex(1.5, 0.25)))
	var zero complex128
	fmt.Println(c/zero, zero/zero, -c/zero)
	println(c, z)
	const k = 2i * 2i
	fmt.Println(k, real(k), imag(3+4i), complex(1, 2) == 1+2i)
	m := map[complex128]string{1i: "i", 1: "one", -1: "minus one"}
	fmt.Println(m[1i], m[complex(1, 0)], len(m), m)
	var iface interface{} = c
	fmt.Println(iface == 1+2i, iface)
}
