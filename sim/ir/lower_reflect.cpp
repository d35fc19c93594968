// The type descriptors package reflect reaches at run time (part reflect).
//
// Go's compiler emits a descriptor for every type a program's code mentions, and the linker keeps
// *T's when reflect may ask for it (rtype.ptrToThis); reflect finds the rest at run time
// (PointerTo walks the descriptors, funcType's in/out are in the descriptor). gosim makes its
// descriptors while lowering, so a program that calls reflect gets, after its own types: *T for
// every type it has (reflect.New, Value.Addr), the parameter and result types of its func types
// (Type.In, Out), uint8 (Value.Index of a string), the zero value (reflect.Zero) and the types'
// names in rodata (Type.String, Name). They are added after every other descriptor, so a
// program's existing type ids do not move, and only for programs that use reflect, so no other
// program's trace changes.
#include "sim/ir/lower_impl.h"

namespace gosim::ir {

void Lowerer::lower_reflect_types(const std::vector<Function>& init_fns) {
  auto calls_reflect = [](const Function& f) {
    for (const Instr& in : f.code) {
      if (in.op == Op::kLib && in.imm >= static_cast<int64_t>(lang::LibFunc::ReflectBegin) &&
          in.imm <= static_cast<int64_t>(lang::LibFunc::ReflectEnd)) {
        return true;
      }
      // part template: Value.Call, Method, ... (not runtime.Error's RuntimeError)
      if (in.op == Op::kLib && in.imm > static_cast<int64_t>(lang::LibFunc::TemplateBegin) &&
          in.imm <= static_cast<int64_t>(lang::LibFunc::TemplateEnd)) {
        return true;
      }
      // part xml: Append, AppendSlice, Type.FieldByIndex
      if (in.op == Op::kLib && in.imm >= static_cast<int64_t>(lang::LibFunc::RfXmlBegin) &&
          in.imm <= static_cast<int64_t>(lang::LibFunc::RfXmlEnd)) {
        return true;
      }
      // part lang19: Value.TryRecv, Send, TrySend, Close (not time's ParseError.Error)
      if (in.op == Op::kLib && in.imm > static_cast<int64_t>(lang::LibFunc::Lang19Begin) &&
          in.imm <= static_cast<int64_t>(lang::LibFunc::Lang19End)) {
        return true;
      }
    }
    return false;
  };
  bool used = false;
  for (const Function& f : init_fns) used = used || calls_reflect(f);
  for (const Function& f : m_.funcs) used = used || calls_reflect(f);
  for (const Function& f : wrappers_) used = used || calls_reflect(f);
  if (!used) return;
  auto& tt = const_cast<lang::TypeTable&>(pkg_.types);
  std::vector<const lang::Type*> by_id(m_.types.size(), nullptr);
  for (const auto& [t, id] : types_) by_id[static_cast<size_t>(id)] = t;
  const size_t n = by_id.size();
  for (size_t i = 0; i < n; ++i) {
    const lang::Type* t = by_id[i];
    if (t == nullptr) continue;
    const lang::Type* u = under(t);
    if (u->kind == lang::TypeKind::Func) {  // Go: funcType's in and out
      std::vector<int32_t> in, out;
      for (const lang::Type* p : u->params->elems) in.push_back(type_id(p));
      for (const lang::Type* p : u->results->elems) out.push_back(type_id(p));
      m_.types[i].in = std::move(in);
      m_.types[i].out = std::move(out);
      m_.types[i].variadic = u->variadic;
    }
    const int32_t p = type_id(tt.pointer(t));
    m_.types[i].ptr_to = p;
  }
  // part lang19: one level more, so PointerTo and Value.Addr of a *T the program has work when it
  // never names **T (Go makes that ptrType at run time; gosim's descriptors are made here, so a
  // PointerTo chain deeper than the program's types plus two levels still stops with a gosim text).
  std::vector<const lang::Type*> ids(m_.types.size(), nullptr);
  for (const auto& [t2, id] : types_) ids[static_cast<size_t>(id)] = t2;
  for (size_t i = n, end = ids.size(); i < end; ++i) {
    if (ids[i] == nullptr || m_.types[i].kind != TypeKind::kPointer || m_.types[i].ptr_to >= 0) continue;
    const int32_t p = type_id(tt.pointer(ids[i]));
    m_.types[i].ptr_to = p;
  }
  // part template: each method's func type (Value.Method's Type, Call's layout), the *T made
  // above included; making one may make more types, with methods of their own, so the lists are
  // walked as they grow, and the func types made here get their in and out.
  for (size_t k = 0; k < method_sigs_.size(); ++k) {
    const MethodSig ms = method_sigs_[k];
    const int32_t ft = type_id(ms.sig);
    m_.types[static_cast<size_t>(ms.type)].methods[static_cast<size_t>(ms.index)].type = ft;
  }
  by_id.assign(m_.types.size(), nullptr);
  for (const auto& [t, id] : types_) by_id[static_cast<size_t>(id)] = t;
  for (size_t i = n; i < by_id.size(); ++i) {
    const lang::Type* t = by_id[i];
    if (t == nullptr || under(t)->kind != lang::TypeKind::Func || !m_.types[i].in.empty() || !m_.types[i].out.empty()) {
      continue;
    }
    const lang::Type* u = under(t);
    std::vector<int32_t> in, out;
    for (const lang::Type* p : u->params->elems) in.push_back(type_id(p));
    for (const lang::Type* p : u->results->elems) out.push_back(type_id(p));
    m_.types[i].in = std::move(in);
    m_.types[i].out = std::move(out);
    m_.types[i].variadic = u->variadic;
    if (by_id.size() < m_.types.size()) {  // new types: their ids, to reach new func types too
      by_id.resize(m_.types.size(), nullptr);
      for (const auto& [t2, id] : types_) by_id[static_cast<size_t>(id)] = t2;
    }
  }
  type_id(tt.basic(lang::TypeKind::Uint8));
  static_table(&m_.zeroval, std::string(1024, '\0'));
  // part json2: every descriptor's name in one rodata table (Go: rtype.str, a nameOff into the
  // binary), so that reflect's String, Name and PkgPath allocate nothing (json's indirect calls
  // Type.Name for every value it decodes).
  std::string names;
  for (const TypeDesc& d : m_.types) names += d.name;
  uint64_t at = 0;
  if (!names.empty()) static_table(&at, names);
  for (TypeDesc& d : m_.types) {
    if (!d.name.empty()) d.name_addr = at;
    at += d.name.size();
  }
  // part xml: the struct fields' names and tags as well (Go: structField.name, a name whose
  // bytes and tag are in the binary), so that Type.Field, FieldByName and FieldByIndex allocate
  // only Index's []int, as Go 1.19's do (encoding/xml calls FieldByIndex per field it reads).
  std::string fields;
  for (const TypeDesc& d : m_.types) {
    for (const FieldDesc& f : d.fields) fields += f.name + f.tag;
  }
  at = 0;
  if (!fields.empty()) static_table(&at, fields);
  for (TypeDesc& d : m_.types) {
    for (FieldDesc& f : d.fields) {
      if (!f.name.empty()) f.name_addr = at;
      at += f.name.size();
      if (!f.tag.empty()) f.tag_addr = at;
      at += f.tag.size();
    }
  }
}

}  // namespace gosim::ir
