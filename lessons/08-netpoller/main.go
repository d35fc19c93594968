// The netpoller: a server goroutine waits for a socket without holding a thread.
//
// The server parks in Accept and then in Read ("IO wait"); meanwhile the only P runs main.
// When the bytes arrive, the netpoller finds the socket ready and the scheduler runs the
// server again the next time a P looks for work.
//
// Run it with real Go to compare: GOMAXPROCS=1 go run main.go
package main

import (
	"fmt"
	"net"
	"time"
)

func serve(ln net.Listener, done chan string) {
	conn, err := ln.Accept()
	if err != nil {
		fmt.Println("accept:", err)
		return
	}
	buf := make([]byte, 64)
	n, _ := conn.Read(buf) // parks in IO wait until the client's bytes arrive
	conn.Write([]byte("PONG"))
	conn.Close()
	done <- string(buf[:n]) // main prints it: one goroutine prints, so the order is fixed
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:8080")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	done := make(chan string)
	go serve(ln, done)
	conn, err := net.Dial("tcp", "127.0.0.1:8080")
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	time.Sleep(time.Millisecond) // let the server reach its Read
	conn.Write([]byte("ping"))
	n := 0
	for i := 0; i < 20000; i++ { // CPU work on the only P while the bytes travel
		n += i % 7
	}
	fmt.Println("client: computed", n, "while the bytes travelled")
	buf := make([]byte, 64)
	k, _ := conn.Read(buf)
	fmt.Println("client got:", string(buf[:k]))
	conn.Close()
	fmt.Println("server got:", <-done)
	ln.Close()
}
