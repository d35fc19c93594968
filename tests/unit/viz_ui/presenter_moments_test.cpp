// Issue #17 "Done when": the scenarios' key moments (the events their notes name) read on a
// 1280x720 projector in presenter mode. At each moment presenter mode shows, without being
// told, the panel the moment is about (session/presenter_view.h), and that panel shows what the
// moment needs, whole: a goroutine blocked on a channel in the channel's recvq, the arrow from a
// frame's variable to its heap object and the object's fields, the P lanes of a steal, the frames
// of a copystack, a semaphore's waiters, a timer, a file descriptor's waiter, the span lists.
// Text-heavy moments are checked in Chinese too. The layout is the one gosim-viz --dump-layout
// writes, drawn headless by the real VizApp.
#include <functional>
#include <map>
#include <optional>

#include "tests/unit/viz_ui/viz_harness.h"
#include "visualizer/session/chan_view.h"
#include "visualizer/session/graph_layout.h"
#include "visualizer/session/presenter_view.h"
#include "visualizer/session/source_view.h"
#include "visualizer/session/stacks_view.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::test;
using nlohmann::json;

namespace {

constexpr float kW = 1280, kH = 720;

struct LBox {
  float x0, y0, x1, y1;
};
LBox box(const json& a) { return LBox{a[0].get<float>(), a[1].get<float>(), a[2].get<float>(), a[3].get<float>()}; }
bool inside(const LBox& in, const LBox& out, float slack = 1.0f) {
  return in.x0 >= out.x0 - slack && in.y0 >= out.y0 - slack && in.x1 <= out.x1 + slack && in.y1 <= out.y1 + slack;
}
bool empty(const LBox& b) { return b.x1 <= b.x0 || b.y1 <= b.y0; }

// The scenario opened, the script run (it ends in presenter mode), then frames until the fit
// and the scroll positions settle; fonts rebuilt when Chinese text needs glyphs, as main.cpp does.
json moment(const std::string& scenario, const std::string& script_text, Lang lang = Lang::kEn) {
  Imgui ctx(kW, kH);
  Session s;
  open(s, scenario);
  s.restart();  // as gosim-viz opens a scenario: at its start
  VizApp app(s);
  app.set_lang(lang);
  prepare(app);
  app.set_script(script(script_text));
  json lay;
  for (int i = 0; i < 10; ++i) {
    if (app.fonts_stale()) {
      app.rebuild_fonts(ImGui::GetIO());
      unsigned char* px = nullptr;
      int w = 0, h = 0;
      ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&px, &w, &h);
    }
    lay = draw(app, 1);
  }
  return lay;
}

// Presenter mode, on screen whole: the caption's sentence and note fit its bar, every panel is
// inside the window, and a panel that measured its content got the height it needs.
void check_frame(const json& lay, const std::vector<std::string>& panels, const std::string& may_scroll = "") {
  REQUIRE(lay["presenter"].get<bool>());
  const LBox screen{0, 0, kW, kH};
  CHECK(lay["want_caption_h"].get<float>() <= box(lay["panels"]["caption"]).y1 + 1.0f);
  for (const std::string& id : panels) {
    INFO("panel " << id);
    REQUIRE(lay["panels"].contains(id));
    const LBox p = box(lay["panels"][id]);
    CHECK(inside(p, screen));
    // The timeline's goroutine rows scroll by design (one per goroutine); its P lanes are checked below.
    if (id != "timeline" && id != may_scroll && lay["want_h"].contains(id)) CHECK(lay["want_h"][id].get<float>() <= p.y1 - p.y0 + 1.0f);
  }
  CHECK(lay["fit"].get<float>() >= 0.5f);
  if (lay["panels"].contains("timeline")) {
    // The plot scrolls under its P lanes; its top-left corner (the P0 lane) is in the panel.
    const LBox plot = box(lay["timeline_plot"]);
    CHECK(inside(LBox{plot.x0, plot.y0, plot.x0 + 1, plot.y0 + 1}, box(lay["panels"]["timeline"])));
  }
}

// The first mark whose name ends in `suffix` ("…:recvq:1").
std::optional<LBox> mark_ending(const json& lay, const std::string& suffix) {
  for (const auto& [name, r] : lay["marks"].items()) {
    if (name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) return box(r);
  }
  return std::nullopt;
}
std::optional<LBox> mark_starting(const json& lay, const std::string& prefix) {
  for (const auto& [name, r] : lay["marks"].items()) {
    if (name.rfind(prefix, 0) == 0) return box(r);
  }
  return std::nullopt;
}

// Issue #17: the heap graph at a 720p projector reads from the back row. Its text is 14 px or
// more (the graph's own shrink no longer multiplies presenter mode's fit; the tall "1 hop"
// column may wrap into sub-columns so the picture uses the screen's width), every arrow's name
// from a root is whole (not "ho…"), no two boxes overlap, no arrow's piece passes through a
// box, and no two arrows share a vertical (each turns at its own x in a gap).
void check_graph_reads(const json& lay) {
  INFO("graph text " << lay["graph_font"].get<float>() << " px, fit " << lay["fit"].get<float>());
  std::vector<LBox> boxes;
  for (const json& n : lay["graph_nodes"]) boxes.push_back(box(n["box"]));
  for (const json& c : lay["graph_chips"]) boxes.push_back(box(c["box"]));
  for (const auto& [name, r] : lay["marks"].items()) {
    if (name.rfind("graph_root:", 0) == 0) boxes.push_back(box(r));
  }
  for (size_t a = 0; a < boxes.size(); ++a) {
    for (size_t b = a + 1; b < boxes.size(); ++b) {
      const LBox& p = boxes[a];
      const LBox& q = boxes[b];
      CHECK_FALSE((p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1));
    }
  }
  struct Vertical {
    float x, y0, y1;
    size_t edge;
  };
  std::vector<Vertical> verticals;
  int named = 0;
  for (size_t ei = 0; ei < lay["graph_edges"].size(); ++ei) {
    const json& e = lay["graph_edges"][ei];
    INFO("arrow " << e["label"].get<std::string>());
    if (e["from_root"].get<bool>()) {
      CHECK_FALSE(e["label_elided"].get<bool>());
      CHECK_FALSE(empty(box(e["label_box"])));
      ++named;
    }
    const json& pts = e["points"];
    for (size_t k = 0; k + 1 < pts.size(); ++k) {
      const LPoint a{pts[k][0].get<float>(), pts[k][1].get<float>()}, b{pts[k + 1][0].get<float>(), pts[k + 1][1].get<float>()};
      for (const LBox& bx : boxes) CHECK_FALSE(segment_hits_box(a, b, LPoint{bx.x0, bx.y0}, LPoint{bx.x1, bx.y1}, 1.5f));
      if (a.x == b.x && a.y != b.y) verticals.push_back(Vertical{a.x, std::min(a.y, b.y), std::max(a.y, b.y), ei});
    }
  }
  CHECK(named >= 5);  // holder, early, ballast, runtime.allgs, b
  for (size_t i = 0; i < verticals.size(); ++i) {
    for (size_t j = i + 1; j < verticals.size(); ++j) {
      const Vertical& p = verticals[i];
      const Vertical& q = verticals[j];
      if (p.edge == q.edge || p.x != q.x) continue;
      CHECK_FALSE((p.y0 < q.y1 && q.y0 < p.y1));
    }
  }
}

}  // namespace

TEST_CASE("the panel follows the moment: a channel op shows the channels, a barrier the heap graph, copystack the frames") {
  Event e;
  e.kind = EventKind::kChanSend;
  CHECK(panels_for_event(e) == std::vector<std::string>{"channels", "scheduler"});
  e.kind = EventKind::kGoPark;
  e.a = static_cast<int64_t>(WaitReason::kChanReceive);
  CHECK(panels_for_event(e).front() == "channels");
  e.a = static_cast<int64_t>(WaitReason::kSemacquire);
  CHECK(panels_for_event(e).front() == "sync");
  e.a = static_cast<int64_t>(WaitReason::kIOWait);
  CHECK(panels_for_event(e).front() == "netpoll");
  e.kind = EventKind::kGcWriteBarrier;
  CHECK(panels_for_event(e) == std::vector<std::string>{"heap_graph"});
  e.kind = EventKind::kCopyStack;
  CHECK(panels_for_event(e) == std::vector<std::string>{"stacks"});
  e.kind = EventKind::kSteal;
  CHECK(panels_for_event(e) == std::vector<std::string>{"scheduler", "timeline"});
  e.kind = EventKind::kCall;  // no structure of its own: the caller uses the scenario's subject
  CHECK(panels_for_event(e).empty());
}

std::string seek_script(uint64_t seq);

// The first event at `line` of the scenario's program (gosim state's line:N), as a cursor.
uint64_t first_at_line(const Session& s, int32_t line) {
  for (uint64_t i = 0; i < s.size(); ++i) {
    if (s.event_line(i) == line) return i + 1;
  }
  return 0;
}

TEST_CASE("a noted line whose first event is an allocation shows what the line does, not the span view") {
  struct Case {
    const char* scn;
    int32_t line;
    std::vector<std::string> want;
  };
  // stack_shrink line 24 (runtime.GC): malg's g for a mark worker first, then the cycle that
  // scans and shrinks main's stack. tickers 12/20: the channel and the Ticker/Timer, then
  // addtimer. timers 31: time.After's channel is the line's only event: the scenario's subject
  // (the timer heap) beside the source.
  for (const Case& c : {Case{"stack_shrink/stack_shrink.json", 24, {"stacks"}}, Case{"tickers/tickers.json", 12, {"timers", "scheduler"}},
                        Case{"tickers/tickers.json", 20, {"timers", "scheduler"}}, Case{"timers/timers.json", 31, {"timers", "source"}}}) {
    INFO(c.scn << " line " << c.line);
    Session s;
    open(s, c.scn);
    const uint64_t at = first_at_line(s, c.line);
    REQUIRE(at > 0);
    s.seek(at);
    REQUIRE(s.current() != nullptr);
    // The premise: the line's first event is an allocation, which alone would show the span view.
    CHECK(panels_for_event(*s.current()) == std::vector<std::string>{"heap"});
    CHECK(presenter_panels_at(s) == c.want);
  }
  // A scenario about the allocator keeps its span view at an allocation on a noted line.
  Session s;
  open(s, "size_classes/size_classes.json");
  REQUIRE(s.scenario().has_value());
  for (const Note& n : s.scenario()->notes) {
    if (n.line <= 0) continue;
    const uint64_t at = first_at_line(s, n.line);
    if (at == 0) continue;
    s.seek(at);
    if (panels_for_event(*s.current()) != std::vector<std::string>{"heap"}) continue;
    INFO("size_classes line " << n.line);
    CHECK(presenter_panels_at(s) == std::vector<std::string>{"heap"});
  }
}

TEST_CASE("work_stealing's steal at 720p presenter: all four P lanes and their queues") {
  const json lay = moment("work_stealing/work_stealing.json", R"([{"run_until": "steal"}, {"presenter": true}])");
  check_frame(lay, {"scheduler", "timeline"});
  const LBox sched = box(lay["panels"]["scheduler"]);
  REQUIRE(lay["lanes"].size() == 4);
  for (const json& l : lay["lanes"]) {
    CHECK(inside(box(l["lane"]), sched));
    CHECK(inside(box(l["queue"]), sched));
  }
  // Readable from the back row: the scheduler alone asked for 812 px at full size and the fit
  // fell to its 0.5 floor; the dense lanes (P2 and P3 idle and bare: one row of two chips) keep it
  // near 0.7.
  CHECK(lay["fit"].get<float>() >= 0.65f);
  const LBox p2 = box(lay["lanes"][2]["lane"]), p3 = box(lay["lanes"][3]["lane"]), p0 = box(lay["lanes"][0]["lane"]);
  CHECK(p2.y0 == doctest::Approx(p3.y0));  // side by side
  CHECK(p2.y1 - p2.y0 < (p0.y1 - p0.y0) * 0.6f);
  CHECK(lay["runtime_chip"].is_array());
  CHECK(box(lay["runtime_chip"]).y1 < p0.y0);  // on the summary line, above the lanes
}

TEST_CASE("the runtime chip comes below the waiting goroutines, not over them") {
  // hello: main parks on the WaitGroup (one P, so the usual lanes); the group's label and its
  // token row, then the "runtime (4)" chip. A regression drew the chip a label's height too high.
  // (hello's moment is found by what it is, G1's park: since part startup18 event 85 is in Go's
  // start-up, before main runs.)
  for (const char* script : {R"([{"run_until": {"kind": "go_park", "g": 1}}, {"presenter": true}])",
                             R"([{"run_until": "steal"}, {"presenter": true}])"}) {
    const std::string scn = std::string(script).find("steal") != std::string::npos ? "work_stealing/work_stealing.json" : "hello/hello.json";
    INFO(scn);
    const json lay = moment(scn, script);
    REQUIRE(lay["runtime_chip"].is_array());
    const LBox chip = box(lay["runtime_chip"]);
    for (const json& t : lay["g_tokens"]) {
      const LBox g = box(t["box"]);
      INFO("G" << t["goid"]);
      const bool overlap = g.x0 < chip.x1 && chip.x0 < g.x1 && g.y0 < chip.y1 && chip.y0 < g.y1;
      CHECK_FALSE(overlap);
    }
  }
}

TEST_CASE("a scenario that shares another's program (../sysmon_preempt/sysmon_preempt.go) gets its line notes") {
  // preempt_off runs sysmon_preempt's program with another config. The compiler names the file
  // "../sysmon_preempt/sysmon_preempt.go"; the Source panel shows the resolved path; G1 at line 22
  // (the spinner's go statement) was taken to be in another file, so line 22's note never showed.
  // The first event at line 22, found by its line (was `seek 62`: Go's start-up heap, part
  // startup18, moves every event's number).
  Session s;
  open(s, "preempt_off/preempt_off.json");
  const uint64_t at = first_at_line(s, 22);
  REQUIRE(at > 0);
  const json lay = moment("preempt_off/preempt_off.json", R"([{"seek": )" + std::to_string(at) + R"(}, {"presenter": true}])");
  const std::string note = lay["caption_note"].get<std::string>();
  CHECK(note.find("spinner is created last") != std::string::npos);
}

TEST_CASE("gomaxprocs_resize's first steal at 720p presenter: four Ps, both queues whole, fit above 0.65") {
  const json lay = moment("gomaxprocs_resize/gomaxprocs_resize.json", R"([{"run_until": "steal"}, {"presenter": true}])");
  check_frame(lay, {"scheduler", "timeline"});
  REQUIRE(lay["lanes"].size() == 4);
  const LBox sched = box(lay["panels"]["scheduler"]);
  for (const json& l : lay["lanes"]) CHECK(inside(box(l["lane"]), sched));
  CHECK(lay["lanes"][0]["slots_shown"].get<int>() == 4);  // P0's 4 left after P1 took 4
  CHECK(lay["lanes"][1]["slots_shown"].get<int>() == 3);  // P1's 3 (the 4th runs)
  CHECK(lay["fit"].get<float>() >= 0.65f);
}

TEST_CASE("a goroutine that blocks on a channel is on screen in the channel's sendq or recvq, in English and Chinese") {
  // deadlock: main parks on results [chan receive]; pipeline: gen's G6 parks sending to the
  // next stage [chan send]; pipeline's G7 parks on its empty input [chan receive].
  struct Case {
    const char* scn;
    int g;
    const char* queue;
  };
  for (const Lang lang : {Lang::kEn, Lang::kZhCN}) {
    for (const Case& c : {Case{"deadlock/deadlock.json", 1, "recvq"}, Case{"pipeline/pipeline.json", 6, "sendq"},
                          Case{"pipeline/pipeline.json", 7, "recvq"}}) {
      const std::string scn = c.scn;
      const int g = c.g;
      INFO((scn + " G" + std::to_string(g) + (lang == Lang::kEn ? " en" : " zh-CN")));
      const json lay = moment(scn, R"([{"run_until": {"kind": "go_park", "g": )" + std::to_string(g) + R"(}}, {"presenter": true}])", lang);
      check_frame(lay, {"channels", "scheduler"});
      const auto tok = mark_ending(lay, std::string(":") + c.queue + ":" + std::to_string(g));
      REQUIRE(tok.has_value());
      CHECK(inside(*tok, box(lay["panels"]["channels"])));
      // The channel block it sits in is the current one and is whole on screen.
      const auto cur = mark_ending(lay, ":current");
      REQUIRE(cur.has_value());
      CHECK(inside(*cur, box(lay["panels"]["channels"]), 2.0f));
    }
  }
}

TEST_CASE("write_barrier's barrier at 720p presenter: a frame's variable has an arrow to its object, whose fields show") {
  // The runtime's own objects folded into their chip (the default) and shown one by one.
  for (const auto& [lang, expanded] : {std::pair{Lang::kEn, false}, {Lang::kZhCN, false}, {Lang::kEn, true}}) {
    INFO(std::string(lang == Lang::kEn ? "en" : "zh-CN") << (expanded ? ", runtime objects shown" : ", runtime objects folded"));
    const json lay = moment("write_barrier/write_barrier.json",
                            std::string(R"([{"run_until": "gc_write_barrier"}, {"presenter": true}, {"runtime_objects": )") +
                                (expanded ? "true" : "false") + "}]",
                            lang);
    // Every runtime object drawn as its own box needs more room than 720p has at 14 px text:
    // that graph scrolls (its text does not shrink below 14 px).
    check_frame(lay, {"heap"}, expanded ? "heap" : "");
    CHECK(lay["heap_graph"].get<bool>());
    CHECK_FALSE(lay["graph_too_large"].get<bool>());
    CHECK(lay["graph_font"].get<float>() >= 14.0f);
    if (!expanded) check_graph_reads(lay);
    const LBox heap = box(lay["panels"]["heap"]);
    std::map<uint64_t, json> nodes;
    for (const json& n : lay["graph_nodes"]) nodes[n["addr"].get<uint64_t>()] = n;
    int root_arrows = 0;
    for (const json& e : lay["graph_edges"]) {
      if (!e["from_root"].get<bool>()) continue;
      INFO("arrow " << e["label"].get<std::string>());
      CHECK_FALSE(e["label"].get<std::string>().empty());
      if (e["to_chip"].get<bool>()) {
        // runtime.allgs (a word of the globals) keeps the runtime's objects: its arrow ends at the chip.
        CHECK_FALSE(expanded);
        CHECK(e["label"].get<std::string>() == "runtime.allgs");
        ++root_arrows;
        continue;
      }
      const auto it = nodes.find(e["to"].get<uint64_t>());
      REQUIRE(it != nodes.end());
      // Every runtime object as a box is taller than 720p at 14 px text: that graph scrolls down
      // (never sideways).
      const LBox room = expanded ? LBox{heap.x0, -1e9f, heap.x1, 1e9f} : heap;
      CHECK(inside(box(it->second["box"]), room));
      // A mark worker's gcBgMarkWorkerNode (the worker's root) holds no pointer and no value gosim shows.
      if (e["from_func"].get<std::string>() != "runtime.gcBgMarkWorker") CHECK(it->second["fields"].get<int>() > 0);
      for (const json& p : e["points"]) CHECK(inside(LBox{p[0].get<float>(), p[1].get<float>(), p[0].get<float>(), p[1].get<float>()}, room));
      ++root_arrows;
    }
    CHECK(root_arrows >= 2);  // early and holder, from the globals
    // Folded: one chip in the heap panel, and no box of a runtime object.
    CHECK(lay["graph_chips"].size() == (expanded ? 0u : 2u));  // reached, and allgs's old arrays nothing reaches
    for (const json& c : lay["graph_chips"]) CHECK(inside(box(c["box"]), heap));
  }
}

TEST_CASE("gc_cycle's scan at 720p presenter: the heap graph with every object and its state on screen") {
  const json lay = moment("gc_cycle/gc_cycle.json", R"([{"run_until": "gc_scan_object"}, {"presenter": true}])");
  check_frame(lay, {"heap"});
  CHECK(lay["heap_graph"].get<bool>());
  CHECK_FALSE(lay["graph_too_large"].get<bool>());
  REQUIRE(lay["graph_nodes"].size() >= 7);  // node 1..7 of the tree
  for (const json& n : lay["graph_nodes"]) CHECK(inside(box(n["box"]), box(lay["panels"]["heap"])));
  CHECK(lay["graph_font"].get<float>() >= 14.0f);
}

TEST_CASE("stack_growth's copystack at 720p presenter: the frames and the old and new stacks") {
  const json lay = moment("stack_growth/stack_growth.json", R"([{"run_until": "copystack"}, {"presenter": true}])");
  check_frame(lay, {"stacks"});
  const LBox st = box(lay["panels"]["stacks"]);
  REQUIRE_FALSE(lay["stack_frames"].empty());
  // The innermost frame (drawn last, lowest), the one that asked for more stack, is in view.
  CHECK(inside(box(lay["stack_frames"].back()["box"]), st));
  CHECK_FALSE(empty(box(lay["growth_old"])));
  CHECK(inside(box(lay["growth_new"]), st));
}

TEST_CASE("stack moments at 720p presenter: morestack, copystack and a GC's shrink fit at 0.65 or more, nothing cut") {
  // stack_growth's first morestack and copystack, stack_shrink's first growth and its first
  // shrink (a copystack to a smaller stack, in a GC's scan). The panel asked for 8 lines of copy
  // picture and 16 ledger rows and fitted them at 0.50-0.58 of the full size; now the picture
  // keeps what its boxes need, the ledger the innermost frame and the stack's bottom rows, the
  // bars one line.
  struct Case {
    const char* scn;
    std::string script;
    Lang lang;
  };
  uint64_t shrink = 0;
  {
    Session s;
    open(s, "stack_shrink/stack_shrink.json");
    for (uint64_t i = 0; i < s.size() && shrink == 0; ++i) {
      if (s.events()[i].kind != EventKind::kCopyStack) continue;
      s.seek(i + 1);
      const std::optional<StackGrowth> g = stack_growth_at_cursor(s);
      if (g && !g->grows()) shrink = i + 1;
    }
  }
  REQUIRE(shrink > 0);
  for (const Case& c : {Case{"stack_growth/stack_growth.json", R"([{"run_until": "morestack"}, {"presenter": true}])", Lang::kEn},
                        Case{"stack_growth/stack_growth.json", R"([{"run_until": "copystack"}, {"presenter": true}])", Lang::kZhCN},
                        Case{"stack_shrink/stack_shrink.json", R"([{"run_until": "copystack"}, {"presenter": true}])", Lang::kEn},
                        Case{"stack_shrink/stack_shrink.json", seek_script(shrink), Lang::kEn},
                        Case{"stack_shrink/stack_shrink.json", seek_script(shrink), Lang::kZhCN}}) {
    const std::string what = std::string(c.scn) + " " + c.script + (c.lang == Lang::kEn ? " en" : " zh-CN");
    INFO(what);
    const json lay = moment(c.scn, c.script, c.lang);
    check_frame(lay, {"stacks"});
    MESSAGE(what << ": fit " << lay["fit"].get<float>());
    CHECK(lay["fit"].get<float>() >= 0.65f);
    const LBox st = box(lay["panels"]["stacks"]);
    REQUIRE_FALSE(lay["stack_frames"].empty());
    CHECK(inside(box(lay["stack_frames"].back()["box"]), box(lay["stack_ledger"])));
    // The copy picture whole in its own box: both ranges, not scrolled.
    REQUIRE(lay["marks"].contains("stack_growth"));
    const LBox pic = box(lay["marks"]["stack_growth"]);
    CHECK(inside(pic, st));
    CHECK(inside(box(lay["growth_old"]), pic));
    CHECK(inside(box(lay["growth_new"]), pic));
    CHECK(box(lay["growth_new"]).y1 - box(lay["growth_new"]).y0 >= 30.0f);  // a box, not a line
  }
}

TEST_CASE("syscall_handoff's retake at 720p presenter, en and zh-CN: the lane, the syscall row, the waiting rows and sysmon's lane fit at 0.65 or more") {
  // The timeline asked for every M lane (sysmon's M1 has none of its own slices), an empty GC
  // lane and sysmon's, and the scheduler for a line per label: the slide fitted at 0.58 (text
  // ~16 px). Now the retake's lanes are P0, the Ms that ran (M0 in the syscall, M2 that the
  // hand-off started) and sysmon's; the empty global queue and the waiting group's label share
  // lines.
  for (const Lang lang : {Lang::kEn, Lang::kZhCN}) {
    INFO(std::string(lang == Lang::kEn ? "en" : "zh-CN"));
    const json lay = moment("syscall_handoff/syscall_handoff.json", R"([{"run_until": "retake"}, {"presenter": true}])", lang);
    check_frame(lay, {"scheduler", "timeline"});
    MESSAGE("syscall_handoff retake " << std::string(lang == Lang::kEn ? "en" : "zh-CN") << ": fit " << lay["fit"].get<float>());
    CHECK(lay["fit"].get<float>() >= 0.65f);
    const LBox sched = box(lay["panels"]["scheduler"]);
    CHECK(inside(box(lay["runtime_chip"]), sched));
    for (const json& l : lay["lanes"]) CHECK(inside(box(l["lane"]), sched));
    // The goroutine in the system call, on screen in its row.
    REQUIRE(lay["g_tokens"].is_array());
    bool g7 = false;
    for (const json& t : lay["g_tokens"]) g7 = g7 || (t["goid"].get<int>() == 7 && inside(box(t["box"]), sched));
    CHECK(g7);
    // The timeline's lanes: the Ms that ran, sysmon's; no empty GC lane, no lane for sysmon's M.
    const LBox tl = box(lay["panels"]["timeline"]);
    for (const char* lane : {"timeline:label:M0", "timeline:label:M2", "timeline:label:sysmon", "timeline:label:P0"}) {
      INFO(lane);
      REQUIRE(lay["marks"].contains(lane));
      CHECK(inside(box(lay["marks"][lane]), tl));
    }
    CHECK_FALSE(lay["marks"].contains("timeline:label:M1"));
    CHECK_FALSE(lay["marks"].contains("timeline:label:GC"));
  }
}

TEST_CASE("mutex_starvation, timers, netpoll_server: the waiters of a semaphore, a timer and a socket") {
  struct Case {
    const char* scn;
    const char* kind;
    const char* panel;
    std::function<std::optional<LBox>(const json&)> mark;
  };
  const Case cases[] = {
      {"mutex_starvation/mutex_starvation.json", "sem_release", "sync", [](const json& l) { return mark_starting(l, "sema:"); }},
      {"timers/timers.json", "timer_fire", "timers", [](const json& l) { return mark_starting(l, "timer"); }},
      {"netpoll_server/netpoll_server.json", "net_ready", "netpoll", [](const json& l) { return mark_starting(l, "fd:"); }},
  };
  for (const Case& c : cases) {
    INFO(std::string(c.scn));
    const json lay = moment(c.scn, std::string(R"([{"run_until": ")") + c.kind + R"("}, {"presenter": true}])");
    check_frame(lay, {c.panel, "scheduler"});
    const auto m = c.mark(lay);
    REQUIRE(m.has_value());
    CHECK(inside(*m, box(lay["panels"][c.panel])));
  }
}

TEST_CASE("netpoll_server's net_ready at 720p presenter, en and zh-CN: fds, ready goroutines and both Ps fit at 0.65 or more") {
  // Two bare Ps took two full lanes beside the Netpoll panel and a three-line note: the slide
  // fitted at 0.53 (text ~15 px). The idle Ps now share a row of chips, as work_stealing's do.
  for (const Lang lang : {Lang::kEn, Lang::kZhCN}) {
    INFO(std::string(lang == Lang::kEn ? "en" : "zh-CN"));
    const json lay = moment("netpoll_server/netpoll_server.json", R"([{"run_until": "net_ready"}, {"presenter": true}])", lang);
    check_frame(lay, {"netpoll", "scheduler"});
    MESSAGE("netpoll_server net_ready " << std::string(lang == Lang::kEn ? "en" : "zh-CN") << ": fit " << lay["fit"].get<float>());
    CHECK(lay["fit"].get<float>() >= 0.65f);
    CHECK_FALSE(lay["caption_note"].get<std::string>().empty());  // the note, whole (check_frame)
    const LBox np = box(lay["panels"]["netpoll"]);
    for (const char* fd : {"fd:3:", "fd:4:", "fd:5:"}) {
      INFO(fd);
      const auto row = mark_starting(lay, std::string("label:") + fd);
      REQUIRE(row.has_value());
      CHECK(inside(*row, np));
    }
    for (const char* g : {"netpoll:ready:6", "netpoll:ready:1"}) {
      INFO(g);
      REQUIRE(lay["marks"].contains(g));
      CHECK(inside(box(lay["marks"][g]), np));
    }
    const LBox sched = box(lay["panels"]["scheduler"]);
    REQUIRE(lay["lanes"].size() == 2);
    for (const json& l : lay["lanes"]) CHECK(inside(box(l["lane"]), sched));
    // The IO-wait goroutines in the scheduler too.
    int waiting = 0;
    for (const json& t : lay["g_tokens"]) waiting += inside(box(t["box"]), sched) ? 1 : 0;
    CHECK(waiting >= 2);
  }
}

TEST_CASE("allocator moments show the span lists; deadlock shows what Go printed beside the goroutines") {
  const json heap = moment("mcache_refill/mcache_refill.json", R"([{"run_until": "cache_span"}, {"run_until": "malloc"}, {"presenter": true}])");
  check_frame(heap, {"heap"});
  CHECK_FALSE(heap["heap_graph"].get<bool>());
  CHECK_FALSE(heap["heap_lines"].empty());
  // The pacer's moment: the GC timeline with its plot (a panel too short for it drew none).
  const json pacer = moment("gc_cycle/gc_cycle.json", R"([{"run_until": "gc_pacer"}, {"presenter": true}])");
  check_frame(pacer, {"gc", "scheduler"});
  CHECK_FALSE(empty(box(pacer["gc_plot"])));
  CHECK(inside(box(pacer["gc_plot"]), box(pacer["panels"]["gc"])));
  // The legend on a line of its own above the plot: inside the plot it covered the goal line.
  REQUIRE(pacer["marks"].contains("gc:legend"));
  const LBox legend = box(pacer["marks"]["gc:legend"]);
  CHECK_FALSE(empty(legend));
  CHECK(legend.y1 <= box(pacer["gc_plot"]).y0);
  CHECK(inside(legend, box(pacer["panels"]["gc"])));
  // escape_cases notes only lines: at a call its subject (the kind it breaks on, malloc) and the source.
  const json esc = moment("escape_cases/escape_cases.json", R"([{"run_until": "call"}, {"presenter": true}])");
  check_frame(esc, {"heap", "source"});
  const json dead = moment("deadlock/deadlock.json", R"([{"run_until": "deadlock"}, {"presenter": true}])", Lang::kZhCN);
  check_frame(dead, {"output", "scheduler"});
}

TEST_CASE("a panel step fixes presenter mode's panels: stepping to a channel event keeps the teacher's choice") {
  const json lay = moment("pipeline/pipeline.json", R"([{"panel": "timeline"}, {"presenter": true}, {"run_until": "chan_send"}])");
  CHECK_FALSE(lay["presenter_auto"].get<bool>());
  CHECK(lay["panels"].contains("timeline"));
  CHECK_FALSE(lay["panels"].contains("channels"));
}

// s19 (part vizmoments): the moments s18's audit found planned on the wrong event, the notes'
// Chinese, channels named by the variable their make was assigned to, the heap-graph toggle.

namespace {

// The run's events, to find the moment a note is about (the plan in the audit does the same).
uint64_t first_event(const std::string& scn, const std::function<bool(const Event&, uint64_t)>& pred) {
  Session s;
  open(s, scn);
  const std::vector<Event>& ev = s.events();
  for (uint64_t i = 0; i < ev.size(); ++i) {
    if (pred(ev[i], i + 1)) return i + 1;
  }
  return 0;
}
}  // namespace

std::string seek_script(uint64_t seq) { return R"([{"presenter": true}, {"seek": )" + std::to_string(seq) + "}]"; }

namespace {

bool has_cjk(const std::string& t) {
  for (const char c : t) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0xE4 && b <= 0xE9) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("deadlock's line-11 note at its moment: G7 in start's recvq, the note in Chinese") {
  // "Each worker parks on start": G7's park two events after its go_start at line 11.
  const uint64_t park = first_event("deadlock/deadlock.json", [](const Event& e, uint64_t) {
    return e.kind == EventKind::kGoPark && e.g == 7;
  });
  REQUIRE(park > 0);
  for (const Lang lang : {Lang::kEn, Lang::kZhCN}) {
    INFO(std::string(lang == Lang::kEn ? "en" : "zh-CN"));
    const json lay = moment("deadlock/deadlock.json", seek_script(park), lang);
    check_frame(lay, {"channels", "scheduler"});
    const auto tok = mark_ending(lay, ":recvq:7");
    REQUIRE(tok.has_value());
    CHECK(inside(*tok, box(lay["panels"]["channels"])));
    const std::string note = lay["caption_note"].get<std::string>();
    if (lang == Lang::kZhCN) {
      CHECK(note.find("start") != std::string::npos);
      CHECK(has_cjk(note));
    } else {
      CHECK(note.rfind("Each worker parks on start", 0) == 0);
    }
  }
}

TEST_CASE("runnext's go_create note at a go statement that kicks: scheduler with the new G in runnext, Chinese note") {
  const uint64_t kick = first_event("runnext/runnext.json", [](const Event& e, uint64_t) {
    return e.kind == EventKind::kGoCreate && e.c != 0;
  });
  REQUIRE(kick > 0);
  const json lay = moment("runnext/runnext.json", seek_script(kick), Lang::kZhCN);
  check_frame(lay, {"scheduler", "timeline"});
  REQUIRE_FALSE(lay["lanes"].empty());
  CHECK_FALSE(empty(box(lay["lanes"][0]["runnext"])));
  CHECK(inside(box(lay["lanes"][0]["runnext"]), box(lay["panels"]["scheduler"])));
  CHECK(has_cjk(lay["caption_note"].get<std::string>()));
  CHECK(lay["caption_note"].get<std::string>().find("runnext") != std::string::npos);
}

TEST_CASE("mcache_refill's line-43 note at a refill of build(200): mcentral's swept span in the span view, Chinese note") {
  // "These refills are served by mcentral's partial swept spans": build(200) runs after
  // runtime.GC's sweep; its first cache_span after the cycle's last phase change is the moment.
  uint64_t last_phase = 0;
  {
    Session s;
    open(s, "mcache_refill/mcache_refill.json");
    for (uint64_t i = 0; i < s.events().size(); ++i) {
      if (s.events()[i].kind == EventKind::kGcPhase) last_phase = i + 1;
    }
  }
  REQUIRE(last_phase > 0);
  const uint64_t refill = first_event("mcache_refill/mcache_refill.json", [&](const Event& e, uint64_t seq) {
    return seq > last_phase && e.kind == EventKind::kCacheSpan;
  });
  REQUIRE(refill > 0);
  const json lay = moment("mcache_refill/mcache_refill.json", seek_script(refill), Lang::kZhCN);
  check_frame(lay, {"heap"});
  CHECK_FALSE(lay["heap_graph"].get<bool>());
  CHECK_FALSE(lay["heap_lines"].empty());
  CHECK(has_cjk(lay["caption_note"].get<std::string>()));
}

TEST_CASE("pipeline's channels made in gen and square are named by the variable their make was assigned to") {
  Session s;
  open(s, "pipeline/pipeline.json");
  const uint64_t send = first_event("pipeline/pipeline.json", [](const Event& e, uint64_t) { return e.kind == EventKind::kChanSend; });
  REQUIRE(send > 0);
  s.seek(send);
  const ChanView v = build_chan_view(s);
  REQUIRE(v.chans.size() == 2);
  // gen's and square's `out`: neither is held by a live frame variable any more (gen and square
  // returned; the closures hold them in their funcvals), so the make's assignment names them.
  CHECK(v.chans[0].name == "out (main.gen)");
  CHECK(v.chans[1].name == "out (main.square)");
  CHECK(v.chans[0].elem_type == "int");
  CHECK(v.chans[0].made_in == "main.gen");
}

TEST_CASE("in automatic presenter mode the Heap view's Graph/Spans toggle the user flips sticks") {
  Imgui ctx(kW, kH);
  Session s;
  open(s, "gc_cycle/gc_cycle.json");
  s.restart();
  VizApp app(s);
  prepare(app);
  app.set_script(script(R"([{"presenter": true}, {"run_until": "gc_scan_object"}])"));
  json lay;
  for (int i = 0; i < 6; ++i) lay = draw(app, 1);
  REQUIRE(lay["presenter_auto"].get<bool>());
  REQUIRE(lay["heap_graph"].get<bool>());  // the automatic choice at a scan: the graph
  app.settings().heap_graph = false;       // the teacher clicks "Spans"
  for (int i = 0; i < 3; ++i) lay = draw(app, 1);
  CHECK_FALSE(lay["heap_graph"].get<bool>());
  CHECK(lay["panels"].contains("heap"));
  s.seek(s.cursor() + 1);  // the next step (another GC-mark event) keeps it too
  for (int i = 0; i < 3; ++i) lay = draw(app, 1);
  CHECK_FALSE(lay["heap_graph"].get<bool>());
}

TEST_CASE("1920x1080 normal mode: a seek scrolls the source to the highlighted line (deadlock, main at line 22)") {
  const uint64_t park = first_event("deadlock/deadlock.json", [](const Event& e, uint64_t) {
    return e.kind == EventKind::kGoPark && e.g == 1 && e.a == static_cast<int64_t>(WaitReason::kChanReceive);
  });
  REQUIRE(park > 0);
  Imgui ctx(1920, 1080);
  Session s;
  open(s, "deadlock/deadlock.json");
  s.restart();
  VizApp app(s);
  prepare(app);
  app.set_script(script(R"([{"presenter": false}, {"seek": )" + std::to_string(park) + "}]"));
  json lay;
  for (int i = 0; i < 8; ++i) lay = draw(app, 1);
  REQUIRE(lay["source_highlight"].get<int>() == 22);
  bool seen = false;
  for (const json& r : lay["source_rows"]) {
    if (r["line"].get<int>() != 22) continue;
    seen = true;
    CHECK(inside(box(r["row"]), box(lay["panels"]["source"])));
  }
  CHECK(seen);
}
