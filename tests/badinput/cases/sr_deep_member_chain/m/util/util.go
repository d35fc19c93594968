package util

import "os/user"

var Current = user.Current
