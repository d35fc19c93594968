#include "sim/lesson/check.h"

#include <fmt/format.h>

#include "sim/lesson/expect.h"
#include "sim/lesson/view_check.h"
#include "sim/scenario/json.h"

namespace gosim::lesson {

using json = nlohmann::ordered_json;

namespace {

class Checker {
 public:
  Checker(const Lesson& l, const PreparedLesson& p, CheckReport& r) : l_(l), p_(p), r_(r) {}

  void run() {
    r_.failures = p_.errors;
    if (!p_.build.errors.empty()) return;
    for (size_t i = 0; i < l_.steps.size(); ++i) {
      if (p_.stops.steps[i].ok) check_step(i);
    }
  }

 private:
  const Lesson& l_;
  const PreparedLesson& p_;
  CheckReport& r_;

  void fail(Pos pos, std::string msg) { r_.failures.push_back({l_.path, pos, "", std::move(msg)}); }

  static std::string at_text(const StepStop& s, bool reveal) {
    const bool end = reveal ? s.reveal_end : s.end;
    const uint64_t seq = reveal ? s.reveal_seq : s.seq;
    return end ? "the end of the run" : seq == 0 ? "the start" : fmt::format("event {}", seq);
  }

  // Evaluates `x` at `state`; records an error or a false claim when `want` is not what it gives.
  void claim(const Expectation& x, const json& state, bool want, const std::string& where, const std::string& at) {
    ExprError perr;
    const auto e = parse_expectation(x.text, &perr);
    if (!e) return;  // the loader refused it already
    const ExprResult res = evaluate(*e, state);
    if (!res.error.empty()) {
      fail(x.pos, fmt::format("{}: expect {}: {} (at {})", where, json_quote(x.text), res.error, at));
      return;
    }
    ++r_.expectations;
    if (res.holds == want) return;
    fail(x.pos, fmt::format("{}: expect {} is {} at {}: {} is {}", where, json_quote(x.text), res.holds ? "true" : "false", at,
                            e->lhs.text, short_json(res.actual)));
  }

  // The view's select and highlights name things there (sim/lesson/view_check.h): at the stop,
  // or, for a step with a question, at its reveal (the picture shows both).
  void check_view(size_t i, const json& st) {
    const Step& s = l_.steps[i];
    const StepStop& stop = p_.stops.steps[i];
    auto one = [&](const char* key, const std::string& name, Pos pos) {
      std::string why = view_name_missing(name, st);
      if (why.empty()) return;
      if (s.question && view_name_missing(name, p_.state_at_reveal(l_, i)).empty()) return;
      fail(pos, fmt::format("step {}: {} {} names nothing at {}: {}", i + 1, key, json_quote(name), at_text(stop, false), why));
    };
    one("select", s.view.select, s.view.select_pos);
    for (size_t k = 0; k < s.view.highlight.size(); ++k) {
      one("highlight", s.view.highlight[k], k < s.view.highlight_pos.size() ? s.view.highlight_pos[k] : s.pos);
    }
  }

  void check_step(size_t i) {
    const Step& s = l_.steps[i];
    const std::string where = fmt::format("step {}", i + 1);
    const StepStop& stop = p_.stops.steps[i];
    const json& st = p_.state_at_step(l_, i);
    if (st.is_null()) {
      fail(s.at_pos, fmt::format("{}: no state at {} (internal error)", where, at_text(stop, false)));
      return;
    }
    for (const Expectation& x : s.expect) claim(x, st, true, where, at_text(stop, false));
    check_view(i, st);
    if (!s.question) return;
    const Question& q = *s.question;
    const json& rv = p_.state_at_reveal(l_, i);
    const std::string qwhere = where + ".question";
    const std::string at = at_text(stop, true);
    ++r_.questions;
    if (q.kind == Question::Kind::kChoice) {
      for (size_t c = 0; c < q.choices.size(); ++c) {
        const Choice& ch = q.choices[c];
        if (!ch.expect) continue;
        const bool right = static_cast<int64_t>(c) == q.answer;
        const std::string cw = fmt::format("{}.choices[{}] ({})", qwhere, c, right ? "the answer" : "a wrong choice");
        claim(*ch.expect, rv, right, cw, at);
      }
      return;
    }
    ExprError perr;
    const auto op = parse_operand_only(q.answer_path->text, &perr);
    if (!op) return;
    std::string err;
    const auto v = evaluate_operand(*op, rv, &err);
    if (!v) {
      fail(q.answer_path->pos, fmt::format("{}: answer_path {}: {} (at {})", qwhere, json_quote(q.answer_path->text), err, at));
      return;
    }
    if (*v != json(q.answer)) {
      fail(q.answer_pos, fmt::format("{}: answer is {}, but at {} {} is {}", qwhere, q.answer, at, q.answer_path->text,
                                     short_json(*v)));
    }
  }
};

}  // namespace

CheckReport check_lesson(const Lesson& lesson, const PreparedLesson& prepared) {
  CheckReport r;
  Checker(lesson, prepared, r).run();
  return r;
}

}  // namespace gosim::lesson
