// reflect's channel operations (part lang19): Value.Send, TrySend, Recv, TryRecv and Close, over
// buffered and unbuffered channels, with a goroutine on the other side, and their panics.
package main

import (
	"fmt"
	"reflect"
)

type point struct{ X, Y int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	f()
}

func main() {
	ch := make(chan int, 2)
	v := reflect.ValueOf(ch)
	v.Send(reflect.ValueOf(1))
	fmt.Println("TrySend 2:", v.TrySend(reflect.ValueOf(2)))
	fmt.Println("TrySend 3:", v.TrySend(reflect.ValueOf(3)), "len", v.Len())
	x, ok := v.Recv()
	fmt.Println("Recv:", x, ok, x.Kind())
	x, ok = v.TryRecv()
	fmt.Println("TryRecv:", x, ok)
	x, ok = v.TryRecv()
	fmt.Println("TryRecv empty:", x.IsValid(), ok)
	v.Close()
	x, ok = v.Recv()
	fmt.Println("Recv closed:", x, ok)

	// An unbuffered channel of structs: the receiver blocks until the goroutine sends.
	pc := make(chan point)
	go func() {
		for i := 1; i <= 3; i++ {
			pc <- point{i, i * i}
		}
		close(pc)
	}()
	pv := reflect.ValueOf(pc)
	for {
		p, ok := pv.Recv()
		if !ok {
			break
		}
		fmt.Println("got", p.Interface().(point), p.Field(1).Int(), p.CanSet())
	}

	// Sending blocks until a receiver comes.
	sc := make(chan string)
	done := make(chan bool)
	go func() {
		for s := range sc {
			fmt.Println("goroutine got", s)
		}
		done <- true
	}()
	sv := reflect.ValueOf(sc)
	for _, s := range []string{"a", "b"} {
		sv.Send(reflect.ValueOf(s))
	}
	sv.Close()
	<-done

	// Interface elements and assignability.
	ec := make(chan error, 1)
	reflect.ValueOf(ec).Send(reflect.ValueOf(fmt.Errorf("wrapped %d", 1)))
	e, _ := reflect.ValueOf(ec).Recv()
	fmt.Println("error elem:", e.Kind(), e.Elem().Type(), e.Interface())

	try("Send string to chan int", func() { reflect.ValueOf(make(chan int, 1)).Send(reflect.ValueOf("s")) })
	try("Recv on int", func() { reflect.ValueOf(3).Recv() })
	try("Recv on send-only", func() { reflect.ValueOf(make(chan<- int)).Recv() })
	try("Send on recv-only", func() { reflect.ValueOf(make(<-chan int)).Send(reflect.ValueOf(1)) })
	try("Close closed", func() { v.Close() })
	try("TrySend closed", func() { v.TrySend(reflect.ValueOf(1)) })
	var nilc chan int
	nv := reflect.ValueOf(nilc)
	fmt.Println("TrySend nil:", nv.TrySend(reflect.ValueOf(1)))
	x, ok = nv.TryRecv()
	fmt.Println("TryRecv nil:", x.IsValid(), ok)
}
