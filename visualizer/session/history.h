// The session's memory of a run: model checkpoints every K events, within a byte budget.
// (A model of several megabytes is checkpointed less often: at most 256 bytes of checkpoint
// per recorded event, so recording a big program stays cheap.)
//
// Going back in time is "restore the nearest checkpoint at or before the target, then step
// forward": the engine is deterministic, so the replayed events are the recorded ones (the
// session checks that they are). K trades memory for seek time. The store starts with a small
// K; when the checkpoints outgrow the budget it doubles K and drops every other checkpoint, so
// the spacing stays even and memory stays under the budget however long the run is. The
// checkpoint at event 0 is never dropped.
//
// What a checkpoint costs is an estimate (sim/state/model_size.h): the model is plain data, but
// its containers' heap blocks are not visible to sizeof. Simulated memory pages are shared
// copy-on-write between checkpoints (sim/rt/mem.h) and are not counted.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "sim/rt/machine.h"

namespace gosim::viz {

struct StoredCheckpoint {
  uint64_t at = 0;  // how many events had been handed out when it was taken
  size_t bytes = 0; // estimated size
  Checkpoint cp;
};

class CheckpointStore {
 public:
  CheckpointStore(size_t budget_bytes, uint64_t every) : budget_(budget_bytes), initial_every_(every), every_(every) {}

  void clear();
  // Whether the recorder should take a checkpoint after `at` events: at the first position on
  // or after each multiple of K (the recorder postpones one to the next point between two engine steps: Machine::at_boundary).
  bool due(uint64_t at) const { return at >= next_due_; }
  // Adds a checkpoint (positions must increase) and thins the store if it is over budget.
  void add(uint64_t at, Checkpoint cp);
  // The latest checkpoint taken at or before `at`; the store is never empty once recorded.
  const StoredCheckpoint& at_or_before(uint64_t at) const;

  size_t size() const { return cps_.size(); }
  bool empty() const { return cps_.empty(); }
  uint64_t every() const { return every_; }
  size_t bytes() const { return bytes_; }
  size_t budget() const { return budget_; }
  uint32_t thinnings() const { return thinnings_; }
  size_t largest() const { return largest_; }

 private:
  void thin();

  size_t budget_;
  uint64_t initial_every_;
  uint64_t every_;
  uint64_t next_due_ = 0;
  size_t bytes_ = 0;
  size_t largest_ = 0;
  uint32_t thinnings_ = 0;
  std::vector<StoredCheckpoint> cps_;  // by `at`, increasing
};

}  // namespace gosim::viz
