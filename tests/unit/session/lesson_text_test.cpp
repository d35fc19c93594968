// The lesson pane draws plain text: the lessons' Markdown code marks (`syscalltick`, in 12 of
// the 16 lessons, mostly in the Chinese texts) were printed as backticks at 720p (lessons 07,
// 09, 10, 11 in zh-CN). The loader drops them; the words stay.
#include <doctest/doctest.h>

#include <string>

#include "visualizer/session/lesson_load.h"
#include "visualizer/session/session.h"

using namespace gosim;
using namespace gosim::viz;

TEST_CASE("lesson texts reach the pane without Markdown backticks, in English and Chinese") {
  Session s;
  const LessonLoad l = load_lesson_plan(std::string(GOSIM_SOURCE_DIR) + "/lessons/07-syscalls/lesson.json", s);
  REQUIRE(l.plan.has_value());
  std::string all_en, all_zh;
  auto add = [&](const LText& t) {
    all_en += t.en + "\n";
    all_zh += t.zh + "\n";
  };
  for (const PlanStep& st : l.plan->steps) {
    add(st.text);
    if (st.question) {
      add(st.question->prompt);
      add(st.question->reveal);
      for (const LText& c : st.question->choices) add(c);
    }
  }
  CHECK(all_zh.find('`') == std::string::npos);
  CHECK(all_en.find('`') == std::string::npos);
  // The marked words are still there: step 3's "它的 `syscalltick` 从 0 变成了 1".
  CHECK(all_zh.find("它的 syscalltick 从 0 变成了 1") != std::string::npos);
}
