// A stable sort of records: sort by one key, then stably by another, so the first order
// survives among equal keys (sort.SliceStable and sort.Stable).
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

type byDept []Employee

func (b byDept) Len() int           { return len(b) }
func (b byDept) Less(i, j int) bool { return b[i].Dept < b[j].Dept }
func (b byDept) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	staff := []Employee{
		{"Ana", "eng", 120}, {"Ben", "ops", 90}, {"Cleo", "eng", 150}, {"Dan", "sales", 80},
		{"Eli", "ops", 95}, {"Fay", "eng", 120}, {"Gus", "sales", 110}, {"Hal", "eng", 100},
		{"Ivy", "ops", 90}, {"Jo", "sales", 80}, {"Kai", "eng", 150}, {"Lu", "ops", 70},
		{"Max", "eng", 100}, {"Ned", "sales", 95},
	}
	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Salary > staff[j].Salary })
	sort.Stable(byDept(staff))
	dept := ""
	for _, e := range staff {
		if e.Dept != dept {
			dept = e.Dept
			fmt.Println(strings.ToUpper(dept))
		}
		fmt.Printf("  %-5s %4d\n", e.Name, e.Salary)
	}
}
