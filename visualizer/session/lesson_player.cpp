#include "visualizer/session/lesson_player.h"

#include <cmath>

#include "visualizer/session/session.h"

namespace gosim::viz {

int LessonPlan::questions() const {
  int n = 0;
  for (const PlanStep& s : steps) n += s.question ? 1 : 0;
  return n;
}

bool answer_is_right(const PlanQuestion& q, double value) { return value == q.answer; }

std::optional<double> LessonPlayer::answer() const {
  auto it = progress_.answers.find(progress_.step);
  if (it == progress_.answers.end()) return std::nullopt;
  return it->second;
}

std::optional<bool> LessonPlayer::answered_right() const {
  const auto a = answer();
  if (!a || !current().question) return std::nullopt;
  return answer_is_right(*current().question, *a);
}

void LessonPlayer::show(Session& s) {
  if (plan_.steps.empty()) return;
  const PlanStep& st = current();
  if (st.run != run_ || !s.loaded()) {
    auto it = plan_.runs.find(st.run);
    if (it != plan_.runs.end()) s.rerun(it->second);
    run_ = st.run;
  }
  s.seek(revealed() && st.question ? st.reveal : st.stop);
  ++revision_;
}

bool LessonPlayer::next(Session& s) {
  if (plan_.steps.empty()) return false;
  if (current().question && !revealed()) {
    progress_.revealed.insert(progress_.step);
    show(s);
    return true;
  }
  if (progress_.step + 1 >= plan_.steps.size()) return false;
  ++progress_.step;
  show(s);
  return true;
}

bool LessonPlayer::back(Session& s) {
  if (progress_.step == 0) return false;
  --progress_.step;
  show(s);
  return true;
}

void LessonPlayer::restart(Session& s) {
  progress_ = LessonProgress{};
  show(s);
}

bool LessonPlayer::answer(double value, Session& s) {
  if (plan_.steps.empty() || !current().question) return false;
  const PlanQuestion& q = *current().question;
  if (q.kind == QuestionKind::kChoice &&
      (value < 0 || value != std::floor(value) || value >= static_cast<double>(q.choices.size()))) {
    return false;
  }
  progress_.answers[progress_.step] = value;
  progress_.revealed.insert(progress_.step);
  show(s);
  return true;
}

void LessonPlayer::resume(const LessonProgress& p, Session& s) {
  progress_ = p;
  const size_t n = plan_.steps.size();
  if (n == 0) {
    progress_ = {};
    return;
  }
  if (progress_.step >= n) progress_.step = n - 1;
  // Answers and reveals for steps this plan does not have (the lesson changed) are dropped.
  for (auto it = progress_.answers.begin(); it != progress_.answers.end();) {
    it = it->first < n && plan_.steps[it->first].question ? std::next(it) : progress_.answers.erase(it);
  }
  for (auto it = progress_.revealed.begin(); it != progress_.revealed.end();) {
    it = *it < n ? std::next(it) : progress_.revealed.erase(it);
  }
  show(s);
}

}  // namespace gosim::viz
