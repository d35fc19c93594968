// reflect's and internal/reflectlite's Kind values and Value flag bits, and what they read from
// gosim's type descriptors (lib_reflectlite.cpp, lib_reflect.cpp, lib_reflect_value.cpp).
#pragma once

#include <cstdint>
#include <string>

#include "sim/ir/ir.h"

namespace gosim::interp::rk {

// Go: reflectlite Kind values (type.go), which are reflect's.
enum Kind : uint64_t {
  kInvalid = 0, kBool, kInt, kInt8, kInt16, kInt32, kInt64, kUint, kUint8, kUint16, kUint32, kUint64,
  kUintptr, kFloat32, kFloat64, kComplex64, kComplex128, kArray, kChan, kFunc, kInterface, kMap,
  kPointer, kSlice, kString, kStruct, kUnsafePointer,
};
inline const char* const kKindNames[] = {"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint",
                                  "uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64",
                                  "complex64", "complex128", "array", "chan", "func", "interface", "map",
                                  "ptr", "slice", "string", "struct", "unsafe.Pointer"};

// Go: value.go flag bits.
inline constexpr uint64_t kFlagKindMask = (1 << 5) - 1;
inline constexpr uint64_t kFlagStickyRO = 1 << 5;
inline constexpr uint64_t kFlagEmbedRO = 1 << 6;
inline constexpr uint64_t kFlagIndir = 1 << 7;
inline constexpr uint64_t kFlagAddr = 1 << 8;
inline constexpr uint64_t kFlagMethod = 1 << 9;
inline constexpr uint64_t kFlagRO = kFlagStickyRO | kFlagEmbedRO;

inline uint64_t kind_of(const ir::TypeDesc& t) {
  switch (t.kind) {
    case ir::TypeKind::kBool: return kBool;
    case ir::TypeKind::kInt: return kInt;
    case ir::TypeKind::kInt8: return kInt8;
    case ir::TypeKind::kInt16: return kInt16;
    case ir::TypeKind::kInt32: return kInt32;
    case ir::TypeKind::kInt64: return kInt64;
    case ir::TypeKind::kUint: return kUint;
    case ir::TypeKind::kUint8: return kUint8;
    case ir::TypeKind::kUint16: return kUint16;
    case ir::TypeKind::kUint32: return kUint32;
    case ir::TypeKind::kUint64: return kUint64;
    case ir::TypeKind::kUintptr: return kUintptr;
    case ir::TypeKind::kFloat32: return kFloat32;
    case ir::TypeKind::kFloat64: return kFloat64;
    case ir::TypeKind::kComplex64: return kComplex64;
    case ir::TypeKind::kComplex128: return kComplex128;
    case ir::TypeKind::kString: return kString;
    case ir::TypeKind::kPointer: return kPointer;
    case ir::TypeKind::kSlice: return kSlice;
    case ir::TypeKind::kArray: return kArray;
    case ir::TypeKind::kStruct: return kStruct;
    case ir::TypeKind::kMap: return kMap;
    case ir::TypeKind::kChan: return kChan;
    case ir::TypeKind::kFunc: return kFunc;
    case ir::TypeKind::kInterface: return kInterface;
    case ir::TypeKind::kUnsafePointer: return kUnsafePointer;
  }
  return kInvalid;
}

// Go: Kind.String ("kind" + strconv.Itoa(int(k)) past the last Kind).
inline std::string kind_string(uint64_t k) { return k < 27 ? kKindNames[k] : "kind" + std::to_string(k); }

// Go: rtype.hasName (tflagNamed): defined types, and the predeclared ones, which gosim's
// descriptors do not mark as defined but name without a package.
inline bool has_name(const ir::TypeDesc& t) {
  if (t.named) return true;
  if (t.name == "error") return true;
  return kind_of(t) <= kComplex128 || t.kind == ir::TypeKind::kString || t.kind == ir::TypeKind::kUnsafePointer;
}

// Where Name's scan stops: the last '.' outside square brackets (Go: rtype.Name).
inline int64_t name_dot(const std::string& s) {
  int64_t i = static_cast<int64_t>(s.size()) - 1;
  int sq = 0;
  while (i >= 0 && (s[static_cast<size_t>(i)] != '.' || sq != 0)) {
    if (s[static_cast<size_t>(i)] == ']') sq++;
    if (s[static_cast<size_t>(i)] == '[') sq--;
    i--;
  }
  return i;
}


}  // namespace gosim::interp::rk
