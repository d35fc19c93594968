package util

import "io/ioutil"

var W = ioutil.Discard
