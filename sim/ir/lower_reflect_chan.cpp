// reflect's channel operations: Value.Recv, TryRecv, Send, TrySend, Close (part lang19).
//
// Go: reflect/value.go Value.recv and Value.send call the runtime's reflect_chanrecv and
// reflect_chansend (runtime/chan.go), Value.Close its reflect_chanclose. A receive or a send may
// block, so in gosim they run in frames of their own, as Value.Call's callee does: the library
// call (sim/interp/lib_reflect_chan.cpp) checks the Value as Go's does, pushes the frames Go's
// traceback shows (reflect.Value.Recv, reflect.Value.recv, reflect.chanrecv) and writes the
// operation into the top frame, whose body is two library calls: the first hands the model the
// channel operation (it may park the goroutine: `chan receive`, `chan send`), the second makes
// the result (the received Value, ok; TrySend's selected) when the goroutine runs again.
#include "sim/ir/lower_impl.h"

namespace gosim::ir {

void Lowerer::lower_reflect_chan(const std::vector<Function>& init_fns) {
  auto uses = [](const Function& f) {
    for (const Instr& in : f.code) {
      if (in.op != Op::kLib) continue;
      if (in.imm == static_cast<int64_t>(lang::LibFunc::RfValueRecv) ||
          (in.imm > static_cast<int64_t>(lang::LibFunc::Lang19Begin) &&
           in.imm <= static_cast<int64_t>(lang::LibFunc::Lang19End))) {
        return true;
      }
    }
    return false;
  };
  bool used = false;
  for (const Function& f : init_fns) used = used || uses(f);
  for (const Function& f : m_.funcs) used = used || uses(f);
  for (const Function& f : wrappers_) used = used || uses(f);
  if (!used) return;
  m_.reflect_chan_fn = static_cast<int32_t>(pkg_.all_funcs.size() + wrappers_.size());
  // In the order of ReflectChanFrame (ir.h): the runtime's three, then Value's.
  struct Spec {
    const char* name;
    const char* file;
    int32_t decl, line;
    int32_t results;  // bytes handed down: (Value, bool) 25, TrySend's bool 1, else 0
    bool body;        // the top frame: the operation's two library calls
  };
  const Spec specs[] = {
      {"reflect.chanrecv", "runtime/chan.go", 723, 724, 25, true},
      {"reflect.chansend", "runtime/chan.go", 718, 719, 1, true},
      {"reflect.chanclose", "runtime/chan.go", 752, 753, 0, true},
      {"reflect.Value.recv", "reflect/value.go", 2101, 2116, 25, false},
      {"reflect.Value.send", "reflect/value.go", 2134, 2147, 1, false},
      {"reflect.Value.Recv", "reflect/value.go", 2093, 2096, 25, false},
      {"reflect.Value.TryRecv", "reflect/value.go", 2508, 2511, 25, false},
      {"reflect.Value.Send", "reflect/value.go", 2126, 2129, 0, false},
      {"reflect.Value.TrySend", "reflect/value.go", 2518, 2521, 1, false},
      {"reflect.Value.Close", "reflect/value.go", 1179, 1182, 0, false},
  };
  for (const Spec& s : specs) {
    Function w;
    w.name = s.name;
    w.file = s.file;
    w.pos = Pos{s.decl, 1};
    w.params_size = 0;
    w.results_offset = 0;
    w.results_size = s.results;
    w.frame_size = s.body ? kReflectChanFrame : 32;
    const Pos at{s.line, 2};
    if (s.body) {
      w.code.push_back(Instr{Op::kLib, NumKind::kI64, 0, 0, 0, 0, static_cast<int64_t>(lang::LibFunc::RfChanStart)});
      w.code.push_back(Instr{Op::kLib, NumKind::kI64, 0, 0, 0, 0, static_cast<int64_t>(lang::LibFunc::RfChanFinish)});
    }
    w.code.push_back(Instr{Op::kRet});
    w.pos_of.assign(w.code.size(), at);
    wrappers_.push_back(std::move(w));
  }
}

}  // namespace gosim::ir
