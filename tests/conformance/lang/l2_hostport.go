// net.SplitHostPort and net.JoinHostPort on host:port strings, IPv6 literals and Go's error texts.
package main

import (
	"fmt"
	"net"
)

func main() {
	for _, hp := range []string{
		"example.com:80", "127.0.0.1:8080", "[::1]:443", "[fe80::1%eth0]:22", ":9000", "host:",
		"example.com", "a:b:c", "[::1]", "[::1]x", "[::1]:2:3", "[::1", "ho[st:80", "host]:80", "", "[]:1",
	} {
		host, port, err := net.SplitHostPort(hp)
		if err != nil {
			fmt.Printf("%q: error %v\n", hp, err)
			continue
		}
		fmt.Printf("%q: host %q port %q\n", hp, host, port)
	}
	fmt.Println(net.JoinHostPort("example.com", "80"))
	fmt.Println(net.JoinHostPort("::1", "443"))
	fmt.Println(net.JoinHostPort("", "8080"))
	h, p, _ := net.SplitHostPort(net.JoinHostPort("fe80::2", "53"))
	fmt.Println(h, p)
}
