// The rule table of --check-events and the lookups its rules share. The rules themselves are in
// check_events_sched.cpp, check_events_chan.cpp and check_events_heap.cpp, by category.
#include "sim/rt/check_events.h"

#include <fmt/format.h>

#include "sim/rt/check_events_internal.h"

namespace gosim {

namespace {

const check::RuleTable& table() {
  static const check::RuleTable t = [] {
    check::RuleTable r{};
    check::add_sched_rules(r);
    check::add_chan_rules(r);
    check::add_heap_rules(r);
    return r;
  }();
  return t;
}

}  // namespace

bool has_event_rule(EventKind k) {
  const auto i = static_cast<size_t>(k);
  return i < table().size() && table()[i].fn != nullptr;
}

std::string_view event_rule_text(EventKind k) { return has_event_rule(k) ? table()[static_cast<size_t>(k)].text : ""; }

std::string check_event(const Model& md, const Event& e) {
  if (!has_event_rule(e.kind)) return fmt::format("rule: every event kind has a rule; state: {} has none", static_cast<int>(e.kind));
  const check::Rule& r = table()[static_cast<size_t>(e.kind)];
  std::string broken = r.fn(md, e);
  if (broken.empty()) return broken;
  return fmt::format("rule: {}; state: {}", r.text, broken);
}

namespace check {

bool in_local_ring(const P& pp, GIdx g) {
  for (uint32_t i = pp.runqhead; i != pp.runqtail; ++i) {
    if (pp.runq[i % kLocalRunqSize] == g) return true;
  }
  return false;
}

bool in_global(const Model& md, GIdx g) {
  for (GIdx x : md.sched.runq) {
    if (x == g) return true;
  }
  return false;
}

std::string where_queued(const Model& md, GIdx g) {
  std::string out;
  auto put = [&](const std::string& s) { out += (out.empty() ? "" : " and ") + s; };
  for (const P& pp : md.allp) {
    if (pp.runnext == g) put(fmt::format("P{}'s runnext", pp.id));
    if (in_local_ring(pp, g)) put(fmt::format("P{}'s local queue", pp.id));
  }
  if (in_global(md, g)) put("the global queue");
  return out;
}

int32_t m_running(const Model& md, GIdx g) {
  for (const M& m : md.allm) {
    if (m.curg == g) return m.id;
  }
  return -1;
}

std::string g_state(const Model& md, GIdx g) {
  if (g == kNoG) return "no such G";
  const G& gg = md.allg[static_cast<size_t>(g)];
  std::string s = fmt::format("G{} is {}", gg.goid, gstatus_name(gg.status));
  if (gg.status == GStatus::kWaiting) s += fmt::format(" [{}]", wait_reason_string(gg.waitreason));
  const std::string q = where_queued(md, g);
  s += q.empty() ? ", on no run queue" : ", in " + q;
  const int32_t m = m_running(md, g);
  s += m < 0 ? ", the current G of no M" : fmt::format(", the current G of M{}", m);
  return s;
}

bool valid_p(const Model& md, int32_t p) { return p >= 0 && static_cast<size_t>(p) < md.allp.size(); }
bool valid_m(const Model& md, int32_t m) { return m >= 0 && static_cast<size_t>(m) < md.allm.size(); }

}  // namespace check
}  // namespace gosim
