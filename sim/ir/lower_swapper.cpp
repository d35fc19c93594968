// Library functions as values, and the closures reflectlite.Swapper returns (part sortrand).
//
// A modelled library function used as a value (`var reflectSwapper = reflectlite.Swapper` in
// sort/slice_go113.go, `f := strings.ToUpper` is a source function and needs none of this) gets
// what Go gives every function used as a value: a static funcval in read-only data pointing at
// the function's code. Here the code is a wrapper named with Go's symbol
// ("internal/reflectlite.Swapper") whose body is the library call on its own parameter block,
// so a call through the func value shows a frame where Go's traceback shows one.
//
// Go: internal/reflectlite/swapper.go Swapper returns one of nine closures, by the slice's
// length and element type (func1: length 0, func2: length 1, func3: one pointer word, func4:
// string, func5-8: 8/4/2/1 pointer-free bytes, func9: any other type through a scratch object).
// Their bodies are one library call each (sim/interp/lib_reflectlite.cpp reflectlite_swapper),
// which reads the funcval to learn which closure runs and what it captured; Swapper allocates
// the funcval with Go's captures, so the heap sees Go's objects.
#include "sim/ir/lower_impl.h"

namespace gosim::ir {

int32_t Lowerer::lib_func_value(const lang::Object* fn, Pos pos) {
  const std::string name = (fn->pkg != nullptr ? fn->pkg->path + "." : std::string()) + fn->name;
  auto it = lib_values_.find(name);
  if (it == lib_values_.end()) {
    Function w;
    w.name = name;
    w.file = fn->pkg != nullptr ? fn->pkg->path : std::string();
    w.pos = fn->pos;
    const SigLayout l = layout(fn->type, nullptr);
    w.params_size = l.params_size;
    w.results_offset = l.results_offset;
    w.results_size = l.results_size;
    w.frame_size = std::max<int32_t>(8, (l.results_offset + l.results_size + 7) / 8 * 8);
    // The call site's block layout is the signature's, so the wrapper's own parameter block is
    // the library call's block and its result slots are the call's results.
    Pos at = fn->pos;
    if (fn->lib == lang::LibFunc::ReflectSwapper) {  // where Go's traceback places Swapper's panic
      w.file = "internal/reflectlite/swapper.go";
      w.pos = Pos{17, 1};
      at = Pos{20, 3};
    }
    w.code.push_back(Instr{Op::kLib, NumKind::kI64, 0, 0, l.results_offset, 0, static_cast<int64_t>(fn->lib)});
    w.pos_of.push_back(at);
    w.code.push_back(Instr{Op::kRet});
    w.pos_of.push_back(at);
    const auto idx = static_cast<int32_t>(pkg_.all_funcs.size() + wrappers_.size());
    wrappers_.push_back(std::move(w));
    std::string word(8, '\0');
    for (int b = 0; b < 8; ++b) word[static_cast<size_t>(b)] = static_cast<char>((static_cast<uint64_t>(idx) >> (8 * b)) & 0xff);
    it = lib_values_.emplace(name, rodata_bytes(word, 8)).first;
  }
  const int32_t dst = temp(8, 8);
  emit(Instr{Op::kConst, NumKind::kI64, 0, dst, 0, 0, static_cast<int64_t>(it->second)}, pos);
  return dst;
}

void Lowerer::lower_swapper(const std::vector<Function>& init_fns) {
  auto uses = [](const Function& f) {
    for (const Instr& in : f.code) {
      if (in.op == Op::kLib && in.imm == static_cast<int64_t>(lang::LibFunc::ReflectSwapper)) return true;
    }
    return false;
  };
  bool used = false;
  for (const Function& f : init_fns) used = used || uses(f);
  for (const Function& f : m_.funcs) used = used || uses(f);
  for (const Function& f : wrappers_) used = used || uses(f);
  if (!used) return;
  // Lines of the nine func literals in Go 1.19's swapper.go, and of the statement in each that
  // panics (Go's traceback line).
  const int32_t lines[9] = {25, 27, 42, 46, 52, 55, 58, 61, 68};
  const int32_t panic_lines[9] = {25, 29, 42, 46, 52, 55, 58, 61, 70};
  m_.swapper_fn = static_cast<int32_t>(pkg_.all_funcs.size() + wrappers_.size());
  for (int k = 0; k < 9; ++k) {
    Function w;
    w.name = "internal/reflectlite.Swapper.func" + std::to_string(k + 1);
    w.file = "internal/reflectlite/swapper.go";
    w.pos = Pos{lines[k], 10};
    w.has_context = true;
    // Frame: i at 0, j at 8 (the parameters); the library call's block {funcval, i, j} at 16.
    w.params_size = 16;
    w.results_offset = 16;
    w.results_size = 0;
    w.frame_size = 40;
    w.vars.push_back(VarInfo{"i", 0, type_id(pkg_.types.basic(lang::TypeKind::Int)), false});
    w.vars.push_back(VarInfo{"j", 8, type_id(pkg_.types.basic(lang::TypeKind::Int)), false});
    const Pos at{panic_lines[k], 3};
    w.code.push_back(Instr{Op::kCtx, NumKind::kPtr, 0, 16});
    w.code.push_back(Instr{Op::kMove, NumKind::kI64, 0, 24, 0, 0, 16});
    w.code.push_back(Instr{Op::kLib, NumKind::kI64, 0, 16, 0, 0, static_cast<int64_t>(lang::LibFunc::ReflectSwapperCall)});
    w.code.push_back(Instr{Op::kRet});
    w.pos_of.assign(4, at);
    wrappers_.push_back(std::move(w));
  }
  for (int k = 0; k < 2; ++k) {  // Go: walk/closure.go — a closure capturing nothing is static data
    std::string word(8, '\0');
    const auto fn = static_cast<uint64_t>(m_.swapper_fn + k);
    for (int b = 0; b < 8; ++b) word[static_cast<size_t>(b)] = static_cast<char>((fn >> (8 * b)) & 0xff);
    m_.swapper_static[k] = rodata_bytes(word, 8);
  }
  // panic("reflect: slice index out of range"): a constant string's interface data word is a
  // header in read-only data (Go: staticdata), so the panic allocates nothing.
  const std::string text = "reflect: slice index out of range";
  const uint64_t str = rodata_bytes(text, 1);
  std::string hdr(16, '\0');
  for (int b = 0; b < 8; ++b) hdr[static_cast<size_t>(b)] = static_cast<char>((str >> (8 * b)) & 0xff);
  for (int b = 0; b < 8; ++b) hdr[8 + static_cast<size_t>(b)] = static_cast<char>((text.size() >> (8 * b)) & 0xff);
  m_.swapper_panic = rodata_bytes(hdr, 8);
  m_.swapper_string_type = type_id(pkg_.types.basic(lang::TypeKind::String));
}

}  // namespace gosim::ir
