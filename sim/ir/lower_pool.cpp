// sync.(*Pool).Get as a function of the program, with Go's body (sync/pool.go):
//
//	func (p *Pool) Get() any {
//		l, pid := p.pin()
//		x := l.private
//		l.private = nil
//		if x == nil {
//			x, _ = l.shared.popHead()
//			if x == nil {
//				x = p.getSlow(pid)
//			}
//		}
//		runtime_procUnpin()
//		if x == nil && p.New != nil {
//			x = p.New()
//		}
//		return x
//	}
//
// p.New is the program's function, so Get is IR the interpreter runs like any other, with a
// sync.(*Pool).Get frame where Go's traceback shows one. Everything up to runtime_procUnpin is
// one library call into the Pool model (sim/interp/lib_pool.cpp), as it touches only the caches.
#include "sim/ir/lower_impl.h"

namespace gosim::ir {

void Lowerer::lower_pool_get(const std::vector<Function>& init_fns) {
  auto calls_get = [](const Function& f) {
    for (const Instr& in : f.code) {
      if (in.op == Op::kLib && in.imm == static_cast<int64_t>(lang::LibFunc::SyncPoolGet)) return true;
    }
    return false;
  };
  bool used = false;
  for (const Function& f : init_fns) used = used || calls_get(f);
  for (const Function& f : m_.funcs) used = used || calls_get(f);
  for (const Function& f : wrappers_) used = used || calls_get(f);
  if (!used) return;
  Function w;
  w.name = "sync.(*Pool).Get";
  w.file = "sync/pool.go";
  w.pos = Pos{127, 1};
  // Frame: p at 0 (the parameter), x at 8 (the result), p.New at 24, &p.New at 32, a zero word
  // at 40, a comparison's bool at 48. kJmpIf tests one byte, so words are compared first.
  w.params_size = 8;
  w.results_offset = 8;
  w.results_size = 16;
  w.frame_size = 64;
  auto at = [&w](Instr in, int32_t line) {
    w.code.push_back(in);
    w.pos_of.push_back(Pos{line, 2});
  };
  const auto ne = static_cast<uint8_t>(BinOp::kNe);
  at(Instr{Op::kLib, NumKind::kI64, 0, 0, 8, 0, static_cast<int64_t>(lang::LibFunc::SyncPoolGetFast)}, 128);
  at(Instr{Op::kConst, NumKind::kI64, 0, 40, 0, 0, 0}, 150);
  at(Instr{Op::kBinary, NumKind::kI64, ne, 48, 8, 40, 0}, 150);     // x != nil (its type word)
  at(Instr{Op::kJmpIf, NumKind::kBool, 0, 48, 0, 0, 9}, 150);       // return x
  at(Instr{Op::kOffset, NumKind::kI64, 0, 32, 0, 0, 32}, 150);      // &p.New
  at(Instr{Op::kLoad, NumKind::kI64, 0, 24, 32, 0, 8}, 150);        // p.New
  at(Instr{Op::kBinary, NumKind::kI64, ne, 48, 24, 40, 0}, 150);    // p.New != nil
  at(Instr{Op::kJmpIfNot, NumKind::kBool, 0, 48, 0, 0, 9}, 150);    // return nil
  at(Instr{Op::kCallClosure, NumKind::kI64, 0, 56, 8, 24, 0}, 151);  // x = p.New()
  at(Instr{Op::kRet}, 153);
  m_.pool_get_fn = static_cast<int32_t>(pkg_.all_funcs.size() + wrappers_.size());
  wrappers_.push_back(std::move(w));
}

}  // namespace gosim::ir
