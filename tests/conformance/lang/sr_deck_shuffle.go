// A deck of cards shuffled with a fixed seed, dealt into four hands, each hand sorted.
package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type Card struct {
	Rank int // 2..14
	Suit byte
}

func (c Card) String() string {
	names := map[int]string{11: "J", 12: "Q", 13: "K", 14: "A"}
	r, ok := names[c.Rank]
	if !ok {
		r = fmt.Sprint(c.Rank)
	}
	return r + string(c.Suit)
}

func main() {
	var deck []Card
	for _, s := range []byte("SHDC") {
		for r := 2; r <= 14; r++ {
			deck = append(deck, Card{r, s})
		}
	}
	rng := rand.New(rand.NewSource(2024))
	rng.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	for h := 0; h < 4; h++ {
		hand := append([]Card(nil), deck[h*13:(h+1)*13]...)
		sort.Slice(hand, func(i, j int) bool {
			if hand[i].Suit != hand[j].Suit {
				return hand[i].Suit < hand[j].Suit
			}
			return hand[i].Rank > hand[j].Rank
		})
		parts := make([]string, len(hand))
		for i, c := range hand {
			parts[i] = c.String()
		}
		fmt.Printf("hand %d: %s\n", h+1, strings.Join(parts, " "))
	}
}
