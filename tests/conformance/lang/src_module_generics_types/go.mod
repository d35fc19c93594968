module example.com/gtypes

go 1.19
