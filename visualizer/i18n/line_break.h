// Where to break a line of mixed English and Chinese text so it fits a width.
//
// Dear ImGui 1.86 wraps only at blanks and after . , ; ! ? " (ImFont::CalcWordWrapPositionA,
// "simple word-wrapping for English"); a run of Chinese has no blanks, so a sentence such as
// "P1 从 P0 窃取了 8 个 goroutine" wraps at its few spaces and leaves half-empty lines, and
// full-width punctuation (，。) is never a break point. Chinese (like Japanese) may break
// between any two ideographs, except before closing punctuation (，。、）…) and after
// opening punctuation (（“), the simplest form of the kinsoku rules. English words still
// break only at blanks; a word longer than the whole line is cut anywhere, as ImGui does.
//
// Headless: the caller supplies the advance of each code point (ImGui's font in the app, a
// fixed table in tests).
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace gosim::viz {

// Decodes one UTF-8 code point at `i`, advancing `i`; malformed bytes decode as U+FFFD.
uint32_t utf8_next(std::string_view s, size_t& i);

// Lines of `text` no wider than `width`: [begin, end) byte ranges, blanks at a break dropped.
// "\n" always breaks. A line holds at least one code point, so this always terminates.
struct LineSpan {
  size_t begin = 0, end = 0;
};
std::vector<LineSpan> break_lines(std::string_view text, float width, const std::function<float(uint32_t)>& advance);

// A break opportunity between code points a and b (a comes first), ignoring widths.
bool can_break_between(uint32_t a, uint32_t b);

// The longest prefix of `text` that fits `width` with "…" after it (whole text when it fits).
size_t elide_end(std::string_view text, float width, const std::function<float(uint32_t)>& advance);

}  // namespace gosim::viz
