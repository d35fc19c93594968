// net/url from Go's source with net.SplitHostPort on its Host, and JoinHostPort back.
package main

import (
	"fmt"
	"net"
	"net/url"
)

func main() {
	for _, raw := range []string{
		"https://user:secret@api.example.com:8443/v1/items?id=7&sort=desc#top",
		"http://[::1]:8080/health",
		"ftp://files.example.org/pub",
	} {
		u, err := url.Parse(raw)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		host, port, err := net.SplitHostPort(u.Host)
		if err != nil {
			fmt.Println(u.Scheme, u.Host, "->", err, "| Hostname:", u.Hostname(), "Port:", u.Port())
			continue
		}
		fmt.Println(u.Scheme, host, port, u.Path, u.Query().Get("id"), u.Fragment)
		fmt.Println(net.JoinHostPort(host, port) == u.Host)
	}
}
