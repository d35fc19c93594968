// Go: fmt/print.go pp — the printer behind one Sprint/Sprintln/Sprintf call. Internal to
// sim/interp: fmt.cpp walks values (printArg, printValue), fmt_printf.cpp parses formats.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "sim/interp/fmt.h"
#include "sim/interp/fmt_format.h"
#include "sim/interp/fmt_value.h"

namespace gosim::interp {

constexpr std::string_view kNilAngle = "<nil>";  // Go: nilAngleString
constexpr std::string_view kNilParen = "(nil)";  // Go: nilParenString
constexpr std::string_view kPercentBang = "%!";  // Go: percentBangString

class Printer {
 public:
  explicit Printer(const FmtContext& c) : rd_(c), fmt_(buf_) { buf_.record(c.pieces); }

  void doPrint(uint64_t args, int64_t n);
  void doPrintln(uint64_t args, int64_t n);
  void doPrintf(std::string_view format, uint64_t args, int64_t n);
  std::string take() { return buf_.take(); }
  // Go: pp.wrapErrs / pp.wrappedErr — Errorf's %w (part reflectlite). After doPrintf, the
  // wrapped error's interface words, or {0, 0} when there is none.
  void wrap_errors() { wrap_errs_ = true; }
  std::pair<uint64_t, uint64_t> wrapped() const { return wrapped_; }

 private:
  Value arg(uint64_t args, int64_t i) const;
  const ir::TypeDesc& type(const Value& v) const { return rd_.type(v.type); }

  void printArg(const Value& arg, char32_t verb);
  void printValue(const Value& v, char32_t verb, int depth);
  bool handleMethods(const Value& v, char32_t verb);
  void badVerb(char32_t verb);
  void writeRune(char32_t r);

  void fmtBool(bool v, char32_t verb);
  void fmt0x64(uint64_t v, bool leading0x);
  void fmtInteger(uint64_t v, bool is_signed, char32_t verb);
  void fmtFloat(double v, int size, char32_t verb);
  void fmtComplex(std::pair<double, double> v, int size, char32_t verb);
  void fmtString(std::string_view v, char32_t verb);
  void fmtBytes(std::string_view v, char32_t verb, std::string_view type_string);
  void fmtPointer(const Value& v, char32_t verb);
  void printStruct(const Value& v, char32_t verb, int depth);
  void printList(const Value& v, char32_t verb, int depth);
  void printMap(const Value& v, char32_t verb, int depth);
  int compareKeys(const Value& a, const Value& b) const;  // Go: internal/fmtsort compare

  // Go: fmt/print.go intFromArg — a * width or precision taken from an operand.
  struct IntArg {
    int num = 0;
    bool isInt = false;
  };
  IntArg intFromArg(uint64_t args, int64_t n, int64_t& argNum) const;
  // Go: fmt/print.go argNumber — an explicit [n] index at format[i]; returns afterIndex.
  bool argNumber(int64_t& argNum, std::string_view format, size_t& i, int64_t numArgs);

  ValueReader rd_;
  FmtBuffer buf_;
  Fmt fmt_;
  // Go: pp.arg / pp.value — the operand badVerb reports: %!d(string=hi).
  Value value_;
  bool erroring_ = false;   // printing a %!verb(...) form: no Error or String methods
  bool reordered_ = false;  // the format used an explicit argument index [n]
  bool goodArgNum_ = true;
  bool wrap_errs_ = false;
  std::pair<uint64_t, uint64_t> wrapped_{0, 0};
};

}  // namespace gosim::interp
