#include "sim/engine/agenda.h"

#include <algorithm>

namespace gosim {

namespace {
// std heap functions build a max-heap, so "less" means "later".
bool later(const AgendaItem& x, const AgendaItem& y) {
  if (x.time != y.time) return x.time > y.time;
  return x.seq > y.seq;
}
}  // namespace

void Agenda::push(VTime time, int32_t kind, int32_t id, uint64_t token) {
  const AgendaItem it{time, next_seq_++, kind, id, token};
  // A new item gets the largest seq so far, so it precedes an existing item only by time.
  if (!has_front_) {
    if (heap_.empty() || it.time < heap_.front().time) {
      front_ = it;
      has_front_ = true;
      return;
    }
  } else if (it.time < front_.time) {
    heap_.push_back(front_);
    std::push_heap(heap_.begin(), heap_.end(), later);
    front_ = it;
    return;
  }
  heap_.push_back(it);
  std::push_heap(heap_.begin(), heap_.end(), later);
}

AgendaItem Agenda::pop() {
  if (has_front_) {
    has_front_ = false;
    return front_;
  }
  std::pop_heap(heap_.begin(), heap_.end(), later);
  AgendaItem it = heap_.back();
  heap_.pop_back();
  return it;
}

std::vector<AgendaItem> Agenda::items() const {
  std::vector<AgendaItem> out = heap_;
  if (has_front_) out.push_back(front_);
  std::sort(out.begin(), out.end(), [](const AgendaItem& x, const AgendaItem& y) { return later(y, x); });
  return out;
}

}  // namespace gosim
