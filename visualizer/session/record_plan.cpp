#include "visualizer/session/record_plan.h"

#include <algorithm>

#include "sim/trace/event.h"
#include "visualizer/session/session.h"

namespace gosim::viz {

namespace {

// Characters, not bytes: a Chinese character is three bytes of UTF-8 and one thing to read.
size_t codepoints(std::string_view s) {
  size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

ScriptStep wait(int64_t ms) {
  ScriptStep st;
  st.op = StepOp::kWaitMs;
  st.n = ms;
  return st;
}

ScriptStep op(StepOp o, int64_t n = 1) {
  ScriptStep st;
  st.op = o;
  st.n = n;
  return st;
}

}  // namespace

int64_t reading_ms(std::string_view text, Lang lang) {
  // A look at the picture first, then reading: ~15 characters a second of English (180 words a
  // minute) and ~7 of Chinese (400 characters a minute), slow enough to read aloud along.
  const double per_char = lang == Lang::kZhCN ? 1000.0 / 7 : 1000.0 / 15;
  const auto ms = static_cast<int64_t>(1200 + per_char * static_cast<double>(codepoints(text)));
  return std::clamp(ms, kMinReadMs, kMaxReadMs);
}

std::vector<ScriptStep> lesson_walk(const LessonPlan& plan, Lang lang) {
  std::vector<ScriptStep> out;
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    const PlanStep& st = plan.steps[i];
    std::string shown = st.text.in(lang);
    if (st.question) {
      shown += st.question->prompt.in(lang);
      for (const LText& c : st.question->choices) shown += c.in(lang);
    }
    out.push_back(wait(st.duration_ms > 0 ? st.duration_ms : reading_ms(shown, lang)));
    if (st.question) {
      // Next on an unrevealed question shows the reveal (no answer given, as a teacher does).
      out.push_back(op(StepOp::kLessonNext));
      out.push_back(wait(st.duration_ms > 0 ? st.duration_ms : reading_ms(st.question->reveal.in(lang), lang)));
    }
    if (i + 1 < plan.steps.size()) out.push_back(op(StepOp::kLessonNext));
  }
  for (size_t i = 0; i < out.size(); ++i) out[i].index = i;
  return out;
}

std::vector<ScriptStep> scenario_walk(const Session& session, Lang lang) {
  std::vector<ScriptStep> out;
  ScriptStep pres;
  pres.op = StepOp::kPresenter;
  pres.flag = true;
  out.push_back(pres);
  if (!session.loaded()) return out;
  const std::vector<Event>& events = session.events();
  std::vector<std::string_view> noted;
  if (session.scenario()) {
    for (const Note& n : session.scenario()->notes) {
      if (!n.event_kind.empty()) noted.push_back(n.event_kind);
    }
  }
  // Stops are cursors: cursor i+1 shows the state right after event i.
  std::vector<uint64_t> stops;
  for (uint64_t i = 0; i < events.size(); ++i) {
    const std::string_view kind = event_info(events[i].kind).name;
    if (noted.empty() || std::find(noted.begin(), noted.end(), kind) != noted.end()) stops.push_back(i + 1);
  }
  if (stops.size() > kMaxWalkStops) {
    std::vector<uint64_t> thin;
    for (size_t k = 0; k < kMaxWalkStops; ++k) thin.push_back(stops[k * (stops.size() - 1) / (kMaxWalkStops - 1)]);
    stops = std::move(thin);
  }
  out.push_back(wait(reading_ms("", lang)));  // the start, before the first event
  for (const uint64_t c : stops) {
    out.push_back(op(StepOp::kSeek, static_cast<int64_t>(c)));
    std::string said = session.describe(events[c - 1], lang);
    const std::string_view kind = event_info(events[c - 1].kind).name;
    if (session.scenario()) {
      for (const Note& n : session.scenario()->notes) {
        if (n.event_kind == kind) said += n.text_in(lang);
      }
    }
    out.push_back(wait(reading_ms(said, lang)));
  }
  for (size_t i = 0; i < out.size(); ++i) out[i].index = i;
  return out;
}

int64_t script_video_ms(const std::vector<ScriptStep>& steps) {
  int64_t ms = 0;
  for (const ScriptStep& st : steps) {
    if (st.op == StepOp::kWaitMs) ms += st.n;
  }
  return ms;
}

}  // namespace gosim::viz
