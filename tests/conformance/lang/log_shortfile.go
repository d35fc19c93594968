// log_shortfile: log.Lshortfile names the caller's file and line (runtime.Caller inside log's
// Output): from main, from a helper, from a closure, through log.Output's calldepth, with
// Lmsgprefix putting the prefix before the message, and a Logger of its own.
package main

import (
	"log"
	"os"
)

func helper(n int) {
	log.Printf("helper %d", n)
}

func logAt(depth int, msg string) {
	log.Output(depth, msg)
}

type server struct{ l *log.Logger }

func (s *server) handle(path string) {
	s.l.Println("GET", path)
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Println("in main")
	helper(1)
	f := func() { log.Print("in a closure") }
	f()
	logAt(1, "depth 1 is logAt")
	logAt(2, "depth 2 is main")
	log.SetPrefix("pre: ")
	log.Println("prefix first")
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.Println("prefix before the message")
	s := &server{l: log.New(os.Stdout, "srv ", log.Lshortfile)}
	s.handle("/index.html")
	for i := 0; i < 2; i++ {
		helper(i + 10)
	}
}
