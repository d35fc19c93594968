// encoding/binary: Write and Read of fixed-size values and structs through a bytes.Buffer, in
// little- and big-endian order; the byte-order helpers and varints.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
	Length  int64
	Ratio   float32
	Pair    [2]int16
	Ok      bool
	Z       complex64
}

func main() {
	h := Header{Magic: 0xCAFEBABE, Version: 3, Flags: 0x8001, Length: -42, Ratio: 1.5, Pair: [2]int16{-1, 300}, Ok: true, Z: complex(1, -2)}
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		var buf bytes.Buffer
		if err := binary.Write(&buf, order, h); err != nil {
			fmt.Println("write:", err)
		}
		fmt.Println(order, binary.Size(h), buf.Len())
		fmt.Printf("% x\n", buf.Bytes())
		var back Header
		if err := binary.Read(bytes.NewReader(buf.Bytes()), order, &back); err != nil {
			fmt.Println("read:", err)
		}
		fmt.Println(back == h, back.Magic == h.Magic, back.Z)
	}
	var buf bytes.Buffer
	binary.Write(&buf, binary.BigEndian, []uint16{1, 2, 0xffff})
	binary.Write(&buf, binary.LittleEndian, int32(-2))
	binary.Write(&buf, binary.LittleEndian, []complex128{complex(0.5, 2)})
	fmt.Printf("% x\n", buf.Bytes())
	var xs [3]uint16
	binary.Read(&buf, binary.BigEndian, &xs)
	var y int32
	binary.Read(&buf, binary.LittleEndian, &y)
	zs := make([]complex128, 1)
	binary.Read(&buf, binary.LittleEndian, zs)
	fmt.Println(xs, y, zs)
	var short int64
	err := binary.Read(bytes.NewReader([]byte{1, 2, 3}), binary.LittleEndian, &short)
	fmt.Println(err)
	err = binary.Write(&buf, binary.LittleEndian, "not fixed size")
	fmt.Println(err)

	b := make([]byte, 8)
	binary.BigEndian.PutUint32(b, 0x01020304)
	binary.LittleEndian.PutUint16(b[4:], 0x0506)
	fmt.Println(b, binary.BigEndian.Uint32(b), binary.LittleEndian.Uint64(b))
	vb := make([]byte, binary.MaxVarintLen64)
	for _, x := range []int64{0, 1, -1, 300, -70000, 1 << 40} {
		n := binary.PutVarint(vb, x)
		got, m := binary.Varint(vb[:n])
		fmt.Println(x, vb[:n], got, m)
	}
	n := binary.PutUvarint(vb, 1<<63)
	u, _ := binary.Uvarint(vb[:n])
	fmt.Println(vb[:n], u)
	fmt.Println(binary.AppendUvarint(nil, 12345))
}
