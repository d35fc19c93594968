package main

func main() {
	x := 1
	if x {
	}
	for x {
	}
	switch {
	case 1:
	}
	switch x {
	case "a":
	}
}
