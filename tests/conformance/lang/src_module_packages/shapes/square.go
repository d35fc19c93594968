package shapes

import "example.com/geometry/registry"

type Square struct{ Rect }

func init() { registry.Add("square") }

func NewSquare(s int) *Square { return &Square{*NewRect(s, s)} }

func (s *Square) Name() string { return "square:" + s.Rect.Name() }

// Largest returns the shape with the largest area.
func Largest(list []Shape) Shape {
	best := list[0]
	for _, s := range list[1:] {
		if s.Area() > best.Area() {
			best = s
		}
	}
	return best
}
