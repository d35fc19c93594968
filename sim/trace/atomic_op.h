// sync/atomic's operations as LibFunc ids: AtomicOpsBegin + op * 8 + width. The kAtomic event's
// `a` carries the same op * 8 + width (plus kAtomicSwapped when a CompareAndSwap swapped).
#pragma once

#include <cstdint>

namespace gosim {

enum class AtomicOp : uint8_t { kAdd, kLoad, kStore, kSwap, kCompareAndSwap };
// The order of universe.cpp declare_atomic's widths; kValue is atomic.Value (an interface);
// kPointer is the unsafe.Pointer functions (LoadPointer, StorePointer, SwapPointer, CompareAndSwapPointer).
enum class AtomicWidth : uint8_t { kInt32, kInt64, kUint32, kUint64, kUintptr, kBool, kValue, kPointer };
constexpr int64_t kAtomicSwapped = 64;

inline int64_t atomic_code(AtomicOp op, AtomicWidth w) { return static_cast<int64_t>(op) * 8 + static_cast<int64_t>(w); }

}  // namespace gosim
