// A network server on loopback: the server goroutine parks in Accept and Read ("IO wait")
// and the netpoller makes it runnable when a connection or data arrives.
//
// Run it with real Go to compare: go run netpoll_server.go
package main

import (
	"fmt"
	"net"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:8080")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	done := make(chan bool)
	go func() { // the server: echo one message back in upper case
		conn, err := ln.Accept()
		if err != nil {
			fmt.Println("accept:", err)
			return
		}
		buf := make([]byte, 64)
		n, _ := conn.Read(buf)
		fmt.Println("server got:", string(buf[:n]))
		conn.Write([]byte("PONG"))
		conn.Close()
		done <- true
	}()
	conn, err := net.Dial("tcp", "127.0.0.1:8080")
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	conn.Write([]byte("ping"))
	buf := make([]byte, 64)
	n, _ := conn.Read(buf)
	fmt.Println("client got:", string(buf[:n]))
	conn.Close()
	<-done
	ln.Close()
}
