// Go: fmt/print.go doPrintf and its helpers — reading a format string: flags (# 0 + - space),
// an optional [n] argument index, width and precision (numbers or * from an operand), then
// the verb. Mistakes print inline rather than failing, as in Go:
//   %!d(MISSING)      no operand left for the verb
//   %!(EXTRA int=2)   operands left over (unless [n] indices were used)
//   %!d(BADINDEX)     an [n] out of range
//   %!(BADWIDTH) %!(BADPREC)   a * that found no integer
//   %!(NOVERB)        the format ended after %
#include "sim/interp/fmt_printer.h"
#include "sim/interp/fmt_strconv.h"

namespace gosim::interp {

namespace {

using ir::TypeKind;

// Go: fmt/print.go tooLarge — widths and precisions beyond a million are refused.
bool tooLarge(int64_t x) { return x > 1000000 || x < -1000000; }

// Go: fmt/print.go parsenum — a decimal number in s[start:end).
struct ParsedNum {
  int num = 0;
  bool isnum = false;
  size_t newi = 0;
};
ParsedNum parsenum(std::string_view s, size_t start, size_t end) {
  ParsedNum p;
  if (start >= end) {
    p.newi = end;
    return p;
  }
  for (p.newi = start; p.newi < end && '0' <= s[p.newi] && s[p.newi] <= '9'; ++p.newi) {
    if (tooLarge(p.num)) return ParsedNum{0, false, end};  // overflow: a crazy long number
    p.num = p.num * 10 + (s[p.newi] - '0');
    p.isnum = true;
  }
  return p;
}

// Go: fmt/print.go parseArgNumber — "[n]" at format[0]: index n-1, bytes consumed, ok.
struct ArgIndex {
  int index = 0;
  size_t wid = 1;
  bool ok = false;
};
ArgIndex parseArgNumber(std::string_view format) {
  if (format.size() < 3) return {0, 1, false};  // at least 3 bytes: [n]
  for (size_t i = 1; i < format.size(); ++i) {
    if (format[i] == ']') {
      const ParsedNum p = parsenum(format, 1, i);
      if (!p.isnum || p.newi != i) return {0, i + 1, false};
      return {p.num - 1, i + 1, true};  // arg numbers are one-indexed
    }
  }
  return {0, 1, false};
}

}  // namespace

Printer::IntArg Printer::intFromArg(uint64_t args, int64_t n, int64_t& argNum) const {
  if (argNum >= n) return {};
  const Value a = arg(args, argNum++);
  if (!a.valid()) return {};
  const TypeKind k = rd_.kind(a);
  int64_t num = 0;
  bool is_int = false;
  if (ValueReader::is_signed(k)) {
    num = static_cast<int64_t>(rd_.bits(a));
    is_int = true;
  } else if (ValueReader::is_unsigned(k) && rd_.bits(a) <= static_cast<uint64_t>(INT64_MAX)) {
    num = static_cast<int64_t>(rd_.bits(a));
    is_int = true;
  }
  if (tooLarge(num)) return {};
  return {static_cast<int>(num), is_int};
}

bool Printer::argNumber(int64_t& argNum, std::string_view format, size_t& i, int64_t numArgs) {
  if (format.size() <= i || format[i] != '[') return false;
  reordered_ = true;
  const ArgIndex a = parseArgNumber(format.substr(i));
  i += a.wid;
  if (a.ok && 0 <= a.index && a.index < numArgs) {
    argNum = a.index;
    return true;
  }
  goodArgNum_ = false;
  return a.ok;
}

// Go: fmt/print.go doPrintf
void Printer::doPrintf(std::string_view format, uint64_t args, int64_t n) {
  const size_t end = format.size();
  int64_t argNum = 0;       // we process one operand per non-trivial format
  bool afterIndex = false;  // the previous item in format was an index like [3]
  reordered_ = false;
  for (size_t i = 0; i < end;) {
    goodArgNum_ = true;
    const size_t lasti = i;
    while (i < end && format[i] != '%') ++i;
    if (i > lasti) buf_ += format.substr(lasti, i - lasti);
    if (i >= end) break;  // done processing the format string
    ++i;                  // process one verb

    fmt_.clearflags();
    bool simple_done = false;
    for (; i < end; ++i) {
      const char c = format[i];
      if (c == '#') {
        fmt_.f.sharp = true;
      } else if (c == '0') {
        fmt_.f.zero = !fmt_.f.minus;  // only allow zero padding to the left
      } else if (c == '+') {
        fmt_.f.plus = true;
      } else if (c == '-') {
        fmt_.f.minus = true;
        fmt_.f.zero = false;  // do not pad with zeros to the right
      } else if (c == ' ') {
        fmt_.f.space = true;
      } else {
        // Fast path for the common case of a lower-case verb without width, precision or index.
        if ('a' <= c && c <= 'z' && argNum < n) {
          if (c == 'v') {
            fmt_.f.sharpV = fmt_.f.sharp;  // Go syntax
            fmt_.f.sharp = false;
            fmt_.f.plusV = fmt_.f.plus;  // struct-field syntax
            fmt_.f.plus = false;
          }
          printArg(arg(args, argNum), static_cast<char32_t>(c));
          ++argNum;
          ++i;
          simple_done = true;
        }
        break;  // more complex than simple flags and a verb, or malformed
      }
    }
    if (simple_done) continue;

    afterIndex = argNumber(argNum, format, i, n);  // an explicit argument index?

    if (i < end && format[i] == '*') {  // width from an operand
      ++i;
      const IntArg w = intFromArg(args, n, argNum);
      fmt_.wid = w.num;
      fmt_.f.widPresent = w.isInt;
      if (!w.isInt) buf_ += "%!(BADWIDTH)";
      if (fmt_.wid < 0) {  // a negative width means left-justify
        fmt_.wid = -fmt_.wid;
        fmt_.f.minus = true;
        fmt_.f.zero = false;
      }
      afterIndex = false;
    } else {
      const ParsedNum p = parsenum(format, i, end);
      fmt_.wid = p.num;
      fmt_.f.widPresent = p.isnum;
      i = p.newi;
      if (afterIndex && fmt_.f.widPresent) goodArgNum_ = false;  // "%[3]2d"
    }

    if (i + 1 < end && format[i] == '.') {  // precision
      ++i;
      if (afterIndex) goodArgNum_ = false;  // "%[3].2d"
      afterIndex = argNumber(argNum, format, i, n);
      if (i < end && format[i] == '*') {
        ++i;
        const IntArg p = intFromArg(args, n, argNum);
        fmt_.prec = p.num;
        fmt_.f.precPresent = p.isInt;
        if (fmt_.prec < 0) {  // a negative precision makes no sense
          fmt_.prec = 0;
          fmt_.f.precPresent = false;
        }
        if (!fmt_.f.precPresent) buf_ += "%!(BADPREC)";
        afterIndex = false;
      } else {
        const ParsedNum p = parsenum(format, i, end);
        fmt_.prec = p.num;
        fmt_.f.precPresent = true;  // "%.d" means precision 0
        i = p.newi;
      }
    }

    if (!afterIndex) afterIndex = argNumber(argNum, format, i, n);

    if (i >= end) {
      buf_ += "%!(NOVERB)";
      break;
    }
    char32_t verb = static_cast<unsigned char>(format[i]);
    size_t size = 1;
    if (verb >= 0x80) {
      const DecodedRune d = DecodeRuneInString(format.substr(i));
      verb = static_cast<char32_t>(d.r);
      size = static_cast<size_t>(d.width);
    }
    i += size;

    if (verb == '%') {  // percent does not absorb operands and ignores width and precision
      buf_ += '%';
    } else if (!goodArgNum_) {
      buf_ += kPercentBang;
      writeRune(verb);
      buf_ += "(BADINDEX)";
    } else if (argNum >= n) {  // no operand left for this verb
      buf_ += kPercentBang;
      writeRune(verb);
      buf_ += "(MISSING)";
    } else {
      if (verb == 'v') {
        fmt_.f.sharpV = fmt_.f.sharp;
        fmt_.f.sharp = false;
        fmt_.f.plusV = fmt_.f.plus;
        fmt_.f.plus = false;
      }
      printArg(arg(args, argNum), verb);
      ++argNum;
    }
  }

  // Extra operands, unless the format indexed them out of order (then it is arguably fine).
  if (!reordered_ && argNum < n) {
    fmt_.clearflags();
    buf_ += "%!(EXTRA ";
    for (int64_t k = argNum; k < n; ++k) {
      if (k > argNum) buf_ += ", ";
      const Value a = arg(args, k);
      if (!a.valid()) {
        buf_ += kNilAngle;
      } else {
        buf_ += type(a).name;
        buf_ += '=';
        printArg(a, 'v');
      }
    }
    buf_ += ')';
  }
}

}  // namespace gosim::interp
