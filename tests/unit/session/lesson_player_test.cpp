// The lesson player's moves (Next, Back, answers, reveals, restart, resume) against a Session,
// and the progress file (XDG state directory, atomic write, broken files ignored).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "tests/unit/session/session_support.h"
#include "visualizer/session/lesson_player.h"
#include "visualizer/session/lesson_progress.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::testing_support;

namespace {

// Four steps over ping-pong: 10, 20 (a choice question revealed at 30), 40, and 50 on a
// second run with GOMAXPROCS 1 (a number question revealed at 55).
LessonPlan plan() {
  LessonPlan p;
  p.id = "99-test";
  p.runs["main"] = config(2);
  p.runs["one"] = config(1);
  auto step = [](uint64_t stop) {
    PlanStep s;
    s.stop = s.reveal = stop;
    s.text = {"text", "文本"};
    return s;
  };
  p.steps = {step(10), step(20), step(40), step(50)};
  PlanQuestion q;
  q.kind = QuestionKind::kChoice;
  q.choices = {{"a", "甲"}, {"b", "乙"}, {"c", "丙"}};
  q.answer = 1;
  p.steps[1].question = q;
  p.steps[1].reveal = 30;
  PlanQuestion n;
  n.kind = QuestionKind::kNumber;
  n.answer = 1;
  p.steps[3].question = n;
  p.steps[3].reveal = 55;
  p.steps[3].run = "one";
  return p;
}

struct TempDir {
  std::filesystem::path path;
  TempDir() {
    char tmpl[] = "/tmp/gosim-lesson-XXXXXX";
    path = mkdtemp(tmpl);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

}  // namespace

TEST_CASE("Next and Back move between the steps' stops; a question's Next reveals first") {
  Session s;
  open_pingpong(s, 4, 6, config(2));
  LessonPlayer lp(plan());
  lp.show(s);
  CHECK(s.cursor() == 10);
  CHECK(lp.next(s));
  CHECK(s.cursor() == 20);
  CHECK_FALSE(lp.revealed());
  CHECK(lp.next(s));  // reveals without an answer
  CHECK(lp.revealed());
  CHECK(s.cursor() == 30);
  CHECK_FALSE(lp.answered_right().has_value());
  CHECK(lp.next(s));
  CHECK(s.cursor() == 40);
  CHECK(lp.back(s));  // back to the question, still revealed: the state the learner left
  CHECK(lp.step() == 1);
  CHECK(s.cursor() == 30);
  CHECK(lp.back(s));
  CHECK(s.cursor() == 10);
  CHECK_FALSE(lp.back(s));
}

TEST_CASE("an answer runs on to the reveal and is judged; a choice out of range is refused") {
  Session s;
  open_pingpong(s, 4, 6, config(2));
  LessonPlayer lp(plan());
  lp.show(s);
  CHECK_FALSE(lp.answer(0, s));  // step 1 has no question
  lp.next(s);
  CHECK_FALSE(lp.answer(3, s));
  CHECK_FALSE(lp.answer(0.5, s));
  CHECK(s.cursor() == 20);
  CHECK(lp.answer(2, s));
  CHECK(s.cursor() == 30);
  CHECK(lp.answered_right() == false);
  CHECK(lp.answered() == 1);
}

TEST_CASE("a step on another run re-records the session with that run's config, and Back returns") {
  Session s;
  open_pingpong(s, 4, 6, config(2));
  LessonPlayer lp(plan());
  lp.show(s);
  const std::vector<Event> two = s.events();
  lp.next(s);
  lp.next(s);
  lp.next(s);
  CHECK(lp.next(s));
  CHECK(lp.run() == "one");
  CHECK(s.config().gomaxprocs == 1);
  CHECK(s.cursor() == 50);
  CHECK(lp.answer(1, s));
  CHECK(lp.answered_right() == true);
  CHECK(s.cursor() == 55);
  CHECK_FALSE(lp.next(s));  // the last step
  CHECK(lp.back(s));
  CHECK(s.config().gomaxprocs == 2);
  CHECK(s.cursor() == 40);
  REQUIRE(s.events().size() == two.size());
  CHECK(s.events()[39].kind == two[39].kind);
}

TEST_CASE("restart forgets the answers; resume clamps progress to the plan") {
  Session s;
  open_pingpong(s, 4, 6, config(2));
  LessonPlayer lp(plan());
  lp.show(s);
  lp.next(s);
  lp.answer(1, s);
  lp.restart(s);
  CHECK(lp.step() == 0);
  CHECK(lp.answered() == 0);
  CHECK(s.cursor() == 10);
  LessonProgress p;
  p.step = 99;
  p.answers = {{1, 1.0}, {0, 3.0}, {42, 1.0}};  // step 0 has no question, step 42 does not exist
  p.revealed = {1, 42};
  lp.resume(p, s);
  CHECK(lp.step() == 3);
  CHECK(lp.progress().answers.size() == 1);
  CHECK(lp.progress().revealed == std::set<size_t>{1});
}

TEST_CASE("progress is written atomically under XDG_STATE_HOME and read back") {
  TempDir t;
  setenv("XDG_STATE_HOME", t.path.c_str(), 1);
  const std::string dir = progress_dir();
  CHECK(dir == (t.path / "gosim" / "lessons").string());
  LessonProgress p;
  p.step = 3;
  p.answers = {{1, 2.0}, {5, 7.0}};
  p.revealed = {1, 5, 6};
  CHECK(save_progress(dir, "04-x", p) == "");
  CHECK(std::filesystem::exists(t.path / "gosim" / "lessons" / "04-x.json"));
  CHECK_FALSE(std::filesystem::exists(t.path / "gosim" / "lessons" / ".04-x.json.tmp"));
  std::string msg;
  const LessonProgress q = load_progress(dir, "04-x", msg);
  CHECK(msg == "");
  CHECK(q.step == 3);
  CHECK(q.answers == p.answers);
  CHECK(q.revealed == p.revealed);
  // A relative XDG_STATE_HOME is not allowed by the spec: HOME's ~/.local/state is used.
  setenv("XDG_STATE_HOME", "relative/state", 1);
  CHECK(progress_dir().find("relative") == std::string::npos);
  unsetenv("XDG_STATE_HOME");
}

TEST_CASE("a broken progress file is ignored with a message, never an error") {
  TempDir t;
  const std::string dir = t.path.string();
  const char* bad[] = {"", "{", "[]", "{\"step\": -1}", "{\"step\": \"3\"}", "{\"step\": 1, \"answers\": {\"x\": 1}}",
                       "{\"step\": 1, \"answers\": []}", "{\"step\": 1, \"revealed\": [\"a\"]}", "\x80\xff"};
  for (const char* text : bad) {
    INFO("file: " << text);
    std::ofstream(t.path / "l.json") << text;
    std::string msg;
    const LessonProgress p = load_progress(dir, "l", msg);
    CHECK(msg.find("ignored the saved progress") != std::string::npos);
    CHECK(p.step == 0);
    CHECK(p.answers.empty());
  }
  std::filesystem::create_directory(t.path / "d.json");  // a folder where the file should be
  std::string msg;
  load_progress(dir, "d", msg);
  CHECK(msg.find("ignored") != std::string::npos);
  load_progress(dir, "missing", msg);
  CHECK(msg == "");
}
