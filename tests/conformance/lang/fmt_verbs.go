package main

import "fmt"

type P struct {
	X int
	S string
}

func main() {
	fmt.Printf("%v|%d|%x|%c|%q\n", 65, 65, 65, 65, 65)
	fmt.Printf("%d|%x|%v\n", -255, -255, int8(-1))
	fmt.Printf("%s|%q|%v|%x\n", "go\"pher", "go\"pher", "tab\t", "hi")
	fmt.Printf("%t|%v|%t\n", true, false, 1 > 2)
	fmt.Printf("%f|%.1f|%v|%.3f\n", 2.0, 2.25, 2.0, -0.0005)
	fmt.Printf("%v|%+v\n", P{1, "a"}, P{2, "b"})
	fmt.Printf("%v|%+v\n", &P{3, "c"}, &P{4, "d"})
	fmt.Printf("%T|%T|%T|%T|%T\n", 1, "s", 2.5, P{}, &P{})
	fmt.Printf("%T|%T|%T|%T\n", []string{}, map[string]bool{}, [2]int{}, nil)
	fmt.Printf("%T|%T|%T\n", make(chan int), func(int) string { return "" }, 'x')
	fmt.Printf("%c%c%c|%q|%q\n", 'G', 'o', 0x4e16, 'x', '\n')
	fmt.Printf("%x|%x|%x\n", []byte("abc"), "xyz", 3054)
	fmt.Printf("%d|%v|%s\n", []int{1, 2}, []string{"a", "b"}, []string{"c", "d"})
	fmt.Printf("%q\n", []string{"x y", "z"})
	fmt.Printf("%5d|%-5d|%05d|%+d\n", 42, 42, 42, 42)
	fmt.Printf("%8s|%-8s|%.2s|%8.3f|%-8.2f|\n", "ab", "cd", "efgh", 3.14159, 2.5)
	fmt.Printf("%%|%v%%\n", 50)
	fmt.Printf("%v %v %v\n", nil, []int(nil), map[string]int(nil))
	var ip *int
	var e error
	fmt.Printf("%v %v\n", ip, e)
	fmt.Printf("%d %s\n", uint8(200), []byte("bytes"))
	fmt.Printf("%v %d\n", [3]bool{true}, [2]int8{-1, 1})
}
