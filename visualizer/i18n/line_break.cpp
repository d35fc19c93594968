#include "visualizer/i18n/line_break.h"

namespace gosim::viz {

uint32_t utf8_next(std::string_view s, size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  const int n = (b & 0xE0) == 0xC0 ? 1 : (b & 0xF0) == 0xE0 ? 2 : (b & 0xF8) == 0xF0 ? 3 : -1;
  if (n < 0 || i + static_cast<size_t>(n) >= s.size()) {
    ++i;
    return 0xFFFD;
  }
  uint32_t cp = b & (0x3Fu >> n);
  for (int k = 1; k <= n; ++k) {
    const auto c = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
    if ((c & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (c & 0x3Fu);
  }
  i += static_cast<size_t>(n) + 1;
  return cp;
}

namespace {

// CJK ideographs, kana, Hangul, CJK punctuation and full-width forms: each is a "word".
bool is_wide(uint32_t c) {
  return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x2FFFF);
}
// Must not start a line (closing marks) / must not end one (opening marks).
bool no_line_start(uint32_t c) {
  switch (c) {
    case 0x3001: case 0x3002: case 0xFF0C: case 0xFF0E: case 0xFF1A: case 0xFF1B: case 0xFF01: case 0xFF1F:
    case 0xFF09: case 0x300B: case 0x300D: case 0x300F: case 0x3011: case 0x201D: case 0x2019: case 0x2026:
    case ')': case ']': case '}': case ',': case '.': case ':': case ';': case '!': case '?': case '%':
      return true;
    default: return false;
  }
}
bool no_line_end(uint32_t c) {
  switch (c) {
    case 0xFF08: case 0x300A: case 0x300C: case 0x300E: case 0x3010: case 0x201C: case 0x2018: case '(': case '[':
      return true;
    default: return false;
  }
}
bool is_blank(uint32_t c) { return c == ' ' || c == '\t' || c == 0x3000; }

}  // namespace

bool can_break_between(uint32_t a, uint32_t b) {
  if (is_blank(a)) return !is_blank(b);
  if (is_blank(b)) return false;  // break after the blanks, not before them
  if (no_line_start(b) || no_line_end(a)) return false;
  return is_wide(a) || is_wide(b);
}

std::vector<LineSpan> break_lines(std::string_view text, float width, const std::function<float(uint32_t)>& advance) {
  std::vector<LineSpan> out;
  size_t begin = 0;
  while (begin <= text.size()) {
    // Skip blanks a break left at the start of this line (not at the start of the text).
    if (!out.empty()) {
      while (begin < text.size() && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
    }
    float w = 0;
    size_t i = begin, last_break = std::string_view::npos, prev_end = begin;
    uint32_t prev = 0;
    bool newline = false;
    while (i < text.size()) {
      const size_t at = i;
      const uint32_t c = utf8_next(text, i);
      if (c == '\n') {
        prev_end = at;
        newline = true;
        break;
      }
      if (at > begin && can_break_between(prev, c)) last_break = at;
      w += advance(c);
      if (w > width && at > begin) {
        // Overflow: back to the last break, or cut the overlong word here.
        i = at;
        prev_end = last_break != std::string_view::npos ? last_break : at;
        break;
      }
      prev = c;
      prev_end = i;
    }
    // Trailing blanks at a break take no room.
    size_t end = prev_end;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    out.push_back({begin, end});
    if (newline) {
      begin = prev_end + 1;
      if (begin > text.size()) break;
      continue;
    }
    if (prev_end >= text.size()) break;
    begin = prev_end;
  }
  return out;
}

size_t elide_end(std::string_view text, float width, const std::function<float(uint32_t)>& advance) {
  float total = 0;
  for (size_t i = 0; i < text.size();) total += advance(utf8_next(text, i));
  if (total <= width) return text.size();
  const float room = width - advance(0x2026);
  float w = 0;
  size_t i = 0, fit = 0;
  while (i < text.size()) {
    w += advance(utf8_next(text, i));
    if (w > room) break;
    fit = i;
  }
  return fit;
}

}  // namespace gosim::viz
