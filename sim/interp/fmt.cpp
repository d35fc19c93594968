// Go: fmt/print.go — Sprint, Sprintln and Sprintf over interface values in simulated memory.
//
// Go's fmt walks its operands with reflect: printArg takes one interface value, tries the
// value's Error or String method (handleMethods), and otherwise printValue descends by kind —
// into struct fields, slice and array elements and interface contents — until it reaches
// numbers and strings, which format.go (fmt_format.cpp) lays out under the verb's flags,
// width and precision. The same flags apply to every leaf, which is why %5d on []int{1, 2}
// prints [    1     2] and %x on []string hex-encodes each string.
//
// gosim keeps that structure and those names; reflect is replaced by type descriptors
// (sim/ir/ir.h TypeDesc) and reads from Memory (fmt_value.h). User Error and String methods
// need the interpreter: FmtContext::call_method. What gosim leaves out: Format and GoString methods (the hook asks only for Error and
// String), %w, complex numbers and float32 (not in the subset).
//
// Two details of Go worth knowing when reading the output:
//  - A pointer to a struct, array, slice or map prints as &{...} only at the top level; nested
//    pointers print as addresses (Go avoids following cycles this way).
//  - A bad verb prints the operand with %v inside %!verb(type=value); the width and precision
//    still apply to it (Sprintf("%.*f", 5, 2) prints %!f(int=00002)).
#include "sim/interp/fmt.h"

#include "sim/interp/fmt_printer.h"
#include "sim/interp/fmt_strconv.h"
#include "sim/interp/hmap.h"

#include <algorithm>
#include <vector>

namespace gosim::interp {

using ir::TypeKind;

// The i'th operand: an interface value, 16 bytes. An operand whose descriptor is itself an
// interface type (an interface boxed whole) is unwrapped to what it holds, as Go's conversion
// to any would have done.
Value Printer::arg(uint64_t args, int64_t i) const {
  Value v = rd_.iface_elem(args + 16 * static_cast<uint64_t>(i));
  while (v.valid() && rd_.kind(v) == TypeKind::kInterface) v = rd_.iface_elem(v.addr);
  return v;
}

// Go: buffer.writeRune: utf8.AppendRune, one append of the rune's bytes.
void Printer::writeRune(char32_t r) {
  std::string b;
  AppendRune(b, static_cast<int32_t>(r));
  buf_ += b;
}

// Go: fmt/print.go badVerb — %!verb(type=value), or %!verb(<nil>).
void Printer::badVerb(char32_t verb) {
  erroring_ = true;
  buf_ += kPercentBang;
  writeRune(verb);
  buf_ += '(';
  if (value_.valid()) {
    const Value v = value_;
    buf_ += type(v).name;
    buf_ += '=';
    printValue(v, 'v', 0);
  } else {
    buf_ += kNilAngle;
  }
  buf_ += ')';
  erroring_ = false;
}

void Printer::fmtBool(bool v, char32_t verb) {
  if (verb == 't' || verb == 'v') {
    fmt_.fmtBoolean(v);
  } else {
    badVerb(verb);
  }
}

// Go: fmt/print.go fmt0x64 — hex with or without 0x, by setting the sharp flag for the call.
void Printer::fmt0x64(uint64_t v, bool leading0x) {
  const bool sharp = fmt_.f.sharp;
  fmt_.f.sharp = leading0x;
  fmt_.fmtInteger(v, 16, false, 'v', kLowerDigits);
  fmt_.f.sharp = sharp;
}

void Printer::fmtInteger(uint64_t v, bool is_signed, char32_t verb) {
  switch (verb) {
    case 'v':
      if (fmt_.f.sharpV && !is_signed) {
        fmt0x64(v, true);
      } else {
        fmt_.fmtInteger(v, 10, is_signed, verb, kLowerDigits);
      }
      return;
    case 'd': fmt_.fmtInteger(v, 10, is_signed, verb, kLowerDigits); return;
    case 'b': fmt_.fmtInteger(v, 2, is_signed, verb, kLowerDigits); return;
    case 'o': case 'O': fmt_.fmtInteger(v, 8, is_signed, verb, kLowerDigits); return;
    case 'x': fmt_.fmtInteger(v, 16, is_signed, verb, kLowerDigits); return;
    case 'X': fmt_.fmtInteger(v, 16, is_signed, verb, kUpperDigits); return;
    case 'c': fmt_.fmtC(v); return;
    case 'q': fmt_.fmtQc(v); return;
    case 'U': fmt_.fmtUnicode(v); return;
    default: badVerb(verb);
  }
}

// Go: fmt/print.go fmtFloat — %v is strconv's shortest 'g'; %e %f default to precision 6.
// size is 32 for a float32 (its shortest digits are float32's), else 64.
void Printer::fmtFloat(double v, int size, char32_t verb) {
  switch (verb) {
    case 'v': fmt_.fmtFloat(v, size, 'g', -1); return;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmt_.fmtFloat(v, size, verb, -1); return;
    case 'f': case 'e': case 'E': fmt_.fmtFloat(v, size, verb, 6); return;
    case 'F': fmt_.fmtFloat(v, size, 'f', 6); return;
    default: badVerb(verb);
  }
}

// Go: fmt/print.go fmtComplex — "(re+imi)": the parts with fmtFloat at half the size, the
// imaginary part always signed.
void Printer::fmtComplex(std::pair<double, double> v, int size, char32_t verb) {
  switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E': {
      const bool old_plus = fmt_.f.plus;
      buf_ += '(';
      fmtFloat(v.first, size / 2, verb);
      fmt_.f.plus = true;
      fmtFloat(v.second, size / 2, verb);
      buf_ += "i)";
      fmt_.f.plus = old_plus;
      return;
    }
    default: badVerb(verb);
  }
}

void Printer::fmtString(std::string_view v, char32_t verb) {
  switch (verb) {
    case 'v':
      if (fmt_.f.sharpV) {
        fmt_.fmtQ(v);
      } else {
        fmt_.fmtS(v);
      }
      return;
    case 's': fmt_.fmtS(v); return;
    case 'x': fmt_.fmtSx(v, kLowerDigits); return;
    case 'X': fmt_.fmtSx(v, kUpperDigits); return;
    case 'q': fmt_.fmtQ(v); return;
    default: badVerb(verb);
  }
}

// Go: fmt/print.go fmtBytes — a []byte operand (Go's printArg fast path) or, for %s %q %x %X,
// any slice or array of bytes reached by printValue.
void Printer::fmtBytes(std::string_view v, char32_t verb, std::string_view type_string) {
  switch (verb) {
    case 'v': case 'd':
      if (fmt_.f.sharpV) {  // []byte{0x1, 0x2}
        buf_ += type_string;
        buf_ += '{';
        for (size_t i = 0; i < v.size(); ++i) {
          if (i > 0) buf_ += ", ";
          fmt0x64(static_cast<uint8_t>(v[i]), true);
        }
        buf_ += '}';
      } else {
        buf_ += '[';
        for (size_t i = 0; i < v.size(); ++i) {
          if (i > 0) buf_ += ' ';
          fmt_.fmtInteger(static_cast<uint8_t>(v[i]), 10, false, verb, kLowerDigits);
        }
        buf_ += ']';
      }
      return;
    case 's': fmt_.fmtBs(v); return;
    case 'x': fmt_.fmtBx(v, kLowerDigits); return;
    case 'X': fmt_.fmtBx(v, kUpperDigits); return;
    case 'q': fmt_.fmtQ(v); return;
    default: break;
  }
}

// Go: fmt/print.go fmtPointer — pointer-shaped values: 0xc000012345, <nil>, (*main.T)(nil).
// A slice's pointer is its first element's address. A func prints its funcval's address here
// (Go prints the code pointer).
void Printer::fmtPointer(const Value& v, char32_t verb) {
  uint64_t u = 0;
  switch (rd_.kind(v)) {
    case TypeKind::kChan: case TypeKind::kFunc: case TypeKind::kMap: case TypeKind::kPointer:
    case TypeKind::kSlice: case TypeKind::kUnsafePointer:
      u = rd_.word(v.addr);
      break;
    default:
      badVerb(verb);
      return;
  }
  switch (verb) {
    case 'v':
      if (fmt_.f.sharpV) {
        buf_ += '(';
        buf_ += type(v).name;
        buf_ += ")(";
        if (u == 0) {
          buf_ += "nil";
        } else {
          fmt0x64(u, true);
        }
        buf_ += ')';
      } else if (u == 0) {
        fmt_.padString(kNilAngle);
      } else {
        fmt0x64(u, !fmt_.f.sharp);
      }
      return;
    case 'p': fmt0x64(u, !fmt_.f.sharp); return;
    case 'b': case 'o': case 'd': case 'x': case 'X': fmtInteger(u, false, verb); return;
    default: badVerb(verb);
  }
}

// Go: fmt/print.go handleMethods. Error first, then String, for verbs that accept a string.
// A method that panics on a nil pointer receiver prints <nil>; another panic prints
// %!v(PANIC=String method: boom) (Go: catchPanic).
bool Printer::handleMethods(const Value& v, char32_t verb) {
  if (erroring_) return false;
  if (verb == 'w') {
    // Go: %w is valid only in Errorf, once, with an operand that is an error; it then prints
    // as %v and Errorf wraps the operand.
    bool is_error = false;
    for (const auto& m : type(v).methods) is_error = is_error || (m.name == "Error" && m.sig == "func() string");
    if (!is_error || !wrap_errs_ || wrapped_.first != 0) {
      wrapped_ = {0, 0};
      wrap_errs_ = false;
      badVerb(verb);
      return true;
    }
    wrapped_ = {ir::type_word(v.type), rd_.go_data_word(v)};
    verb = 'v';
  }
  if (fmt_.f.sharpV) return false;  // %#v would ask GoStringer, which gosim lacks
  switch (verb) {
    case 'v': case 's': case 'x': case 'X': case 'q': break;
    default: return false;
  }
  MethodResult r;
  bool nil_receiver = false;
  if (rd_.errors_new_text(v, &r.text, &nil_receiver)) {
    r.kind = nil_receiver ? MethodResult::Kind::kPanicked : MethodResult::Kind::kReturned;
    r.method = "Error";
  } else if (rd_.ctx().call_method && rd_.may_have_methods(v.type)) {
    r = rd_.ctx().call_method(ir::type_word(v.type), v.addr);
  }
  switch (r.kind) {
    case MethodResult::Kind::kNoMethod: return false;
    case MethodResult::Kind::kReturned: fmtString(r.text, verb); return true;
    case MethodResult::Kind::kPanicked: break;
  }
  if (rd_.kind(v) == TypeKind::kPointer && rd_.word(v.addr) == 0) {
    buf_ += kNilAngle;
    return true;
  }
  // Go prints the panic value with default flags; the interpreter has already formatted it.
  buf_ += kPercentBang;
  writeRune(verb);
  buf_ += "(PANIC=";
  buf_ += r.method;
  buf_ += " method: ";
  buf_ += r.text;
  buf_ += ')';
  return true;
}

// Go: fmt/print.go printArg — one operand. %T and %p come first; unnamed basic types go
// straight to their formatter; everything else may have methods, then is walked by printValue.
void Printer::printArg(const Value& a, char32_t verb) {
  value_ = a;
  if (!a.valid()) {
    if (verb == 'T' || verb == 'v') {
      fmt_.padString(kNilAngle);
    } else {
      badVerb(verb);
    }
    return;
  }
  const ir::TypeDesc& t = type(a);
  if (verb == 'T') {
    fmt_.fmtS(t.name);
    return;
  }
  if (verb == 'p') {
    fmtPointer(a, 'p');
    return;
  }
  if (t.name == "reflect.Value") {  // part reflect: Go's printArg case reflect.Value
    // Go: the value the Value holds is printed (its methods first when it can be an interface);
    // the Value's words are {typ, ptr, flag}, flagIndir 1<<7, the read-only bits 1<<5 | 1<<6.
    const uint64_t tw = rd_.word(a.addr), ptr = rd_.word(a.addr + 8), flag = rd_.word(a.addr + 16);
    if (flag == 0) {
      fmt_.fmtS("<invalid reflect.Value>");
      return;
    }
    Value v{ir::type_of_word(tw), (flag & (1u << 7)) != 0 ? ptr : a.addr + 8, (flag & 0x60) == 0};
    value_ = v;
    if (v.can_interface && handleMethods(v, verb)) return;
    return printValue(v, verb, 0);
  }
  if (!t.named) {
    if (t.kind == TypeKind::kBool) return fmtBool(rd_.boolean(a), verb);
    if (ValueReader::is_signed(t.kind)) return fmtInteger(rd_.bits(a), true, verb);
    if (ValueReader::is_unsigned(t.kind)) return fmtInteger(rd_.bits(a), false, verb);
    if (t.kind == TypeKind::kFloat64) return fmtFloat(rd_.float64(a), 64, verb);
    if (t.kind == TypeKind::kFloat32) return fmtFloat(rd_.float32(a), 32, verb);
    if (ValueReader::is_complex(t.kind)) return fmtComplex(rd_.complex(a), ValueReader::float_size(t.kind), verb);
    if (t.kind == TypeKind::kString) return fmtString(rd_.string_at(a.addr), verb);
    if (t.name == "[]uint8") {  // Go's []byte case; its %#v says []byte{...}
      const uint64_t len = rd_.word(a.addr + 8);
      const std::string b = len == 0 ? std::string() : rd_.ctx().mem.read_string(rd_.word(a.addr), len);
      if (verb == 'v' || verb == 'd' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q') {
        return fmtBytes(b, verb, "[]byte");
      }
      return printValue(a, verb, 0);
    }
  }
  if (!handleMethods(a, verb)) printValue(a, verb, 0);
}

// Go: fmt/print.go printValue — walk a value by kind. depth > 0 below the operand itself.
void Printer::printValue(const Value& v, char32_t verb, int depth) {
  if (depth > 0 && v.valid() && v.can_interface && handleMethods(v, verb)) return;
  value_ = v;
  const ir::TypeDesc& t = type(v);
  switch (t.kind) {
    case TypeKind::kBool: return fmtBool(rd_.boolean(v), verb);
    case TypeKind::kInt: case TypeKind::kInt8: case TypeKind::kInt16: case TypeKind::kInt32:
    case TypeKind::kInt64:
      return fmtInteger(rd_.bits(v), true, verb);
    case TypeKind::kUint: case TypeKind::kUint8: case TypeKind::kUint16: case TypeKind::kUint32:
    case TypeKind::kUint64: case TypeKind::kUintptr:
      return fmtInteger(rd_.bits(v), false, verb);
    case TypeKind::kFloat64: return fmtFloat(rd_.float64(v), 64, verb);
    case TypeKind::kFloat32: return fmtFloat(rd_.float32(v), 32, verb);
    case TypeKind::kComplex64: case TypeKind::kComplex128:
      return fmtComplex(rd_.complex(v), ValueReader::float_size(t.kind), verb);
    case TypeKind::kString: return fmtString(rd_.string_at(v.addr), verb);
    case TypeKind::kMap: return printMap(v, verb, depth);
    case TypeKind::kStruct: return printStruct(v, verb, depth);
    case TypeKind::kInterface: {
      const Value e = rd_.iface_elem(v.addr, v.can_interface);
      if (e.valid()) return printValue(e, verb, depth + 1);
      if (fmt_.f.sharpV) {
        buf_ += t.name;
        buf_ += kNilParen;
      } else {
        buf_ += kNilAngle;
      }
      return;
    }
    case TypeKind::kArray: case TypeKind::kSlice: return printList(v, verb, depth);
    case TypeKind::kPointer: {
      // A pointer to an array, slice, struct or map is followed at the top level only.
      const uint64_t p = rd_.word(v.addr);
      if (depth == 0 && p != 0) {
        switch (type(Value{t.elem}).kind) {
          case TypeKind::kArray: case TypeKind::kSlice: case TypeKind::kStruct: case TypeKind::kMap:
            buf_ += '&';
            printValue(Value{t.elem, p, v.can_interface}, verb, depth + 1);
            return;
          default: break;
        }
      }
      return fmtPointer(v, verb);
    }
    case TypeKind::kChan: case TypeKind::kFunc: case TypeKind::kUnsafePointer:
      return fmtPointer(v, verb);
  }
}

// Go: printValue's reflect.Struct case — {1 2}, %+v {A:1 B:2}, %#v main.T{A:1, B:2}.
void Printer::printStruct(const Value& v, char32_t verb, int depth) {
  const ir::TypeDesc& t = type(v);
  if (fmt_.f.sharpV) buf_ += t.name;
  buf_ += '{';
  for (size_t i = 0; i < t.fields.size(); ++i) {
    const ir::FieldDesc& fd = t.fields[i];
    if (i > 0) buf_ += fmt_.f.sharpV ? ", " : " ";
    if ((fmt_.f.plusV || fmt_.f.sharpV) && !fd.name.empty()) {
      buf_ += fd.name;
      buf_ += ':';
    }
    // Go: getField. Unexported fields (lower case, or _) are readable but not interfaceable.
    const bool exported = !fd.name.empty() && fd.name[0] >= 'A' && fd.name[0] <= 'Z';
    Value f{fd.type, v.addr + static_cast<uint64_t>(fd.offset), v.can_interface && exported};
    if (rd_.kind(f) == TypeKind::kInterface) {
      const Value e = rd_.iface_elem(f.addr, f.can_interface);
      if (e.valid()) f = e;
    }
    printValue(f, verb, depth + 1);
  }
  buf_ += '}';
}

// Go: printValue's reflect.Array, reflect.Slice case — [1 2 3], or []int{1, 2} for %#v. Byte
// slices and arrays print as strings for %s %q %x %X.
void Printer::printList(const Value& v, char32_t verb, int depth) {
  const ir::TypeDesc& t = type(v);
  const bool is_slice = t.kind == TypeKind::kSlice;
  const uint64_t base = is_slice ? rd_.word(v.addr) : v.addr;
  const int64_t len = is_slice ? static_cast<int64_t>(rd_.word(v.addr + 8)) : t.len;
  const ir::TypeDesc& et = rd_.type(t.elem);
  if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && et.kind == TypeKind::kUint8) {
    const std::string bytes = len == 0 ? std::string() : rd_.ctx().mem.read_string(base, static_cast<size_t>(len));
    return fmtBytes(bytes, verb, t.name);
  }
  if (fmt_.f.sharpV) {
    buf_ += t.name;
    if (is_slice && base == 0) {
      buf_ += kNilParen;
      return;
    }
    buf_ += '{';
  } else {
    buf_ += '[';
  }
  for (int64_t i = 0; i < len; ++i) {
    if (i > 0) buf_ += fmt_.f.sharpV ? ", " : " ";
    printValue(Value{t.elem, base + static_cast<uint64_t>(i * et.size), v.can_interface}, verb, depth + 1);
  }
  buf_ += fmt_.f.sharpV ? '}' : ']';
}

// Go: fmt/print.go printValue's Map case: keys sorted by internal/fmtsort, so maps print the
// same every time even though their iteration order is random.
void Printer::printMap(const Value& v, char32_t verb, int depth) {
  const ir::TypeDesc& t = type(v);
  const uint64_t h = rd_.word(v.addr);
  if (fmt_.f.sharpV) {
    buf_ += t.name;
    if (h == 0) {
      buf_ += "(nil)";
      return;
    }
    buf_ += '{';
  } else {
    buf_ += "map[";
  }
  std::vector<std::pair<Value, Value>> entries;
  for (const auto& [k, val] : map_entries(rd_.ctx().mod, rd_.ctx().mem, h, v.type)) {
    entries.emplace_back(Value{t.key, k, v.can_interface}, Value{t.elem, val, v.can_interface});
  }
  std::stable_sort(entries.begin(), entries.end(),
                   [&](const auto& a, const auto& b) { return compareKeys(a.first, b.first) < 0; });
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i > 0) buf_ += fmt_.f.sharpV ? ", " : " ";
    printValue(entries[i].first, verb, depth + 1);
    buf_ += ':';
    printValue(entries[i].second, verb, depth + 1);
  }
  buf_ += fmt_.f.sharpV ? '}' : ']';
}

// Go: internal/fmtsort compare — numbers and strings in order, false before true, NaN first,
// pointers and channels by address, structs and arrays element by element, interfaces nil
// first, then by type (gosim: descriptor order, Go: type address), then by value.
int Printer::compareKeys(const Value& a, const Value& b) const {
  const ir::TypeDesc& t = rd_.type(a.type);
  auto cmp = [](auto x, auto y) { return x < y ? -1 : (x > y ? 1 : 0); };
  switch (t.kind) {
    case TypeKind::kString: return cmp(rd_.string_at(a.addr), rd_.string_at(b.addr));
    case TypeKind::kBool: return cmp(rd_.boolean(a), rd_.boolean(b));
    case TypeKind::kFloat64: case TypeKind::kFloat32: {
      const double x = rd_.complex(a).first, y = rd_.complex(b).first;
      if (x != x) return y != y ? 0 : -1;
      if (y != y) return 1;
      return cmp(x, y);
    }
    case TypeKind::kComplex64: case TypeKind::kComplex128: {
      // Go: fmtsort compare — floatCompare of the real parts, then of the imaginary parts
      // (a NaN on the left compares low, even against a NaN).
      const auto [ar, ai] = rd_.complex(a);
      const auto [br, bi] = rd_.complex(b);
      auto float_compare = [&](double x, double y) { return x != x ? -1 : y != y ? 1 : cmp(x, y); };
      if (const int c = float_compare(ar, br); c != 0) return c;
      return float_compare(ai, bi);
    }
    case TypeKind::kStruct:
      for (const ir::FieldDesc& f : t.fields) {
        const int c = compareKeys(Value{f.type, a.addr + static_cast<uint64_t>(f.offset)},
                                  Value{f.type, b.addr + static_cast<uint64_t>(f.offset)});
        if (c != 0) return c;
      }
      return 0;
    case TypeKind::kArray: {
      const auto es = static_cast<uint64_t>(rd_.type(t.elem).size);
      for (int64_t i = 0; i < t.len; ++i) {
        const auto off = es * static_cast<uint64_t>(i);
        const int c = compareKeys(Value{t.elem, a.addr + off}, Value{t.elem, b.addr + off});
        if (c != 0) return c;
      }
      return 0;
    }
    case TypeKind::kInterface: {
      const Value x = rd_.iface_elem(a.addr), y = rd_.iface_elem(b.addr);
      if (!x.valid() || !y.valid()) return cmp(x.valid(), y.valid());
      if (x.type != y.type) return cmp(x.type, y.type);
      return compareKeys(x, y);
    }
    default:
      if (ValueReader::is_signed(t.kind)) return cmp(static_cast<int64_t>(rd_.bits(a)), static_cast<int64_t>(rd_.bits(b)));
      if (ValueReader::is_unsigned(t.kind)) return cmp(rd_.bits(a), rd_.bits(b));
      return cmp(rd_.word(a.addr), rd_.word(b.addr));  // pointers, channels
  }
}

// Go: fmt/print.go doPrint — a space between operands when neither is a string.
void Printer::doPrint(uint64_t args, int64_t n) {
  bool prev_string = false;
  for (int64_t i = 0; i < n; ++i) {
    const Value a = arg(args, i);
    const bool is_string = a.valid() && rd_.kind(a) == TypeKind::kString;
    if (i > 0 && !is_string && !prev_string) buf_ += ' ';
    printArg(a, 'v');
    prev_string = is_string;
  }
}

// Go: fmt/print.go doPrintln — always spaces, and a newline.
void Printer::doPrintln(uint64_t args, int64_t n) {
  for (int64_t i = 0; i < n; ++i) {
    if (i > 0) buf_ += ' ';
    printArg(arg(args, i), 'v');
  }
  buf_ += '\n';
}

std::string fmt_sprint(const FmtContext& c, uint64_t args, int64_t n) {
  Printer p(c);
  p.doPrint(args, n);
  return p.take();
}

std::string fmt_sprintln(const FmtContext& c, uint64_t args, int64_t n) {
  Printer p(c);
  p.doPrintln(args, n);
  return p.take();
}

std::string fmt_sprintf(const FmtContext& c, std::string_view format, uint64_t args, int64_t n) {
  Printer p(c);
  p.doPrintf(format, args, n);
  return p.take();
}

std::string fmt_errorf(const FmtContext& c, std::string_view format, uint64_t args, int64_t n,
                       std::pair<uint64_t, uint64_t>* wrapped) {
  Printer p(c);
  p.wrap_errors();
  p.doPrintf(format, args, n);
  *wrapped = p.wrapped();
  return p.take();
}

}  // namespace gosim::interp
