#include "visualizer/session/lesson_load.h"

#include <fmt/format.h>

#include "sim/lesson/lesson.h"
#include "sim/lesson/selector.h"
#include "visualizer/session/session.h"

namespace gosim::viz {

namespace {

// Without the Markdown code marks, as the terminal player shows them too (lesson::Text::shown).
LText text_of(const lesson::Text& t) { return LText{t.shown(Lang::kEn), t.shown(Lang::kZhCN)}; }

// The run as selectors see it: kind, goroutine, P and the goroutine's line, from the session.
std::vector<lesson::EventRecord> records_of(const Session& s) {
  std::vector<lesson::EventRecord> out;
  out.reserve(s.size());
  const std::vector<Event>& ev = s.events();
  for (uint64_t i = 0; i < ev.size(); ++i) {
    lesson::EventRecord r;
    r.seq = i + 1;
    r.kind = ev[i].kind;
    r.g = ev[i].g;
    r.p = ev[i].p;
    r.line = s.event_line(i);
    out.push_back(r);
  }
  return out;
}

}  // namespace

LessonLoad load_lesson_plan(const std::string& path, Session& session) {
  LessonLoad out;
  lesson::LessonLoad l = lesson::load_lesson(path);
  if (!l.lesson) {
    out.errors = std::move(l.errors);
    return out;
  }
  const lesson::Lesson& les = *l.lesson;
  LessonPlan plan;
  plan.id = les.id;
  plan.path = path;
  plan.title = text_of(les.title);
  plan.summary = text_of(les.summary);
  plan.minutes = les.minutes;
  for (const lesson::Run& r : les.runs) plan.runs[r.name] = r.config;

  // Record each run the steps use, in the Session (the events the learner will step through),
  // and resolve its stops there. The session ends on "main", the run a lesson starts with.
  Session probe;  // not the learner's session: a lesson that fails to load must not replace the run
  Scenario sc = les.scenario;
  if (Diagnostics errs = probe.open_built(sc, path); !errs.empty()) {
    out.errors = std::move(errs);
    return out;
  }
  std::map<std::string, std::vector<lesson::EventRecord>> records;
  std::map<std::string, uint64_t> last_stop;  // for next: selectors, per run
  for (const lesson::Step& st : les.steps) {
    if (records.find(st.run) == records.end()) {
      const lesson::Run* run = les.find_run(st.run);
      if (run == nullptr) {
        out.errors.push_back(Diagnostic{path, st.run_pos, "", fmt::format("no run named \"{}\"", st.run)});
        return out;
      }
      probe.rerun(run->config);
      records[st.run] = records_of(probe);
    }
  }
  for (size_t i = 0; i < les.steps.size(); ++i) {
    const lesson::Step& st = les.steps[i];
    const std::vector<lesson::EventRecord>& rec = records[st.run];
    auto resolve = [&](const std::string& text, Pos pos, uint64_t after, uint64_t& at) {
      lesson::SelectorError se;
      const std::optional<lesson::Selector> sel = lesson::parse_selector(text, &se);
      std::string why = se.message;
      bool is_end = false;
      std::optional<uint64_t> n;
      if (sel) n = lesson::resolve_selector(*sel, rec, after, &is_end, &why);
      if (!n) {
        out.errors.push_back(Diagnostic{path, pos, "", fmt::format("step {}: {}", i + 1, why)});
        return false;
      }
      at = *n;
      return true;
    };
    PlanStep ps;
    ps.run = st.run;
    if (!resolve(st.at, st.at_pos, last_stop[st.run], ps.stop)) return out;
    last_stop[st.run] = ps.stop;
    ps.reveal = ps.stop;
    ps.text = text_of(st.text);
    ps.duration_ms = st.duration_ms;
    ps.view.panels = st.view.panels;
    ps.view.detail = st.view.detail.empty() ? les.detail : st.view.detail;
    ps.view.select = st.view.select;
    ps.view.highlight = st.view.highlight;
    ps.view.zoom = static_cast<float>(st.view.zoom);
    if (st.question) {
      const lesson::Question& q = *st.question;
      PlanQuestion pq;
      pq.kind = q.kind == lesson::Question::Kind::kChoice      ? QuestionKind::kChoice
                : q.kind == lesson::Question::Kind::kGoroutine ? QuestionKind::kGoroutine
                                                               : QuestionKind::kNumber;
      pq.prompt = text_of(q.prompt);
      for (const lesson::Choice& c : q.choices) pq.choices.push_back(text_of(c.text));
      pq.answer = static_cast<double>(q.answer);
      pq.reveal = text_of(q.reveal);
      if (!q.reveal_at.empty() && !resolve(q.reveal_at, q.reveal_at_pos, ps.stop, ps.reveal)) return out;
      ps.question = std::move(pq);
    }
    plan.steps.push_back(std::move(ps));
  }
  // Now the learner's session: the lesson's program, on the run its first step shows.
  if (Diagnostics errs = session.open_built(std::move(sc), path); !errs.empty()) {
    out.errors = std::move(errs);
    return out;
  }
  out.plan = std::move(plan);
  return out;
}

}  // namespace gosim::viz
