// Part lang19 (issue #19): reflect's channel operations, Value.Recv, TryRecv, Send, TrySend and
// Close, which text/template's `{{range .Ch}}` needs.
//
// Go: reflect/value.go Value.recv, Value.send, Value.Close and runtime/chan.go reflect_chanrecv,
// reflect_chansend, reflect_chanclose. The library call checks the Value as Go's does
// (mustBe(Chan), mustBeExported, the channel's direction, assignTo for a sent value), makes the
// received element's object when the element is not pointer-shaped (Go: unsafe_New before
// chanrecv), and pushes the frames of Go's traceback (sim/ir/lower_reflect_chan.cpp). The top
// frame's first library call (RfChanStart) is the model's channel operation, which may park the
// goroutine; its second (RfChanFinish) makes the result when the goroutine runs again.
//
// The top frame (ir::kReflectChanFrame bytes): the results at 0 (the received Value, ok at 24;
// TrySend's selected at 0), then the channel at 32, nb at 40, the operation at 48, the element
// type's word at 56, the received element's object at 64, the element's size at 72, the Value's
// flag at 80, and a sent element's bytes from 96.
#include <algorithm>

#include "sim/interp/exec.h"
#include "sim/interp/reflect_kind.h"
#include "sim/lang/object.h"

namespace gosim::interp {

using lang::LibFunc;
using namespace rk;

namespace {
enum ChanOp : uint64_t { kOpRecv, kOpSend, kOpClose };
constexpr uint64_t kAtChan = 32, kAtNb = 40, kAtOp = 48, kAtElemType = 56, kAtObj = 64, kAtSize = 72, kAtFlag = 80,
                   kAtData = 96;
constexpr uint64_t kMaxData = ir::kReflectChanFrame - kAtData;
}  // namespace

bool Exec::reflect_chan_lib(int64_t id, uint64_t args, uint64_t results) {
  const auto f = static_cast<LibFunc>(id);
  auto fail = [&](const std::string& text) {
    rf_scratch_used_ = 0;
    panic_text(text);
    return requested_;
  };
  if (f == LibFunc::RfChanStart) {
    const uint64_t fp = args;
    const uint64_t op = ld8(fp + kAtOp), ch = ld8(fp + kAtChan);
    const bool block = ld8(fp + kAtNb) == 0;
    if (op == kOpClose) {
      Request r;
      r.kind = ReqKind::kChanClose;
      r.a = static_cast<int64_t>(ch);
      request(std::move(r));
      return true;
    }
    Request& r = begin_request(op == kOpRecv ? ReqKind::kChanRecv : ReqKind::kChanSend);
    r.a = static_cast<int64_t>(ch);
    r.b = block ? 1 : 0;
    if (op == kOpSend) {
      r.text.resize(static_cast<size_t>(ld8(fp + kAtSize)));
      mem_.read(fp + kAtData, r.text.data(), r.text.size());
    }
    commit_request();
    return true;
  }
  if (f == LibFunc::RfChanFinish) {
    const uint64_t fp = args;
    const ChanResult& res = g().chanres;
    const uint64_t op = ld8(fp + kAtOp);
    if (op == kOpSend) {
      mem_.store(fp, res.ok ? 1 : 0, 1);  // Go: reflect_chansend's selected
    } else if (op == kOpRecv) {
      mem_.zero(fp, 32);
      if (res.selected < 0) return false;  // Go: if !selected { val = Value{} }
      const uint64_t flag = ld8(fp + kAtFlag), size = ld8(fp + kAtSize);
      uint64_t word = ld8(fp + kAtObj);
      std::string data = res.data;
      data.resize(static_cast<size_t>(size), '\0');
      if ((flag & kFlagIndir) != 0) {
        if (size > 0 && word != mod_.zeroval) mem_.write(word, data.data(), data.size());
      } else {
        word = 0;
        std::copy_n(data.data(), std::min<size_t>(8, data.size()), reinterpret_cast<char*>(&word));
      }
      st8(fp, ld8(fp + kAtElemType));
      st8(fp + 8, word);
      st8(fp + 16, flag);
      mem_.store(fp + 24, res.ok ? 1 : 0, 1);
    }
    return false;
  }
  // The Value methods: Go's checks, then the frames.
  const char* name = f == LibFunc::RfValueRecv      ? "reflect.Value.Recv"
                     : f == LibFunc::RfValueTryRecv ? "reflect.Value.TryRecv"
                     : f == LibFunc::RfValueSend    ? "reflect.Value.Send"
                     : f == LibFunc::RfValueTrySend ? "reflect.Value.TrySend"
                                                    : "reflect.Value.Close";
  const uint64_t tw = ld8(args), ptr = ld8(args + 8), flag = ld8(args + 16);
  const uint64_t kind = flag & kFlagKindMask;
  if (kind != kChan) return rf_value_error(name, kind);  // Go: v.mustBe(Chan)
  if ((flag & kFlagRO) != 0) return fail(std::string("reflect: ") + name + " using value obtained using unexported field");
  const ir::TypeDesc& td = mod_.types[static_cast<size_t>(ir::type_of_word(tw))];
  const uint64_t ch = (flag & kFlagIndir) != 0 ? ld8(ptr) : ptr;  // Go: v.pointer()
  const bool recv = f == LibFunc::RfValueRecv || f == LibFunc::RfValueTryRecv;
  const bool send = f == LibFunc::RfValueSend || f == LibFunc::RfValueTrySend;
  const bool nb = f == LibFunc::RfValueTryRecv || f == LibFunc::RfValueTrySend;
  // Go: ChanDir(tt.dir): gosim reads it from the type's name (a named channel type is both ways).
  if (recv && td.name.rfind("chan<-", 0) == 0) return fail("reflect: recv on send-only channel");
  if (send && td.name.rfind("<-chan", 0) == 0) return fail("reflect: send on recv-only channel");
  if (mod_.reflect_chan_fn < 0) return fail(std::string("gosim: internal error: no frames for ") + name);
  const int32_t et = td.elem;
  const ir::TypeDesc& ed = mod_.types[static_cast<size_t>(et)];
  const auto esize = static_cast<uint64_t>(ed.size);
  std::string data;
  if (send) {
    const uint64_t x = args + 24;
    const uint64_t xflag = ld8(x + 16);
    if (xflag == 0) return rf_value_error(name, kInvalid);  // Go: x.mustBeExported
    if ((xflag & kFlagRO) != 0) return fail(std::string("reflect: ") + name + " using value obtained using unexported field");
    if (esize > kMaxData) {
      return fail(std::string("gosim: unsupported: ") + name + " of an element of " + std::to_string(esize) +
                  " bytes (gosim's reflect sends elements of at most 256 bytes)");
    }
    const uint64_t tmp = rf_scratch(std::max<uint64_t>(esize, 16));
    if (!rf_assign_to(x, et, tmp)) {  // Go: x.assignTo("reflect.Value.Send", tt.elem, nil)
      return fail("reflect.Value.Send: value of type " + mod_.types[static_cast<size_t>(ir::type_of_word(ld8(x)))].name +
                  " is not assignable to type " + ed.name);
    }
    data = mem_.read_string(tmp, static_cast<size_t>(esize));
    rf_scratch_used_ = 0;
  }
  // Go: recv's val = Value{t, nil, flag(t.Kind())}; an element that is not pointer-shaped gets
  // its object now (unsafe_New), before the receive may block.
  uint64_t obj = 0, vflag = kind_of(ed);
  if (recv && !ir::is_direct_iface(mod_.types, et)) {
    obj = esize == 0 ? mod_.zeroval : alloc(esize, ed.has_pointers);
    vflag |= kFlagIndir;
  }
  using ir::ReflectChanFrame;
  const int32_t base = mod_.reflect_chan_fn;
  const int32_t outer = base + (f == LibFunc::RfValueRecv      ? ir::kRcRecv
                                : f == LibFunc::RfValueTryRecv ? ir::kRcTryRecv
                                : f == LibFunc::RfValueSend    ? ir::kRcSend
                                : f == LibFunc::RfValueTrySend ? ir::kRcTrySend
                                                               : ir::kRcClose);
  const size_t depth = code().frames.size();
  push_frame(outer, 0, 0, f == LibFunc::RfValueSend || f == LibFunc::RfValueClose ? 0 : results);
  if (code().frames.size() == depth) return requested_;  // the stack overflowed
  size_t want = depth + 1;
  if (recv || send) {
    push_frame(base + (recv ? ir::kRcValuerecv : ir::kRcValuesend), 0, 0, code().frames.back().fp);
    if (code().frames.size() == want) return requested_;
    ++want;
  }
  push_frame(base + (recv ? ir::kRcChanrecv : send ? ir::kRcChansend : ir::kRcChanclose), 0, 0,
             code().frames.back().fp);
  if (code().frames.size() == want) return requested_;
  const uint64_t fp = code().frames.back().fp;
  mem_.zero(fp, static_cast<size_t>(kAtData));
  st8(fp + kAtChan, ch);
  st8(fp + kAtNb, nb ? 1 : 0);
  st8(fp + kAtOp, recv ? kOpRecv : send ? kOpSend : kOpClose);
  st8(fp + kAtElemType, ir::type_word(et));
  st8(fp + kAtObj, obj);
  st8(fp + kAtSize, esize);
  st8(fp + kAtFlag, vflag);
  if (!data.empty()) mem_.write(fp + kAtData, data.data(), data.size());
  return requested_;
}

}  // namespace gosim::interp
