// Logging: the log package's standard logger and custom loggers, with flags that print no
// time (so the output is the same on every run).
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	// The standard logger writes to stderr; send it to stdout for this example.
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("standard logger")

	// Lshortfile adds the file name and line of the log call.
	log.SetFlags(log.Lshortfile)
	log.Println("with file/line")

	// A custom logger with a prefix.
	mylog := log.New(os.Stdout, "my:", 0)
	mylog.Println("from mylog")

	// The prefix can change; Lmsgprefix moves it in front of the message.
	mylog.SetPrefix("ohmy:")
	mylog.SetFlags(log.Lshortfile | log.Lmsgprefix)
	mylog.Println("from mylog")

	// Loggers can write to any io.Writer, here a buffer.
	var buf bytes.Buffer
	buflog := log.New(&buf, "buf:", 0)
	buflog.Println("hello")
	buflog.Printf("%d items, %.1f%% done", 3, 42.5)
	fmt.Print("from buflog:", buf.String())
}
