// Append mode: OpenFile with O_APPEND|O_CREATE|O_WRONLY adds to the end, as a log does.
package main

import (
	"fmt"
	"os"
)

func logLine(s string) error {
	f, err := os.OpenFile("app.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0644)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.WriteString(s + "\n")
	return err
}

func main() {
	for _, s := range []string{"start", "working", "done"} {
		if err := logLine(s); err != nil {
			fmt.Println(err)
		}
	}
	data, _ := os.ReadFile("app.log")
	fmt.Print(string(data))
	_, err := os.OpenFile("app.log", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println(err, os.IsExist(err))
	f, _ := os.OpenFile("app.log", os.O_RDWR, 0)
	f.WriteString("START")
	f.Close()
	data, _ = os.ReadFile("app.log")
	fmt.Print(string(data))
}
