package util

import "bufio"

var R *bufio.Reader
