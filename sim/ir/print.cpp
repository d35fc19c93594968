#include "sim/ir/print.h"

#include <fmt/format.h>

namespace gosim::ir {

namespace {
constexpr const char* kOpNames[] = {
    "const", "move", "zero", "addr", "load", "store", "offset", "binary", "neg", "not", "com", "conv",
    "strcat", "jmp", "jmpif", "jmpifnot", "call", "callclosure", "ret", "new", "makeclosure", "go",
    "defer", "lib", "boxiface", "panicstr", "bounds", "nilcheck", "ctx", "makechan", "chansend",
    "chanrecv", "chanresult", "chanclose", "indexaddr", "makeslice", "append", "slicelen", "sliceexpr",
    "decoderune", "select", "equal", "makemap", "mapload", "mapassign", "mapdelete", "maplen",
    "mapiterinit", "mapiternext", "assert", "calliface", "strconv", "copy",
};
constexpr const char* kBinNames[] = {"+", "-", "*", "/", "%", "&", "|", "^", "&^", "<<", ">>",
                                     "==", "!=", "<", "<=", ">", ">="};
constexpr const char* kKindNames[] = {"i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64",
                                      "f64", "bool", "ptr", "str", "iface", "f32", "c64", "c128"};

std::string slot(int32_t off) { return fmt::format("[{}]", off); }

std::string func_name(const Module& m, int64_t i) {
  if (i < 0 || static_cast<size_t>(i) >= m.funcs.size()) return fmt::format("#{}", i);
  return m.funcs[static_cast<size_t>(i)].name;
}

std::string type_name(const Module& m, int64_t i) {
  if (i < 0 || static_cast<size_t>(i) >= m.types.size()) return fmt::format("type#{}", i);
  return m.types[static_cast<size_t>(i)].name;
}

// One instruction in a Go-ish notation: destination first, as in the IR's comments.
std::string operands(const Module& m, const Instr& in) {
  const std::string A = slot(in.a), B = slot(in.b), C = slot(in.c);
  const char* kind = kKindNames[static_cast<int>(in.kind)];
  switch (in.op) {
    case Op::kConst: return fmt::format("{} = {} ({})", A, in.imm, kind);
    case Op::kMove: return fmt::format("{} = {}  ({} bytes)", A, B, in.imm);
    case Op::kZero: return fmt::format("{} = 0  ({} bytes)", A, in.imm);
    case Op::kAddr: return fmt::format("{} = &{}", A, B);
    case Op::kLoad: return fmt::format("{} = *{}  ({} bytes)", A, B, in.imm);
    case Op::kStore: return fmt::format("*{} = {}  ({} bytes)", A, B, in.imm);
    case Op::kOffset: return fmt::format("{} = {} + {}", A, B, in.imm);
    case Op::kBinary: return fmt::format("{} = {} {} {} ({})", A, B, kBinNames[in.sub], C, kind);
    case Op::kNeg: return fmt::format("{} = -{}", A, B);
    case Op::kNot: return fmt::format("{} = !{}", A, B);
    case Op::kCom: return fmt::format("{} = ^{}", A, B);
    case Op::kConv: return fmt::format("{} = {}({}) from {}", A, kKindNames[in.sub], B, kind);
    case Op::kStrCat: return fmt::format("{} = {} + {}  (string, allocates)", A, B, C);
    case Op::kJmp: return fmt::format("-> {}", in.imm);
    case Op::kJmpIf: return fmt::format("if {} -> {}", A, in.imm);
    case Op::kJmpIfNot: return fmt::format("if !{} -> {}", A, in.imm);
    case Op::kCall: return fmt::format("{}(args {}) results -> {}", func_name(m, in.imm), A, B);
    case Op::kCallClosure: return fmt::format("(*{})(args {}) results -> {}", C, A, B);
    case Op::kRet: return "return (deferred calls first)";
    case Op::kNew: return fmt::format("{} = new({}, {} bytes)  allocation site", A, type_name(m, in.c), in.imm);
    case Op::kMakeClosure: return fmt::format("{} = funcval{{{}, {} captured from {}}}  allocation site", A, func_name(m, in.imm), in.c, B);
    case Op::kGo: case Op::kDefer:
      return in.imm == -1 ? fmt::format("(*{})(args {})", C, A) : fmt::format("{}(args {})", in.imm <= -2 ? "library call" : func_name(m, in.imm), A);
    case Op::kLib: return fmt::format("library #{}(args {}) -> {}", in.imm, A, B);
    case Op::kBoxIface: return fmt::format("{} = interface{{{}, box of {}}}  allocation site", A, type_name(m, in.c), B);
    case Op::kBounds: return in.sub == kBoundsConvert ? fmt::format("check {} >= array len {}", A, B) : fmt::format("check {} < len {}", A, B);
    case Op::kNilCheck: return fmt::format("check {} != nil", A);
    case Op::kCtx: return fmt::format("{} = closure context", A);
    case Op::kMakeChan: return fmt::format("{} = make(chan, {})  allocation site", A, in.b < 0 ? std::string("0") : B);
    case Op::kChanSend: return fmt::format("{} <- {}", A, B);
    case Op::kChanRecv: return fmt::format("<-{}", B);
    case Op::kIndexAddr: return fmt::format("{} = {} + {} * {}", A, B, C, in.imm);
    case Op::kMakeSlice: return fmt::format("{} = make([]T, {}, {})  allocation site", A, B, in.c < 0 ? B : C);
    case Op::kAppend: return fmt::format("{} = append({}, {}...)  may allocate", A, B, C);
    case Op::kEqual: return fmt::format("{} = {} {} {} ({})", A, B, in.sub ? "!=" : "==", C, type_name(m, in.imm));
    case Op::kMakeMap: return fmt::format("{} = make({})  allocation site", A, type_name(m, in.c));
    case Op::kMapLoad: return fmt::format("{} = {}[{}]", A, B, C);
    case Op::kMapAssign: return fmt::format("{} = &{}[{}]  (inserts)", A, B, C);
    case Op::kMapDelete:
      return in.sub == kMapDeleteClear ? fmt::format("mapclear({})", B) : fmt::format("delete({}, {})", B, C);
    case Op::kAssert: return fmt::format("{} = {}.({})", A, B, type_name(m, in.c));
    case Op::kCallIface:
      return fmt::format("{}.{}(args {}) results -> {}", C,
                         static_cast<size_t>(in.imm) < m.method_names.size() ? m.method_names[static_cast<size_t>(in.imm)] : "?", A, B);
    default: return fmt::format("a={} b={} c={} imm={}", in.a, in.b, in.c, in.imm);
  }
}
}  // namespace

std::string op_name(Op op) { return kOpNames[static_cast<int>(op)]; }

std::string print_module(const Module& m) {
  std::string out;
  out += fmt::format("// gosim IR: {} functions, {} types, {} bytes of rodata, {} bytes of globals\n",
                     m.funcs.size(), m.types.size(), m.rodata.size(), m.globals_size);
  for (const Function& f : m.funcs) {
    out += fmt::format("\nfunc {}  ({}:{}:{})\n", f.name, f.file, f.pos.line, f.pos.col);
    out += fmt::format("  frame {} bytes: parameters [0, {}), results [{}, {}){}\n", f.frame_size, f.params_size,
                       f.results_offset, f.results_offset + f.results_size, f.has_context ? ", closure context" : "");
    for (const VarInfo& v : f.vars) {
      out += fmt::format("  var {} {} at [{}]{}\n", v.name, type_name(m, v.type), v.offset,
                         v.on_heap ? " holds its address: moved to heap" : "");
    }
    for (size_t i = 0; i < f.code.size(); ++i) {
      const Pos& p = f.pos_of[i];
      out += fmt::format("  {:4}  {:>4}:{:<3} {:<12} {}\n", i, p.line, p.col, op_name(f.code[i].op), operands(m, f.code[i]));
    }
  }
  return out;
}

}  // namespace gosim::ir
