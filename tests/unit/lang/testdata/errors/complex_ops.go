package main

func main() {
	c := 1 + 2i
	var f float32 = 1e39
	_ = c < 3i
	_ = complex(1, float32(2)) + complex(float64(1), float32(2))
	_ = real(3)
	_ = imag(int(4))
	var x float64 = 1
	_ = complex128(x)
	_ = int(2i) + int(c)
	_ = c % 2
	_ = f
}
