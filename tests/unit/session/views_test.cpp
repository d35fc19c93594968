// The headless halves of the stacks, heap and GC views: what they report against the model.
#include <doctest/doctest.h>

#include <string>

#include "sim/heap/heap.h"
#include "visualizer/session/escape_notes.h"
#include "visualizer/session/heap_view.h"
#include "visualizer/session/session.h"
#include "visualizer/session/stacks_view.h"

using namespace gosim;
using namespace gosim::viz;

namespace {
const std::string kRoot = GOSIM_SOURCE_DIR;
}

TEST_CASE("the GC series holds, for each sample, heap live as the model has it at that event") {
  Session s;
  REQUIRE(s.open_scenario(kRoot + "/tests/conformance/gc/alloc_small.go").empty());
  const auto& samples = s.gc_series().samples();
  REQUIRE(samples.size() > 10);
  for (size_t i = 1; i < samples.size(); ++i) {
    CHECK(samples[i].event > samples[i - 1].event);
    CHECK(samples[i].t >= samples[i - 1].t);
  }
  for (size_t i = 0; i < samples.size(); i += samples.size() / 7 + 1) {
    s.seek(samples[i].event + 1);
    INFO("sample " << i << " at event " << samples[i].event);
    CHECK(s.model().heap.stats.heapLive == samples[i].live);
    CHECK(s.model().heap.stats.inHeap == samples[i].inuse);
    REQUIRE(s.gc_series().at_cursor(s.cursor()) != nullptr);
    CHECK(s.gc_series().at_cursor(s.cursor())->event == samples[i].event);
  }
}

TEST_CASE("the stack view reads each frame's variables from simulated memory") {
  Session s;
  REQUIRE(s.open_scenario(kRoot + "/tests/ui/programs/stack_growth.go").empty());
  // A cursor where main's goroutine is deep in dive.
  StackView v;
  for (uint64_t n = 1; n <= s.size(); ++n) {
    s.seek(n);
    v = build_stack_view(s, 1);
    if (v.frames.size() > 20) break;
  }
  REQUIRE(v.frames.size() > 20);
  CHECK(v.frames[0].func == "runtime.main");  // G1's entry (Go: proc.go main), which calls main.main
  CHECK(v.frames[1].func == "main.main");
  CHECK(v.frames[1].fp < v.frames[0].fp);
  CHECK(v.hi - v.lo >= 4096);  // it grew
  int64_t last_n = -1;
  for (size_t i = 2; i < v.frames.size(); ++i) {
    const StackFrameView& f = v.frames[i];
    CHECK(f.func == "main.dive");
    CHECK(f.fp < v.frames[i - 1].fp);  // high to low
    CHECK(f.top() <= v.frames[i - 1].fp + 0);  // frames do not overlap
    for (const StackSlot& sl : f.slots) {
      if (sl.name != "n") continue;
      CHECK(sl.kind == StackSlot::Kind::kParam);
      const int64_t n = std::stoll(sl.value);
      if (last_n >= 0) CHECK(n == last_n - 1);  // dive(100), dive(99), ...
      else CHECK(n == 100);
      last_n = n;
    }
  }
  CHECK(last_n >= 0);
  CHECK(v.used == v.hi - v.frames.back().fp);
  CHECK(v.guard == v.lo + 928);
}

TEST_CASE("a stack growth is found at its events, the new stack twice the old, pointers into it adjusted") {
  Session s;
  REQUIRE(s.open_scenario(kRoot + "/tests/ui/programs/stack_growth.go").empty());
  int found = 0;
  // A growth: stack_alloc of the new stack, then (after a copystack event when the event table
  // has it) stack_free of the old, smaller one, for the same goroutine.
  for (uint64_t i = 0; i + 1 < s.size(); ++i) {
    const Event& a = s.events()[i];
    if (a.kind != EventKind::kStackAlloc) continue;
    uint64_t j = i + 1;
    while (j < s.size() && j < i + 3 && s.events()[j].kind != EventKind::kStackFree) ++j;
    if (j >= s.size() || s.events()[j].kind != EventKind::kStackFree || s.events()[j].g != a.g || s.events()[j].b >= a.b) continue;
    s.seek(i + 1);
    const auto g = stack_growth_at_cursor(s);
    REQUIRE(g.has_value());
    CHECK(g->new_lo == static_cast<uint64_t>(a.a));
    CHECK(g->old_lo == static_cast<uint64_t>(s.events()[j].a));
    CHECK(g->new_hi - g->new_lo == 2 * (g->old_hi - g->old_lo));
    // The copystack event between them carries the bytes copied and the pointers adjusted.
    CHECK(s.events()[g->copy_event].kind == EventKind::kCopyStack);
    CHECK(g->copied > 0);
    CHECK(g->adjusted_count >= 0);
    s.seek(j + 1);  // at the stack_free: the same growth
    const auto g2 = stack_growth_at_cursor(s);
    REQUIRE(g2.has_value());
    CHECK(g2->new_lo == g->new_lo);
    for (uint64_t a : g2->adjusted) {
      const uint64_t w = s.model().mem.load(a, 8);
      CHECK(w >= g2->new_lo);
      CHECK(w < g2->new_hi);
    }
    ++found;
  }
  CHECK(found >= 3);  // 2 -> 4 -> 8 -> 16 KiB at least for main
  s.seek(1);
  CHECK_FALSE(stack_growth_at_cursor(s).has_value());
}

TEST_CASE("the heap view groups every in-use span once, with Go's own counts") {
  Session s;
  REQUIRE(s.open_scenario(kRoot + "/tests/conformance/gc/alloc_tree.go").empty());
  s.seek(s.size() / 2);
  const HeapView v = build_heap_view(s);
  const heap::Heap& h = s.model().heap;
  size_t in_use = 0;
  for (const heap::Span& sp : h.spans) in_use += sp.state == heap::SpanState::kInUse;
  CHECK(v.spans.size() + v.large.size() == in_use);
  size_t grouped = 0;
  for (size_t g = 0; g < v.classes.size(); ++g) {
    if (g > 0) CHECK(v.classes[g].spanclass > v.classes[g - 1].spanclass);
    grouped += v.classes[g].rows.size();
    for (size_t r : v.classes[g].rows) CHECK(v.spans[r].spanclass == v.classes[g].spanclass);
  }
  CHECK(grouped == v.spans.size());
  for (const HeapSpanRow& r : v.spans) {
    uint32_t used = 0;
    for (uint32_t i = 0; i < r.nelems; ++i) used += heap::isFree(h.spans[static_cast<size_t>(r.span)], i) ? 0 : 1;
    CHECK(r.alloc == used);
  }
  CHECK(v.pages_inuse + v.pages_idle == v.pages_mapped);
  // Lines cover every slot of every span exactly once.
  const auto lines = heap_lines(v, 50);
  uint64_t slots = 0, want = 0;
  for (const HeapLine& l : lines) slots += l.kind == HeapLine::Kind::kSlots ? l.nslots : 0;
  for (const HeapSpanRow& r : v.spans) want += r.nelems;
  CHECK(slots == want);
}

TEST_CASE("escape decisions become source annotations on their lines") {
  const std::string src = "package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() {\n\t_ = f()\n}\n";
  const LineAnnotations a = escape_annotations("x.go", src);
  REQUIRE(a.count(4) == 1);
  CHECK(a.at(4)[0].text == "moved to heap: x");
  CHECK(a.at(4)[0].kind == LineAnnotation::Kind::kEscape);
  CHECK(escape_annotations("bad.go", "package main\nfunc main() { undefined() }\n").empty());
}
