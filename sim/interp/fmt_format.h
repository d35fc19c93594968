// Go: fmt/format.go — the raw formatter under Printf: flags, width and precision applied to one
// already-decoded value (an integer, a float, a string, a rune). Internal to sim/interp's fmt.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gosim::interp {

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
  explicit Fmt(std::string& buf) : buf_(buf) {}

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

  std::string& buf_;
};

}  // namespace gosim::interp
