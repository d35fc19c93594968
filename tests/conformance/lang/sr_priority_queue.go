// A priority queue of tasks with container/heap, as in the package's documentation.
package main

import (
	"container/heap"
	"fmt"
)

type Task struct {
	name     string
	priority int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool { return pq[i].priority > pq[j].priority }
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

func main() {
	tasks := map[string]int{"write tests": 3, "fix bug": 5, "lunch": 1, "review": 4, "deploy": 2}
	pq := PQ{}
	for _, name := range []string{"write tests", "fix bug", "lunch", "review", "deploy"} {
		heap.Push(&pq, &Task{name: name, priority: tasks[name]})
	}
	// Something urgent comes in; then lunch becomes more important.
	urgent := &Task{name: "outage", priority: 9}
	heap.Push(&pq, urgent)
	for _, t := range pq {
		if t.name == "lunch" {
			t.priority = 6
			heap.Fix(&pq, t.index)
		}
	}
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		fmt.Printf("%d %s\n", t.priority, t.name)
	}
}
