// log_basic: package log with its flags off (gosim's clock is virtual, Go's is not): SetFlags(0),
// SetPrefix, Println/Printf/Print to os.Stderr and, after SetOutput, to os.Stdout; Flags/Prefix.
package main

import (
	"fmt"
	"log"
	"os"
)

type point struct{ X, Y int }

func main() {
	log.SetFlags(0)
	log.Println("starting", 3, "workers")
	log.Printf("config: %+v", point{1, 2})
	log.Print("no newline added twice\n")
	log.SetPrefix("[app] ")
	log.Print("with", "prefix")
	log.SetOutput(os.Stdout)
	log.Println("now on stdout")
	log.Printf("%d%%", 50)
	fmt.Printf("flags=%d prefix=%q\n", log.Flags(), log.Prefix())
	if err := log.Output(1, "via Output"); err != nil {
		fmt.Println(err)
	}
	w := log.Writer()
	fmt.Println(w == os.Stdout)
	for i := 0; i < 3; i++ {
		log.Printf("item %d of %d", i+1, 3)
	}
}
