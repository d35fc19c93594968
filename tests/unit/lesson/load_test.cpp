// Loading lessons: the fixture loads; each rule the loader enforces refuses a broken copy of it
// with a message at the line:col of the offending token.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "sim/lesson/lesson.h"

using gosim::lesson::LessonLoad;
using json = nlohmann::ordered_json;

namespace {

const std::string kFixture = std::string(GOSIM_SOURCE_DIR) + "/tests/lesson/01-runnext-mini/lesson.json";

json fixture() {
  std::ifstream in(kFixture);
  std::stringstream ss;
  ss << in.rdbuf();
  return json::parse(ss.str());
}

// The text at line:col of `text` (the first `n` bytes).
std::string at(const std::string& text, gosim::Pos pos, size_t n) {
  size_t i = 0;
  for (int line = 1; line < pos.line; ++line) i = text.find('\n', i) + 1;
  return text.substr(i + static_cast<size_t>(pos.col) - 1, n);
}

struct Refusal {
  std::string text;
  gosim::Diagnostics errors;
};

Refusal refuse(const json& l) {
  Refusal r;
  r.text = l.dump(2);
  LessonLoad load = gosim::lesson::parse_lesson(kFixture, r.text);
  CHECK_FALSE(load.lesson.has_value());
  r.errors = load.errors;
  REQUIRE_FALSE(r.errors.empty());
  return r;
}

}  // namespace

TEST_CASE("the fixture lesson loads with its texts, runs, steps and questions") {
  LessonLoad load = gosim::lesson::load_lesson(kFixture);
  for (const auto& e : load.errors) INFO(e.str());
  REQUIRE(load.lesson.has_value());
  const gosim::lesson::Lesson& l = *load.lesson;
  CHECK(l.id == "01-runnext-mini");
  CHECK(l.title.get(gosim::Lang::kEn) == "runnext, in eight steps");
  CHECK(l.title.get(gosim::Lang::kZhCN) == "runnext：八步看懂");
  CHECK(l.steps.size() == 8);
  CHECK(l.scenario.config.gomaxprocs == 1);
  REQUIRE(l.runs.size() == 2);
  CHECK(l.runs[0].name == "main");
  CHECK_FALSE(l.runs[0].config.whatif.no_runnext);
  CHECK(l.runs[1].name == "no_runnext");
  CHECK(l.runs[1].config.whatif.no_runnext);
  CHECK(l.runs[1].config.gomaxprocs == 1);  // merged over the lesson's config
  REQUIRE(l.steps[1].question.has_value());
  CHECK(l.steps[1].question->kind == gosim::lesson::Question::Kind::kChoice);
  CHECK(l.steps[1].question->choices.size() == 2);
  CHECK(l.steps[4].question->kind == gosim::lesson::Question::Kind::kGoroutine);
  CHECK(l.steps[4].question->answer == 15);
  CHECK(l.steps[4].question->reveal_at == "next:kind:go_start");
  CHECK(l.scenario.source.find("package main") != std::string::npos);
  CHECK(l.program_file.size() > 0);
}

TEST_CASE("a bad selector is reported at its column inside the string") {
  json l = fixture();
  l["steps"][3]["at"] = "kind:go_create&g:15&kind:go_strat";
  const Refusal r = refuse(l);
  CHECK(r.errors[0].message.find("step 4: at \"kind:go_create&g:15&kind:go_strat\": unknown event kind \"go_strat\"") == 0);
  CHECK(at(r.text, r.errors[0].pos, 8) == "go_strat");
}

TEST_CASE("a bad expectation is reported at its column inside the string") {
  json l = fixture();
  l["steps"][2]["expect"][1] = "ps[id=0].runq.goids has 6";
  const Refusal r = refuse(l);
  CHECK(r.errors[0].message == "step 3: expect \"ps[id=0].runq.goids has 6\": expected an operator: == != < <= > >= or contains");
  CHECK(at(r.text, r.errors[0].pos, 5) == "has 6");
}

TEST_CASE("the rules a schema cannot say") {
  SUBCASE("both languages, non-empty") {
    json l = fixture();
    l["steps"][0]["text"]["zh-CN"] = "  ";
    const Refusal r = refuse(l);
    CHECK(r.errors[0].message == "step 1.text.zh-CN is empty: every text needs both English and Simplified Chinese");
    CHECK(at(r.text, r.errors[0].pos, 4) == "\"  \"");
  }
  SUBCASE("8 to 20 steps") {
    json l = fixture();
    for (int i = 0; i < 13; ++i) l["steps"].push_back(l["steps"][0]);
    CHECK(refuse(l).errors[0].message == "a lesson has 8 to 20 steps; this one has 21");
  }
  SUBCASE("at least 3 questions") {
    json l = fixture();
    l["steps"][1].erase("question");
    CHECK(refuse(l).errors[0].message == "a lesson asks at least 3 questions (predict, then reveal); this one asks 2");
  }
  SUBCASE("the answer index is in range") {
    json l = fixture();
    l["steps"][1]["question"]["answer"] = 2;
    const Refusal r = refuse(l);
    CHECK(r.errors[0].message == "step 2.question: answer 2 is out of range: the choices are numbered 0 to 1");
    CHECK(at(r.text, r.errors[0].pos, 1) == "2");
  }
  SUBCASE("a goroutine question needs answer_path, and no choices") {
    json l = fixture();
    l["steps"][4]["question"].erase("answer_path");
    l["steps"][4]["question"]["choices"] = l["steps"][1]["question"]["choices"];
    const Refusal r = refuse(l);
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].message.find("a \"goroutine\" question has no choices") != std::string::npos);
    CHECK(r.errors[1].message.find("a \"goroutine\" question needs \"answer_path\"") != std::string::npos);
  }
  SUBCASE("a step's run exists") {
    json l = fixture();
    l["steps"][2]["run"] = "no_runext";
    CHECK(refuse(l).errors[0].message ==
          "step 3: unknown run \"no_runext\" (did you mean \"no_runnext\"?) (runs: main, no_runnext)");
  }
  SUBCASE("program or scenario, one of them") {
    json l = fixture();
    l["scenario"] = "../../../scenarios/runnext/runnext.json";
    CHECK(refuse(l).errors[0].message == "give either program or scenario, not both");
  }
  SUBCASE("a program outside the lesson's folder and its parent") {
    json l = fixture();
    l["program"] = "../../../scenarios/hello/hello.go";
    const Refusal r = refuse(l);
    CHECK(r.errors[0].message.find("a lesson's program must lie in its own folder or its parent folder") != std::string::npos);
  }
  SUBCASE("a program path with a control character") {
    json l = fixture();
    l["program"] = "main\n.go";
    CHECK(refuse(l).errors[0].message.find("program \"main\\n.go\"") == 0);
  }
}

TEST_CASE("the schema: unknown keys, panels, config ranges (from the scenario schema)") {
  json l = fixture();
  l["steps"][0]["view"]["panels"] = {"schedular"};
  l["steps"][0]["veiw"] = 1;
  l["config"]["GOMAXPROCS"] = 0;
  const Refusal r = refuse(l);
  std::string all;
  for (const auto& e : r.errors) all += e.message + "\n";
  CHECK(all.find("config.GOMAXPROCS must be at least 1 (got 0)") != std::string::npos);
  CHECK(all.find("steps[0].view.panels[0] must be one of \"scheduler\"") != std::string::npos);
  CHECK(all.find("unknown key \"veiw\" in steps[0] (did you mean \"view\"?)") != std::string::npos);
}

TEST_CASE("a scenario instead of a program: its program and config, the lesson's config over it") {
  // A scenario must lie inside the folder holding the lesson's parent: for
  // tests/lesson/01-runnext-mini/ that is tests/, which the repository's scenarios/ is not in.
  json l = fixture();
  l.erase("program");
  l["scenario"] = "../../../scenarios/runnext/runnext.json";
  l["config"] = {{"seed", 7}};
  LessonLoad refused = gosim::lesson::parse_lesson(kFixture, l.dump(2));
  REQUIRE_FALSE(refused.errors.empty());
  CHECK(refused.errors[0].message.find("a lesson's scenario must lie in the folder that holds lessons/") != std::string::npos);
  // One level up (tests/lesson/ as the lesson's folder, as lessons/NN-x/ is in the repository).
  l["scenario"] = "../../scenarios/runnext/runnext.json";
  LessonLoad load = gosim::lesson::parse_lesson(std::string(GOSIM_SOURCE_DIR) + "/tests/lesson/lesson.json", l.dump(2));
  for (const auto& e : load.errors) INFO(e.str());
  REQUIRE(load.lesson.has_value());
  CHECK(load.lesson->scenario.config.gomaxprocs == 1);  // the scenario's
  CHECK(load.lesson->scenario.config.seed == 7);        // the lesson's
  CHECK(load.lesson->program_file.find("runnext.go") != std::string::npos);
}

TEST_CASE("find_lessons: a file, a lesson folder, a folder of lesson folders") {
  const std::string dir = std::string(GOSIM_SOURCE_DIR) + "/tests/lesson";
  CHECK(gosim::lesson::find_lessons(kFixture) == std::vector<std::string>{kFixture});
  CHECK(gosim::lesson::find_lessons(dir + "/01-runnext-mini") == std::vector<std::string>{dir + "/01-runnext-mini/lesson.json"});
  const auto all = gosim::lesson::find_lessons(dir);
  REQUIRE_FALSE(all.empty());
  CHECK(all[0] == dir + "/01-runnext-mini/lesson.json");
}

TEST_CASE("the embedded lesson schema resolves its config $ref to the scenario schema's") {
  std::string err;
  const gosim::JsonValue* s = gosim::lesson::lesson_schema(&err);
  INFO(err);
  REQUIRE(s != nullptr);
  const gosim::JsonValue* config = s->find("properties")->find("config");
  REQUIRE(config != nullptr);
  CHECK(config->find("$ref") == nullptr);
  CHECK(config->find("properties")->find("GOMAXPROCS") != nullptr);
}
