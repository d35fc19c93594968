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
  heap_.push_back(AgendaItem{time, next_seq_++, kind, id, token});
  std::push_heap(heap_.begin(), heap_.end(), later);
}

AgendaItem Agenda::pop() {
  std::pop_heap(heap_.begin(), heap_.end(), later);
  AgendaItem it = heap_.back();
  heap_.pop_back();
  return it;
}

}  // namespace gosim
