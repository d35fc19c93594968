package util

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }
