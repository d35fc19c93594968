// What the learner has picked to look at: a goroutine, a P, an M, a heap span or a heap object.
//
// Plain data shared by the script runner ({"select": {"g": 3}}) and the UI (click a token).
// Ids are the ones the runtime prints: goid for Gs, the P and M numbers as in schedtrace.
#pragma once

#include <cstdint>

namespace gosim::viz {

struct Selection {
  enum class Kind : uint8_t { kNone, kG, kP, kM, kSpan, kObject };
  Kind kind = Kind::kNone;
  int64_t id = 0;  // goid, P id, M id, span index (heap::SpanIdx) or object address

  static Selection g(int64_t goid) { return {Kind::kG, goid}; }
  static Selection p(int64_t id) { return {Kind::kP, id}; }
  static Selection m(int64_t id) { return {Kind::kM, id}; }
  static Selection span(int64_t idx) { return {Kind::kSpan, idx}; }
  static Selection object(uint64_t addr) { return {Kind::kObject, static_cast<int64_t>(addr)}; }
  bool is_g(int64_t goid) const { return kind == Kind::kG && id == goid; }
  bool is_p(int64_t pid) const { return kind == Kind::kP && id == pid; }
  bool is_m(int64_t mid) const { return kind == Kind::kM && id == mid; }
  friend bool operator==(const Selection&, const Selection&) = default;
};

}  // namespace gosim::viz
