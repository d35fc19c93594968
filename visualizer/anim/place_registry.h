// Where each animated thing was drawn in one frame, by a stable key.
//
// Panels put every token, frame and object they draw here under a key that names the thing,
// not the place ("G7", not "P0's runnext"), so the same key in two frames says where the thing
// was and where it is. The animator keeps the registry of the last frame drawn before a step
// and reads the "from" places from it.
#pragma once

#include <cstdint>
#include <unordered_map>

#include "visualizer/anim/tween.h"
#include "visualizer/session/scheduler_view.h"

namespace gosim::viz {

// Keys are 64-bit: the kind in the top byte, the thing's id below (goid, address, goroutine and
// frame depth). Integers, not strings: a frame with thousands of heap cells registers each one.
namespace anim_key {
constexpr uint64_t kKindShift = 56, kIdMask = (uint64_t{1} << kKindShift) - 1;
enum class Kind : uint8_t { kGoroutine = 1, kObject = 2, kFrame = 3 };
constexpr uint64_t make(Kind k, uint64_t id) { return uint64_t{static_cast<uint8_t>(k)} << kKindShift | (id & kIdMask); }
// "G7": a goroutine's token wherever the scheduler panel draws it.
constexpr uint64_t g(int64_t goid) { return make(Kind::kGoroutine, static_cast<uint64_t>(goid)); }
// A heap object (its slot cell or graph node) by address.
constexpr uint64_t object(uint64_t addr) { return make(Kind::kObject, addr); }
// Frame `depth` (0: the outermost) of goroutine `goid`'s stack: depth, not the frame pointer,
// so a copied stack's frames are the same frames.
constexpr uint64_t frame(int64_t goid, uint32_t depth) {
  return make(Kind::kFrame, static_cast<uint64_t>(goid) << 16 | (depth & 0xffffu));
}
constexpr Kind kind_of(uint64_t key) { return static_cast<Kind>(key >> kKindShift); }
}  // namespace anim_key

// What place a goroutine token was drawn in (the scheduler panel's words: P0's runnext, P1's
// local queue slot 3, the global queue, waiting on a channel send…), so a step's moves can be
// told apart from layout shifts.
struct PlaceTag {
  GPlace::Kind kind = GPlace::Kind::kNowhere;
  int32_t where = -1;  // the P (running, runnext, local queue) or M (syscall)
  int32_t slot = -1;   // position in a queue, from its head
  WaitReason reason = WaitReason::kZero;  // kWaiting: why (chan send, select, sleep…)
  friend bool operator==(const PlaceTag&, const PlaceTag&) = default;
};

struct Place {
  Box box;
  PlaceTag tag;
  uint32_t color = 0;  // the fill it was drawn with (objects); 0 when not given
  bool has_box = false, has_color = false;
};

class PlaceRegistry {
 public:
  void put_box(uint64_t key, const Box& b, const PlaceTag& tag = {}) {
    Place& p = map_[key];
    p.box = b;
    p.tag = tag;
    p.has_box = true;
  }
  void put_color(uint64_t key, uint32_t c) {
    Place& p = map_[key];
    p.color = c;
    p.has_color = true;
  }
  const Place* find(uint64_t key) const {
    const auto it = map_.find(key);
    return it == map_.end() ? nullptr : &it->second;
  }
  size_t size() const { return map_.size(); }
  void clear() { map_.clear(); }  // keeps the buckets: the next frame reuses them
  void swap(PlaceRegistry& o) noexcept { map_.swap(o.map_); }
  const std::unordered_map<uint64_t, Place>& all() const { return map_; }

 private:
  std::unordered_map<uint64_t, Place> map_;
};

}  // namespace gosim::viz
