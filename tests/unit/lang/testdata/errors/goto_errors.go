package main

func main() {
	goto L
	x := 1
	_ = x
L:
	{
	M:
	}
	goto M
	goto N
}
