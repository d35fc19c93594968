// sync.(*Cond).Wait as a function of the program, with Go's body (sync/cond.go):
//
//	func (c *Cond) Wait() {
//		c.checker.check()
//		t := runtime_notifyListAdd(&c.notify)
//		c.L.Unlock()
//		runtime_notifyListWait(&c.notify, t)
//		c.L.Lock()
//	}
//
// c.L is any Locker, so Unlock and Lock are interface calls that may run the program's own
// methods; writing Wait as IR lets the interpreter make those calls like any other, and puts a
// sync.(*Cond).Wait frame on the stack where Go's traceback shows one. The two runtime_notifyList
// calls (and the copy check, inside notifyListAdd here) are library calls into the runtime model.
#include "sim/ir/lower_impl.h"

namespace gosim::ir {

void Lowerer::lower_lib_bodies(const std::vector<Function>& init_fns) {
  lower_pool_get(init_fns);
  auto calls_wait = [](const Function& f) {
    for (const Instr& in : f.code) {
      if (in.op == Op::kLib && in.imm == static_cast<int64_t>(lang::LibFunc::SyncCondWait)) return true;
    }
    return false;
  };
  bool used = false;
  for (const Function& f : init_fns) used = used || calls_wait(f);
  for (const Function& f : m_.funcs) used = used || calls_wait(f);
  for (const Function& f : wrappers_) used = used || calls_wait(f);
  if (!used) return;
  Function w;
  w.name = "sync.(*Cond).Wait";
  w.file = "sync/cond.go";  // Go's traceback names GOROOT/src/sync/cond.go
  w.pos = Pos{66, 1};
  // Frame: c at 0 (the parameter), t at 8, c.L at 16, the interface calls' block at 32.
  w.params_size = 8;
  w.results_offset = 8;
  w.results_size = 0;
  w.frame_size = 48;
  auto at = [&w](Instr in, int32_t line) {
    w.code.push_back(in);
    w.pos_of.push_back(Pos{line, 2});
  };
  using lang::LibFunc;
  at(Instr{Op::kLib, NumKind::kI64, 0, 0, 8, 0, static_cast<int64_t>(LibFunc::SyncNotifyListAdd)}, 68);
  at(Instr{Op::kLoad, NumKind::kI64, 0, 16, 0, 0, 16}, 69);
  at(Instr{Op::kCallIface, NumKind::kI64, 0, 32, 40, 16, method_name_id("Unlock")}, 69);
  at(Instr{Op::kLib, NumKind::kI64, 0, 0, 40, 0, static_cast<int64_t>(LibFunc::SyncNotifyListWait)}, 70);
  at(Instr{Op::kLoad, NumKind::kI64, 0, 16, 0, 0, 16}, 71);
  at(Instr{Op::kCallIface, NumKind::kI64, 0, 32, 40, 16, method_name_id("Lock")}, 71);
  at(Instr{Op::kRet}, 72);
  m_.cond_wait_fn = static_cast<int32_t>(pkg_.all_funcs.size() + wrappers_.size());
  wrappers_.push_back(std::move(w));
}

}  // namespace gosim::ir
