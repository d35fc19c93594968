// Issue #17 item 3: "inspector values wrap onto three lines". At 1280x720 the Inspector is the
// narrow pane under the event log; a selected heap object's or goroutine's values must read as
// one short line each (a G's traceback and an object's words are lists, a line an item), and
// in Chinese the rows are Chinese. Also from the stop-20 merge fixes, pinned here: the heap
// panel's large-object row shows address and size whole at 720p (its span is in the tooltip),
// and the event log's time column is as wide as the run's longest time text at 1280 tiled.
#include "tests/unit/viz_ui/viz_harness.h"

#include <algorithm>

#include "sim/heap/heap.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::test;

namespace {

uint64_t first_of(const Session& s, EventKind k) {
  for (const Event& e : s.events()) {
    if (e.kind == k) return e.seq;
  }
  FAIL("no such event");
  return 0;
}

// The texts the frame drew at `where` ("inspector:" matches every Inspector row).
std::vector<nlohmann::json> texts(const nlohmann::json& lay, const std::string& where) {
  std::vector<nlohmann::json> out;
  for (const auto& t : lay["texts"]) {
    if (t["where"].get<std::string>().starts_with(where)) out.push_back(t);
  }
  return out;
}

// Every Inspector value on at most `max_lines` lines, lists (one item a line) aside.
void check_rows(const nlohmann::json& lay, int max_lines) {
  const auto rows = texts(lay, "inspector:");
  REQUIRE(rows.size() >= 5);
  for (const auto& r : rows) {
    const std::string name = r["where"];
    if (name == "inspector:traceback") continue;  // file paths: long by nature, a tooltip-free list
    const std::string text = r["text"];
    // A list (an object's words) has one item a line, and each item must fit on its line.
    const int items = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + (text.ends_with("\n") ? 0 : 1);
    INFO(name, " = ", text, " (", r["text_w"].get<float>(), " px in ", r["room_w"].get<float>(), ")");
    CHECK(r["lines"].get<int>() <= (items > 1 ? items : max_lines));
  }
}

// The first heap object the run allocates from a small size class after main starts, alive at
// `seq`: write_barrier's C, a 16-byte node.
uint64_t small_object(const Session& s) {
  const heap::Heap& h = s.model().heap;
  for (size_t si = 0; si < h.spans.size(); ++si) {
    const heap::Span& sp = h.spans[si];
    if (sp.state != heap::SpanState::kInUse || heap::spanclass_sizeclass(sp.spanclass) == 0 || sp.allocCount == 0) continue;
    for (uint32_t i = 0; i < sp.nelems; ++i) {
      const heap::ObjectRef o = heap::findObject(h, sp.base() + i * sp.elemsize);
      if (o.span != heap::kNoSpan && heap::slot_colour(h, o.span, o.index) != heap::SlotColour::kFree) return o.base;
    }
  }
  FAIL("no small object");
  return 0;
}

}  // namespace

TEST_CASE("inspector at 1280x720: a heap object's and a goroutine's values each fit on one line, in English and Chinese") {
  for (const Lang lang : {Lang::kEn, Lang::kZhCN}) {
    CAPTURE(static_cast<int>(lang));
    Imgui ctx(1280, 720);
    Session s;
    open(s, "write_barrier/write_barrier.json");
    VizApp app(s);
    prepare(app);
    app.settings().lang = lang;
    s.seek(first_of(s, EventKind::kGcWriteBarrier));

    app.settings().selection = Selection::object(small_object(s));
    nlohmann::json lay = draw(app, 3);
    check_rows(lay, 1);
    // One row a fact: the object's span, its slot, its size, its class, its colour.
    const auto rows = texts(lay, "inspector:");
    CHECK(rows.size() >= 6);
    if (lang == Lang::kZhCN) {
      // Chinese rows, not English prose: "大小" (size), "颜色" (colour) and the slot's "第 N 个".
      std::string all;
      for (const auto& r : rows) all += r["where"].get<std::string>() + "=" + r["text"].get<std::string>() + "\n";
      INFO(all);
      CHECK(all.find("inspector:大小=") != std::string::npos);
      CHECK(all.find("inspector:颜色=") != std::string::npos);
      CHECK(all.find("inspector:槽=第 ") != std::string::npos);
      CHECK(all.find(" of ") == std::string::npos);
      CHECK(all.find("white") == std::string::npos);
    }

    app.settings().selection = Selection::g(1);
    lay = draw(app, 3);
    // A goroutine's fields: the longest ("request park a=0xc… b=0 cost=0ns", the stack range)
    // take two lines at most in this pane, never three.
    check_rows(lay, 2);
    CHECK(texts(lay, "inspector:goid").size() == 1);
  }
}

TEST_CASE("heap panel at 1280x720: the large-object row shows address and size whole, in English and Chinese") {
  for (const Lang lang : {Lang::kEn, Lang::kZhCN}) {
    Imgui ctx(1280, 720);
    Session s;
    open(s, "size_classes/size_classes.json");
    VizApp app(s);
    prepare(app);
    app.settings().lang = lang;
    app.settings().main_view = "heap";
    app.settings().heap_graph = false;
    s.to_end();  // the 40000-byte object is allocated by then
    const nlohmann::json lay = draw(app, 3);
    const auto rows = texts(lay, "heap_large");
    REQUIRE(rows.size() == 1);
    const std::string t = rows[0]["text"];
    INFO(t);
    CHECK(t.starts_with("0xc"));
    CHECK(t.find("40.0 KiB") != std::string::npos);  // its span of 5 pages: 40960 B
    CHECK(rows[0]["text_w"].get<float>() <= rows[0]["room_w"].get<float>());
  }
}

TEST_CASE("event log at 1280x720 tiled: every time text fits its column, write_barrier's 689.993µs among them") {
  Imgui ctx(1280, 720);
  Session s;
  open(s, "write_barrier/write_barrier.json");
  VizApp app(s);
  prepare(app);
  s.seek(first_of(s, EventKind::kGcWriteBarrier));
  const nlohmann::json lay = draw(app, 4);
  const auto cells = texts(lay, "log_time");
  REQUIRE(cells.size() >= 5);
  bool saw_long = false;
  for (const auto& c : cells) {
    INFO(c["text"].get<std::string>());
    CHECK(c["text_w"].get<float>() <= c["room_w"].get<float>() + 0.5f);
    saw_long = saw_long || c["text"].get<std::string>().size() >= std::string("689.993µs").size();
  }
  CHECK(saw_long);  // the cursor's neighbours are at 689.892µs-690.01µs, among the longest times of the run
}

TEST_CASE("span view at 1280x720: every span label is whole, 'partial' and 'full' included (it was cut to 'pa')") {
  for (const char* rel : {"size_classes/size_classes.json", "mcache_refill/mcache_refill.json"}) {
    CAPTURE(rel);
    Imgui ctx(1280, 720);
    Session s;
    open(s, rel);
    VizApp app(s);
    prepare(app);
    app.settings().main_view = "heap";
    app.settings().heap_graph = false;
    s.to_end();
    const nlohmann::json lay = draw(app, 3);
    // The labels drawn (the ones scrolled into view) and the heap's longest, which sizes the column.
    const auto labels = texts(lay, "heap_span_label");
    REQUIRE(labels.size() >= 1);
    for (const auto& l : labels) {
      INFO(l["text"].get<std::string>());
      CHECK(l["text_w"].get<float>() <= l["room_w"].get<float>());
    }
    const auto widest = texts(lay, "heap_span_widest");
    REQUIRE(widest.size() == 1);
    const std::string t = widest[0]["text"];
    INFO(t);
    CHECK((t.ends_with(" partial") || t.ends_with(" full")));  // a span on one of mcentral's lists
    CHECK(widest[0]["text_w"].get<float>() <= widest[0]["room_w"].get<float>());
  }
}
