// gosim-viz's Goroutine stacks, Heap and GC timeline views under Xvfb, checked against the
// headless Session at the same cursor (the views' facts come from the same builders the
// panels use: stacks_view.h, heap_view.h, the session's GcSeries):
//
//   - heap: in every visible, fully drawn line of slot cells, each slot's glyph is the one
//     its tri-colour state calls for (free = dot, white = hollow, grey = half, black = filled),
//     read from the pixels and compared with heap::slot_colour in the model;
//   - stacks: one frame box per frame of the focus goroutine with its band colour (innermost
//     in its own colour), one small-multiple bar per goroutine with a stack;
//   - stack growth: at a stack_alloc/stack_free pair the old and the new range are drawn side
//     by side, the new one twice as tall, with the adjusted pointers marked;
//   - heap graph: at a write barrier during mark, one box per object of the object graph, each
//     box's glyph the state heap::slot_colour gives, and the objects the barrier shaded (only
//     they) outlined in the flash colour; in the normal and the presenter theme;
//   - GC timeline: the cursor line where the cursor's virtual time is, the heap-live line
//     drawn, and one band set per GC cycle the run recorded (STW bands' colour present).
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "sim/heap/heap.h"
#include "tests/ui/pixels.h"
#include "visualizer/session/heap_view.h"
#include "visualizer/session/object_graph.h"
#include "visualizer/session/session.h"
#include "visualizer/session/stacks_view.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::uitest;
using nlohmann::json;

namespace {

const std::string kOut = std::string(UI_OUT_DIR) + "/panels";

// A script names its screenshots by file name; gosim-viz writes them in the script's folder,
// which is kOut here (visualizer/session/script.h).
std::string shot_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

// Runs gosim-viz on `scenario` with `script` (written in kOut); the screenshots land in kOut.
void run_viz(const std::string& scenario, const json& script, const std::string& tag) {
  const std::string script_path = kOut + "/" + tag + ".json";
  std::ofstream(script_path) << script.dump(1);
  const std::string err = kOut + "/" + tag + "_stderr.txt";
  const int rc = run_shell("timeout 180 " GOSIM_XVFB_RUN " -a -s '-screen 0 1600x1000x24' " + std::string(GOSIM_VIZ) + " " + scenario +
                     " --size 1600x1000 --script " + script_path + " --exit-after-script --dump-layout 2>" + err);
  INFO("gosim-viz stderr: " << slurp(err));
  REQUIRE(rc == 0);
}

// The glyph drawn in the cell at (x, y) of pitch `cell` (see draw_slot_glyph): the fills are
// unblended rectangles, so two interior pixels tell the four states apart.
// `card` is what the glyph sits on (kSlotCardLight in presenter mode).
std::optional<heap::SlotColour> read_glyph(const Image& img, int x, int y, int cell, Rgb card = colors::kSlotCard) {
  const int m = cell / 2;
  const Rgb centre = img.at(x + m - 1, y + m - 1);
  const Rgb right = img.at(x + cell - 3, y + m - 1);
  if (near(centre, kNormalSurface.slot_empty, 8)) return heap::SlotColour::kFree;
  if (near(centre, colors::kSlotBlack, 8) && near(right, colors::kSlotBlack, 8)) return heap::SlotColour::kBlack;
  if (near(centre, colors::kSlotGrey, 8) && near(right, card, 8)) return heap::SlotColour::kGrey;
  if (near(centre, card, 8) && near(right, card, 8)) return heap::SlotColour::kWhite;
  return std::nullopt;
}

// Returns how many slots were compared; `marked` gets how many of them were grey or black.
int check_heap(Session& s, const std::string& png, int* marked = nullptr) {
  INFO("heap view in " << png);
  const Image img = load_png(png);
  REQUIRE(img.ok());
  const json lay = json::parse(slurp(png + ".json"));
  CHECK(lay["main_view"].get<std::string>() == "heap");
  const HeapView v = build_heap_view(s);
  const Box list = box_of(lay["heap_list"]);
  if (v.spans.empty()) {
    CHECK(lay["heap_lines"].empty());
    return 0;
  }
  REQUIRE_FALSE(lay["heap_lines"].empty());
  const heap::Heap& h = s.model().heap;
  int compared = 0, per_state[4] = {0, 0, 0, 0};
  for (const json& l : lay["heap_lines"]) {
    const int cell = static_cast<int>(l["cell"].get<float>());
    const int x0 = static_cast<int>(l["origin"][0].get<float>()), y0 = static_cast<int>(l["origin"][1].get<float>());
    if (y0 < list.y0 || y0 + cell > list.y1 - 2) continue;  // clipped by the child window
    const auto span = l["span"].get<int32_t>();
    const auto first = l["first_slot"].get<uint32_t>(), n = l["nslots"].get<uint32_t>();
    for (uint32_t k = 0; k < n; ++k) {
      const int x = x0 + static_cast<int>(k) * cell;
      if (x + cell > list.x1) break;
      const heap::SlotColour want = heap::slot_colour(h, span, first + k);
      const auto got = read_glyph(img, x, y0, cell);
      INFO("span " << span << " slot " << first + k << " at " << x << "," << y0);
      REQUIRE(got.has_value());
      CHECK(static_cast<int>(*got) == static_cast<int>(want));
      ++per_state[static_cast<int>(want)];
      ++compared;
    }
  }
  MESSAGE(png << ": " << compared << " heap slots compared (free " << per_state[0] << ", white " << per_state[1] << ", grey "
              << per_state[2] << ", black " << per_state[3] << ") of " << v.spans.size() << " spans");
  CHECK(compared > 0);
  if (marked) *marked = per_state[2] + per_state[3];
  return compared;
}

void check_stacks(Session& s, const std::string& png, int64_t goid) {
  INFO("stacks view in " << png);
  const Image img = load_png(png);
  REQUIRE(img.ok());
  const json lay = json::parse(slurp(png + ".json"));
  CHECK(lay["main_view"].get<std::string>() == "stacks");
  CHECK(lay["stack_goid"].get<int64_t>() == goid);
  const StackView v = build_stack_view(s, goid);
  const Box panel = box_of(lay["stack_ledger"]);
  if (v.has_stack) {
    // Library frames (runtime.main, GOROOT packages) are folded into one row by default: the
    // panel draws a box for each frame of an unfolded row.
    std::vector<size_t> drawn;
    for (const StackRow& r : stack_rows(v, true)) {
      if (r.folded) continue;
      for (size_t k = r.first; k < r.first + r.count; ++k) drawn.push_back(k);
    }
    REQUIRE(lay["stack_frames"].size() == drawn.size());
    for (size_t j = 0; j < drawn.size(); ++j) {
      const size_t i = drawn[j];
      const json& f = lay["stack_frames"][j];
      INFO("frame " << i << " " << v.frames[i].func);
      CHECK(f["func"].get<std::string>() == v.frames[i].func);
      CHECK(f["fp"].get<uint64_t>() == v.frames[i].fp);
      Box b = box_of(f["box"]);
      if (b.y0 < panel.y0 || b.y0 + 40 > panel.y1) continue;  // scrolled out of view
      b.y1 = std::min(b.y1, panel.y1 - 2);
      const Rgb band = v.frames[i].innermost ? colors::kFrameInner : colors::kFrameFill;
      const Rgb other = v.frames[i].innermost ? colors::kFrameFill : colors::kFrameInner;
      // The header band fills a row of the box: at least a third of its width in pixels.
      CHECK(count_blobs(img, b, band, (b.x1 - b.x0) * 3) >= 1);
      b.x0 += 4;
      b.x1 -= 4;
      CHECK(count_blobs(img, b, other, 40) == 0);
    }
  }
  CHECK(lay["stack_bars"].get<int>() == static_cast<int>(stack_bars(s).size()));
  size_t using_stack = 0;
  for (const StackBar& b : stack_bars(s)) using_stack += b.used > 0;
  // Every bar with a used part shows it as a separate fill (bars are apart).
  if (using_stack > 0) CHECK(count_blobs(img, box_of(lay["stack_bars_area"]), colors::kStackUsed, 6) == static_cast<int>(using_stack));
}

void check_gc(Session& s, const std::string& png) {
  INFO("gc view in " << png);
  const Image img = load_png(png);
  REQUIRE(img.ok());
  const json lay = json::parse(slurp(png + ".json"));
  CHECK(lay["main_view"].get<std::string>() == "gc");
  const GcSeries& gs = s.gc_series();
  const Box plot = box_of(lay["gc_plot"]);
  REQUIRE(plot.x1 > plot.x0 + 40);
  CHECK(lay["gc_cycles"].get<int>() == static_cast<int>(gs.cycles().size()));
  CHECK(lay["gc_samples"].get<int>() == static_cast<int>(gs.samples().size()));
  // The cursor: at now() on the run's time axis.
  const double end = static_cast<double>(std::max<VTime>(1, gs.end()));
  const float want_x = static_cast<float>(plot.x0) + static_cast<float>((plot.x1 - plot.x0)) *
                                                          static_cast<float>(static_cast<double>(s.now()) / end);
  CHECK(std::abs(lay["gc_cursor_x"].get<float>() - want_x) < 2.0f);
  const int cx = static_cast<int>(lay["gc_cursor_x"].get<float>());
  const int hits = std::max({column_hits(img, cx, plot, colors::kCursor), column_hits(img, cx - 1, plot, colors::kCursor),
                             column_hits(img, cx + 1, plot, colors::kCursor)});
  CHECK(hits > (plot.y1 - plot.y0) / 2);
  if (gs.max_bytes() > 0) CHECK(count_blobs(img, plot, colors::kHeapLive, 20) >= 1);
  if (!gs.cycles().empty()) CHECK(count_blobs(img, plot, colors::kStw, 4) >= 1);
  MESSAGE(png << ": " << gs.samples().size() << " heap samples, " << gs.cycles().size() << " GC cycles");
}

// A cursor where the heap has spans with objects and G1 has frames: the middle of the run
// where possible.
uint64_t pick_cursor(Session& s) {
  for (uint64_t n = s.size() / 2; n <= s.size(); ++n) {
    s.seek(n);
    const StackView v = build_stack_view(s, 1);
    if (!v.frames.empty() && !build_heap_view(s).spans.empty()) return n;
  }
  return s.size() / 2;
}

}  // namespace

TEST_CASE("five Go scenarios: the stacks / heap / GC views match the model") {
  std::filesystem::create_directories(kOut);
  const std::string root = GOSIM_SOURCE_DIR;
  const std::vector<std::string> candidates = {
      root + "/scenarios/hello/hello.json",
      root + "/scenarios/pipeline/pipeline.json",
      root + "/tests/conformance/gc/alloc_tree.go",
      root + "/scenarios/work_stealing/work_stealing.json",
      root + "/tests/ui/programs/stack_growth.go",
      root + "/scenarios/runnext/runnext.json",
      root + "/scenarios/timers/timers.json",
      root + "/tests/conformance/sched/buffered_producer_consumer.go",
  };
  int done = 0, slots = 0, with_marks = 0;
  for (const std::string& path : candidates) {
    if (done == 5) break;
    Session s;
    const Diagnostics errs = s.open_scenario(path);
    if (!errs.empty() || s.source_text().empty()) {
      MESSAGE("not used (does not build here): " << path << (errs.empty() ? "" : ": " + errs[0].str()));
      continue;
    }
    const std::string name = std::filesystem::path(path).stem().string();
    INFO("scenario " << path);
    const uint64_t at = pick_cursor(s);
    const std::string heap_png = kOut + "/" + name + "_heap.png", stacks_png = kOut + "/" + name + "_stacks.png",
                      gc_png = kOut + "/" + name + "_gc.png";
    json script = json::array({{{"seek", at}}, {{"panel", "heap"}}, {{"screenshot", shot_name(heap_png)}}, {{"select", {{"g", 1}}}},
                               {{"panel", "stacks"}}, {{"screenshot", shot_name(stacks_png)}}, {{"panel", "gc"}}, {{"screenshot", shot_name(gc_png)}}});
    // With a GC cycle: the heap again at mark termination, where marked (black) objects show:
    // right after the gc_phase event that enters it, before the same instant's mcache releases
    // sweep spans (a swept span's survivors are white again). Since part startup18 the list's
    // first span is the start-up's 8-byte class (modulesinit, os.Stdin's *File...), swept by
    // then; the events up to mark_term's time (events_until) went past that point.
    uint64_t marked_at = 0;
    if (!s.gc_series().cycles().empty() && s.gc_series().cycles()[0].mark_term >= 0) {
      for (uint64_t i = 0; i < s.size() && marked_at == 0; ++i) {
        const Event& e = s.events()[i];
        if (e.kind == EventKind::kGcPhase && static_cast<heap::GCPhase>(e.b) == heap::GCPhase::kMarkTerm) marked_at = i + 1;
      }
      REQUIRE(marked_at > 0);
      script.push_back({{"seek", marked_at}});
      script.push_back({{"panel", "heap"}});
      script.push_back({{"screenshot", shot_name(kOut + "/" + name + "_heap_marked.png")}});
    }
    run_viz(path, script, name);
    if (marked_at > 0) {
      s.seek(marked_at);
      int marked = 0;
      slots += check_heap(s, kOut + "/" + name + "_heap_marked.png", &marked);
      CHECK(marked > 0);
      ++with_marks;
    }
    s.seek(at);
    slots += check_heap(s, heap_png);
    check_stacks(s, stacks_png, 1);
    check_gc(s, gc_png);
    MESSAGE("checked " << name << " at event " << at << " of " << s.size());
    ++done;
  }
  CHECK(done == 5);
  CHECK(slots > 100);
  CHECK(with_marks >= 1);  // alloc_tree runs GC cycles
}

TEST_CASE("a stack growth: the old and the new range side by side, pointers into the stack adjusted") {
  std::filesystem::create_directories(kOut);
  const std::string path = std::string(GOSIM_SOURCE_DIR) + "/tests/ui/programs/stack_growth.go";
  Session s;
  REQUIRE(s.open_scenario(path).empty());
  // The first copystack event that grows a stack: the cursor right after it.
  uint64_t at = 0;
  std::optional<StackGrowth> gr;
  for (uint64_t i = 0; i < s.size() && !gr; ++i) {
    if (s.events()[i].kind != EventKind::kCopyStack) continue;
    s.seek(i + 1);
    auto g = stack_growth_at_cursor(s);
    REQUIRE(g.has_value());
    if (g->grows()) {
      at = i + 1;
      gr = g;
    }
  }
  REQUIRE(gr.has_value());
  CHECK(gr->new_hi - gr->new_lo == 2 * (gr->old_hi - gr->old_lo));
  CHECK(gr->copied > 0);
  const std::string png = kOut + "/growth_stacks.png";
  run_viz(path, json::array({{{"seek", at}}, {{"panel", "stacks"}}, {{"screenshot", shot_name(png)}}}), "growth");
  s.seek(at);
  const json lay = json::parse(slurp(png + ".json"));
  const Image img = load_png(png);
  REQUIRE(img.ok());
  CHECK(lay["stack_goid"].get<int64_t>() == gr->goid);
  const Box o = box_of(lay["growth_old"]), n = box_of(lay["growth_new"]);
  REQUIRE(n.y1 > n.y0);
  const double ratio = static_cast<double>(n.y1 - n.y0) / static_cast<double>(o.y1 - o.y0);
  CHECK(ratio > 1.9);
  CHECK(ratio < 2.1);
  CHECK(o.x1 <= n.x0);  // side by side
  CHECK(lay["growth_adjusted"].get<int>() == static_cast<int>(gr->adjusted_count));
  CHECK(lay["growth_ticks"].get<int>() == static_cast<int>(gr->adjusted.size()));
  // The copied part in both columns, at their tops (high addresses), in the frame colour.
  CHECK(count_blobs(img, Box{o.x0 + 2, o.y0, o.x1 - 2, o.y0 + 4}, colors::kFrameFill, 6) >= 1);
  CHECK(count_blobs(img, Box{n.x0 + 2, n.y0, n.x1 - 2, n.y0 + 4}, colors::kFrameFill, 6) >= 1);
  // Below the copied part the new stack is empty (the lane background, no frame colour).
  CHECK(count_blobs(img, Box{n.x0 + 2, n.y1 - 6, n.x1 - 2, n.y1 - 2}, colors::kFrameFill, 1) == 0);
  if (!gr->adjusted.empty()) CHECK(count_blobs(img, Box{n.x1, n.y0 - 2, n.x1 + 20, n.y1 + 2}, colors::kAdjusted, 6) >= 1);
  MESSAGE("growth of G" << gr->goid << " at event " << at << ": " << (gr->old_hi - gr->old_lo) << " -> "
                        << (gr->new_hi - gr->new_lo) << " bytes, " << gr->copied << " copied, " << gr->adjusted_count
                        << " pointers adjusted, " << gr->adjusted.size() << " drawn where they are now");
}

// The graph view's nodes in a screenshot against the headless object graph at the same cursor.
// Returns how many nodes were compared.
int check_graph(const ObjectGraph& g, const std::string& png, bool presenter) {
  INFO("graph view in " << png);
  const Image img = load_png(png);
  REQUIRE(img.ok());
  const json lay = json::parse(slurp(png + ".json"));
  CHECK(lay["main_view"].get<std::string>() == "heap");
  CHECK(lay["heap_graph"].get<bool>());
  CHECK(lay["presenter"].get<bool>() == presenter);
  CHECK_FALSE(lay["graph_too_large"].get<bool>());
  CHECK(lay["graph_flash"].get<std::string>() == g.flash.text);
  const json& nodes = lay["graph_nodes"];
  // Boxes that do not fit the panel's width are left out and counted ("+N more objects").
  REQUIRE(nodes.size() <= g.nodes.size());
  const Box area = box_of(lay["graph_area"]);
  const Rgb card = presenter ? colors::kSlotCardLight : colors::kSlotCard;
  int compared = 0, flashed = 0;
  for (const json& r : nodes) {
    const int32_t i = g.node_of(r["addr"].get<uint64_t>());
    REQUIRE(i >= 0);
    const GraphNode& n = g.nodes[static_cast<size_t>(i)];
    CHECK(r["addr"].get<uint64_t>() == n.addr);
    const Box b = box_of(r["box"]);
    if (b.x0 - 4 < area.x0 || b.x1 + 4 > area.x1 || b.y0 - 4 < area.y0 || b.y1 + 4 > area.y1) continue;  // scrolled off
    const int cell = static_cast<int>(r["cell"].get<float>());
    const int gx = static_cast<int>(r["glyph"][0].get<float>()), gy = static_cast<int>(r["glyph"][1].get<float>());
    INFO("node " << i << " at " << n.addr << " box " << b.x0 << "," << b.y0);
    const auto got = read_glyph(img, gx, gy, cell, card);
    REQUIRE(got.has_value());
    CHECK(static_cast<int>(*got) == static_cast<int>(n.colour));
    // The flash outline sits just outside the box (left edge, middle): only on flashed nodes.
    const bool outline = near(img.at(b.x0 - 2, (b.y0 + b.y1) / 2), colors::kGraphFlash, 12);
    CHECK(outline == n.flash);
    flashed += outline;
    ++compared;
  }
  MESSAGE(png << ": " << compared << " of " << g.nodes.size() << " graph nodes compared, " << flashed << " flashed");
  return compared;
}

TEST_CASE("the heap graph at a write barrier: node glyphs match the model, the shaded objects flash") {
  std::filesystem::create_directories(kOut);
  const std::string path = std::string(GOSIM_SOURCE_DIR) + "/tests/ui/programs/object_graph.json";
  Session s;
  REQUIRE(s.open_scenario(path).empty());
  uint64_t at = 0;
  for (uint64_t i = 0; i < s.size() && at == 0; ++i) {
    const Event& e = s.events()[i];
    if (e.kind == EventKind::kGcWriteBarrier && e.c != 0) at = i + 1;
  }
  REQUIRE(at > 0);
  s.seek(at);
  const ObjectGraph g = build_object_graph(s);
  REQUIRE(g.built);
  REQUIRE(g.flash.kind == GraphFlash::Kind::kBarrier);
  const std::string png = kOut + "/object_graph.png", big = kOut + "/object_graph_presenter.png";
  run_viz(path,
          json::array({{{"seek", at}}, {{"panel", "heap_graph"}}, {{"screenshot", shot_name(png)}}, {{"presenter", true}},
                       {{"panel", "heap_graph"}}, {{"screenshot", shot_name(big)}}}),
          "graph");
  int states[4] = {0, 0, 0, 0};
  for (const GraphNode& n : g.nodes) ++states[static_cast<int>(n.colour)];
  MESSAGE("graph at event " << at << ": white " << states[1] << ", grey " << states[2] << ", black " << states[3]);
  CHECK(check_graph(g, png, false) > 0);
  CHECK(check_graph(g, big, true) > 0);
}
