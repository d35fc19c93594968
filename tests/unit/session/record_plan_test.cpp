// The recording's pace (record_plan.h) and the storyboard page (storyboard_html.h).
#include <doctest/doctest.h>

#include "visualizer/session/record_plan.h"
#include "visualizer/session/storyboard_html.h"

namespace gosim::viz {
namespace {

PlanStep step(std::string en, std::string zh, bool question = false, int32_t duration_ms = 0) {
  PlanStep s;
  s.text = LText{std::move(en), std::move(zh)};
  s.duration_ms = duration_ms;
  if (question) {
    PlanQuestion q;
    q.prompt = LText{"Which G runs next?", "下一个运行的是哪个 G？"};
    q.choices = {LText{"G1", "G1"}, LText{"G2", "G2"}};
    q.reveal = LText{"G2: it was in runnext.", "G2：它在 runnext 中。"};
    s.question = q;
  }
  return s;
}

std::vector<StepOp> ops(const std::vector<ScriptStep>& steps) {
  std::vector<StepOp> out;
  for (const ScriptStep& s : steps) out.push_back(s.op);
  return out;
}

TEST_CASE("reading_ms: a look plus reading time, Chinese read per character, clamped") {
  CHECK(reading_ms("", Lang::kEn) == kMinReadMs);
  // 150 characters of English: 1.2 s + 10 s.
  CHECK(reading_ms(std::string(150, 'a'), Lang::kEn) == 11200);
  // 70 Chinese characters (210 bytes of UTF-8) count as 70: 1.2 s + 10 s.
  std::string zh;
  for (int i = 0; i < 70; ++i) zh += "调";
  CHECK(reading_ms(zh, Lang::kZhCN) == 11200);
  CHECK(reading_ms(std::string(5000, 'a'), Lang::kEn) == kMaxReadMs);
}

TEST_CASE("lesson_walk: every step is held, a question shows its prompt and then its reveal") {
  LessonPlan plan;
  plan.steps = {step(std::string(150, 'a'), "一"), step("b", "二", true), step("c", "三", false, 4000)};
  const std::vector<ScriptStep> w = lesson_walk(plan, Lang::kEn);
  CHECK(ops(w) == std::vector<StepOp>{StepOp::kWaitMs, StepOp::kLessonNext, StepOp::kWaitMs, StepOp::kLessonNext,
                                       StepOp::kWaitMs, StepOp::kLessonNext, StepOp::kWaitMs});
  CHECK(w[0].n == 11200);
  // The question's hold covers the step's text, the prompt and the choices.
  CHECK(w[2].n == reading_ms(std::string("b") + "Which G runs next?" + "G1" + "G2", Lang::kEn));
  CHECK(w[4].n == reading_ms("G2: it was in runnext.", Lang::kEn));
  CHECK(w[6].n == 4000);  // duration_ms wins over the text's length
  CHECK(script_video_ms(w) == w[0].n + w[2].n + w[4].n + 4000);
  for (size_t i = 0; i < w.size(); ++i) CHECK(w[i].index == i);
}

TEST_CASE("lesson_walk: the Chinese walk times the Chinese text") {
  LessonPlan plan;
  plan.steps = {step("short", "这是一个比英文长得多的中文句子，用来检查时长按中文文本计算")};
  CHECK(lesson_walk(plan, Lang::kZhCN)[0].n > lesson_walk(plan, Lang::kEn)[0].n);
}

TEST_CASE("html_escape: markup is text, invalid UTF-8 becomes U+FFFD, Chinese passes") {
  CHECK(html_escape("<b>&\"'</b>") == "&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;");
  CHECK(html_escape("调度器 P0") == "调度器 P0");
  CHECK(html_escape("a\xff" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(html_escape("\xe8\xb0") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // a cut-off character
}

TEST_CASE("storyboard_html: slides in order with their narration, in the page's language") {
  Slide a;
  a.image = "slide-01.png";
  a.heading = "Step 1 of 2";
  a.paragraphs = {"main runs <first>"};
  Slide b;
  b.image = "slide-02.png";
  b.question = "Which?";
  b.choices = {"G1", "G2"};
  b.reveal = "G2.";
  const std::string en = storyboard_html("Runnext", "lessons/x/lesson.json", Lang::kEn, {a, b});
  CHECK(en.find("<html lang=\"en\">") != std::string::npos);
  CHECK(en.find("<meta charset=\"utf-8\">") != std::string::npos);
  CHECK(en.find("main runs &lt;first&gt;") != std::string::npos);
  CHECK(en.find("main runs <first>") == std::string::npos);
  CHECK(en.find("slide-01.png") < en.find("slide-02.png"));
  CHECK(en.find("Slide 2 of 2") != std::string::npos);
  CHECK(en.find("<li>G2</li>") != std::string::npos);
  const std::string zh = storyboard_html("Runnext", "lessons/x/lesson.json", Lang::kZhCN, {a, b});
  CHECK(zh.find("<html lang=\"zh-CN\">") != std::string::npos);
  CHECK(zh.find("第 2 页，共 2 页") != std::string::npos);
  CHECK(zh.find("揭晓") != std::string::npos);
}

}  // namespace
}  // namespace gosim::viz
