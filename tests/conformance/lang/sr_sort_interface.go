// sort.Sort and sort.Stable with a user type implementing sort.Interface.
package main

import (
	"fmt"
	"sort"
)

type Card struct {
	Rank int
	Suit string
}

type ByRank []Card

func (c ByRank) Len() int           { return len(c) }
func (c ByRank) Less(i, j int) bool { return c[i].Rank < c[j].Rank }
func (c ByRank) Swap(i, j int)      { c[i], c[j] = c[j], c[i] }

// BySuit sorts by suit and counts its comparisons.
type BySuit struct {
	cards []Card
	cmp   int
}

func (b *BySuit) Len() int { return len(b.cards) }
func (b *BySuit) Less(i, j int) bool {
	b.cmp++
	return b.cards[i].Suit < b.cards[j].Suit
}
func (b *BySuit) Swap(i, j int) { b.cards[i], b.cards[j] = b.cards[j], b.cards[i] }

func main() {
	hand := []Card{{10, "hearts"}, {2, "spades"}, {14, "clubs"}, {10, "diamonds"}, {2, "hearts"},
		{7, "clubs"}, {13, "spades"}, {7, "hearts"}, {3, "diamonds"}, {11, "clubs"}, {2, "clubs"},
		{9, "spades"}, {5, "hearts"}, {12, "diamonds"}}
	sort.Sort(ByRank(hand))
	fmt.Println("by rank:", hand)

	b := &BySuit{cards: hand}
	sort.Stable(b)
	fmt.Println("by suit, ranks kept in order:", b.cards)
	fmt.Println("comparisons:", b.cmp)
	fmt.Println("sorted:", sort.IsSorted(b))
}
