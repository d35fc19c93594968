package main

func main() {
	m := map[string]int{"a": 1,}
	for k, v := range m {
		println(k v)
	}
}
