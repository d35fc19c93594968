// A strings/strconv-heavy program (issue 19 benchmark): strings.Builder, strconv.Itoa/Atoi,
// strings.Split/ToUpper/Repeat/Count, strconv.Quote and FormatFloat, all from GOROOT source.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 2000; i++ {
		b.WriteString(strconv.Itoa(i * 7))
		b.WriteByte(',')
	}
	parts := strings.Split(b.String(), ",")
	sum := 0
	for _, p := range parts {
		if p == "" {
			continue
		}
		n, err := strconv.Atoi(p)
		if err != nil {
			panic(err)
		}
		sum += n
	}
	up := strings.ToUpper(strings.Repeat("abc", 100))
	fmt.Println(len(parts), sum, strings.Count(up, "A"), strconv.Quote("héllo\n"), strconv.FormatFloat(3.14159, 'f', 3, 64))
}
