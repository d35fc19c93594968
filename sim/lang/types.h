// Go types, interned, plus the predicates the checker and later stages ask of them.
//
// Go: cmd/compile/internal/types2 (type.go, basic.go, named.go, predicates.go,
// typestring.go, sizes.go). One `Type` struct covers every kind (plain data, no virtual
// dispatch). A TypeTable owns all types of one checked package and interns them: asking
// twice for []int returns the same pointer.
//
// Identity: Go has a few types that are identical but print differently — byte and
// uint8, rune and int32, any and interface{}, and function types whose parameter names
// differ (func(x int) vs func(y int)). Error messages must print what the user wrote, so
// each spelling is its own interned Type, and each Type points to `canon`, the one
// representative of its identity class (built from canonical parts, without names).
// Two types are identical exactly when their canon pointers are equal; later stages
// should key on `canon` (or call identical()).
//
// Named types (declared with `type T ...`, `error`, library types like sync.Mutex) are
// never interned by structure: each declaration is its own type, its underlying type and
// methods are filled in while checking.
//
// Every basic type of Go 1.19 is here, float32 and the complex types included.
// Type parameters are TypeParam types; instances of generic types are Named types with
// their type arguments (check_generic.cpp explains how gosim instantiates).
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "sim/lang/ast.h"

namespace gosim::lang {

struct Object;

enum class TypeKind : uint8_t {
  Invalid,
  // basic types
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, String, UnsafePointer,
  // untyped constant kinds (numeric ones in Go's order: a mix takes the later kind)
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString, UntypedNil,
  // composite types
  Array, Slice, Struct, Pointer, Tuple, Func, Interface, Map, Chan, Named,
  // a type parameter of a generic function or type (Go: types2.TypeParam); its `underlying`
  // is its constraint interface, its `obj` the TypeName declared in the type parameter list
  TypeParam,
};

// One term of a union in a constraint: `~int` (tilde: every type whose underlying type is
// int) or `int` (exactly int). Go: types2/typeterm.go.
struct TypeTerm {
  bool tilde = false;
  const Type* type = nullptr;
};

// A library or user package, for qualifying type names ("time.Duration").
struct PackageRef {
  std::string name;
  std::string path;
};

struct StructField {
  std::string name;
  const Type* type = nullptr;
  bool embedded = false;
  std::string tag;
  const PackageRef* pkg = nullptr;  // matters for unexported names
  Object* obj = nullptr;            // the field's Var object
};

struct Type {
  TypeKind kind = TypeKind::Invalid;
  int id = 0;                  // creation order within the table (deterministic)
  const Type* canon = nullptr; // identity representative, see above
  const char* alias = nullptr; // "byte", "rune" or "any": how to print this spelling

  const Type* elem = nullptr;  // Array, Slice, Pointer, Chan element; Map value
  const Type* key = nullptr;   // Map
  int64_t len = 0;             // Array
  ChanDir dir = ChanDir::Both; // Chan
  std::vector<StructField> fields;  // Struct
  std::vector<const Type*> elems;  // Tuple
  std::vector<std::string> names;  // Tuple element names ("" if unnamed)
  const Type* params = nullptr;    // Func: a Tuple
  const Type* results = nullptr;   // Func: a Tuple
  bool variadic = false;           // Func: the last parameter is ...T (its type is []T)

  // Interface: its methods (Func objects), sorted by name. Named: declared methods, in
  // declaration order. Named types get their methods while being checked.
  mutable std::vector<Object*> methods;
  // Named
  Object* obj = nullptr;                    // the TypeName
  mutable const Type* underlying = nullptr; // set once the declaration is checked

  // Generics (check_generic.cpp). A Named instance `Stack[int]` keeps its type arguments
  // (printed after the name) and the generic type it instantiates. An Interface used as a
  // constraint has a type set: the intersection of `tset`'s unions (each a list of terms;
  // an empty tset means no restriction), restricted to comparable types when `comparable`.
  // `implicit` marks the interface written as a bare union (`[T ~int | ~float64]`).
  std::vector<const Type*> targs;
  const Type* orig = nullptr;
  std::vector<std::vector<TypeTerm>> tset;
  bool comparable_set = false;
  bool implicit = false;
};

// ---- predicates (Go: types2/predicates.go, basic info flags) ----

const Type* under(const Type* t);
bool is_basic(const Type* t);
bool is_untyped(const Type* t);
bool is_typed(const Type* t);
bool is_boolean(const Type* t);
bool is_integer(const Type* t);   // includes untyped int and rune
bool is_unsigned(const Type* t);
bool is_float(const Type* t);
bool is_complex(const Type* t);
bool is_numeric(const Type* t);
bool is_string(const Type* t);
bool is_ordered(const Type* t);
bool is_const_type(const Type* t);
bool is_interface(const Type* t);
bool is_named(const Type* t);     // Named, or a predeclared basic type (has a name)
bool is_pointer(const Type* t);
bool has_nil(const Type* t);
bool identical(const Type* a, const Type* b);
bool identical_ignore_tags(const Type* a, const Type* b);
// Go: comparable (static). `cause` (may be null) receives Go's explanation.
bool comparable(const Type* t, std::string* cause = nullptr);
bool type_param_comparable(const Type* tp);
bool is_bytes_or_runes(const Type* t);

// Go: types2.TypeString with the main package unqualified: "[]int", "time.Duration",
// "func(x int) string", "interface{Error() string}", "chan<- int".
std::string type_string(const Type* t);
// "name(params) results" for a method, as in "missing method" notes.
std::string func_string(const Object* f);

// Go's method set, sorted by name (as itabs are): a named type T has its value-receiver
// methods, *T has all of T's methods, an interface has its methods.
std::vector<Object*> method_set(const Type* t);

// gc sizes for amd64 (Go: types2/sizes.go gcSizes): 8-byte words. Saturates on overflow.
int64_t type_size(const Type* t);
int64_t type_align(const Type* t);
// Byte offset of each field of a struct type, in order.
std::vector<int64_t> field_offsets(const Type* t);

class ObjectPool;

// Owns and interns the types of one package. Basic types are created up front.
// With a parent (the process's standard-library cache, pkgcache.h), the table is a layer: a
// type the parent already interned is the parent's, new ones are made here; the parent must
// not change while the layer interns (pkgcache.h holds its lock for the whole check).
class TypeTable {
 public:
  explicit TypeTable(ObjectPool* objects, const TypeTable* parent = nullptr);
  TypeTable(const TypeTable&) = delete;
  TypeTable& operator=(const TypeTable&) = delete;

  const Type* basic(TypeKind k) const { return basics_[static_cast<size_t>(k)]; }
  const Type* invalid() const { return basic(TypeKind::Invalid); }
  const Type* byte_type() const { return byte_; }
  const Type* rune_type() const { return rune_; }
  const Type* any_type() const { return any_; }
  const Type* empty_interface() const { return empty_iface_; }
  const Type* empty_tuple() const { return empty_tuple_; }
  // Go: types2.Default: the type an untyped constant gets by default (rune for runes).
  const Type* default_type(const Type* t) const;

  const Type* array(const Type* elem, int64_t len);
  const Type* slice(const Type* elem);
  const Type* pointer(const Type* elem);
  const Type* map(const Type* key, const Type* elem);
  const Type* chan(ChanDir dir, const Type* elem);
  const Type* tuple(std::vector<const Type*> elems, std::vector<std::string> names = {});
  const Type* func(const Type* params, const Type* results, bool variadic);
  // Struct fields get Var objects (kind Field) on first creation.
  const Type* struct_type(std::vector<StructField> fields);
  // Methods: (name, signature, position, package); Func objects are created for them.
  struct MethodSpec {
    std::string name;
    const Type* sig;
    Pos pos;
    const PackageRef* pkg;
  };
  const Type* interface(std::vector<MethodSpec> methods);
  // A new named type; its underlying type is set later with set_underlying.
  Type* named(Object* type_name);
  void set_underlying(const Type* named, const Type* underlying);
  void add_method(const Type* named, Object* method);
  // A type parameter (not interned: each declaration is its own type) and a constraint
  // interface with a type set (not interned either: constraints are compared by identity).
  Type* type_param(Object* type_name, const Type* constraint);
  const Type* constraint_interface(const Type* methods_iface, std::vector<std::vector<TypeTerm>> tset,
                                   bool comparable, bool implicit);

  size_t size() const { return types_.size(); }
  // A layer whose parent grew before it made anything: its ids continue after the parent's new
  // ones (two ids must never name two types a layer can see: interning keys are made of ids).
  void rebase() {
    if (parent_ != nullptr && types_.empty()) first_id_ = parent_->first_id_ + static_cast<int>(parent_->types_.size());
  }

 private:
  Type* alloc(TypeKind k);
  const Type* find(const std::string& key) const;  // interned here or in the parent
  const Type* intern(const std::string& key, Type proto, const Type* canon_hint);
  static std::string id_key(const Type* t) { return std::to_string(t->id); }

  ObjectPool* objects_;
  const TypeTable* parent_ = nullptr;
  int first_id_ = 0;  // ids of this layer start after the parent's
  std::deque<Type> types_;
  std::map<std::string, const Type*> interned_;
  std::vector<const Type*> basics_;
  const Type* byte_ = nullptr;
  const Type* rune_ = nullptr;
  const Type* any_ = nullptr;
  const Type* empty_iface_ = nullptr;
  const Type* empty_tuple_ = nullptr;
};

}  // namespace gosim::lang
