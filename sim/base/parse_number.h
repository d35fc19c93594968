// A whole decimal number that is the entire string: "12" yes, "12x", "", " 12", "+1" no.
// Selectors (`kind:go_create#3`, `line:12`) and `gosim state --at N` read their numbers with it,
// so both refuse the same texts.
#pragma once

#include <charconv>
#include <string_view>
#include <system_error>

namespace gosim {

template <class T>
bool parse_number(std::string_view s, T* out) {
  if (s.empty()) return false;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size();
}

}  // namespace gosim
