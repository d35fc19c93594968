package main

// f never stops calling itself. Each call needs a bigger stack until newstack would pass the
// limit: Go prints the limit and dies with "fatal error: stack overflow" (exit status 2).
// Real Go's limit is 1 GB; this scenario sets 64 KiB so it happens within a few hundred calls.
func f(n int) int {
	var buf [16]int
	buf[n%16] = n
	return f(n+1) + buf[0]
}

func main() {
	println(f(0))
}
