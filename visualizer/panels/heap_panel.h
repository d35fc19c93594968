// Heap panel: Go's allocator at the cursor (sim/heap), from the spans up.
//
//   - left: in-use spans grouped by span class (size class + noscan), each class with its
//     mcentral's partial/full counts, each span a line (or several) of slot cells coloured
//     and shaped by the slot's tri-colour state: free = small dot, white = hollow square,
//     grey = half-filled square, black = filled square (shape tells them apart without colour);
//     the span's label says which P's mcache holds it and which mcentral set lists it;
//   - right: mheap pages (in use / idle), MemStats, each P's mcache (one span per class),
//     large objects (a span each), stack spans;
//   - hovering a slot shows its address, size and class; clicking it selects the object for
//     the Inspector; clicking a span's label selects the span.
// With 5k spans only the visible lines are drawn (ImGuiListClipper over heap_lines()).
//
// The Graph toggle (UiSettings::heap_graph; script panel "heap_graph") draws small heaps as an
// object graph instead (heap_graph.cpp, from session/object_graph.h): roots on the left, objects
// in columns by distance from them, pointer arrows, and the objects and arrows the last GC event
// touched (a write barrier, a shade, a scan, a markroot) outlined in the flash colour.
#pragma once

#include "visualizer/session/graph_layout.h"
#include "visualizer/session/heap_view.h"
#include "visualizer/session/object_graph.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

class HeapPanel final : public Panel {
 public:
  const char* id() const override { return "heap"; }
  const char* title() const override { return tr(Str::kPanelHeap); }
  void draw(const PanelContext& ctx) override;

  // Cell pitch in pixels for the current font (slots are drawn as squares this wide).
  static float cell_size();

 private:
  void draw_spans(const PanelContext& ctx);
  void scroll_to_selected_span(const PanelContext& ctx, float row_h, float pitch);
  void draw_side(const PanelContext& ctx);
  void draw_legend(const PanelContext& ctx);
  void draw_span_view(const PanelContext& ctx);
  void draw_graph(const PanelContext& ctx);  // heap_graph.cpp
  void draw_compare(const PanelContext& ctx);  // heap_compare.cpp
  void layout_graph_view(const PanelContext& ctx, float avail_w, float avail_h);
  void draw_chip(const PanelContext& ctx, ImDrawList* dl, const RuntimeChip& c, bool flash, Rect r, float fs, bool hovered_window);
  uint64_t view_rev_ = ~0ull;
  uint64_t view_run_ = ~0ull;
  HeapView view_;
  // The object cell size chosen for the room and the heap (draw_spans).
  float cell_ = 0, cell_fs_ = 0;
  ImVec2 cell_avail_{0, 0};
  uint64_t cell_rev_ = ~0ull;
  // The longest span label of the heap ("0xc00000a000 1/1024 partial"), found once per heap
  // view: the label column is as wide as it (it was a fixed 11.5 font sizes, which cut
  // "partial" to "pa" at 720p).
  uint64_t label_rev_ = ~0ull;
  std::string widest_label_;
  uint32_t lines_per_ = 0;
  uint64_t lines_rev_ = ~0ull;
  std::vector<HeapLine> lines_;
  // The selected span the list last scrolled to, in which run and layout (scroll_to_selected_span).
  int64_t scrolled_span_ = -1;
  uint64_t scrolled_run_ = ~0ull;
  uint32_t scrolled_per_ = 0;
  float scrolled_pitch_ = 0;
  int scroll_tries_ = 0;  // frames left to bring it on screen (0: done)
  uint64_t graph_rev_ = ~0ull;
  uint64_t graph_run_ = ~0ull;
  bool graph_folded_ = false;
  ObjectGraph graph_full_;  // every object, for the summary line
  ObjectGraph graph_;       // as drawn: the runtime's objects folded into chips unless expanded
  // The graph's layout, kept until the graph's boxes or edges (layout_hash, not the cursor: most
  // steps leave the heap as it was), the font size, the focus or the width changes.
  struct GraphViewKey {
    uint64_t shape = 0;
    float fs = 0;
    int32_t focus = -1;
    float width_bin = -1, height_bin = -1;
    Lang lang = Lang::kEn;  // the titles' widths
    bool presenter = false;  // presenter mode scales the whole screen instead of the graph
    bool operator==(const GraphViewKey&) const = default;
  };
  struct GraphView {
    std::vector<int32_t> root_box, node_box;  // box of each root / node, -1: not drawn
    std::vector<uint32_t> edge_of;            // layout edge -> graph edge
    std::vector<LayoutBox> boxes;
    std::vector<LayoutEdge> edges;            // as laid out (parallel to edge_of)
    GraphLayout layout;
    float label_clear = 0;  // an arrow's name starts this far right of its column
    float full_w = 0;   // the width of every column at `scale`, before any was left out
    float scale = 1;    // the font scale the graph is drawn at (smaller when it would not fit)
    size_t hidden = 0;  // objects left out (too wide, or outside the focus)
    std::vector<bool> unreached_hop;  // per hop: it holds only what no root reaches
  };
  GraphViewKey view_key_;
  GraphView gview_;
};

// Draws one slot cell's glyph with its top-left at `at` (also used by the legend).
void draw_slot_glyph(ImDrawList* dl, ImVec2 at, float cell, heap::SlotColour c, const Theme& theme);
// The glyph of the object at `addr`, cross-faded from its colour before the step (white → grey
// → black as the mark reaches it, free → white for a new object) while a step animates.
// Returns the fade, so a caller can fade in the rest of a new object's drawing.
Fade faded_slot_glyph(const PanelContext& ctx, ImDrawList* dl, ImVec2 at, float cell, heap::SlotColour c, uint64_t addr);

}  // namespace gosim::viz
