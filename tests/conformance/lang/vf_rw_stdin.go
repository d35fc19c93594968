// A bufio.ReadWriter: read stdin's key=value lines, write a report through one buffered writer.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

func main() {
	rw := bufio.NewReadWriter(bufio.NewReader(os.Stdin), bufio.NewWriter(os.Stdout))
	defer rw.Flush()
	kv := map[string]string{}
	for {
		line, err := rw.ReadString('\n')
		line = strings.TrimSpace(line)
		if k, v, ok := strings.Cut(line, "="); ok {
			kv[strings.TrimSpace(k)] = strings.TrimSpace(v)
		} else if line != "" {
			fmt.Fprintf(rw, "skipped %q\n", line)
		}
		if err == io.EOF {
			break
		}
	}
	keys := make([]string, 0, len(kv))
	for k := range kv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(rw, "%-8s| %s\n", k, kv[k])
	}
	fmt.Fprintf(rw, "%d keys\n", len(keys))
}
