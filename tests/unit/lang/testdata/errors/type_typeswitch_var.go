package main

func main() {
	switch x := interface{}(1).(type) {
	case int, string:
		x++
	}
}
