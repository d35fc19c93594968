// The sentence of a sync/atomic event (EventKind::kAtomic; the codes are sim/trace/atomic_op.h).
#include <fmt/format.h>

#include "sim/i18n/catalog.h"
#include "sim/rt/describe_rtpkgs.h"
#include "sim/trace/atomic_op.h"

namespace gosim {

std::string describe_atomic(const Event& e, Lang lang) {
  using i18n::Msg;
  using fmt::arg;
  const auto op = static_cast<AtomicOp>((e.a & 63) / 8);
  const auto w = static_cast<AtomicWidth>(e.a % 8);
  const bool swapped = (e.a & kAtomicSwapped) != 0;
  const std::string g = fmt::format("G{}", e.g);
  const auto addr = static_cast<uint64_t>(e.b);
  if (w == AtomicWidth::kValue) {
    static const char* const kOps[] = {"Add", "Load", "Store", "Swap", "CompareAndSwap"};
    return i18n::tr(lang, Msg::kAtomicValue, arg("g", g), arg("op", kOps[static_cast<int>(op)]), arg("addr", addr));
  }
  static const char* const kTypes[] = {"int32", "int64", "uint32", "uint64", "uintptr", "atomic.Bool", "", "unsafe.Pointer"};
  std::string value;
  switch (w) {
    case AtomicWidth::kInt32: value = std::to_string(static_cast<int32_t>(e.c)); break;
    case AtomicWidth::kInt64: value = std::to_string(e.c); break;
    case AtomicWidth::kBool: value = e.c != 0 ? "true" : "false"; break;
    case AtomicWidth::kPointer: value = fmt::format("{:#x}", static_cast<uint64_t>(e.c)); break;
    default: value = std::to_string(static_cast<uint64_t>(e.c)); break;
  }
  Msg m = Msg::kAtomicAdd;
  switch (op) {
    case AtomicOp::kAdd: m = Msg::kAtomicAdd; break;
    case AtomicOp::kLoad: m = Msg::kAtomicLoad; break;
    case AtomicOp::kStore: m = Msg::kAtomicStore; break;
    case AtomicOp::kSwap: m = Msg::kAtomicSwap; break;
    case AtomicOp::kCompareAndSwap: m = swapped ? Msg::kAtomicCasSwapped : Msg::kAtomicCasFailed; break;
  }
  return i18n::tr(lang, m, arg("g", g), arg("type", kTypes[static_cast<int>(w)]), arg("addr", addr), arg("value", value));
}

}  // namespace gosim
