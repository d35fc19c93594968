package ids

var next = 100

func Next() int {
	next++
	return next
}
