// Shared between the check_events_*.cpp files: the rule table and the state lookups rules use.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "sim/rt/proc.h"
#include "sim/rt/runtime2.h"

namespace gosim::check {

// A rule returns "" when it holds, else what in the state contradicts it.
using RuleFn = std::string (*)(const Model&, const Event&);
struct Rule {
  std::string_view text;  // the rule, one sentence
  RuleFn fn = nullptr;
};
using RuleTable = std::array<Rule, static_cast<size_t>(EventKind::kCount)>;

inline void add(RuleTable& t, EventKind k, std::string_view text, RuleFn fn) { t[static_cast<size_t>(k)] = Rule{text, fn}; }

void add_sched_rules(RuleTable& t);  // check_events_sched.cpp: G lifecycle, Ps, Ms, syscalls, program end
void add_chan_rules(RuleTable& t);   // check_events_chan.cpp: channels, select, semaphores, netpoll
void add_heap_rules(RuleTable& t);   // check_events_heap.cpp: allocator, collector, stacks, calls

// --- lookups ---------------------------------------------------------------------------------
// Where a G sits in the run queues: "P1's runnext", "P0's local queue", "the global queue", or
// "" when it is on none. More than one place is reported joined with " and ".
std::string where_queued(const Model& md, GIdx g);
bool in_local_ring(const P& pp, GIdx g);
bool in_global(const Model& md, GIdx g);
// The M whose current G is g, or -1.
int32_t m_running(const Model& md, GIdx g);
// "G7 is _Gwaiting [chan receive], on no run queue, the current G of no M"
std::string g_state(const Model& md, GIdx g);
bool valid_p(const Model& md, int32_t p);
bool valid_m(const Model& md, int32_t m);

}  // namespace gosim::check
