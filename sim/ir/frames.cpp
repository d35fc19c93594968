// Go: cmd/compile/internal/abi/abiutils.go (assignParamOrReturn, the register assignment of
// abi-internal.md), ssagen/ssa.go TypeOK (which variables can live in registers) and
// ssagen/pgen.go AllocFrame (which stay in the frame). What is exact and what is estimated is
// in frames.h.
#include "sim/ir/frames.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "sim/i18n/catalog.h"
#include "sim/lang/object.h"

namespace gosim::ir {
namespace {

using lang::Type;
using lang::TypeKind;

constexpr const char* kIntRegs[] = {"RAX", "RBX", "RCX", "RDI", "RSI", "R8", "R9", "R10", "R11"};
constexpr int kNumIntRegs = 9;    // NI on amd64
constexpr int kNumFloatRegs = 15; // NFP: X0-X14
constexpr int64_t kPtrSize = 8;

int64_t align_up(int64_t x, int64_t a) { return a <= 1 ? x : (x + a - 1) / a * a; }

// One register-assignment attempt (abi-internal.md, "Register-assignment of a value V").
struct RegAssigner {
  int i = 0, fp = 0;  // next integer and float register
  std::vector<std::string> regs, pieces;

  bool take_int(const std::string& piece) {
    if (i >= kNumIntRegs) return false;
    regs.emplace_back(kIntRegs[i++]);
    pieces.push_back(piece);
    return true;
  }
  bool take_float(const std::string& piece) {
    if (fp >= kNumFloatRegs) return false;
    regs.push_back(fmt::format("X{}", fp++));
    pieces.push_back(piece);
    return true;
  }
  bool assign(const Type* t, const std::string& name) {
    const Type* u = lang::under(t);
    switch (u->kind) {
      case TypeKind::Float32: case TypeKind::Float64: return take_float(name);
      // Go: ABI internal spec: "If T is a complex type, recursively register-assign its real
      // and imaginary parts."
      case TypeKind::Complex64: case TypeKind::Complex128: return take_float(name + ".real") && take_float(name + ".imag");
      case TypeKind::String: return take_int(name + ".ptr") && take_int(name + ".len");
      case TypeKind::Slice: return take_int(name + ".ptr") && take_int(name + ".len") && take_int(name + ".cap");
      case TypeKind::Interface:
        return take_int(name + (u->methods.empty() ? ".type" : ".itab")) && take_int(name + ".data");
      case TypeKind::Struct:
        for (const lang::StructField& f : u->fields) {
          if (!assign(f.type, name + "." + f.name)) return false;
        }
        return true;
      case TypeKind::Array:
        if (u->len == 0) return true;
        if (u->len == 1) return assign(u->elem, name + "[0]");
        return false;  // "If T is an array type of length > 1, fail."
      default:
        return take_int(name);  // booleans, integers, pointers, maps, channels, funcs
    }
  }
};

// The stack sequence S of the ABI: fields laid out with their alignment.
struct StackSeq {
  int64_t size = 0;
  int64_t add(int64_t sz, int64_t al) {
    size = align_up(size, al);
    const int64_t off = size;
    size += sz;
    return off;
  }
  void align_ptr() { size = align_up(size, kPtrSize); }
};

void assign_value(AbiValue& v, const Type* t, RegAssigner& ra, StackSeq& s) {
  v.size = lang::type_size(t);
  v.align = lang::type_align(t);
  if (v.size == 0) {  // "If T has zero size, add T to the stack sequence S and return."
    v.on_stack = true;
    v.offset = s.add(0, v.align);
    return;
  }
  RegAssigner saved = ra;
  ra.regs.clear();
  ra.pieces.clear();
  if (ra.assign(t, v.name)) {
    v.regs = ra.regs;
    v.pieces = ra.pieces;
    return;
  }
  ra = saved;  // reset I and FP; the whole value goes to the stack
  ra.regs.clear();
  ra.pieces.clear();
  v.on_stack = true;
  v.offset = s.add(v.size, v.align);
}

std::string value_name(const lang::Object* o, const char* unnamed, size_t i) {
  if (o == nullptr || o->name.empty() || o->name == "_") return fmt::format("{}{}", unnamed, i);
  return o->name;
}

// Go: ssagen TypeOK — can a variable of this type be an SSA value (live in registers)?
bool ssa_able(const Type* t, std::string* why) {
  const Type* u = lang::under(t);
  const int64_t size = lang::type_size(t);
  if (size > 4 * kPtrSize) {
    *why = fmt::format("{} bytes: over 4 words, not SSA-able", size);
    return false;
  }
  if (u->kind == TypeKind::Array) {
    if (u->len <= 1) return ssa_able(u->elem, why);
    *why = fmt::format("array of {} elements: not SSA-able (indexing needs memory)", u->len);
    return false;
  }
  if (u->kind == TypeKind::Struct) {
    if (u->fields.size() > 4) {
      *why = fmt::format("struct of {} fields: not SSA-able (more than 4)", u->fields.size());
      return false;
    }
    for (const lang::StructField& f : u->fields) {
      if (!ssa_able(f.type, why)) return false;
    }
  }
  return true;
}

// The IR's record of a variable (consumed in order, so shadowed names match their own slot).
const VarInfo* take_var(const Function* f, std::vector<bool>& used, const std::string& name) {
  if (f == nullptr) return nullptr;
  for (size_t i = 0; i < f->vars.size(); ++i) {
    if (!used[i] && f->vars[i].name == name) {
      used[i] = true;
      return &f->vars[i];
    }
  }
  return nullptr;
}

void place_vars(const lang::FuncInfo& fi, const Function* irf, FrameLayout& out) {
  std::vector<bool> used(irf ? irf->vars.size() : 0, false);
  auto add = [&](const lang::Object* o, const std::string& name, bool is_param, bool is_result) {
    FrameVar v;
    v.name = name;
    v.type = lang::type_string(o->type);
    v.size = lang::type_size(o->type);
    const VarInfo* info = take_var(irf, used, name);
    std::string why;
    if (info != nullptr && info->on_heap) {
      v.home = FrameVar::Home::kHeap;
      v.why = "moved to heap: the frame keeps its address";
    } else if (o->address_taken) {
      v.home = FrameVar::Home::kStack;
      v.why = "address taken, does not escape";
    } else if (!ssa_able(o->type, &why)) {
      v.home = FrameVar::Home::kStack;
      v.why = why;
    } else {
      v.why = is_result ? "returned in its registers; a value in registers until then"
              : is_param ? "arrives in its registers; spilled to its spill slot only if live across a call"
                         : "SSA value: registers, a spill slot only if live across a call";
    }
    // A stack-assigned parameter or result already has its home in the caller's argument area.
    if (is_param && v.home == FrameVar::Home::kStack) {
      v.why += "; lives in its slot of the argument area";
      v.home = FrameVar::Home::kArgSlot;  // not in this frame
    }
    out.vars.push_back(std::move(v));
  };
  if (fi.recv) add(fi.recv, value_name(fi.recv, "~p", 0), true, false);
  for (size_t i = 0; i < fi.params.size(); ++i) add(fi.params[i], value_name(fi.params[i], "~p", i), true, false);
  for (size_t i = 0; i < fi.results.size(); ++i) add(fi.results[i], value_name(fi.results[i], "~r", i), true, true);
  for (const lang::Object* o : fi.locals) {
    if (o->name == "_") continue;
    add(o, o->name, false, false);
  }
  // Go: AllocFrame sorts the frame's variables (pointer-holding first, then larger first) and
  // places them downwards from the frame pointer; gosim orders by size, then declaration.
  std::vector<FrameVar*> slots;
  for (FrameVar& v : out.vars) {
    if (v.home == FrameVar::Home::kStack || v.home == FrameVar::Home::kHeap) slots.push_back(&v);
  }
  std::stable_sort(slots.begin(), slots.end(), [](const FrameVar* a, const FrameVar* b) {
    const int64_t sa = a->home == FrameVar::Home::kHeap ? kPtrSize : a->size;
    const int64_t sb = b->home == FrameVar::Home::kHeap ? kPtrSize : b->size;
    return sa > sb;
  });
  int64_t off = 0;
  for (FrameVar* v : slots) {
    const int64_t sz = v->home == FrameVar::Home::kHeap ? kPtrSize : v->size;
    off = align_up(off + sz, kPtrSize);
    v->offset = off;  // the slot is [BP-off, BP-off+size)
  }
  out.vars_size = off;
}

}  // namespace

void abi_assign(const Type* sig, const lang::Object* recv, const std::vector<lang::Object*>& params,
                const std::vector<lang::Object*>& results, FrameLayout* out) {
  RegAssigner ra;
  StackSeq s;
  auto do_arg = [&](const lang::Object* o, const Type* t, const std::string& name) {
    AbiValue v;
    v.name = name;
    v.type = lang::type_string(t);
    assign_value(v, t, ra, s);
    out->args.push_back(std::move(v));
    (void)o;
  };
  if (recv) do_arg(recv, recv->type, value_name(recv, "~p", 0));
  const Type* ptuple = sig ? sig->params : nullptr;
  const size_t np = ptuple ? ptuple->elems.size() : 0;
  for (size_t i = 0; i < np; ++i) {
    const lang::Object* o = i < params.size() ? params[i] : nullptr;
    do_arg(o, ptuple->elems[i], value_name(o, "~p", i));
  }
  out->int_regs_args = ra.i;
  out->float_regs_args = ra.fp;
  s.align_ptr();
  out->stack_args_size = s.size;
  out->stack_results_offset = s.size;
  ra.i = 0;  // "Reset I and FP to 0."
  ra.fp = 0;
  const Type* rtuple = sig ? sig->results : nullptr;
  const size_t nr = rtuple ? rtuple->elems.size() : 0;
  for (size_t i = 0; i < nr; ++i) {
    const lang::Object* o = i < results.size() ? results[i] : nullptr;
    AbiValue v;
    v.name = value_name(o, "~r", i);
    v.type = lang::type_string(rtuple->elems[i]);
    assign_value(v, rtuple->elems[i], ra, s);
    out->results.push_back(std::move(v));
  }
  s.align_ptr();
  out->stack_results_size = s.size - out->stack_results_offset;
  out->spill_offset = s.size;
  for (AbiValue& v : out->args) {  // spill space for each register-assigned argument
    if (!v.on_stack) v.spill_offset = s.add(v.size, v.align);
  }
  s.align_ptr();
  out->spill_size = s.size - out->spill_offset;
  out->args_size = s.size;
}

std::vector<FrameLayout> compute_frames(const lang::Package& pkg, const Module* mod) {
  std::vector<FrameLayout> out;
  for (size_t i = 0; i < pkg.all_funcs.size(); ++i) {
    const lang::FuncInfo& fi = *pkg.all_funcs[i];
    const Function* irf = mod && i < mod->funcs.size() ? &mod->funcs[i] : nullptr;
    FrameLayout f;
    f.func = irf ? irf->name : (fi.pkg != nullptr ? fi.pkg->path : std::string("main")) + "." + fi.name;
    f.pos = irf ? irf->pos : fi.obj ? fi.obj->pos : Pos{};
    if (irf) f.gosim_frame_size = irf->frame_size;
    f.closure = fi.lit != nullptr;
    abi_assign(fi.sig, fi.recv, fi.params, fi.results, &f);
    place_vars(fi, irf, f);
    out.push_back(std::move(f));
  }
  // The argument areas of the library functions (fmt.Println, errors.New...), by LibFunc.
  std::map<int64_t, int64_t> lib_args;
  for (const lang::LibPackage* lp : pkg.all_libs()) {
    for (const auto& [name, o] : lp->members) {
      if (o == nullptr || o->kind != lang::ObjKind::Func || o->lib == lang::LibFunc::None || o->type == nullptr) continue;
      FrameLayout l;
      abi_assign(o->type, nullptr, {}, {}, &l);
      lib_args[static_cast<int64_t>(o->lib)] = l.args_size;
    }
  }
  // The outgoing argument area: the largest argument area among the direct calls each makes.
  if (mod != nullptr) {
    for (size_t i = 0; i < out.size() && i < mod->funcs.size(); ++i) {
      for (const Instr& in : mod->funcs[i].code) {
        const bool call = in.op == Op::kCall || in.op == Op::kCallClosure || in.op == Op::kCallIface ||
                          in.op == Op::kLib || in.op == Op::kDefer || in.op == Op::kGo;
        if (call) out[i].leaf = false;
        if (in.op == Op::kCall && in.imm >= 0 && static_cast<size_t>(in.imm) < out.size()) {
          out[i].outargs_size = std::max(out[i].outargs_size, out[static_cast<size_t>(in.imm)].args_size);
        }
        if (in.op == Op::kLib) {
          const auto it = lib_args.find(in.imm);
          if (it != lib_args.end()) out[i].outargs_size = std::max(out[i].outargs_size, it->second);
        }
      }
    }
  }
  for (FrameLayout& f : out) {
    const int64_t body = f.vars_size + f.outargs_size;
    // Go: obj6.go saves BP (the frame pointer) in every frame that has a frame at all.
    f.saves_bp = body > 0 || !f.leaf;
    f.locals_size = body + (f.saves_bp ? kPtrSize : 0);
    f.frame_size = f.locals_size + kPtrSize;
  }
  return out;
}

std::string abi_note(const FrameLayout& f, Lang lang) {
  using i18n::Msg;
  using i18n::tr;
  using fmt::arg;
  auto where = [&](const AbiValue& v) {
    if (v.on_stack) return tr(lang, Msg::kAbiOnStack, arg("name", v.name), arg("type", v.type));
    if (v.regs.empty()) return tr(lang, Msg::kAbiZeroSize, arg("name", v.name), arg("type", v.type));
    std::string regs;
    for (size_t k = 0; k < v.regs.size(); ++k) regs += (k ? "+" : "") + v.regs[k];
    return tr(lang, Msg::kAbiInRegs, arg("name", v.name), arg("type", v.type), arg("regs", regs));
  };
  auto list = [&](const std::vector<AbiValue>& vs) {
    std::string s;
    for (size_t i = 0; i < vs.size(); ++i) s += (i ? std::string(i18n::msg_template(lang, Msg::kAbiListSep)) : "") + where(vs[i]);
    return s;
  };
  std::string s = f.args.empty() ? tr(lang, Msg::kAbiNoArgs) : tr(lang, Msg::kAbiPasses, arg("list", list(f.args)));
  if (f.closure) s += tr(lang, Msg::kAbiClosure);
  if (!f.results.empty()) s += tr(lang, Msg::kAbiReturns, arg("list", list(f.results)));
  return s + tr(lang, Msg::kAbiSizes, arg("args", f.args_size), arg("frame", f.frame_size));
}

std::vector<std::string> abi_notes(const lang::Package& pkg, const Module& mod, Lang lang) {
  std::vector<std::string> out(mod.funcs.size());
  std::unordered_map<std::string, size_t> by_name;
  for (size_t i = 0; i < mod.funcs.size(); ++i) by_name.emplace(mod.funcs[i].name, i);
  for (const FrameLayout& f : compute_frames(pkg, &mod)) {
    if (auto it = by_name.find(f.func); it != by_name.end()) out[it->second] = abi_note(f, lang);
  }
  return out;
}

std::string format_frame(const FrameLayout& f) {
  std::string s = fmt::format("{} (line {})\n", f.func, f.pos.line);
  auto value_line = [](const AbiValue& v) {
    std::string where;
    if (v.on_stack) {
      where = fmt::format("stack FP+{}", v.offset);
    } else if (v.regs.empty()) {
      where = "nothing (zero size)";
    } else {
      for (size_t k = 0; k < v.regs.size(); ++k) {
        if (k) where += ", ";
        where += v.regs.size() == 1 ? v.regs[k] : fmt::format("{}={}", v.pieces[k], v.regs[k]);
      }
    }
    std::string line = fmt::format("    {:<10} {:<20} {:>5}B  {}", v.name, v.type, v.size, where);
    if (v.spill_offset >= 0) line += fmt::format("  (spill FP+{})", v.spill_offset);
    return line + "\n";
  };
  s += "  arguments:\n";
  if (f.closure) s += "    (closure)  context pointer        8B  RDX (the funcval: code pointer, then captured variables)\n";
  if (f.args.empty() && !f.closure) s += "    (none)\n";
  for (const AbiValue& v : f.args) s += value_line(v);
  s += "  results:\n";
  if (f.results.empty()) s += "    (none)\n";
  for (const AbiValue& v : f.results) s += value_line(v);
  s += fmt::format("  argument area (caller's frame, FP = caller's SP at the call): {} bytes = "
                   "stack args {} + stack results {} + spill {}\n",
                   f.args_size, f.stack_args_size, f.stack_results_size, f.spill_size);
  s += "  variables:\n";
  for (const FrameVar& v : f.vars) {
    const char* home = v.home == FrameVar::Home::kHeap    ? "heap"
                       : v.home == FrameVar::Home::kStack   ? "frame"
                       : v.home == FrameVar::Home::kArgSlot ? "args"
                                                            : "regs";
    std::string at = v.offset >= 0 ? fmt::format(" BP-{}", v.offset) : std::string();
    s += fmt::format("    {:<10} {:<20} {:>5}B  {:<5}{:<8} {}\n", v.name, v.type, v.size, home, at, v.why);
  }
  s += fmt::format("  frame (callee's, high to low): return address 8, {}variables {}, outgoing args {}{}\n",
                   f.saves_bp ? "saved BP 8, " : "", f.vars_size, f.outargs_size, f.leaf ? " (leaf)" : "");
  s += fmt::format("  frame size: {} bytes + return address = {} (estimate of locals={:#x})", f.locals_size,
                   f.frame_size, f.locals_size);
  if (f.gosim_frame_size >= 0) s += fmt::format("; gosim's interpreter frame: {} bytes", f.gosim_frame_size);
  return s + "\n";
}

}  // namespace gosim::ir
