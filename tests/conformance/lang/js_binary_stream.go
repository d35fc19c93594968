// encoding/binary over streams: AppendUvarint/ReadUvarint and ReadVarint from a bytes.Reader, a
// record stream of length-prefixed strings, Size of structs with blank padding fields, Read into
// a slice of structs, an overflowing varint.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type Point struct {
	X, Y int16
	_    [4]byte
	Tag  uint8
}

func main() {
	var buf bytes.Buffer
	for _, s := range []string{"alpha", "", "gosim runtime"} {
		buf.Write(binary.AppendUvarint(nil, uint64(len(s))))
		buf.WriteString(s)
	}
	fmt.Printf("% x\n", buf.Bytes())
	r := bytes.NewReader(buf.Bytes())
	for r.Len() > 0 {
		n, err := binary.ReadUvarint(r)
		s := make([]byte, n)
		r.Read(s)
		fmt.Printf("%d %q %v\n", n, s, err)
	}
	_, err := binary.ReadUvarint(r)
	fmt.Println(err)
	vb := binary.AppendVarint(nil, -123456)
	v, err := binary.ReadVarint(bytes.NewReader(vb))
	fmt.Println(vb, v, err)
	_, err = binary.ReadUvarint(bytes.NewReader([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}))
	fmt.Println(err)
	_, err = binary.ReadUvarint(bytes.NewReader([]byte{0x80}))
	fmt.Println(err)

	pts := []Point{{1, -2, [4]byte{}, 7}, {300, 400, [4]byte{}, 8}}
	fmt.Println(binary.Size(pts[0]), binary.Size(pts))
	var out bytes.Buffer
	binary.Write(&out, binary.BigEndian, pts)
	fmt.Printf("% x\n", out.Bytes())
	back := make([]Point, 2)
	fmt.Println(binary.Read(&out, binary.BigEndian, back), back[0].X, back[0].Y, back[1].X, back[1].Tag)
	var mixed struct {
		A uint8
		B uint64
		C [2]float64
	}
	fmt.Println(binary.Size(&mixed), binary.Size(map[int]int{}), binary.Size([]string{"x"}))
}
