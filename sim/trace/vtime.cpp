#include "sim/trace/vtime.h"

#include <cstdio>
#include <cstdlib>

namespace gosim {

namespace {
// Prints whole.frac with trailing zeros of the fraction dropped.
std::string decimal(int64_t whole, int64_t frac, int digits, const char* unit) {
  char buf[64];
  if (frac == 0) {
    std::snprintf(buf, sizeof buf, "%lld%s", static_cast<long long>(whole), unit);
    return buf;
  }
  std::snprintf(buf, sizeof buf, "%lld.%0*lld", static_cast<long long>(whole), digits, static_cast<long long>(frac));
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  return s + unit;
}
}  // namespace

std::string format_vtime(VTime ns) {
  if (ns < 0) return "-" + format_vtime(-ns);
  if (ns < 1000) return std::to_string(ns) + "ns";
  if (ns < 1'000'000) return decimal(ns / 1000, ns % 1000, 3, "µs");
  if (ns < 1'000'000'000) return decimal(ns / 1'000'000, ns % 1'000'000, 6, "ms");
  return decimal(ns / 1'000'000'000, ns % 1'000'000'000, 9, "s");
}

}  // namespace gosim
