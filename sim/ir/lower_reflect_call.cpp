// reflect.Value.call's second half (part template).
//
// Go: reflect/value.go Value.call checks the arguments, lays them out in a frame (funcLayout),
// calls the function through assembly (reflectcall) and wraps each result in a Value. In gosim
// the Call library call does the first part and pushes two frames (sim/interp/lib_reflect_call.cpp):
// this function's, then the callee's above it, with the callee's results going to a block in
// this function's frame (or on the heap). When the callee returns, this function's body, one library call, makes the []Value of
// results, and its own return hands them to Call's caller. So the callee runs as any call does in
// the model, and a traceback through it shows reflect.Value.call, as Go's does.
#include "sim/ir/lower_impl.h"

namespace gosim::ir {

void Lowerer::lower_reflect_call(const std::vector<Function>& init_fns) {
  auto uses = [](const Function& f) {
    for (const Instr& in : f.code) {
      if (in.op == Op::kLib && (in.imm == static_cast<int64_t>(lang::LibFunc::RfValueCall) ||
                                in.imm == static_cast<int64_t>(lang::LibFunc::RfValueCallSlice))) {
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
  m_.reflect_call_fn = static_cast<int32_t>(pkg_.all_funcs.size() + wrappers_.size());
  Function w;
  w.name = "reflect.Value.call";
  w.file = "reflect/value.go";
  w.pos = Pos{388, 1};
  // Frame: the block's address when it is on the heap (the parameter) at 0, the []Value result
  // at 8, from 32 the call block when it fits (24 bytes and an argument area up to 256 bytes,
  // Go's call16 ... call256 frames): sim/interp/lib_reflect_call.cpp.
  w.params_size = 8;
  w.results_offset = 8;
  w.results_size = 24;
  w.frame_size = 32 + 24 + 256;
  const Pos at{584, 2};  // Go: call(frametype, fn, stackArgs, ...)
  w.code.push_back(Instr{Op::kLib, NumKind::kI64, 0, 0, 8, 0, static_cast<int64_t>(lang::LibFunc::RfCallFinish)});
  w.code.push_back(Instr{Op::kRet});
  w.pos_of.assign(2, at);
  wrappers_.push_back(std::move(w));
  // Go's traceback shows reflect.Value.Call (or CallSlice) below reflect.Value.call: frames whose
  // body only returns the []Value the frame above left in their result slot.
  const char* const names[2] = {"reflect.Value.Call", "reflect.Value.CallSlice"};
  const int32_t decl[2] = {365, 378}, line[2] = {368, 381};
  for (int k = 0; k < 2; ++k) {
    Function c;
    c.name = names[k];
    c.file = "reflect/value.go";
    c.pos = Pos{decl[k], 1};
    c.params_size = 0;
    c.results_offset = 0;
    c.results_size = 24;
    c.frame_size = 24;
    c.code.push_back(Instr{Op::kRet});
    c.pos_of.push_back(Pos{line[k], 2});
    wrappers_.push_back(std::move(c));
  }
  // The results' Values need the descriptor of []reflect.Value only as memory; the element
  // type's descriptor is reflect.Value's, which the program has (it calls Call).
}

}  // namespace gosim::ir
