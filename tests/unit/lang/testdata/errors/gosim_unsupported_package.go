package shapes

func Area() int { return 1 }
