package main

import (
	"fmt"
	"net"
)

func serve(ln net.Listener, done chan bool) {
	conn, err := ln.Accept()
	if err != nil {
		fmt.Println("accept:", err)
		return
	}
	buf := make([]byte, 64)
	n, err := conn.Read(buf)
	fmt.Println("server read", n, string(buf[:n]), err)
	conn.Write([]byte("pong:" + string(buf[:n])))
	conn.Close()
	done <- true
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:18080")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	done := make(chan bool)
	go serve(ln, done)
	c, err := net.Dial("tcp", "127.0.0.1:18080")
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	c.Write([]byte("ping"))
	buf := make([]byte, 64)
	n, err := c.Read(buf)
	fmt.Println("client read", n, string(buf[:n]), err)
	n, err = c.Read(buf)
	fmt.Println("after close", n, err)
	<-done
	c.Close()
	ln.Close()
	_, err = net.Dial("tcp", "127.0.0.1:18080")
	fmt.Println("dial again:", err)
}
