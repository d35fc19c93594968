// What changed between two `gosim state` dumps, entity by entity.
//
// The test of "every event is a pause point" in its plainest form: step from event i-1 to event
// i and list what changed; everything listed must be what event i says happened (plus the code
// a goroutine ran since the last event). Entities are the things a learner points at: a
// goroutine (G7), a P (P0), an M, the scheduler's globals (sched), a channel, a semaphore, a
// sync object, a heap span (by base address), the collector (gc), MemStats, the netpoller,
// the program's output.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace gosim::state {

struct StateChange {
  std::string entity;  // "G7", "P0", "M2", "sched", "chan 0xc000010000", "span 0xc000008000", "gc", …
  std::string path;    // inside the entity: "status", "queue.where", "frames[0].line", "slots"
  std::string before;  // JSON text; "" when the entity or key did not exist
  std::string after;   // JSON text; "" when it is gone
  std::string str() const;  // "G7.status: \"runnable\" -> \"running\""
};

// Every leaf that differs between two dumps (the event, its time and `at` are not compared).
std::vector<StateChange> diff_states(const nlohmann::ordered_json& before, const nlohmann::ordered_json& after);

}  // namespace gosim::state
