// os.Stat and (*File).Stat: size, name, mode, IsDir; a file's size after writes.
package main

import (
	"fmt"
	"os"
)

func main() {
	fi, err := os.Stat("ten.txt")
	fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), fi.Mode().IsRegular(), err)
	d, err := os.Stat("sub")
	fmt.Println(d.Name(), d.IsDir(), d.Mode().IsDir(), d.Mode()&os.ModeDir != 0, err)
	f, _ := os.Create("grow.txt")
	for i := 0; i < 3; i++ {
		fmt.Fprintf(f, "line %d\n", i)
		st, _ := f.Stat()
		fmt.Println(st.Name(), st.Size())
	}
	f.Close()
	fi, _ = os.Lstat("grow.txt")
	fmt.Println(fi.Size(), fi.Mode().Perm())
	var m os.FileMode = 0750 | os.ModeDir
	fmt.Println(m, m.Perm(), m.IsDir(), m.IsRegular(), os.FileMode(0644))
}
