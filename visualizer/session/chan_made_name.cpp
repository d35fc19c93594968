#include "visualizer/session/chan_made_name.h"

#include <algorithm>

namespace gosim::viz {

namespace {

using ir::Op;

// How many instructions after the makechan its result may take to reach a variable: the
// assignment of the same statement, through at most a temporary or two.
constexpr int32_t kLookahead = 8;

struct Slot {
  const ir::VarInfo* var = nullptr;
  std::string path;  // "s.ch": the variable, then the fields down to the offset
};

const ir::TypeDesc* type_at(const ir::Module& mod, int32_t id) {
  return id >= 0 && static_cast<size_t>(id) < mod.types.size() ? &mod.types[static_cast<size_t>(id)] : nullptr;
}

// ".f.g" for the field at byte `off` of a value of type `type` ("" at offset 0 of a non-struct).
bool field_path(const ir::Module& mod, int32_t type, int64_t off, std::string& out) {
  const ir::TypeDesc* t = type_at(mod, type);
  if (!t) return false;
  if (off == 0 && t->kind != ir::TypeKind::kStruct) return true;
  if (t->kind != ir::TypeKind::kStruct) return false;
  for (const ir::FieldDesc& f : t->fields) {
    const ir::TypeDesc* ft = type_at(mod, f.type);
    if (!ft || off < f.offset || off >= f.offset + std::max<int64_t>(ft->size, 1)) continue;
    out += "." + f.name;
    if (off == f.offset && ft->kind != ir::TypeKind::kStruct) return true;
    return field_path(mod, f.type, off - f.offset, out);
  }
  return false;
}

// The variable (and field) whose frame bytes hold offset `off`, or none (a temporary).
Slot slot_at(const ir::Module& mod, const ir::Function& fn, int32_t off) {
  for (const ir::VarInfo& v : fn.vars) {
    const ir::TypeDesc* t = type_at(mod, v.type);
    const int64_t size = v.on_heap ? 8 : (t ? std::max<int64_t>(t->size, 1) : 8);
    if (off < v.offset || off >= v.offset + size) continue;
    Slot s{&v, v.name};
    if (!v.on_heap && !field_path(mod, v.type, off - v.offset, s.path)) return {};
    return s;
  }
  return {};
}

// The instruction before `at` (in the same statement) that wrote slot `slot`, or -1.
int32_t writer_of(const ir::Function& fn, int32_t from, int32_t at, int32_t slot) {
  for (int32_t i = at - 1; i >= from; --i) {
    if (fn.code[static_cast<size_t>(i)].a == slot) return i;
  }
  return -1;
}

// Where a store's pointer slot `p` points, as a learner names it: a moved-to-heap variable
// (its slot holds the pointer), a field of what a pointer variable points to ("s.ch"), a field
// of a local's address.
std::string pointee_name(const ir::Module& mod, const ir::Function& fn, int32_t from, int32_t at, int32_t p) {
  if (const Slot s = slot_at(mod, fn, p); s.var && s.var->on_heap && s.var->offset == p) return s.var->name;
  const int32_t w = writer_of(fn, from, at, p);
  if (w < 0) return "";
  const ir::Instr& in = fn.code[static_cast<size_t>(w)];
  if (in.op == Op::kOffset) {
    // [p] = [base] + imm: base is a pointer variable (s *S) or a pointer computed the same way.
    const Slot base = slot_at(mod, fn, in.b);
    if (base.var && !base.var->on_heap && base.var->offset == in.b) {
      const ir::TypeDesc* pt = type_at(mod, base.var->type);
      std::string path = base.var->name;
      if (pt && pt->kind == ir::TypeKind::kPointer && field_path(mod, pt->elem, in.imm, path)) return path;
      return "";
    }
    const std::string inner = pointee_name(mod, fn, from, w, in.b);
    return inner;  // a nested field: the outer name is the best a learner gets from here
  }
  if (in.op == Op::kAddr) {
    const Slot s = slot_at(mod, fn, in.b);
    return s.var ? s.path : "";
  }
  if (in.op == Op::kMove) return pointee_name(mod, fn, from, w, in.b);
  return "";
}

}  // namespace

MadeName chan_made_name(const ir::Module& mod, int32_t fn_id, int32_t pc) {
  MadeName out;
  if (fn_id < 0 || static_cast<size_t>(fn_id) >= mod.funcs.size() || pc < 0) return out;
  const ir::Function& fn = mod.funcs[static_cast<size_t>(fn_id)];
  const auto n = static_cast<int32_t>(fn.code.size());
  // pc is the next instruction; the makechan is just before it (or at it, had pc not moved on).
  int32_t k = -1;
  for (int32_t i = std::min(pc, n - 1); i >= 0 && i >= pc - 2; --i) {
    if (fn.code[static_cast<size_t>(i)].op == Op::kMakeChan) {
      k = i;
      break;
    }
  }
  if (k < 0) return out;
  out.func = fn.name;
  out.elem_type = fn.code[static_cast<size_t>(k)].c;
  int32_t val = fn.code[static_cast<size_t>(k)].a;  // the slot holding the new channel
  const int32_t line = static_cast<size_t>(k) < fn.pos_of.size() ? fn.pos_of[static_cast<size_t>(k)].line : 0;
  for (int32_t i = k + 1; i < n && i <= k + kLookahead; ++i) {
    if (static_cast<size_t>(i) < fn.pos_of.size() && fn.pos_of[static_cast<size_t>(i)].line != line) break;
    const ir::Instr& in = fn.code[static_cast<size_t>(i)];
    if (in.op == Op::kMove && in.b == val) {
      const Slot s = slot_at(mod, fn, in.a);
      if (s.var && !s.var->on_heap) {
        out.name = s.path;
        return out;
      }
      if (!s.var) val = in.a;  // into a temporary: follow it
    } else if (in.op == Op::kStore && in.b == val) {
      out.name = pointee_name(mod, fn, k + 1, i, in.a);
      return out;
    } else if (in.a == val) {
      return out;  // the slot is overwritten: the value went elsewhere (an argument, a return)
    }
  }
  return out;
}

}  // namespace gosim::viz
