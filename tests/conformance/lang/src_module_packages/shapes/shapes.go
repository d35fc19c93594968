package shapes

import (
	"fmt"

	"example.com/geometry/internal/ids"
	"example.com/geometry/registry"
)

// Shape is what every shape of this package implements.
type Shape interface {
	Area() int
	Name() string
}

type Rect struct {
	W, H int
	id   int
}

var Unit = Rect{W: 1, H: 1}

func init() {
	registry.Add("rect")
	fmt.Println("shapes init")
}

func NewRect(w, h int) *Rect { return &Rect{W: w, H: h, id: ids.Next()} }

func (r *Rect) Area() int    { return r.W * r.H }
func (r *Rect) Name() string { return fmt.Sprintf("rect#%d", r.id) }
