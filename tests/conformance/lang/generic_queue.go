package main

import "fmt"

type Queue[T any] struct {
	head, tail []T
}

func NewQueue[T any]() *Queue[T] { return &Queue[T]{} }

func (q *Queue[T]) Enqueue(v T) { q.tail = append(q.tail, v) }

func (q *Queue[T]) Dequeue() (T, error) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	if len(q.head) == 0 {
		var zero T
		return zero, fmt.Errorf("empty queue of %T", zero)
	}
	n := len(q.head) - 1
	v := q.head[n]
	q.head = q.head[:n]
	return v, nil
}

func (q *Queue[T]) Size() int { return len(q.head) + len(q.tail) }

type job struct {
	id   int
	name string
}

func main() {
	q := NewQueue[job]()
	q.Enqueue(job{1, "build"})
	q.Enqueue(job{2, "test"})
	j, err := q.Dequeue()
	fmt.Println(j, err, q.Size())
	q.Enqueue(job{3, "ship"})
	for q.Size() > 0 {
		j, _ := q.Dequeue()
		fmt.Printf("%+v\n", j)
	}
	_, err = q.Dequeue()
	fmt.Println(err)
	fq := NewQueue[float64]()
	_, err = fq.Dequeue()
	fmt.Println(err)
	fmt.Printf("%T\n", q)
}
