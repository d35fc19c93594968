#include "sim/lesson/text_pos.h"

namespace gosim::lesson {

namespace {

size_t utf8_len(unsigned cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

unsigned hex4(std::string_view s) {
  unsigned v = 0;
  for (char c : s.substr(0, 4)) {
    v <<= 4;
    if (c >= '0' && c <= '9') v |= static_cast<unsigned>(c - '0');
    else if (c >= 'a' && c <= 'f') v |= static_cast<unsigned>(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') v |= static_cast<unsigned>(c - 'A' + 10);
  }
  return v;
}

}  // namespace

Pos string_char_pos(std::string_view file_text, Pos quote, size_t offset) {
  if (!quote.known()) return quote;
  // The byte where the quote's line starts.
  size_t i = 0;
  for (int32_t line = 1; line < quote.line && i < file_text.size(); ++i) {
    if (file_text[i] == '\n') ++line;
  }
  size_t raw = i + static_cast<size_t>(quote.col);  // first byte after the quote
  size_t decoded = 0;
  while (decoded < offset && raw < file_text.size() && file_text[raw] != '"') {
    if (file_text[raw] != '\\') {
      ++raw;
      ++decoded;
      continue;
    }
    const char e = raw + 1 < file_text.size() ? file_text[raw + 1] : '\0';
    if (e != 'u') {
      raw += 2;
      ++decoded;
      continue;
    }
    unsigned cp = hex4(file_text.substr(raw + 2));
    raw += 6;
    if (cp >= 0xD800 && cp < 0xDC00 && file_text.substr(raw, 2) == "\\u") {
      raw += 6;  // the low half of a surrogate pair: one 4-byte character
      cp = 0x10000;
    }
    decoded += utf8_len(cp);
  }
  return {quote.line, static_cast<int32_t>(raw - i + 1)};
}

}  // namespace gosim::lesson
