// Go: fmt/format.go — the raw formatter under Printf: flags, width and precision applied to one
// already-decoded value (an integer, a float, a string, a rune). Internal to sim/interp's fmt.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gosim::interp {

// Go: fmt/print.go buffer — the printer's []byte, written piece by piece: write, writeString,
// writeByte and writeRune are each one append (so each may run growslice), and format.go
// writePadding grows it itself (make(buffer, cap*2+n)). gosim builds the text in a std::string
// and, when the caller asks (FmtContext::pieces), records the length after each piece, so that
// the printer's buffer in the simulated heap grows where Go's does (fmt_pool.cpp pp_grow).
class FmtBuffer {
 public:
  static constexpr uint64_t kPadding = uint64_t{1} << 63;  // a piece written by writePadding

  FmtBuffer& operator+=(std::string_view v) {
    if (!v.empty()) {
      s_ += v;
      note(0);
    }
    return *this;
  }
  FmtBuffer& operator+=(char c) {
    s_ += c;
    note(0);
    return *this;
  }
  void append(const std::string& v, size_t pos) { *this += std::string_view(v).substr(pos); }
  void append(size_t n, char c) {  // writePadding only
    s_.append(n, c);
    note(kPadding);
  }
  size_t size() const { return s_.size(); }
  void record(std::vector<uint64_t>* pieces) { pieces_ = pieces; }
  std::string take() { return std::move(s_); }

 private:
  void note(uint64_t how) {
    if (pieces_ != nullptr) pieces_->push_back(s_.size() | how);
  }
  std::string s_;
  std::vector<uint64_t>* pieces_ = nullptr;
};

// Go: fmt/format.go fmtFlags. For %+v and %#v, plusV/sharpV are set and plus/sharp cleared,
// since those are in effect different, flagless formats set at the top level.
struct FmtFlags {
  bool widPresent = false;
  bool precPresent = false;
  bool minus = false;
  bool plus = false;
  bool sharp = false;
  bool space = false;
  bool zero = false;
  bool plusV = false;
  bool sharpV = false;
};

constexpr std::string_view kLowerDigits = "0123456789abcdefx";  // Go: ldigits
constexpr std::string_view kUpperDigits = "0123456789ABCDEFX";  // Go: udigits

// Go: fmt/format.go fmt. Writes into the printer's buffer.
class Fmt {
 public:
  explicit Fmt(FmtBuffer& buf) : buf_(buf) {}

  void clearflags() { f = FmtFlags{}; wid = 0; prec = 0; }

  void writePadding(int n);
  void pad(std::string_view b);  // pads by rune count (pad and padString are one in C++)
  void padString(std::string_view s) { pad(s); }

  void fmtBoolean(bool v);
  void fmtUnicode(uint64_t u);
  void fmtInteger(uint64_t u, int base, bool is_signed, char32_t verb, std::string_view digits);
  void fmtS(std::string_view s);
  void fmtBs(std::string_view b) { fmtS(b); }
  void fmtSbx(std::string_view s, std::string_view digits);
  void fmtSx(std::string_view s, std::string_view digits) { fmtSbx(s, digits); }
  void fmtBx(std::string_view b, std::string_view digits) { fmtSbx(b, digits); }
  void fmtQ(std::string_view s);
  void fmtC(uint64_t c);
  void fmtQc(uint64_t c);
  void fmtFloat(double v, int size, char32_t verb, int default_prec);

  FmtFlags f;
  int wid = 0;
  int prec = 0;

 private:
  std::string_view truncateString(std::string_view s) const;

  FmtBuffer& buf_;
};

}  // namespace gosim::interp
