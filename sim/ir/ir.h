// The IR the interpreter runs: Go functions lowered to instructions over frame slots.
//
// Every local, parameter, result and temporary has a byte offset in its function's frame, and
// the frame lives in the goroutine's stack in simulated memory, with Go's sizes and alignments —
// so a stack view can show locals with their values, and growing a stack moves them. An
// instruction names slots by offset (a, b, c) and may carry an immediate; its source position
// is kept in a parallel array. Variables the escape analysis moves to the heap (sim/escape) live
// there and the frame holds a pointer to them; the others, and non-escaping allocations, are
// frame slots (lower_escape.cpp).
//
// Runtime type descriptors (Go: runtime/type.go _type) describe every type the program moves
// into an interface, so fmt and type switches can work on interface values.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/base/diag.h"
#include "sim/base/goaddr.h"

namespace gosim::ir {

// How a slot's bytes are read for arithmetic and comparison.
// kF32 and the complex kinds (two floats, real part first) came last: appended, not interleaved.
enum class NumKind : uint8_t { kI8, kI16, kI32, kI64, kU8, kU16, kU32, kU64, kF64, kBool, kPtr, kStr, kIface, kF32, kC64, kC128 };
// Inline: the interpreter asks on every arithmetic instruction.
inline int num_size(NumKind k) {
  switch (k) {
    case NumKind::kI8: case NumKind::kU8: case NumKind::kBool: return 1;
    case NumKind::kI16: case NumKind::kU16: return 2;
    case NumKind::kI32: case NumKind::kU32: case NumKind::kF32: return 4;
    case NumKind::kStr: case NumKind::kIface: case NumKind::kC128: return 16;
    default: return 8;
  }
}
// Floating-point and complex kinds: arithmetic in exec_float.cpp, never the integer fast lane.
inline bool num_float(NumKind k) {
  return k == NumKind::kF64 || k == NumKind::kF32 || k == NumKind::kC64 || k == NumKind::kC128;
}
inline bool num_complex(NumKind k) { return k == NumKind::kC64 || k == NumKind::kC128; }
inline bool num_signed(NumKind k) {
  return k == NumKind::kI8 || k == NumKind::kI16 || k == NumKind::kI32 || k == NumKind::kI64;
}

enum class BinOp : uint8_t { kAdd, kSub, kMul, kDiv, kRem, kAnd, kOr, kXor, kAndNot, kShl, kShr, kEq, kNe, kLt, kLe, kGt, kGe };

enum class Op : uint8_t {
  kConst,      // [a] = imm, kind-sized
  kMove,       // [a] = [b], imm bytes
  kZero,       // [a] = 0, imm bytes
  kAddr,       // [a] = address of the frame slot b
  kLoad,       // [a] = *[b], imm bytes (nil check)
  kStore,      // *[a] = [b], imm bytes (nil check)
  kOffset,     // [a] = [b] + imm (a field address; nil check on [b])
  kBinary,     // [a] = [b] sub [c] for kind (division checks zero; strings compare by content)
  kNeg,        // [a] = -[b]
  kNot,        // [a] = ![b] (bool)
  kCom,        // [a] = ^[b]
  kConv,       // [a] = convert [b] from kind to kind c (numeric conversions)
  kStrCat,     // [a] = [b] + [c] (allocates)
  kJmp,        // pc = imm
  kJmpIf,      // if [a] != 0: pc = imm
  kJmpIfNot,   // if [a] == 0: pc = imm
  kCall,       // call function imm; its parameters are copied from slot a, results back to slot b
  kCallClosure,// call the funcval at [c] likewise
  kRet,        // return (running deferred calls first)
  kNew,        // [a] = mallocgc(imm bytes, type c) (allocates)
  kMakeClosure,// [a] = new funcval{fn imm, captured addresses from slot b, c of them}
  kGo,         // go: function imm (or funcval [c] if imm < 0) with parameters from slot a
  kDefer,      // defer: likewise
  kLib,        // library function imm (LibFunc) with arguments from slot a, result to slot b
  kBoxIface,   // [a] = interface{type c, data word from [b] (imm bytes) by runtime routine sub (ConvT)}
  kPanicStr,   // panic with the string at [a]
  kBounds,     // if [a] >= [b] (unsigned): panic index out of range [a] with length [b]; sub=1: a is signed;
               //   sub=kBoundsConvert: if [a] < [b]: panic cannot convert slice with length [a] ...
  kNilCheck,   // if [a] == 0: nil pointer dereference
  kCtx,        // [a] = this frame's closure context (the funcval it was called through)
  kMakeChan,   // [a] = make(chan, cap [b] or 0 if b < 0) with element size imm (allocates hchan)
  kChanSend,   // [a] <- [b] (imm bytes); c = 1 to block
  kChanRecv,   // receive from [b]; c = 1 to block. The result arrives with kChanResult.
  kChanResult, // [a] = the received element (imm bytes, a >= 0), [b] = ok (b >= 0), [c] = selected case (c >= 0)
  kChanClose,  // close([a])
  kIndexAddr,  // [a] = [b] + [c] * imm (an element's address; [b] is checked for nil)
  kMakeSlice,  // [a] = make([]T, len [b], cap [c]) with element size imm & 0xffffffff and the
               //   element's type id imm >> 32 (allocates)
  kAppend,     // [a] = append(slice [b], the elements of slice [c]...), imm as for kMakeSlice
  kSliceLen,   // [a] = len of the string/slice header at [b] (8 bytes), for range loops
  kSliceExpr,  // [a] = [b][lo:hi:max] with the header {ptr, len, cap} at [b] and lo, hi, max at
               //   [c], [c+8], [c+16]; imm = element size | kSlice* flags below
  kDecodeRune, // [a] = the rune at byte [c] of string [b], [a+4] = its width (range over strings)
  kSelect,     // select over imm cases described at slot a (4 words each: chan, value address,
               //   elem size, is-send); b = 1 if there is no default case (blocks)
  kEqual,      // [a] = [b] == [c] for a comparable type imm (structs, arrays: field by field, as
               //   the compiler's generated eq functions); sub = 1 for !=
  kMakeMap,    // [a] = makemap(map type c, hint [b], or no hint if b < 0); sub = 1: makemap_small
               //   (no hint or a constant hint <= 8); imm != 0: the map does not escape, its hmap is
               //   the frame slot (imm & 0xffffffff) - 1 and its first bucket the slot (imm >> 32) - 1
  kMapLoad,    // [a] = m[[c]] with m = [b] (zero value if absent); ok to slot imm-1 if imm > 0;
               //   imm >> 32: the map type
  kMapAssign,  // [a] = address of m[[c]]'s value with m = [b] of map type imm, inserting the key
  kMapDelete,  // delete([b], [c]) for map type imm; sub kMapDeleteClear: mapclear([b]) (c unused)
  kMapLen,     // [a] = len([b])
  kMapIterInit,// iterator at [a] (kMapIterSize bytes) over map [b] of map type imm, random start
  kMapIterNext,// next entry of iterator [a]: key to [b] (imm & 1), value to [c] (imm & 2);
               //   the iterator's ok byte (at +kMapIterOk) says whether there was one
  kAssert,     // [a] = [b].(type c); imm low 32 bits: ok slot + 1 (comma-ok form) or 0;
               //   imm >> 32: the static type id of [b] (for the panic's text)
  kCallIface,  // call method imm (Module::method_names) of the interface at [c]; parameter
               //   block at a (receiver word first), results to slot b
  kStrConv,    // [a] = conversion sub (StrConv) of [b]
  kCopy,       // [a] = copy(slice [b], slice or string [c]), element size imm
};

// kBounds's sub for a slice to array-pointer conversion (Go: runtime boundsConvert).
constexpr uint8_t kBoundsConvert = 2;

// kStrConv's conversions (Go: runtime/string.go).
enum class StrConv : uint8_t { kIntToString, kStringToBytes, kBytesToString, kStringToRunes, kRunesToString };
// kStrConv and n-ary kStrCat flags (imm): the result does not escape, so the runtime may use the
// frame's buffer at slot c (Go: tmpBuf, 32 bytes; [32]rune for []rune(s)); or no copy at all
// (Go: slicebytetostringtmp / OSTR2BYTESTMP for m[string(b)], string(b) == s, range []byte(s)).
constexpr int64_t kStrTmpBuf = 1;
constexpr int64_t kStrNoCopy = 2;
constexpr int64_t kStrCatNary = int64_t{1} << 8;  // kStrCat: b = [n]string headers, n = imm >> 16
constexpr int32_t kTmpBufSize = 32;
constexpr uint8_t kMapDeleteClear = 1;  // kMapDelete's sub: the whole map (Go: runtime.mapclear)  // Go: runtime/string.go tmpStringBufSize

// The iterator kMapIterInit fills (Go: runtime.hiter, 12 words; layout in sim/interp/hmap.h).
constexpr int32_t kMapIterSize = 96;
constexpr int32_t kMapIterOk = 76;  // a byte in hiter's padding: 1 when kMapIterNext produced an entry
// Go: runtime.hmap's size; a map that does not escape keeps one in its frame (walk/builtin.go).
constexpr int32_t kHmapBytes = 48;
// Go: the compiler's bmap for map[K]V (reflectdata.MapBucketType): 8 tophash bytes, 8 keys,
// 8 elems, an overflow pointer; a key or elem over 128 bytes is stored as a pointer.
inline int64_t map_bucket_size(int64_t key_size, int64_t elem_size) {
  const int64_t k = key_size > 128 ? 8 : key_size, e = elem_size > 128 ? 8 : elem_size;
  return 8 + 8 * k + 8 * e + 8;
}

struct Instr {
  Op op;
  NumKind kind = NumKind::kI64;
  uint8_t sub = 0;  // BinOp for kBinary, NumKind target for kConv
  int32_t a = 0, b = 0, c = 0;
  int64_t imm = 0;
};

// Runtime type descriptor (Go: runtime/type.go _type, with the parts gosim uses).
enum class TypeKind : uint8_t {
  kBool, kInt, kInt8, kInt16, kInt32, kInt64, kUint, kUint8, kUint16, kUint32, kUint64, kUintptr,
  kFloat64, kString, kPointer, kSlice, kArray, kStruct, kMap, kChan, kFunc, kInterface, kUnsafePointer,
  kFloat32, kComplex64, kComplex128,
};

struct FieldDesc {
  std::string name;
  int32_t type = -1;
  int64_t offset = 0;
  std::string tag;        // part reflect: the struct tag (reflect.StructField.Tag)
  bool embedded = false;  // part reflect: an embedded field (StructField.Anonymous)
  // part xml: the name's and the tag's bytes in rodata, for a program that uses reflect
  // (lower_reflect.cpp), as Go's structField.name points into the binary: Type.Field allocates
  // only Index's []int{i}.
  uint64_t name_addr = 0, tag_addr = 0;
};

struct TypeDesc {
  TypeKind kind = TypeKind::kInt;
  int64_t size = 0;
  int64_t align = 1;
  std::string name;       // as %T prints it: "int", "main.T", "[]string"
  bool named = false;     // a defined type (prints as main.T(7) in panics)
  int32_t elem = -1;      // pointer, slice, array, chan elem; map value
  int32_t key = -1;       // map key
  int64_t len = 0;        // array length
  std::vector<FieldDesc> fields;
  std::string error_text; // for errors.New values: nothing else needed yet
  bool has_pointers = false;  // Go: ptrdata != 0 — allocated in a scan span, never tiny
  // Methods callable on a value of this type held in an interface (its method set): name,
  // function, and whether the function takes a pointer receiver.
  struct Method {
    std::string name;
    int32_t fn = -1;
    bool ptr_recv = false;
    std::string sig;    // "func(int) string": interface satisfaction compares name and type
    int32_t lib = -1;   // a library method (LibFunc), run natively: fn is -1
    int32_t type = -1;  // part template: the method's func type (no receiver), for reflect only
  };
  // An interface type's methods (name and signature), sorted by name as Go's imethods are.
  std::vector<std::pair<std::string, std::string>> imethods;
  std::vector<Method> methods;
  // part reflect: a func type's parameter and result types (reflect's In and Out), filled only
  // for programs that use reflect (lower_reflect.cpp), so other programs keep their type ids.
  std::vector<int32_t> in, out;
  bool variadic = false;
  int32_t ptr_to = -1;  // part reflect: *T's descriptor (reflect.New, Value.Addr), when made
  // part json2: the name's bytes in rodata, for a program that uses reflect (lower_reflect.cpp):
  // Type.String, Name and PkgPath return them, allocating nothing, as Go's point into the binary.
  uint64_t name_addr = 0;
};

// Where a Go variable of a function lives, for tracebacks and the stack view.
struct VarInfo {
  std::string name;
  int32_t offset = 0;
  int32_t type = -1;
  bool on_heap = false;  // the frame slot holds a pointer to the variable ("moved to heap")
};

struct Function {
  std::string name;           // Go's symbol: "main.main", "main.main.func1", "main.T.M"
  std::string file;
  Pos pos;                    // the func keyword
  int32_t frame_size = 0;     // bytes, 8-aligned
  int32_t params_size = 0;    // the parameter block at offset 0 (receiver and context first)
  int32_t results_offset = 0; // the result block
  int32_t results_size = 0;
  bool has_context = false;   // a closure: its funcval pointer is the first parameter word
  bool wrapper = false;       // Go: a wrapGoDefer closure (defer close(ch)): tracebacks leave it out (showframe)
  std::vector<Instr> code;
  std::vector<Pos> pos_of;    // parallel to code
  std::vector<VarInfo> vars;
  // Named results that live on the heap (captured by a deferred closure, say): on return, after
  // the deferred calls ran, each is copied from its heap cell into its result slot.
  struct HeapResult {
    int32_t ptr_slot = 0, result_off = 0;
    int64_t size = 0;
  };
  std::vector<HeapResult> heap_results;
};

struct Module {
  std::vector<Function> funcs;
  std::vector<TypeDesc> types;
  std::string rodata;         // read-only bytes at kRodataBase: string literals, constant boxes
  uint64_t staticuint64s = 0; // Go: runtime.staticuint64s [256]uint64 {0..255}, in rodata when used
  uint64_t zeroval = 0;       // Go: runtime.zeroVal [1024]byte, in rodata when used
  int32_t main_func = -1;     // main.main
  int32_t runtime_main = -1;  // runtime.main: the main goroutine's entry (see lower_runtime_main)
  int64_t globals_size = 0;   // package-level variables live in one block
  uint64_t globals_addr = 0;  // where, once the program is loaded
  std::vector<VarInfo> globals;  // package-level variables, offsets from globals_addr
  // Go's static initialization (lower_static.cpp): the data block's initial bytes (package
  // variables, then static temporaries with pointers; globals_size long) and the noptrdata
  // block's (at kNoptrDataBase: static temporaries without pointers, never scanned).
  std::string data, noptrdata;
  bool initialises_os = true;
  // part startup18: every package a unit imports and the packages loaded from source (units),
  // by import path: what Go initialises that gosim does not load (sim/rt/startup.h).
  std::vector<std::string> imported_packages, source_packages;
  // Package io's EOF (io from source): its offset in the globals block, so that the model's
  // reads (os.Stdin, files) return the very value the program compares with (err == io.EOF).
  // -1 when the program does not load io: then nothing can name io.EOF (lib_os.cpp).
  int64_t io_eof_global = -1;
  // part vfs2: internal/oserror's ErrInvalid, ErrPermission, ErrExist, ErrNotExist, ErrClosed
  // (io/fs's and os's errors are these values) when the program loads it, -1 otherwise.
  int64_t oserror_globals[5] = {-1, -1, -1, -1, -1};
  std::vector<std::string> method_names;  // kCallIface immediates
  int32_t cond_wait_fn = -1;  // sync.(*Cond).Wait's body when the program calls it (lower_cond.cpp)
  int32_t pool_get_fn = -1;   // sync.(*Pool).Get's body when the program calls it (lower_pool.cpp)
  // part sortrand: reflectlite.Swapper's nine closures (Swapper.func1 ... func9, consecutive from
  // swapper_fn) when the program uses Swapper (lower_swapper.cpp); the static funcvals of func1
  // and func2, which capture nothing; the string "reflect: slice index out of range" as a panic
  // value (its header in rodata) and the descriptor of string.
  int32_t swapper_fn = -1;
  uint64_t swapper_static[2] = {0, 0};
  uint64_t swapper_panic = 0;
  int32_t swapper_string_type = -1;
  // part template: reflect.Value.call's second half, then reflect.Value.Call and CallSlice
  // (the two frames below it: reflect_call_fn + 1 and + 2; lower_reflect_call.cpp), when the
  // program calls Value.Call or CallSlice.
  int32_t reflect_call_fn = -1;
  // part lang19: a directory program's files as tracebacks name them: a file below
  // `trace_dir` + "/" prints as `trace_module` + "/" + the rest (Go's -trimpath form).
  std::string trace_dir, trace_module;
  // part lang19: reflect's channel frames (lower_reflect_chan.cpp), consecutive from
  // reflect_chan_fn in ReflectChanFrame's order, when the program uses Value.Recv, Send, ...
  int32_t reflect_chan_fn = -1;
};

// part lang19: the frames of reflect's channel operations, offsets from Module::reflect_chan_fn.
enum ReflectChanFrame : int32_t {
  kRcChanrecv, kRcChansend, kRcChanclose, kRcValuerecv, kRcValuesend,
  kRcRecv, kRcTryRecv, kRcSend, kRcTrySend, kRcClose,
};
// The top frame's layout (sim/interp/lib_reflect_chan.cpp): the results (Value, bool) at 0, the
// operation's words from 32, a sent element's bytes from 96 (at most 256 of them).
constexpr int32_t kReflectChanFrame = 96 + 256;

// kBoxIface's sub: how the interface's data word is made (Go: walk/convert.go dataWord and
// dataWordFuncName, runtime/iface.go convT*). Pointer-shaped values, constants, zero-size values
// and non-escaping values never reach kBoxIface: the lowering builds their data word directly.
enum class ConvT : uint8_t {
  kConvT,        // convT: mallocgc(size, typ) and copy (the value has pointers)
  kConvTnoptr,   // convTnoptr: likewise, noscan
  kConvT16,      // convT16/32/64: below 256 a pointer into staticuint64s, else mallocgc(2/4/8)
  kConvT32,
  kConvT64,
  kConvTstring,  // convTstring: "" -> &zeroVal, else mallocgc(16)
  kConvTslice,   // convTslice: nil array pointer -> &zeroVal, else mallocgc(24)
  kStaticByte,   // a bool or single-byte integer: &staticuint64s[v] (walk/convert.go dataWord)
};

// kSliceExpr flags (in imm above bit 32).
constexpr int64_t kSliceHasHigh = int64_t{1} << 40;
constexpr int64_t kSliceHasMax = int64_t{1} << 41;
constexpr int64_t kSliceString = int64_t{1} << 42;   // result is a string header (no cap)
constexpr int64_t kSliceLenMsg = int64_t{1} << 43;   // arrays and strings: "with length"

// kLib immediates at and above this are builtins (print, println, panic) by lang::BuiltinId.
constexpr int64_t kLibBuiltinBase = 1000;

// The address of type descriptor `id` as an interface's type word.
constexpr uint64_t kTypeBase = 0x4a0000;
inline uint64_t type_word(int32_t id) { return kTypeBase + 64 * static_cast<uint64_t>(id); }
inline int32_t type_of_word(uint64_t w) { return static_cast<int32_t>((w - kTypeBase) / 64); }

// Go: types.IsDirectIface (reflect: !ifaceIndir). A pointer-shaped type — a pointer, chan, map,
// func, unsafe.Pointer, or a struct or array whose only element is one of those — is stored in
// an interface's data word itself: converting it to an interface never allocates.
inline bool is_direct_iface(const std::vector<TypeDesc>& types, int32_t id) {
  if (id < 0 || static_cast<size_t>(id) >= types.size()) return false;
  const TypeDesc& t = types[static_cast<size_t>(id)];
  switch (t.kind) {
    case TypeKind::kPointer: case TypeKind::kChan: case TypeKind::kMap:
    case TypeKind::kFunc: case TypeKind::kUnsafePointer:
      return true;
    case TypeKind::kArray: return t.len == 1 && is_direct_iface(types, t.elem);
    case TypeKind::kStruct: return t.fields.size() == 1 && is_direct_iface(types, t.fields[0].type);
    default: return false;
  }
}
// Where the value an interface at iface_addr holds lives: the data word itself for a direct
// type, otherwise the address the data word points to (given as data_word).
inline uint64_t iface_value_addr(const std::vector<TypeDesc>& types, int32_t id, uint64_t iface_addr, uint64_t data_word) {
  return is_direct_iface(types, id) ? iface_addr + 8 : data_word;
}

}  // namespace gosim::ir
