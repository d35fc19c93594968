// Go: runtime/print.go (the builtins print and println) and runtime/error.go printany (what
// follows "panic: ").
//
// The runtime cannot use fmt: it prints with a handful of tiny routines that never allocate.
// So its forms differ from fmt's: floats always as +d.dddddde±ddd with 7 digits (computed by
// repeated multiplication, not correctly rounded — gosim does the same arithmetic), slices as
// [len/cap]0xptr, interfaces as their two words (type,data). print writes nothing between
// operands; println writes spaces and a newline.
//
// A panic value is printed by printany after preprintpanics has replaced errors and Stringers
// by their text: "panic: boom", "panic: 42", "panic: main.Code(7)", "panic: main.Label(\"x\")",
// and for anything else the type and the interface's data word: "panic: (main.T) 0xc000012345".
#include <cmath>

#include "sim/interp/fmt.h"
#include "sim/interp/fmt_value.h"

namespace gosim::interp {

namespace {

using ir::TypeKind;

// Go: runtime/print.go printhex
void printhex(std::string& out, uint64_t v) {
  constexpr char kDig[] = "0123456789abcdef";
  char buf[24];
  int i = sizeof buf;
  do {
    buf[--i] = kDig[v % 16];
    v /= 16;
  } while (v != 0);
  out += "0x";
  out.append(buf + i, sizeof buf - static_cast<size_t>(i));
}

void printuint(std::string& out, uint64_t v) { out += std::to_string(v); }

// Go: runtime/print.go printint — -v of the most negative int wraps to itself, and its
// unsigned reading is the right magnitude.
void printint(std::string& out, int64_t v) {
  if (v < 0) {
    out += '-';
    printuint(out, -static_cast<uint64_t>(v));
    return;
  }
  printuint(out, static_cast<uint64_t>(v));
}

// Go: runtime/print.go printfloat — +d.dddddde±ddd, by Go's own (approximate) arithmetic.
void printfloat(std::string& out, double v) {
  if (v != v) {
    out += "NaN";
    return;
  }
  if (v + v == v && v > 0) {
    out += "+Inf";
    return;
  }
  if (v + v == v && v < 0) {
    out += "-Inf";
    return;
  }
  constexpr int n = 7;  // digits printed
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (std::signbit(v)) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {  // normalize
      ++e;
      v /= 10;
    }
    while (v < 1) {
      --e;
      v *= 10;
    }
    double h = 5.0;  // round
    for (int i = 0; i < n; ++i) h /= 10;
    v += h;
    if (v >= 10) {
      ++e;
      v /= 10;
    }
  }
  for (int i = 0; i < n; ++i) {
    const int s = static_cast<int>(v);
    buf[i + 2] = static_cast<char>(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = static_cast<char>(e / 100 + '0');
  buf[n + 5] = static_cast<char>(e / 10 % 10 + '0');
  buf[n + 6] = static_cast<char>(e % 10 + '0');
  out.append(buf, sizeof buf);
}

// One operand of print/println, chosen by its static type as the compiler does
// (Go: cmd/compile walkPrint): printint, printuint, printfloat, printbool, printstring,
// printpointer, printslice, printeface.
void print_one(const ValueReader& rd, std::string& out, const Value& v) {
  const ir::TypeDesc& t = rd.type(v.type);
  switch (t.kind) {
    case TypeKind::kBool: out += rd.boolean(v) ? "true" : "false"; return;
    case TypeKind::kInt: case TypeKind::kInt8: case TypeKind::kInt16: case TypeKind::kInt32:
    case TypeKind::kInt64:
      return printint(out, static_cast<int64_t>(rd.bits(v)));
    case TypeKind::kUint: case TypeKind::kUint8: case TypeKind::kUint16: case TypeKind::kUint32:
    case TypeKind::kUint64: case TypeKind::kUintptr:
      return printuint(out, rd.bits(v));
    case TypeKind::kFloat64: return printfloat(out, rd.float64(v));
    case TypeKind::kFloat32: return printfloat(out, rd.float32(v));  // Go: print(float64(f))
    case TypeKind::kComplex64: case TypeKind::kComplex128: {  // Go: printcomplex
      const auto [re, im] = rd.complex(v);
      out += '(';
      printfloat(out, re);
      printfloat(out, im);
      out += "i)";
      return;
    }
    case TypeKind::kString: out += rd.string_at(v.addr); return;
    case TypeKind::kPointer: case TypeKind::kChan: case TypeKind::kMap: case TypeKind::kFunc:
    case TypeKind::kUnsafePointer:
      return printhex(out, rd.word(v.addr));
    case TypeKind::kSlice:  // Go: printslice
      out += '[';
      printint(out, static_cast<int64_t>(rd.word(v.addr + 8)));
      out += '/';
      printint(out, static_cast<int64_t>(rd.word(v.addr + 16)));
      out += ']';
      return printhex(out, rd.word(v.addr));
    case TypeKind::kInterface: {  // Go: printeface / printiface — (type word,data word)
      const Value e = rd.iface_elem(v.addr);
      out += '(';
      printhex(out, e.valid() ? ir::type_word(e.type) : 0);
      out += ',';
      printhex(out, e.valid() ? rd.go_data_word(e) : 0);
      out += ')';
      return;
    }
    case TypeKind::kStruct: case TypeKind::kArray:
      // go build rejects these ("illegal types for operand: print"); the checker should too.
      out += "(illegal type for print: " + t.name + ")";
      return;
  }
}

// Go: runtime/error.go printanycustomtype — a named basic type as main.Code(7), or for
// anything else "(type) data word".
void printanycustomtype(const ValueReader& rd, std::string& out, const Value& v) {
  const ir::TypeDesc& t = rd.type(v.type);
  switch (t.kind) {
    case TypeKind::kString:
      out += t.name + "(\"" + rd.string_at(v.addr) + "\")";
      return;
    case TypeKind::kBool: case TypeKind::kInt: case TypeKind::kInt8: case TypeKind::kInt16:
    case TypeKind::kInt32: case TypeKind::kInt64: case TypeKind::kUint: case TypeKind::kUint8:
    case TypeKind::kUint16: case TypeKind::kUint32: case TypeKind::kUint64: case TypeKind::kUintptr:
    case TypeKind::kFloat64: case TypeKind::kFloat32:
      out += t.name + "(";
      print_one(rd, out, v);
      out += ')';
      return;
    case TypeKind::kComplex64: case TypeKind::kComplex128:  // printcomplex brings the parentheses
      out += t.name;
      print_one(rd, out, v);
      return;
    default:
      out += "(" + t.name + ") ";
      printhex(out, rd.go_data_word(v));
  }
}

}  // namespace

std::string print_values(const FmtContext& c, uint64_t args, int64_t n, bool newline) {
  const ValueReader rd(c);
  std::string out;
  for (int64_t i = 0; i < n; ++i) {
    if (newline && i > 0) out += ' ';  // Go: printsp
    const uint64_t a = args + 16 * static_cast<uint64_t>(i);
    const Value v = rd.iface_elem(a);
    if (!v.valid()) {  // an interface operand converted rather than boxed: its words are here
      out += "(0x0,0x0)";
      continue;
    }
    print_one(rd, out, v);
  }
  if (newline) out += '\n';  // Go: printnl
  return out;
}

// Go: runtime/panic.go preprintpanics, then runtime/error.go printany.
std::string panic_value(const FmtContext& c, uint64_t iface_addr) {
  const ValueReader rd(c);
  Value v = rd.iface_elem(iface_addr);
  while (v.valid() && rd.kind(v) == TypeKind::kInterface) v = rd.iface_elem(v.addr);
  if (!v.valid()) return "nil";

  // preprintpanics: an error or Stringer prints as the text its method returns.
  std::string text;
  bool nil_receiver = false;
  if (rd.errors_new_text(v, &text, &nil_receiver)) {
    // A nil *errors.errorString would make Error panic; Go then dies with
    // "panic while printing panic value", which is the interpreter's to report.
    return nil_receiver ? "panic while printing panic value: nil *errors.errorString" : text;
  }
  if (c.call_method && rd.may_have_methods(v.type)) {
    // A method that panics here is fatal in Go ("fatal error: panic while printing panic
    // value"); the interpreter, which sees the panic, reports that. Its text is returned.
    const MethodResult r = c.call_method(ir::type_word(v.type), v.addr);
    if (r.kind != MethodResult::Kind::kNoMethod) return r.text;
  }

  std::string out;
  const ir::TypeDesc& t = rd.type(v.type);
  const bool basic = t.kind == TypeKind::kBool || ValueReader::is_signed(t.kind) ||
                     ValueReader::is_unsigned(t.kind) || ValueReader::is_float(t.kind) ||
                     ValueReader::is_complex(t.kind) ||
                     t.kind == TypeKind::kString;
  if (basic && !t.named) {
    print_one(rd, out, v);
  } else {
    printanycustomtype(rd, out, v);
  }
  return out;
}

}  // namespace gosim::interp
