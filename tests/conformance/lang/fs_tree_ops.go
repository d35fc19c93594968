// Working with a tree: Chdir and Getwd, Truncate, Readdirnames and Readdir on an open
// directory, RemoveAll of a build directory, MkdirTemp/CreateTemp under it (names random in
// Go, so only their shape is printed).
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	start, _ := os.Getwd()
	fmt.Println(os.Chdir("project"))
	wd, _ := os.Getwd()
	fmt.Println(filepath.Base(wd), filepath.Dir(wd) == start)
	fmt.Println(os.Chdir("nowhere"))
	fmt.Println(os.Chdir("data.bin"))

	fmt.Println(os.Truncate("data.bin", 4))
	b, _ := os.ReadFile("data.bin")
	fmt.Printf("%q\n", b)
	fmt.Println(os.Truncate("data.bin", 8))
	b, _ = os.ReadFile("data.bin")
	fmt.Printf("%q\n", b)
	fmt.Println(os.Truncate("missing", 1))

	d, _ := os.Open(".")
	names, err := d.Readdirnames(-1)
	sort.Strings(names)
	fmt.Println(names, err)
	d.Close()
	d, _ = os.Open("build")
	infos, err := d.Readdir(1)
	fmt.Println(len(infos), err)
	rest, err := d.Readdir(10)
	fmt.Println(len(rest), err)
	none, err := d.Readdir(10)
	fmt.Println(len(none), none != nil, err == io.EOF)
	d.Close()

	tmp, err := os.MkdirTemp("build", "cache-*-dir")
	fmt.Println(strings.HasPrefix(tmp, "build/cache-"), strings.HasSuffix(tmp, "-dir"), err)
	f, err := os.CreateTemp(tmp, "part")
	fmt.Println(strings.HasPrefix(f.Name(), tmp+"/part"), err)
	f.WriteString("partial")
	f.Close()
	fi, _ := os.Stat(tmp)
	fmt.Println(fi.Mode().Perm())
	fi, _ = os.Stat(f.Name())
	fmt.Println(fi.Mode().Perm(), fi.Size())

	fmt.Println(os.RemoveAll("build"))
	fmt.Println(os.RemoveAll("build"))
	_, err = os.Stat("build/obj/main.o")
	fmt.Println(os.IsNotExist(err))
	fmt.Println(os.RemoveAll("."))
	fmt.Println(os.RemoveAll("src/main.c"))
	left, _ := os.ReadDir(".")
	for _, e := range left {
		fmt.Println(e.Name(), e.IsDir())
	}
	fmt.Println(os.Chdir(".."))
	fmt.Println(os.MkdirAll("a/b/c", 0755), os.RemoveAll("a"))
	_, err = os.Stat("a")
	fmt.Println(os.IsNotExist(err))
}
