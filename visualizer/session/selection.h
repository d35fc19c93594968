// What the learner has picked to look at: a goroutine, a P or an M.
//
// Plain data shared by the script runner ({"select": {"g": 3}}) and the UI (click a token).
// Ids are the ones the runtime prints: goid for Gs, the P and M numbers as in schedtrace.
#pragma once

#include <cstdint>

namespace gosim::viz {

struct Selection {
  enum class Kind : uint8_t { kNone, kG, kP, kM };
  Kind kind = Kind::kNone;
  int64_t id = 0;  // goid, P id or M id

  static Selection g(int64_t goid) { return {Kind::kG, goid}; }
  static Selection p(int64_t id) { return {Kind::kP, id}; }
  static Selection m(int64_t id) { return {Kind::kM, id}; }
  bool is_g(int64_t goid) const { return kind == Kind::kG && id == goid; }
  bool is_p(int64_t pid) const { return kind == Kind::kP && id == pid; }
  bool is_m(int64_t mid) const { return kind == Kind::kM && id == mid; }
  friend bool operator==(const Selection&, const Selection&) = default;
};

}  // namespace gosim::viz
