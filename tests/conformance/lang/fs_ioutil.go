// io/ioutil, as older tutorials use it: ReadFile, WriteFile, ReadDir (sorted FileInfos),
// ReadAll, NopCloser, and TempDir/TempFile whose random names are not printed.
package main

import (
	"fmt"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	data, err := ioutil.ReadFile("conf/app.ini")
	fmt.Printf("%q %v\n", data, err)
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		kv := strings.SplitN(line, "=", 2)
		fmt.Printf("%s -> %s\n", kv[0], kv[1])
	}
	err = ioutil.WriteFile("conf/out.txt", []byte("written by ioutil\n"), 0644)
	fmt.Println(err)
	infos, err := ioutil.ReadDir("conf")
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), fi.Mode())
	}
	fmt.Println(err)
	_, err = ioutil.ReadFile("conf/none.ini")
	fmt.Println(err)

	r := ioutil.NopCloser(strings.NewReader("all of it"))
	b, err := ioutil.ReadAll(r)
	fmt.Println(string(b), err, r.Close())

	dir, err := ioutil.TempDir("", "work-")
	fmt.Println(strings.HasPrefix(filepath.Base(dir), "work-"), filepath.Dir(dir) == os.TempDir(), err)
	f, err := ioutil.TempFile(dir, "log-*.txt")
	fmt.Println(strings.HasSuffix(f.Name(), ".txt"), filepath.Dir(f.Name()) == dir, err)
	fmt.Fprintln(f, "temporary")
	f.Close()
	b, _ = os.ReadFile(f.Name())
	fmt.Printf("%q\n", b)
	fmt.Println(os.RemoveAll(dir))
	_, err = os.Stat(dir)
	fmt.Println(os.IsNotExist(err))
	_, err = ioutil.TempFile("", "bad/pattern")
	fmt.Println(err)
}
