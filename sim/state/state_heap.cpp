// The heap's part of the state: every live span with the colour of each slot, the collector's
// phase and pacer, and runtime.MemStats as ReadMemStats would return it (without the flush:
// reading must not change the model).
#include "sim/heap/mgc.h"
#include "sim/heap/sizeclasses.h"
#include "sim/state/state_impl.h"

namespace gosim::state {

using json = nlohmann::ordered_json;

namespace {

// One letter per slot keeps a 1024-slot span one short string: '.' free, 'w' white (allocated,
// not marked), 'g' grey (marked, not yet scanned), 'b' black (marked and scanned).
char slot_letter(heap::SlotColour c) {
  switch (c) {
    case heap::SlotColour::kFree: return '.';
    case heap::SlotColour::kWhite: return 'w';
    case heap::SlotColour::kGrey: return 'g';
    case heap::SlotColour::kBlack: return 'b';
  }
  return '?';
}

// Stable tokens for scripts; gc_phase_name gives the words.
const char* phase_token(heap::GCPhase p) {
  switch (p) {
    case heap::GCPhase::kOff: return "off";
    case heap::GCPhase::kSweepTerm: return "sweep_term";
    case heap::GCPhase::kMark: return "mark";
    case heap::GCPhase::kMarkTerm: return "mark_term";
    case heap::GCPhase::kSweep: return "sweep";
  }
  return "?";
}

const char* set_name(heap::SpanPlace::Set s) {
  switch (s) {
    case heap::SpanPlace::Set::kNone: return nullptr;
    case heap::SpanPlace::Set::kPartial: return "partial";
    case heap::SpanPlace::Set::kFull: return "full";
  }
  return nullptr;
}

json span_json(const heap::Heap& h, heap::SpanIdx si, const heap::SpanPlace& place) {
  const heap::Span& s = h.spans[static_cast<size_t>(si)];
  json j = {{"base", hex(s.base())}, {"npages", s.npages}};
  if (s.state == heap::SpanState::kManual) {
    j["state"] = "manual";
    j["use"] = "stack";
    return j;
  }
  j["state"] = "in_use";
  j["use"] = "heap";
  const int sc = heap::spanclass_sizeclass(s.spanclass);
  j["spanclass"] = s.spanclass;
  j["sizeclass"] = sc;
  j["noscan"] = heap::spanclass_noscan(s.spanclass);
  j["elemsize"] = s.elemsize;
  j["nelems"] = s.nelems;
  j["alloc_count"] = s.allocCount;
  j["freeindex"] = s.freeindex;
  j["swept"] = place.swept;
  j["cached_by"] = place.cached_by >= 0 ? json(place.cached_by) : json(nullptr);
  const char* set = set_name(place.set);
  j["mcentral"] = set != nullptr ? json(set) : json(nullptr);
  std::string slots;
  uint64_t counts[4] = {0, 0, 0, 0};
  for (heap::SlotColour c : heap::span_colours(h, si)) {
    slots += slot_letter(c);
    ++counts[static_cast<size_t>(c)];
  }
  j["slots"] = std::move(slots);
  j["colours"] = {{"free", counts[0]}, {"white", counts[1]}, {"grey", counts[2]}, {"black", counts[3]}};
  return j;
}

}  // namespace

json heap_json(const Model& md) {
  const heap::Heap& h = md.heap;
  const std::vector<heap::SpanPlace> places = heap::span_places(h);
  json spans = json::array();
  for (heap::SpanIdx si : heap::spans_in_address_order(h)) {
    const heap::Span& s = h.spans[static_cast<size_t>(si)];
    if (s.state == heap::SpanState::kDead) continue;
    spans.push_back(span_json(h, si, places[static_cast<size_t>(si)]));
  }
  return {{"sweepgen", h.sweepgen},
          {"sweepdone", h.sweepdone},
          {"pages_mapped", h.pages.mapped_pages},
          {"heap_live", h.stats.heapLive},
          {"spans", std::move(spans)}};
}

json gc_json(const Model& md) {
  const heap::Heap& h = md.heap;
  const heap::GCState& gc = h.gc;
  const heap::GCController& c = gc.controller;
  const heap::Trigger tr = heap::gc_trigger(h);
  return {{"phase", phase_token(gc.phase)},
          {"phase_name", heap::gc_phase_name(gc.phase)},
          {"cycle", gc.work.cycles},
          {"num_gc", h.stats.numGC},
          {"marking", h.gc_marking},
          {"gogc", c.gcPercent},
          {"memory_limit", c.memoryLimit},
          {"heap_live", h.stats.heapLive},
          {"trigger", tr.trigger},
          {"goal", tr.goal},
          {"heap_marked", c.heapMarked},
          {"last_heap_goal", c.lastHeapGoal},
          {"heap_minimum", c.heapMinimum},
          {"runway", c.runway},
          {"cons_mark", c.consMark},
          {"assist_work_per_byte", c.assistWorkPerByte},
          {"dedicated_workers", c.dedicatedMarkWorkersNeeded},
          {"fractional_goal", c.fractionalUtilizationGoal},
          {"grey_objects", gc.work.grey.size()},
          {"bytes_marked", gc.work.bytesMarked},
          {"bg_mark_workers", gc.driver.bgMarkWorkers},
          {"times_ns", {{"sweep_term", gc.work.tSweepTerm}, {"mark", gc.work.tMark}, {"mark_term", gc.work.tMarkTerm}, {"end", gc.work.tEnd}}},
          {"pauses_ns", gc.pauseNs},
          {"last_gc_ns", gc.lastGCNanotime}};
}

json memstats_json(const Model& md) {
  const heap::MemStats m = heap::memstats_snapshot(md.heap);
  return {{"Alloc", m.Alloc},           {"TotalAlloc", m.TotalAlloc},   {"Sys", m.Sys},
          {"Mallocs", m.Mallocs},       {"Frees", m.Frees},             {"HeapAlloc", m.HeapAlloc},
          {"HeapSys", m.HeapSys},       {"HeapIdle", m.HeapIdle},       {"HeapInuse", m.HeapInuse},
          {"HeapReleased", m.HeapReleased}, {"HeapObjects", m.HeapObjects}, {"StackInuse", m.StackInuse},
          {"StackSys", m.StackSys},     {"NextGC", m.NextGC},           {"PauseTotalNs", m.PauseTotalNs},
          {"NumGC", m.NumGC}};
}

}  // namespace gosim::state
