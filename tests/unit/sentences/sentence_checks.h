// What a finished sentence must look like: every placeholder filled, and (in Chinese) written in
// Chinese. Shared by the catalog test and the runs over the shipped scenarios.
#pragma once

#include <cstdint>
#include <regex>
#include <set>
#include <string>
#include <string_view>

namespace gosim::testing {

// Decodes UTF-8 and reports whether any code point is a CJK ideograph or CJK/full-width
// punctuation (U+3000-U+303F, U+4E00-U+9FFF, U+FF00-U+FFEF).
inline bool has_cjk(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    uint32_t cp = c;
    size_t n = 1;
    if (c >= 0xf0) { cp = c & 0x07; n = 4; }
    else if (c >= 0xe0) { cp = c & 0x0f; n = 3; }
    else if (c >= 0xc0) { cp = c & 0x1f; n = 2; }
    for (size_t k = 1; k < n && i + k < s.size(); ++k) cp = cp << 6 | (static_cast<unsigned char>(s[i + k]) & 0x3f);
    if ((cp >= 0x3000 && cp <= 0x303f) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xff00 && cp <= 0xffef)) return true;
    i += n;
  }
  return false;
}

// A placeholder left in a sentence: "{g}", "{addr:#x}".
inline bool has_unfilled_placeholder(const std::string& s) {
  static const std::regex kPlaceholder(R"(\{[a-z_]+(:[^}]*)?\})");
  return std::regex_search(s, kPlaceholder);
}

// The placeholder names of a template ("{g} runs {fn}" -> {"fn", "g"}), fmt's "{{" and "}}"
// escapes skipped.
inline std::set<std::string> placeholders(std::string_view t) {
  std::set<std::string> out;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '{' && i + 1 < t.size() && t[i + 1] == '{') { ++i; continue; }
    if (t[i] != '{') continue;
    const size_t close = t.find('}', i);
    if (close == std::string_view::npos) { out.insert("<unclosed>"); break; }
    const std::string_view body = t.substr(i + 1, close - i - 1);
    out.insert(std::string(body.substr(0, body.find(':'))));
    i = close;
  }
  return out;
}

}  // namespace gosim::testing
