// Stops and states: every stop resolves to the event the selector names, and the state there is
// exactly `gosim state --at N`'s (the single capturing pass equals one run per stop).
#include <doctest/doctest.h>

#include "sim/lesson/check.h"
#include "sim/lesson/run.h"
#include "sim/state/at.h"
#include "sim/state/state.h"

using json = nlohmann::ordered_json;

namespace {

const std::string kFixture = std::string(GOSIM_SOURCE_DIR) + "/tests/lesson/01-runnext-mini/lesson.json";

gosim::lesson::Lesson fixture() {
  gosim::lesson::LessonLoad load = gosim::lesson::load_lesson(kFixture);
  REQUIRE(load.lesson.has_value());
  return *load.lesson;
}

json reference(const gosim::Build& b, const gosim::Config& c, uint64_t seq, bool end) {
  gosim::state::AtSpec at;
  at.seq = seq;
  if (end) at.kind = gosim::state::AtSpec::Kind::kEnd;
  const gosim::state::StateAt st = gosim::state::run_to(*b.program, b.main_entry, c, at);
  REQUIRE(st.machine);
  return gosim::state::state_json(*st.machine, st.event);
}

}  // namespace

TEST_CASE("the states of one capturing pass equal gosim state --at for every event, even within one engine step") {
  const gosim::lesson::Lesson l = fixture();
  const gosim::Build b = gosim::build_program(l.scenario);
  REQUIRE(b.errors.empty());
  const gosim::Config& c = l.scenario.config;
  // Events 3..9 are emitted by one engine step (the runtime's start-up goroutines); 29 and 57
  // lie in the middle of the run.
  const std::vector<uint64_t> seqs = {0, 3, 4, 5, 9, 29, 57, gosim::lesson::kEndState};
  const auto states = gosim::lesson::states_at(*b.program, b.main_entry, c, seqs);
  for (uint64_t seq : seqs) {
    INFO("seq ", seq);
    REQUIRE(states.count(seq));
    const bool end = seq == gosim::lesson::kEndState;
    const json want = reference(b, c, end ? 0 : seq, end);
    CHECK(states.at(seq) == want);
    if (!end) CHECK(states.at(seq)["at"]["exact"] == true);
  }
}

TEST_CASE("the fixture's stops: & and next: resolve as the lesson says, reveal stops after their step") {
  const gosim::lesson::Lesson l = fixture();
  const gosim::lesson::PreparedLesson p = gosim::lesson::prepare_lesson(l);
  for (const auto& e : p.errors) INFO(e.str());
  REQUIRE(p.errors.empty());
  const json& s2 = p.state_at_step(l, 1);  // kind:go_create&g:6
  CHECK(s2["event"]["kind"] == "go_create");
  CHECK(s2["event"]["g"] == 6);
  const json& s3 = p.state_at_step(l, 2);  // next:kind:go_create: G7's
  CHECK(s3["event"]["g"] == 7);
  CHECK(s3["event"]["seq"].get<uint64_t>() > s2["event"]["seq"].get<uint64_t>());
  const json& r5 = p.state_at_reveal(l, 4);  // next:kind:go_start after G1 parks
  CHECK(r5["event"]["kind"] == "go_start");
  CHECK(r5["event"]["g"] == 15);
  CHECK(p.stops.steps[7].end);
  CHECK(p.state_at_step(l, 7)["exit"]["finished"] == true);
  const gosim::lesson::CheckReport r = gosim::lesson::check_lesson(l, p);
  for (const auto& e : r.failures) INFO(e.str());
  CHECK(r.failures.empty());
  CHECK(r.questions == 3);
}

TEST_CASE("a what-if run records its own events: without runnext, G6 goes to the local queue") {
  gosim::lesson::Lesson l = fixture();
  l.steps[1].run = "no_runnext";
  l.steps[1].expect = {{"goroutines[goid=6].queue.where == \"local\"", {}}};
  l.steps[1].question.reset();
  l.steps[2].at = "kind:go_create&g:7";  // next: would count from step 1, the main run's previous stop
  l.steps[6].question.reset();
  l.steps[2].question = l.steps[4].question;
  const gosim::lesson::PreparedLesson p = gosim::lesson::prepare_lesson(l);
  REQUIRE(p.errors.empty());
  CHECK(p.state_at_step(l, 1)["goroutines"].size() > 0);
  const gosim::lesson::CheckReport r = gosim::lesson::check_lesson(l, p);
  for (const auto& e : r.failures) INFO(e.str());
  CHECK(r.failures.empty());
  CHECK(p.stops.runs.count("no_runnext") == 1);
}

TEST_CASE("lesson check reports a false claim, a wrong answer and a wrong choice") {
  gosim::lesson::Lesson l = fixture();
  l.steps[2].expect[0].text = "ps[id=0].runnext == 6";
  l.steps[4].question->answer = 14;
  l.steps[1].question->answer = 1;
  const gosim::lesson::PreparedLesson p = gosim::lesson::prepare_lesson(l);
  const gosim::lesson::CheckReport r = gosim::lesson::check_lesson(l, p);
  std::string all;
  for (const auto& e : r.failures) all += e.message + "\n";
  INFO(all);
  CHECK(r.failures.size() == 4);
  CHECK(all.find("step 3: expect \"ps[id=0].runnext == 6\" is false at event") != std::string::npos);
  CHECK(all.find("step 5.question: answer is 14, but at event") != std::string::npos);
  CHECK(all.find("ms[id=0].curg is 15") != std::string::npos);
  CHECK(all.find("step 2.question.choices[1] (the answer): expect \"goroutines[goid=6].queue.where == \\\"local\\\"\" is false") != std::string::npos);
  CHECK(all.find("step 2.question.choices[0] (a wrong choice): expect") != std::string::npos);
}
