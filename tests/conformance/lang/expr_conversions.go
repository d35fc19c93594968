package main

import "fmt"

type Miles float64
type Km float64
type Word string
type Bytes []byte

func main() {
	m := Miles(10)
	k := Km(m * 1.609)
	fmt.Println(m, k, float64(k) > 16)
	i := 65
	f := float64(i) / 2
	fmt.Println(f, int(f), int64(i)*2)
	fmt.Println(string(rune(i)), string(rune(0x263A)), []byte("Hi"), []rune("Hé"))
	fmt.Println(string([]byte{103, 111}), string([]rune{0x4e16, 0x754c}))
	w := Word("abc")
	b := Bytes(w)
	b[0] = 'A'
	fmt.Println(w, string(b), Word(b))
	fmt.Printf("%T %T %T\n", w, b, []byte(w))
	var u8 uint8 = 200
	fmt.Println(int8(u8), int(u8)+100, uint8(int(u8)+100))
	var iface interface{} = m
	fmt.Printf("%T %v\n", iface, iface)
	ptr := (*int)(nil)
	fmt.Println(ptr == nil)
	fn := func(x int) int { return x + 1 }
	type intFn func(int) int
	g := intFn(fn)
	fmt.Println(g(1))
	c := make(chan int, 1)
	var send chan<- int = (chan<- int)(c)
	send <- 3
	fmt.Println(<-c)
}
