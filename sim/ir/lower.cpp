// Lowering: package, types, functions and statements. (Expressions: lower_expr.cpp; assignments
// and return: lower_assign.cpp.)
//
// Where variables live follows the escape analysis (lower_escape.cpp): a variable "moved to
// heap" is a heap cell whose address the frame holds, every other one a frame slot. Package
// variables live in one data block at kDataBase.
#include "sim/ir/lower.h"

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "sim/ir/lower_impl.h"

namespace gosim::ir {

using namespace gosim::lang;


LowerResult lower_package(const Package& pkg, const escape::Result& esc) { return Lowerer(pkg, esc).run(); }

LowerResult lower_package(const Package& pkg) {
  const escape::Result esc = escape::analyze(pkg);
  return lower_package(pkg, esc);
}

NumKind Lowerer::num_kind(const lang::Type* t) {
  const lang::Type* u = under(t);
  switch (u->kind) {
    case lang::TypeKind::Bool: case lang::TypeKind::UntypedBool: return NumKind::kBool;
    case lang::TypeKind::Int8: return NumKind::kI8;
    case lang::TypeKind::Int16: return NumKind::kI16;
    case lang::TypeKind::Int32: case lang::TypeKind::UntypedRune: return NumKind::kI32;
    case lang::TypeKind::Int: case lang::TypeKind::Int64: case lang::TypeKind::UntypedInt: return NumKind::kI64;
    case lang::TypeKind::Uint8: return NumKind::kU8;
    case lang::TypeKind::Uint16: return NumKind::kU16;
    case lang::TypeKind::Uint32: return NumKind::kU32;
    case lang::TypeKind::Uint: case lang::TypeKind::Uint64: case lang::TypeKind::Uintptr: return NumKind::kU64;
    case lang::TypeKind::Float64: case lang::TypeKind::UntypedFloat: return NumKind::kF64;
    case lang::TypeKind::Float32: return NumKind::kF32;
    case lang::TypeKind::Complex64: return NumKind::kC64;
    case lang::TypeKind::Complex128: case lang::TypeKind::UntypedComplex: return NumKind::kC128;
    case lang::TypeKind::String: case lang::TypeKind::UntypedString: return NumKind::kStr;
    case lang::TypeKind::Interface: return NumKind::kIface;
    default: return NumKind::kPtr;
  }
}

// Go: strconv.Quote for a struct tag in a type's name: \" \\ and the C escapes, other control
// bytes and invalid UTF-8 as \xNN, printable UTF-8 kept (non-printable runes above ASCII, rare
// in a tag, are kept too where Go writes \u).
static std::string go_quote(const std::string& s) {
  static const char* const kHex = "0123456789abcdef";
  std::string out = "\"";
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\a': out += "\\a"; continue;
      case '\b': out += "\\b"; continue;
      case '\f': out += "\\f"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      case '\v': out += "\\v"; continue;
      default: break;
    }
    if (c < 0x20 || c == 0x7f) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
      continue;
    }
    if (c < 0x80) {
      out += static_cast<char>(c);
      continue;
    }
    // A multi-byte rune: kept when well formed, else this byte as \xNN.
    const size_t n = c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
    bool ok = n > 0 && i + n <= s.size();
    for (size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xc0) == 0x80;
    if (!ok) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
      continue;
    }
    out += s.substr(i, n);
    i += n - 1;
  }
  return out + "\"";
}

// Go's runtime spelling of a type (reflect.Type.String, what %T prints): package-qualified
// names ("main.T", "sync.Mutex"), "interface {}", "struct { A int; B string }".
std::string rt_type_name(const lang::Type* t) {
  if (!t) return "<nil>";
  if (t->kind == lang::TypeKind::Named) {
    const Object* o = t->obj;
    const std::string pkg = o && o->pkg ? o->pkg->name : std::string();
    std::string name = pkg.empty() ? (o ? o->name : "?") : pkg + "." + o->name;
    if (!t->targs.empty()) {
      // Go's linker names an instance with its type arguments, comma-separated without
      // spaces: "main.Pair[string,int]", "main.Box[main.Pair[string,int]]".
      name += "[";
      for (size_t i = 0; i < t->targs.size(); ++i) name += (i ? "," : "") + rt_type_name(t->targs[i]);
      name += "]";
    }
    return name;
  }
  if (t->alias && std::string(t->alias) == "any") return "interface {}";
  switch (t->kind) {
    case lang::TypeKind::Pointer: return "*" + rt_type_name(t->elem);
    case lang::TypeKind::Slice: return "[]" + rt_type_name(t->elem);
    case lang::TypeKind::Array: return "[" + std::to_string(t->len) + "]" + rt_type_name(t->elem);
    case lang::TypeKind::Map: return "map[" + rt_type_name(t->key) + "]" + rt_type_name(t->elem);
    case lang::TypeKind::Chan:
      return std::string(t->dir == ChanDir::Recv ? "<-chan " : t->dir == ChanDir::Send ? "chan<- " : "chan ") +
             rt_type_name(t->elem);
    case lang::TypeKind::Struct: {
      if (t->fields.empty()) return "struct {}";
      std::string out = "struct { ";
      for (size_t i = 0; i < t->fields.size(); ++i) {
        if (i) out += "; ";
        // Go: an embedded field is its type alone; a tag follows as a quoted string
        // (strconv.Quote: struct { X int "k:\"v\""; main.N }).
        out += t->fields[i].embedded ? rt_type_name(t->fields[i].type)
                                     : t->fields[i].name + " " + rt_type_name(t->fields[i].type);
        if (!t->fields[i].tag.empty()) out += " " + go_quote(t->fields[i].tag);
      }
      return out + " }";
    }
    case lang::TypeKind::Interface: {
      if (t->methods.empty()) return "interface {}";
      std::string out = "interface { ";
      for (size_t i = 0; i < t->methods.size(); ++i) {
        if (i) out += "; ";
        out += t->methods[i]->name + func_string(t->methods[i]).substr(t->methods[i]->name.size());
      }
      return out + " }";
    }
    case lang::TypeKind::Func: {
      std::string out = "func(";
      for (size_t i = 0; i < t->params->elems.size(); ++i) {
        if (i) out += ", ";
        if (t->variadic && i + 1 == t->params->elems.size()) {
          out += "..." + rt_type_name(t->params->elems[i]->elem);
        } else {
          out += rt_type_name(t->params->elems[i]);
        }
      }
      out += ")";
      const auto& rs = t->results->elems;
      if (rs.size() == 1) out += " " + rt_type_name(rs[0]);
      if (rs.size() > 1) {
        out += " (";
        for (size_t i = 0; i < rs.size(); ++i) out += (i ? ", " : "") + rt_type_name(rs[i]);
        out += ")";
      }
      return out;
    }
    default:
      // Basic types; byte and rune are aliases, which the runtime spells uint8 and int32.
      if (t->alias && std::string(t->alias) == "byte") return "uint8";
      if (t->alias && std::string(t->alias) == "rune") return "int32";
      return type_string(t);
  }
}

int32_t Lowerer::type_id(const lang::Type* t) {
  const lang::Type* key = t->canon ? t->canon : t;
  if (is_named(t)) key = t;  // named types are their own identity
  auto it = types_.find(key);
  if (it != types_.end()) return it->second;
  const auto id = static_cast<int32_t>(m_.types.size());
  types_[key] = id;
  m_.types.emplace_back();
  TypeDesc d;
  d.size = size_of(t);
  d.align = align_of(t);
  d.name = rt_type_name(t);
  d.named = t->kind == lang::TypeKind::Named;
  const lang::Type* u = under(t);
  // A recursive type (type T struct{ next *T }) reaches this placeholder again through its
  // pointer: say already that pointer-like kinds hold pointers, or T would be allocated noscan
  // and the GC would never scan it.
  switch (u->kind) {
    case lang::TypeKind::Pointer: case lang::TypeKind::Slice: case lang::TypeKind::Map: case lang::TypeKind::Chan:
    case lang::TypeKind::Func: case lang::TypeKind::Interface: case lang::TypeKind::String:
      m_.types.back().has_pointers = true;
      break;
    default: break;
  }
  switch (u->kind) {
    case lang::TypeKind::Bool: d.kind = TypeKind::kBool; break;
    case lang::TypeKind::Int: d.kind = TypeKind::kInt; break;
    case lang::TypeKind::Int8: d.kind = TypeKind::kInt8; break;
    case lang::TypeKind::Int16: d.kind = TypeKind::kInt16; break;
    case lang::TypeKind::Int32: d.kind = TypeKind::kInt32; break;
    case lang::TypeKind::Int64: d.kind = TypeKind::kInt64; break;
    case lang::TypeKind::Uint: d.kind = TypeKind::kUint; break;
    case lang::TypeKind::Uint8: d.kind = TypeKind::kUint8; break;
    case lang::TypeKind::Uint16: d.kind = TypeKind::kUint16; break;
    case lang::TypeKind::Uint32: d.kind = TypeKind::kUint32; break;
    case lang::TypeKind::Uint64: d.kind = TypeKind::kUint64; break;
    case lang::TypeKind::Uintptr: d.kind = TypeKind::kUintptr; break;
    case lang::TypeKind::Float64: d.kind = TypeKind::kFloat64; break;
    case lang::TypeKind::Float32: d.kind = TypeKind::kFloat32; break;
    case lang::TypeKind::Complex64: d.kind = TypeKind::kComplex64; break;
    case lang::TypeKind::Complex128: d.kind = TypeKind::kComplex128; break;
    case lang::TypeKind::String: d.kind = TypeKind::kString; break;
    case lang::TypeKind::Pointer: d.kind = TypeKind::kPointer; d.elem = type_id(u->elem); break;
    case lang::TypeKind::Slice: d.kind = TypeKind::kSlice; d.elem = type_id(u->elem); break;
    case lang::TypeKind::Array: d.kind = TypeKind::kArray; d.elem = type_id(u->elem); d.len = u->len; break;
    case lang::TypeKind::Map: d.kind = TypeKind::kMap; d.key = type_id(u->key); d.elem = type_id(u->elem); break;
    case lang::TypeKind::Chan: d.kind = TypeKind::kChan; d.elem = type_id(u->elem); break;
    case lang::TypeKind::Func: d.kind = TypeKind::kFunc; break;
    case lang::TypeKind::Interface:
      d.kind = TypeKind::kInterface;
      for (const Object* m : u->methods) d.imethods.emplace_back(m->name, rt_type_name(m->type));
      std::sort(d.imethods.begin(), d.imethods.end());
      break;
    case lang::TypeKind::Struct: {
      d.kind = TypeKind::kStruct;
      const std::vector<int64_t> offs = field_offsets(u);
      for (size_t i = 0; i < u->fields.size(); ++i) {
        d.fields.push_back(FieldDesc{u->fields[i].name, type_id(u->fields[i].type), offs[i], u->fields[i].tag,
                                      u->fields[i].embedded});
      }
      break;
    }
    default: d.kind = TypeKind::kUnsafePointer; break;
  }
  switch (d.kind) {
    case TypeKind::kPointer: case TypeKind::kSlice: case TypeKind::kString: case TypeKind::kMap:
    case TypeKind::kChan: case TypeKind::kFunc: case TypeKind::kInterface: case TypeKind::kUnsafePointer:
      d.has_pointers = true;
      break;
    case TypeKind::kArray: d.has_pointers = d.len > 0 && m_.types[static_cast<size_t>(d.elem)].has_pointers; break;
    case TypeKind::kStruct:
      for (const FieldDesc& f : d.fields) d.has_pointers = d.has_pointers || m_.types[static_cast<size_t>(f.type)].has_pointers;
      break;
    default: break;
  }
  // Method sets for String/Error and later interface calls: T has T's value methods; *T has all.
  const lang::Type* named = t->kind == lang::TypeKind::Named ? t
                            : (t->kind == lang::TypeKind::Pointer && t->elem->kind == lang::TypeKind::Named) ? t->elem
                                                                                                              : nullptr;
  if (named) {
    const bool is_ptr = named != t;
    for (const Object* m : named->methods) {
      if (m->ptr_recv && !is_ptr) continue;
      if (!m->func) {
        if (m->lib != LibFunc::None) {
          d.methods.push_back(TypeDesc::Method{m->name, -1, m->ptr_recv, rt_type_name(m->type), static_cast<int32_t>(m->lib)});
          method_sigs_.push_back({id, static_cast<int32_t>(d.methods.size() - 1), m->type});
        }
        continue;
      }
      d.methods.push_back(TypeDesc::Method{m->name, -1, m->ptr_recv, rt_type_name(m->type)});
      method_sigs_.push_back({id, static_cast<int32_t>(d.methods.size() - 1), m->type});
      pending_methods_.push_back({id, static_cast<int32_t>(d.methods.size() - 1), m->func});
    }
  }
  add_promoted_methods(t, id, &d);
  m_.types[static_cast<size_t>(id)] = std::move(d);
  return id;
}

int32_t Lowerer::emit(Instr in, Pos pos) {
  f_->code.push_back(in);
  f_->pos_of.push_back(pos);
  return static_cast<int32_t>(f_->code.size() - 1);
}

int32_t Lowerer::temp(int64_t size, int64_t align) {
  if (align < 1) align = 1;
  frame_top_ = (frame_top_ + align - 1) / align * align;
  // Offsets are 32-bit in instructions; a frame that far out is refused at the function's end
  // (check_frame_size), so the instructions past it are never run.
  const auto off = static_cast<int32_t>(std::min<int64_t>(frame_top_, kMaxStackSize));
  const int64_t n = std::max<int64_t>(size, 1);
  frame_top_ = n > kMaxFrameTop - frame_top_ ? kMaxFrameTop : frame_top_ + n;
  return off;
}

// Go: cmd/compile/internal/ssagen/pgen.go Compile — a function whose locals or arguments reach
// maxStackSize (1 GB) does not compile: "stack frame too large (>1GB)", at the function. Large
// local variables never get here: escape analysis moved them to the heap, as Go's does.
void Lowerer::check_frame_size() {
  const int64_t args = sig_.args_size;
  const int64_t locals = frame_top_ - (sig_.results_offset + sig_.results_size);
  if (locals < kMaxStackSize && args < kMaxStackSize) return;
  // One report: a caller's frame is large because of the same arguments (go build names only
  // the callee there).
  if (frame_too_large_) return;
  frame_too_large_ = true;
  if (args >= kMaxStackSize) {
    errors_.push_back(Diagnostic{f_->file.empty() ? pkg_.filename : f_->file, f_->pos, "",
                                 fmt::format("stack frame too large (>1GB): {} MB locals + {} MB args", locals >> 20,
                                             args >> 20)});
    return;
  }
  // Large locals: Go moved the variables to the heap and builds large values in place, where
  // gosim still copies them through frame temporaries. Refused as gosim's own limit, not Go's.
  unsupported(f_->pos, fmt::format("a {} MB frame for {} (gosim copies large values through temporaries in the "
                                   "frame; Go builds them in place)",
                                   locals >> 20, f_->name));
}

void Lowerer::unsupported(Pos pos, const std::string& what) {
  errors_.push_back(Diagnostic{f_ != nullptr && !f_->file.empty() ? f_->file : pkg_.filename, pos, "",
                               "unsupported: " + what + " (the gosim interpreter does not run it yet)"});
}

uint64_t Lowerer::rodata_bytes(const std::string& bytes, int64_t align) {
  auto it = strings_.find(bytes);
  if (it != strings_.end() && it->second % static_cast<uint64_t>(align) == 0) return it->second;
  while (m_.rodata.size() % static_cast<size_t>(align) != 0) m_.rodata.push_back('\0');
  const uint64_t addr = kRodataBase + m_.rodata.size();
  m_.rodata += bytes;
  strings_[bytes] = addr;
  return addr;
}

Lowerer::SigLayout Lowerer::layout(const lang::Type* sig, const lang::Type* recv_type) {
  SigLayout l;
  int64_t off = 0;
  // Sizes saturate (lang::type_size); past maxStackSize the function is refused
  // (check_frame_size) and the clamped offsets only keep the arithmetic defined.
  auto place_one = [&](const lang::Type* t) {
    const int64_t a = std::max<int64_t>(align_of(t), 1);
    off = (off + a - 1) / a * a;
    const int32_t at = clamp_frame(off);
    const int64_t n = size_of(t);
    off = n > kMaxFrameTop - off ? kMaxFrameTop : off + n;
    return at;
  };
  if (recv_type) {
    // The receiver's slot is a whole number of words: an interface call lays the block out with
    // a one-word receiver, and the runtime widens it for a value receiver by shifting the rest.
    l.param_off.push_back(place_one(recv_type));
    off = (off + 7) / 8 * 8;
  }
  for (const lang::Type* t : sig->params->elems) l.param_off.push_back(place_one(t));
  l.params_size = clamp_frame(off);
  off = (off + 7) / 8 * 8;
  l.results_offset = clamp_frame(off);
  for (const lang::Type* t : sig->results->elems) l.result_off.push_back(place_one(t));
  l.results_size = clamp_frame(off) - l.results_offset;
  l.args_size = off;
  return l;
}

void Lowerer::declare_local(const Object* obj, Pos pos) {
  VarLoc loc;
  const int64_t size = size_of(obj->type);
  if (on_heap(obj)) {
    loc.off = temp(8, 8);
    loc.indirect = true;
    emit(Instr{Op::kNew, NumKind::kPtr, 0, loc.off, 0, type_id(obj->type), size}, pos);
  } else {
    loc.off = temp(size, align_of(obj->type));
    emit(Instr{Op::kZero, NumKind::kI64, 0, loc.off, 0, 0, size}, pos);
  }
  vars_[obj] = loc;
  f_->vars.push_back(VarInfo{obj->name, loc.off, type_id(obj->type), loc.indirect});
}

LowerResult Lowerer::run() {
  // Go's runtime always has staticuint64s (the values 0-255, one per word): interface
  // conversions of small values and one-byte strings point into it. First in rodata.
  need_staticuint64s();
  // Every function gets its index first, so calls can name functions not yet lowered.
  for (const FuncInfo* fi : pkg_.all_funcs) {
    funcs_[fi] = static_cast<int32_t>(m_.funcs.size());
    Function f;
    // Go's symbol names: the import path, then the function ("unicode/utf8.RuneLen",
    // "example.com/m/util.(*T).M"); the main package's are "main.f".
    f.name = (fi->pkg != nullptr ? fi->pkg->path : std::string("main")) + "." + fi->name;
    f.file = fi->file != nullptr ? *fi->file : pkg_.filename;
    f.pos = fi->decl ? fi->decl->pos : (fi->lit ? fi->lit->pos : Pos{});
    m_.funcs.push_back(std::move(f));
  }
  // Package-level variables live in one data block (Go: the binary's .data/.bss).
  int64_t data = 0;
  for (const Object* g : pkg_.globals) {
    const int64_t a = std::max<int64_t>(align_of(g->type), 1);
    data = (data + a - 1) / a * a;
    globals_[g] = data;
    data += size_of(g->type);
  }
  m_.globals_size = data;
  m_.globals_addr = kDataBase;
  for (const FuncInfo* fi : pkg_.all_funcs) {
    f_ = &m_.funcs[static_cast<size_t>(funcs_[fi])];
    fi_ = fi;
    vars_.clear();
    loops_.clear();
    const lang::Type* recv_t = fi->recv ? fi->recv->type : nullptr;
    sig_ = layout(fi->sig, recv_t);
    f_->params_size = sig_.params_size;
    f_->results_offset = sig_.results_offset;
    f_->results_size = sig_.results_size;
    f_->has_context = fi->lit != nullptr;
    frame_top_ = sig_.results_offset + sig_.results_size;
    // Parameters and results have fixed slots; captured ones move to the heap at entry.
    std::vector<const Object*> params;
    if (fi->recv) params.push_back(fi->recv);
    for (const Object* p : fi->params) params.push_back(p);
    const Pos entry = f_->pos;
    for (size_t i = 0; i < params.size(); ++i) {
      const Object* p = params[i];
      VarLoc loc{sig_.param_off[i], false, -1};
      if (on_heap(p)) {
        const int32_t ptr = temp(8, 8);
        emit(Instr{Op::kNew, NumKind::kPtr, 0, ptr, 0, type_id(p->type), size_of(p->type)}, entry);
        emit(Instr{Op::kStore, NumKind::kI64, 0, ptr, loc.off, 0, size_of(p->type)}, entry);
        loc = VarLoc{ptr, true, -1};
      }
      vars_[p] = loc;
      f_->vars.push_back(VarInfo{p->name, loc.off, type_id(p->type), loc.indirect});
    }
    for (size_t i = 0; i < fi->results.size(); ++i) {
      const Object* r = fi->results[i];
      vars_[r] = VarLoc{sig_.results_offset + sig_.result_off[i] - sig_.results_offset, false, -1};
      if (on_heap(r)) {
        // Go: "moved to heap: r" — the result slot is filled from the heap cell on return,
        // after the deferred calls (which may have changed it) ran.
        const int32_t ptr = temp(8, 8);
        emit(Instr{Op::kNew, NumKind::kPtr, 0, ptr, 0, type_id(r->type), size_of(r->type)}, entry);
        vars_[r] = VarLoc{ptr, true, -1};
        f_->heap_results.push_back(Function::HeapResult{ptr, sig_.result_off[i], size_of(r->type)});
      }
      // Go names unnamed results ~r0, ~r1, ...
      const std::string rname = r->name.empty() || r->name == "_" ? "~r" + std::to_string(i) : r->name;
      f_->vars.push_back(VarInfo{rname, vars_[r].off, type_id(r->type), vars_[r].indirect});
    }
    // Captured variables: in the funcval after its code word, each an address or (captured by
    // value) the value itself, in the layout func_lit builds.
    int32_t ctx_off = 8;
    for (const Object* v : fi->captures) {
      VarLoc loc{0, true, ctx_off, capture_by_value(fi, v)};
      vars_[v] = loc;
      ctx_off += loc.ctx_byval ? static_cast<int32_t>((size_of(v->type) + 7) / 8 * 8) : 8;
    }
    const BlockStmt* body = fi->decl ? fi->decl->body : fi->lit->body;
    if (body) lower_block(body->list);
    if (!body && fi->intrinsic != LibFunc::None) {
      // An assembly function of the standard library: its frame runs the intrinsic on its own
      // parameter block (sim/lang/intrinsics.h).
      emit(Instr{Op::kLib, NumKind::kI64, 0, 0, sig_.results_offset, 0, static_cast<int64_t>(fi->intrinsic)}, entry);
    }
    emit(Instr{Op::kRet}, body ? body->rbrace : entry);
    check_frame_size();
    f_->frame_size = clamp_frame((frame_top_ + 7) / 8 * 8);
    if (pkg_.main_func == fi) m_.main_func = funcs_[fi];
  }
  // Each package's init (main.init last) may need wrappers of its own, so they are lowered
  // before the wrappers are placed.
  std::vector<Function> init_fns(pkg_.units.size());
  m_.data.assign(static_cast<size_t>(m_.globals_size), '\0');
  for (size_t i = 0; i < pkg_.units.size(); ++i) {
    if (!pkg_.units[i].init_order.empty()) lower_package_init(pkg_.units[i], init_fns[i]);
  }
  // The data block now ends after the static temporaries with pointers (the GC scans it whole).
  m_.data.resize((m_.data.size() + 7) / 8 * 8, '\0');
  m_.globals_size = static_cast<int64_t>(m_.data.size());
  if (kDataBase + m_.data.size() > kZeroBase) {
    errors_.push_back(Diagnostic{pkg_.filename, Pos{}, "",
                                 fmt::format("unsupported: {} bytes of package-level data (gosim's data block holds at most {} bytes)",
                                             m_.data.size(), kZeroBase - kDataBase)});
  }
  lower_promoted_wrappers();
  lower_lib_bodies(init_fns);
  lower_swapper(init_fns);  // part sortrand
  lower_reflect_call(init_fns);   // part template: before the descriptors, which it may add to
  lower_reflect_chan(init_fns);   // part lang19
  lower_reflect_types(init_fns);  // part reflect: lower_reflect.cpp
  for (Function& w : wrappers_) m_.funcs.push_back(std::move(w));
  lower_runtime_main(std::move(init_fns));
  // The package-level variables by name, for the visualizer's heap graph (its roots). Their types
  // are looked up last, so a type only a global uses takes an id after every other one.
  for (const Object* g : pkg_.globals) {
    if (g->pkg != nullptr && g->pkg->path == "io" && g->name == "EOF") m_.io_eof_global = globals_.at(g);
    if (g->pkg != nullptr && g->pkg->path == "internal/oserror") {  // part vfs2
      const char* const names[] = {"ErrInvalid", "ErrPermission", "ErrExist", "ErrNotExist", "ErrClosed"};
      for (int i = 0; i < 5; ++i) {
        if (g->name == names[i]) m_.oserror_globals[i] = globals_.at(g);
      }
    }
  }
  for (const Object* g : pkg_.globals) m_.globals.push_back(VarInfo{g->name, static_cast<int32_t>(globals_.at(g)), type_id(g->type), false});
  for (const auto& pm : pending_methods_) {
    m_.types[static_cast<size_t>(pm.type)].methods[static_cast<size_t>(pm.index)].fn = funcs_[pm.func];
  }
  // Package os's init starts the finalizer goroutine; fmt and net import os.
  m_.initialises_os = false;
  for (const Unit& u : pkg_.units) {
    for (const Object* imp : u.imports) {
      const std::string& path = imp->imported ? imp->imported->ref.path : std::string();
      if (path == "os" || path == "fmt" || path == "net") m_.initialises_os = true;
      if (!path.empty()) m_.imported_packages.push_back(path);
    }
    if (u.ref != nullptr) m_.source_packages.push_back(u.ref->path);
  }
  m_.trace_dir = pkg_.module_dir;
  m_.trace_module = pkg_.module_path;
  return LowerResult{std::move(m_), std::move(errors_)};
}

// Go: cmd/compile/internal/pkginit — the compiler-generated main.init: the package variables
// in dependency order (types2's InitOrder). Each assignment goes through Go's static
// initialization first (lower_static.cpp, staticinit.Schedule.StaticInit): what it lays out as
// data costs no code; the rest is lowered here, in order. A package left with no code has no
// init function (fn keeps an empty name), as Go generates none.
void Lowerer::lower_package_init(const Unit& unit, Function& fn) {
  fn.name = unit.ref->path + ".init";
  // gosim simplifies: the function is placed in the package's first file (the first variable
  // may be declared in another).
  fn.file = unit.is_main() ? pkg_.filename : unit.filenames.front();
  fn.pos = unit.init_order.front().lhs.empty() ? Pos{} : unit.init_order.front().lhs[0]->pos;
  f_ = &fn;
  fi_ = nullptr;
  vars_.clear();
  loops_.clear();
  sig_ = SigLayout{};
  frame_top_ = 0;
  // Go: staticcopy copies only this package's variables defined by a single `x = e`.
  static_defs_.clear();
  for (const InitEntry& ie : unit.init_order) {
    if (ie.lhs.size() == 1 && ie.init != nullptr) static_defs_[ie.lhs[0]] = ie.init;
  }
  for (const InitEntry& ie : unit.init_order) {
    if (ie.lhs.size() != 1 || !ie.init) {
      unsupported(ie.lhs.empty() ? fn.pos : ie.lhs[0]->pos, "a package variable initialised from a multi-value call");
      continue;
    }
    const Object* g = ie.lhs[0];
    const auto at = globals_.find(g);
    if (g->name == "_" || at == globals_.end()) {
      // Go: tryStaticInit discards `_ = e` when e has no side effects.
      if (!static_no_side_effects(ie.init)) expr_as(ie.init, g->type);
      continue;
    }
    const size_t code_before = fn.code.size();
    if (static_assign(SLoc{false, at->second}, ie.init, g->type)) {
      if (fn.code.size() != code_before) static_dynamic_parts_[g] = true;
      continue;
    }
    static_dynamic_parts_[g] = true;
    const int32_t v = expr_as(ie.init, g->type);
    store_place(var_place(g, ie.init->pos), v, size_of(g->type), ie.init->pos);
  }
  if (fn.code.empty()) {
    fn = Function{};
    return;
  }
  emit(Instr{Op::kRet}, fn.pos);
  check_frame_size();
  fn.frame_size = clamp_frame((frame_top_ + 7) / 8 * 8);
}

// Go: runtime/proc.go main and doInit. The main goroutine runs runtime.main, which (after the
// runtime's own start-up, which gosim sets up directly: Machine::start_runtime_goroutines)
// calls doInit(&main_inittask): main.init, then the package's init functions init.0, init.1,
// ... in source order; then main.main. Go's doInit loops over the inittask's function list;
// gosim's runtime.doInit calls them one after another. gosim has no inittasks for imported
// packages (its library packages are native), so there are no dependencies to initialise first.
// Both are runtime frames, which Go's tracebacks leave out.
void Lowerer::lower_runtime_main(std::vector<Function>&& init_fns) {
  // Go: doInit runs a package's dependencies' inittasks first, then its own functions: the
  // variables' init, then init.0, init.1, ... The units are in that order already; gosim's
  // runtime.doInit calls them all from one frame (Go nests a doInit per package).
  std::vector<int32_t> fns;
  for (size_t i = 0; i < pkg_.units.size(); ++i) {
    if (!init_fns[i].name.empty()) {
      fns.push_back(static_cast<int32_t>(m_.funcs.size()));
      m_.funcs.push_back(std::move(init_fns[i]));
    }
    for (const FuncInfo* init : pkg_.units[i].init_funcs) fns.push_back(funcs_[init]);
  }
  const auto synthetic = [&](const char* name, int32_t line) {
    Function f;
    f.name = name;
    f.file = "runtime/proc.go";
    f.pos = Pos{line, 1};
    return f;
  };
  const auto call = [&](Function& f, int32_t callee, int32_t line) {
    f_ = &f;
    frame_top_ = f.frame_size;
    const int32_t block = temp(8, 8);
    emit(Instr{Op::kCall, NumKind::kI64, 0, block, block, 0, callee}, Pos{line, 2});
    f.frame_size = clamp_frame((frame_top_ + 7) / 8 * 8);
  };
  int32_t do_init = -1;
  if (!fns.empty()) {
    Function d = synthetic("runtime.doInit", 6294);
    for (int32_t fn : fns) call(d, fn, 6329);  // Go: f()
    f_ = &d;
    emit(Instr{Op::kRet}, Pos{6349, 3});  // Go: t.state = 2
    do_init = static_cast<int32_t>(m_.funcs.size());
    m_.funcs.push_back(std::move(d));
  }
  Function rm = synthetic("runtime.main", 145);
  // Go: schedinit -> cpuinit -> cpu.Initialize(env): internal/cpu learns the CPU's features
  // (from the intrinsic cpuid: gosim's fixed CPU, lib_intrinsics.cpp) before any package is
  // initialised. gosim simplifies: the call is runtime.main's first (Go makes it on g0 in
  // schedinit, before the main goroutine exists), and only when a program loads internal/cpu.
  for (const FuncInfo* fi : pkg_.all_funcs) {
    if (fi->pkg == nullptr || fi->pkg->path != "internal/cpu" || fi->name != "Initialize" || fi->recv) continue;
    f_ = &rm;
    frame_top_ = rm.frame_size;
    const int32_t block = temp(16, 8);  // env string: "" (gosim has no GODEBUG)
    emit(Instr{Op::kZero, NumKind::kI64, 0, block, 0, 0, 16}, Pos{143, 2});
    emit(Instr{Op::kCall, NumKind::kI64, 0, block, block + 16, 0, funcs_[fi]}, Pos{143, 2});
    rm.frame_size = clamp_frame((frame_top_ + 7) / 8 * 8);
  }
  if (do_init >= 0) call(rm, do_init, 233);  // Go: doInit(&main_inittask)
  if (m_.main_func >= 0) call(rm, m_.main_func, 250);  // Go: fn := main_main; fn()
  f_ = &rm;
  emit(Instr{Op::kRet}, Pos{272, 2});  // Go: exit(0); the main goroutine's return ends the run
  m_.runtime_main = static_cast<int32_t>(m_.funcs.size());
  m_.funcs.push_back(std::move(rm));
  f_ = nullptr;
}

// ---- statements ----

void Lowerer::lower_block(const std::vector<Stmt*>& list) {
  for (const Stmt* s : list) lower_stmt(s);
}

void Lowerer::lower_stmt(const Stmt* s) {
  switch (s->kind) {
    case NodeKind::EmptyStmt: return;
    case NodeKind::BlockStmt: lower_block(static_cast<const BlockStmt*>(s)->list); return;
    case NodeKind::ExprStmt: expr(static_cast<const ExprStmt*>(s)->x); return;
    case NodeKind::AssignStmt: lower_assign(static_cast<const AssignStmt*>(s)); return;
    case NodeKind::ReturnStmt: lower_return(static_cast<const ReturnStmt*>(s)); return;
    case NodeKind::IfStmt: lower_if(static_cast<const IfStmt*>(s)); return;
    case NodeKind::ForStmt: lower_for(static_cast<const ForStmt*>(s)); return;
    case NodeKind::CallStmt: lower_go_defer(static_cast<const CallStmt*>(s)); return;
    case NodeKind::SendStmt: {
      const auto* ss = static_cast<const SendStmt*>(s);
      const int32_t ch = expr(ss->chan);
      const lang::Type* et = under(ss->chan->type)->elem;
      const int32_t v = expr_as(ss->value, et);
      emit(Instr{Op::kChanSend, NumKind::kPtr, 0, ch, v, 1, size_of(et)}, s->pos);
      return;
    }
    case NodeKind::SwitchStmt: lower_switch(static_cast<const SwitchStmt*>(s)); return;
    case NodeKind::LabeledStmt: {
      // break/continue name their target statement; a goto jumps to the label's pc.
      const auto* ls = static_cast<const LabeledStmt*>(s);
      label_pc_[ls] = here();
      if (auto it = pending_gotos_.find(ls); it != pending_gotos_.end()) {
        for (int32_t j : it->second) patch(j, here());
        pending_gotos_.erase(it);
      }
      lower_stmt(ls->stmt);
      return;
    }
    case NodeKind::SelectStmt: lower_select(static_cast<const SelectStmt*>(s)); return;
    case NodeKind::DeclStmt: {
      for (const Decl* d : static_cast<const DeclStmt*>(s)->decls) {
        if (d->kind != NodeKind::VarDecl) continue;  // const and type declarations need no code
        const auto* vd = static_cast<const VarDecl*>(d);
        std::vector<const Expr*> values;
        if (vd->values) {
          if (vd->values->kind == NodeKind::ListExpr) {
            for (const Expr* v : static_cast<const ListExpr*>(vd->values)->elems) values.push_back(v);
          } else {
            values.push_back(vd->values);
          }
        }
        if (!values.empty() && values.size() != vd->names.size()) {
          unsupported(vd->pos, "a var declaration initialised from a multi-value call");
          continue;
        }
        for (size_t i = 0; i < vd->names.size(); ++i) {
          const Object* obj = vd->names[i]->obj;
          if (!obj || obj->name == "_") continue;
          int32_t v = -1;
          if (!values.empty()) v = expr_as(values[i], obj->type);
          declare_local(obj, vd->names[i]->pos);
          if (v >= 0) {
            const VarLoc& loc = vars_[obj];
            store_place(Place{loc.off, loc.indirect}, v, size_of(obj->type), vd->pos);
          }
        }
      }
      return;
    }
    case NodeKind::BranchStmt: {
      const auto* b = static_cast<const BranchStmt*>(s);
      if (b->tok == Tok::Goto && b->target && b->target->kind == NodeKind::LabeledStmt) {
        const auto* target = static_cast<const LabeledStmt*>(b->target);
        const int32_t j = emit(Instr{Op::kJmp}, s->pos);
        if (auto it = label_pc_.find(target); it != label_pc_.end()) {
          patch(j, it->second);
        } else {
          pending_gotos_[target].push_back(j);
        }
        return;
      }
      for (auto it = loops_.rbegin(); it != loops_.rend(); ++it) {
        if (b->target && it->stmt != b->target) continue;
        const int32_t j = emit(Instr{Op::kJmp}, s->pos);
        (b->tok == Tok::Break ? it->breaks : it->continues).push_back(j);
        return;
      }
      unsupported(s->pos, "this break/continue");
      return;
    }
    default:
      unsupported(s->pos, std::string("statement ") + node_kind_name(s->kind));
  }
}

void Lowerer::lower_if(const IfStmt* s) {
  if (s->init) lower_stmt(s->init);
  const int32_t c = expr(s->cond);
  const int32_t jf = emit(Instr{Op::kJmpIfNot, NumKind::kBool, 0, c}, s->cond->pos);
  lower_block(s->then->list);
  if (s->else_stmt) {
    const int32_t jend = emit(Instr{Op::kJmp}, s->then->rbrace);
    patch(jf, here());
    lower_stmt(s->else_stmt);
    patch(jend, here());
  } else {
    patch(jf, here());
  }
}

}  // namespace gosim::ir
