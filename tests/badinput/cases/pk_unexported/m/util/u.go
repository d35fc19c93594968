package util

func F() int { return 1 }
func g() int  { return 2 }
