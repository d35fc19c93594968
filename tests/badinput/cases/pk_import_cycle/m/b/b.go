package b

import "example.com/m/a"

var Y = a.X
