// Channels and select: each instruction becomes a request to the runtime model (sim/rt/chan.cpp, select.cpp).
// The general loop (exec.cpp step_until) hands these instructions here by family.
// Go: runtime/chan.go makechan, chansend, chanrecv, closechan; runtime/select.go selectgo.
#include <algorithm>
#include <cstring>

#include "sim/interp/alg.h"
#include "sim/interp/exec.h"
#include "sim/interp/hmap.h"
#include "sim/interp/int_binop.h"
#include "sim/interp/interp.h"
#include "sim/heap/heap.h"

namespace gosim::interp {

using ir::NumKind;
using ir::Op;

Flow Exec::exec_chan(const ir::Instr& in, const Operands& o) {
  [[maybe_unused]] const uint64_t fp = o.fp, A = o.A, B = o.B, C = o.C;
  switch (in.op) {
    case Op::kMakeChan: {
      const int64_t cap = in.b >= 0 ? static_cast<int64_t>(ld8(B)) : 0;
      // Go: runtime/chan.go makechan: elem.size*size must not overflow nor pass maxAlloc-hchanSize.
      uint64_t buf = 0;
      if (cap < 0 || __builtin_mul_overflow(static_cast<uint64_t>(cap), static_cast<uint64_t>(in.imm), &buf) ||
          buf > heap::kMaxAlloc - 96) {
        panic_text("makechan: size out of range");
        return Flow::kNext;
      }
      // Go: makechan — no buffer (or zero-size elements): the hchan alone; pointer-free
      // elements: hchan and buffer in one noscan object; else new(hchan) and the buffer apart.
      // (gosim keeps the buffered elements in the runtime model; the buffer is accounted only.)
      uint64_t ch;
      if (buf == 0) {
        ch = alloc(96, false);
      } else if (!mod_.types[static_cast<size_t>(in.c)].has_pointers) {
        ch = alloc(96 + buf, false);
      } else {
        ch = alloc(96, true);
        alloc(buf, true);
      }
      st8(A, ch);
      Request r;
      r.kind = ReqKind::kMakeChan;
      r.a = static_cast<int64_t>(ch);
      r.b = in.imm;
      r.c = cap;
      request(std::move(r));
      return Flow::kYield;
    }
    case Op::kChanSend: {
      Request& r = begin_request(ReqKind::kChanSend);
      r.a = static_cast<int64_t>(ld8(A));
      r.b = in.c;
      r.text.resize(static_cast<size_t>(in.imm));
      mem_.read(B, r.text.data(), r.text.size());
      commit_request();
      return Flow::kYield;
    }
    case Op::kChanRecv: {
      Request& r = begin_request(ReqKind::kChanRecv);
      r.a = static_cast<int64_t>(ld8(B));
      r.b = in.c;
      commit_request();
      return Flow::kYield;
    }
    case Op::kChanResult: {
      const ChanResult& res = g().chanres;
      if (in.a >= 0 && in.imm > 0) {
        std::string data = res.data;
        data.resize(static_cast<size_t>(in.imm), '\0');
        mem_.write(A, data.data(), data.size());
      }
      if (in.b >= 0) mem_.store(B, res.ok ? 1 : 0, 1);
      if (in.c >= 0) st8(C, static_cast<uint64_t>(static_cast<int64_t>(res.selected)));
      break;
    }
    case Op::kChanClose: {
      Request r;
      r.kind = ReqKind::kChanClose;
      r.a = static_cast<int64_t>(ld8(A));
      request(std::move(r));
      return Flow::kYield;
    }
    case Op::kSelect: {
      Request r;
      r.kind = ReqKind::kSelect;
      r.b = in.b;
      for (int64_t i = 0; i < in.imm; ++i) {
        const uint64_t d = A + 32 * static_cast<uint64_t>(i);
        SelectCase sc;
        sc.chan = ld8(d);
        sc.send = ld8(d + 24) != 0;
        if (sc.send) sc.data = mem_.read_string(ld8(d + 8), static_cast<size_t>(ld8(d + 16)));
        r.cases.push_back(std::move(sc));
      }
      request(std::move(r));
      return Flow::kYield;
    }
    default: break;
  }
  return Flow::kNext;
}

}  // namespace gosim::interp
