// Line breaking for mixed English and Chinese: Chinese breaks between characters, English
// only at blanks, closing punctuation never starts a line.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "visualizer/i18n/line_break.h"

using namespace gosim::viz;

namespace {

// Every code point one unit wide, ideographs two (as in a real font, roughly).
float adv(uint32_t c) { return c >= 0x2E80 ? 2.0f : 1.0f; }

std::vector<std::string> lines(const std::string& s, float w) {
  std::vector<std::string> out;
  for (const LineSpan& l : break_lines(s, w, adv)) out.push_back(s.substr(l.begin, l.end - l.begin));
  return out;
}

}  // namespace

TEST_CASE("English wraps at blanks and keeps words whole") {
  CHECK(lines("the quick brown fox", 10) == std::vector<std::string>{"the quick", "brown fox"});
}

TEST_CASE("Chinese wraps between characters, not only at spaces") {
  // ImGui 1.86 would break only at the space after "P1", leaving the first line nearly empty.
  const std::string s = "P1 从P0窃取了八个goroutine并运行G12";
  const auto got = lines(s, 12);
  REQUIRE(got.size() >= 2);
  CHECK(got[0] == "P1 从P0窃取");  // 3 + 2 + 2 + 2 + 2 = 11 units, the next 了 would make 13
  for (const auto& l : got) CHECK(l.size() > 0);
  std::string joined;
  for (const auto& l : got) joined += l;
  CHECK(joined == "P1 从P0窃取了八个goroutine并运行G12");
}

TEST_CASE("closing punctuation does not start a line") {
  // Width 6 fits three ideographs; the comma must stay with the character before it.
  CHECK(lines("一二三，四五", 6) == std::vector<std::string>{"一二", "三，四", "五"});
}

TEST_CASE("a word longer than the line is cut anywhere, and newlines always break") {
  CHECK(lines("abcdefgh", 3) == std::vector<std::string>{"abc", "def", "gh"});
  CHECK(lines("ab\ncd", 10) == std::vector<std::string>{"ab", "cd"});
}

TEST_CASE("elide_end keeps what fits before the ellipsis") {
  CHECK(elide_end("short", 10, adv) == 5);
  CHECK(elide_end("bgscavenge", 6, adv) == 5);  // "bgsca" + "…" = 6 units
  CHECK(elide_end("垃圾回收", 5, adv) == 6);       // two ideographs (4 units) + "…"
}
