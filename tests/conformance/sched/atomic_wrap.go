// Atomic adds wrap around like ordinary integer arithmetic; decrementing unsigned counters uses ^uint(0).
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	u32 := uint32(4294967294)
	fmt.Println(atomic.AddUint32(&u32, 3))
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)))
	i32 := int32(2147483647)
	fmt.Println(atomic.AddInt32(&i32, 1))
	u64 := uint64(1)
	fmt.Println(atomic.AddUint64(&u64, ^uint64(1)))
	var p uintptr = 10
	fmt.Println(atomic.AddUintptr(&p, 5), atomic.SwapUintptr(&p, 1), p)
	var i64 int64 = -1
	fmt.Println(atomic.SwapInt64(&i64, 9), atomic.CompareAndSwapInt64(&i64, 9, -9), i64)
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 0, 1), atomic.LoadUint32(&u32))
	atomic.StoreUint64(&u64, 1<<63)
	fmt.Println(atomic.LoadUint64(&u64), atomic.SwapUint32(&u32, 7), atomic.LoadUintptr(&p))
	var nilp *int32
	defer func() { fmt.Println("recovered:", recover()) }()
	atomic.AddInt32(nilp, 1)
}
