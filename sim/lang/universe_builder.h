// The Builder that declares the modelled library packages (universe.cpp, universe_reflect.cpp):
// objects with signatures and LibFunc ids, named types with methods, struct fields, constants.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "sim/lang/check.h"

namespace gosim::lang {

using Params = std::vector<std::pair<std::string, const Type*>>;

class Builder {
 public:
  explicit Builder(Package* p) : p_(p), t_(p->types) {}

  const Type* basic(TypeKind k) { return t_.basic(k); }

  const Type* sig(const Params& params, const Params& results, bool variadic = false) {
    std::vector<const Type*> pt;
    std::vector<std::string> pn;
    for (const auto& [n, t] : params) {
      pn.push_back(n);
      pt.push_back(t);
    }
    std::vector<const Type*> rt;
    std::vector<std::string> rn;
    for (const auto& [n, t] : results) {
      rn.push_back(n);
      rt.push_back(t);
    }
    return t_.func(t_.tuple(pt, pn), t_.tuple(rt, rn), variadic);
  }

  // A package declared earlier (universe.cpp declares them in turn; later parts add members).
  LibPackage& existing(const char* path) {
    for (LibPackage& l : p_->libs) {
      if (l.ref.path == path) return l;
    }
    return p_->libs.front();
  }

  LibPackage& lib(const char* name, std::vector<std::string> missing) {
    LibPackage& l = p_->libs.emplace_back();
    l.ref = {name, name};
    l.known_missing = std::move(missing);
    return l;
  }

  Object* func(LibPackage& l, const char* name, const Type* s, LibFunc id) {
    Object* o = p_->objects.make(ObjKind::Func, name, {}, s, &l.ref);
    o->lib = id;
    l.members[name] = o;
    return o;
  }

  // A named library type; the TypeName is a member of the package.
  const Type* named(LibPackage& l, const char* name) {
    Object* o = p_->objects.make(ObjKind::TypeName, name, {}, nullptr, &l.ref);
    o->color = 1;
    Type* t = t_.named(o);
    o->type = t;
    l.members[name] = o;
    return t;
  }

  void method(const Type* named, const char* name, const Type* s, LibFunc id, bool ptr) {
    Object* o = p_->objects.make(ObjKind::Func, name, {}, s, named->obj->pkg);
    o->lib = id;
    o->ptr_recv = ptr;
    o->recv_base = named;
    o->color = 1;
    t_.add_method(named, o);
  }

  const Type* fields(LibPackage& l, std::vector<std::pair<std::string, const Type*>> fs) {
    std::vector<StructField> out;
    for (auto& [n, t] : fs) out.push_back(StructField{n, t, false, "", &l.ref, nullptr});
    return t_.struct_type(std::move(out));
  }

  void constant(LibPackage& l, const char* name, const Type* t, Int128 v) {
    Object* o = p_->objects.make(ObjKind::Const, name, {}, t, &l.ref);
    o->value = p_->make_constant(Constant::make_int(v));
    l.members[name] = o;
  }

  Package* p_;
  TypeTable& t_;
};

// part reflect (universe_reflect.cpp): package reflect over gosim's type descriptors.
void declare_reflect(Builder& b);
// part template (universe_reflect_call.cpp)
const Type* declare_reflect_chan_dir(Builder& b, LibPackage& r);
void declare_reflect_call(Builder& b, LibPackage& r, const Type* value, const Type* type, const Type* method);
void declare_reflect_json(Builder& b, LibPackage& r);  // part json2: universe_reflect_json.cpp
void declare_reflect_xml(Builder& b, LibPackage& r, const Type* value);  // part xml
// part vfs2 (universe_os.cpp): os's files over the model's virtual file tree.
void declare_os_files(Builder& b);
// part lang19 (universe_lang19.cpp): time.ParseError.
void declare_lang19(Builder& b);
// part log19 (universe_log19.cpp): runtime.Caller, Callers, FuncForPC, Func, CallersFrames, Frames.
void declare_log19(Builder& b);

}  // namespace gosim::lang
