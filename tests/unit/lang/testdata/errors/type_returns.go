package main

func f() (x int, err error) {
	{
		x := 2
		_ = x
		return
	}
}

func g() int {
	return 1, 2
}

func h() (int, string) {
	return 1
}

func k() {
	return 1
}

func main() {
	f()
	g()
	h()
	k()
}
