package main

import "fmt"

// A small state machine written with goto, as generated scanners are.

func tokens(src string) []string {
	var out []string
	i := 0
	start := 0
next:
	if i >= len(src) {
		goto end
	}
	if src[i] == ' ' {
		i++
		goto next
	}
	start = i
	if src[i] >= '0' && src[i] <= '9' {
		goto number
	}
	if src[i] >= 'a' && src[i] <= 'z' {
		goto word
	}
	out = append(out, "op:"+src[i:i+1])
	i++
	goto next
number:
	for i < len(src) && src[i] >= '0' && src[i] <= '9' {
		i++
	}
	out = append(out, "num:"+src[start:i])
	goto next
word:
	for i < len(src) && src[i] >= 'a' && src[i] <= 'z' {
		i++
	}
	out = append(out, "word:"+src[start:i])
	goto next
end:
	return out
}

func main() {
	for _, s := range []string{"x = 42 + y1", "sum(a, 10)", ""} {
		t := tokens(s)
		fmt.Println(len(t), t)
	}
}
