#include "visualizer/session/history.h"

#include <algorithm>

#include "sim/state/model_size.h"

namespace gosim::viz {

namespace {

constexpr size_t kCheckpointBytesPerEvent = 256;

}  // namespace


void CheckpointStore::clear() {
  cps_.clear();
  next_due_ = 0;
  bytes_ = 0;
  largest_ = 0;
  thinnings_ = 0;
  every_ = initial_every_;
}

void CheckpointStore::add(uint64_t at, Checkpoint cp) {
  const size_t b = state::estimate_model_bytes(cp.model);
  cps_.push_back(StoredCheckpoint{at, b, std::move(cp)});
  bytes_ += b;
  largest_ = std::max(largest_, b);
  // A big model (10k goroutines: megabytes a copy) is copied less often: at most
  // kCheckpointBytesPerEvent bytes of checkpoint per event recorded, so recording stays within a
  // small factor of running, and a seek costs at most a few thousand extra steps.
  const uint64_t gap = std::max<uint64_t>(every_, b / kCheckpointBytesPerEvent);
  next_due_ = std::max((at + gap) / every_ * every_, (at / every_ + 1) * every_);
  while (bytes_ > budget_ && cps_.size() > 1) thin();
}

// Doubles K and keeps, for each multiple of the new K, the first checkpoint at or after it
// (event 0 always stays).
void CheckpointStore::thin() {
  every_ *= 2;
  ++thinnings_;
  std::vector<StoredCheckpoint> kept;
  kept.reserve(cps_.size() / 2 + 1);
  bytes_ = 0;
  uint64_t bucket = 0;
  for (auto& c : cps_) {
    if (c.at != 0 && c.at / every_ <= bucket) continue;
    bucket = c.at / every_;
    bytes_ += c.bytes;
    kept.push_back(std::move(c));
  }
  cps_ = std::move(kept);
  next_due_ = (cps_.back().at / every_ + 1) * every_;
}

const StoredCheckpoint& CheckpointStore::at_or_before(uint64_t at) const {
  auto it = std::upper_bound(cps_.begin(), cps_.end(), at, [](uint64_t v, const StoredCheckpoint& c) { return v < c.at; });
  return *(it - 1);  // cps_[0].at == 0 <= at
}

}  // namespace gosim::viz
