// The Heap panel's Graph view: the heap as a learner reads it (session/object_graph.h), laid out
// in layers (session/graph_layout.h).
//
//   roots               1 hop                  2 hops
//   ┌ G1 main ──────┐    ┌■ node ──── 24 B┐    ┌□ node ──── 24 B┐
//   │ a          ●──┼───>│ next       ●───┼───>│ next       nil │
//   │ n          7  │    │ v          1   │    │ v          2   │
//   └───────────────┘    └────────────────┘    └────────────────┘
//
// A frame is a box of its variables, an object a box of its fields (the glyph says white, grey
// or black), a pointer an arrow from the line that holds it to the object, named after that
// variable or field. The layout is computed only when the graph, the text size, the focus or
// the panel's size changes; a tall hop wraps into sub-columns when that fits the panel's shape
// better (fitted_layout). The text never shrinks below a readable size (14 px in presenter
// mode, where the screen's fit scales the graph with everything else and the graph reports the
// width and height it needs). Still wider than the panel: the columns that do not fit are left
// out and counted ("+N more objects"); ticking Focus shows the selected object's neighbourhood.
// What the last GC event touched gets the flash colour, and the sentence above names it. The
// flash is not animated: a picture must depend only on the cursor (scripts, screenshots).
#include <algorithm>
#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "sim/heap/mgc.h"
#include "visualizer/panels/heap_panel.h"
#include "visualizer/session/runtime_chip.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/anim_draw.h"
#include "visualizer/ui/text_fit.h"

namespace gosim::viz {

namespace {

// Sizes from the font size. `measure` scales text widths measured at the current font: the
// layout is computed for a font scale the window will be drawn at (text widths scale with it).
struct Metrics {
  float fs = 13, line_h = 16, head_h = 18, pad = 5, glyph = 12, value_max = 160, port = 3, measure = 1;
  float tw(std::string_view t) const { return text_width(t) * measure; }
  explicit Metrics(float f, float measure_scale = 1.0f) : fs(f), measure(measure_scale) {
    line_h = std::floor(fs * 1.3f);
    head_h = std::floor(fs * 1.5f);
    pad = std::floor(fs * 0.4f);
    glyph = head_h - 6;
    value_max = std::floor(fs * 11);
    port = std::max(2.0f, std::floor(fs * 0.22f));
  }
};

std::string node_title(const GraphNode& n) { return n.short_type.empty() ? std::string("?") : n.short_type; }

std::string chip_bytes(uint64_t b) { return b >= 1024 ? fmt::format("{:.1f} KiB", static_cast<double>(b) / 1024) : fmt::format("{} B", b); }
// "8 objects, 2.4 KiB": under the chip's title, so the chip is no wider than an object's box.
std::string chip_size(const RuntimeChip& c) { return trf(Str::kGraphChipSize, count_of(Str::kNObjects, c.count), chip_bytes(c.bytes)); }

// The chip's colour line: a glyph and a count for each colour present, black first (what
// marking has finished), e.g. "■ 3 black  □ 8 white".
struct ChipColour {
  heap::SlotColour colour;
  size_t n;
  Str text;
};
std::vector<ChipColour> chip_colours(const RuntimeChip& c) {
  std::vector<ChipColour> out;
  for (const ChipColour& x : {ChipColour{heap::SlotColour::kBlack, c.black, Str::kGraphChipBlack},
                              ChipColour{heap::SlotColour::kGrey, c.grey, Str::kGraphChipGrey},
                              ChipColour{heap::SlotColour::kWhite, c.white, Str::kGraphChipWhite}}) {
    if (x.n > 0) out.push_back(x);
  }
  return out;
}
std::string node_size(const GraphNode& n) { return fmt::format("{} B", n.own_size ? n.own_size : n.size); }

// The title over hop `h`'s columns; -1: the hops of what no root reaches.
std::string column_title(int32_t h) {
  if (h < 0) return tr(Str::kNoRootReaches);
  if (h == 0) return tr(Str::kGraphRoots);
  return h == 1 ? std::string(tr(Str::kGraphHop)) : trf(Str::kGraphHops, h);
}

float lines_width(const std::vector<GraphField>& f, size_t more, const Metrics& m) {
  float w = 0;
  for (const GraphField& x : f) {
    const float vw = std::min(m.value_max, m.tw(x.value.empty() ? std::string_view("…") : std::string_view(x.value)));
    w = std::max(w, m.tw(x.name) + m.fs * 0.8f + vw + (x.edge >= 0 ? m.fs * 1.0f : 0));
  }
  if (more > 0) w = std::max(w, m.tw(trf(Str::kGraphMoreFields, more)));
  return w;
}

float box_height(size_t lines, size_t more, const Metrics& m) {
  return m.head_h + static_cast<float>(lines + (more > 0 ? 1 : 0)) * m.line_h + m.pad * 0.5f;
}

void arrow_head(ImDrawList* dl, ImVec2 tip, float size, ImU32 col) {
  dl->AddTriangleFilled(tip, ImVec2(tip.x - size, tip.y - size * 0.55f), ImVec2(tip.x - size, tip.y + size * 0.55f), col);
}

// How far right of its column an arrow's name starts: clear of the outlines drawn outside a
// box (the flash's 3 px out and twice the outline wide, the hot ring's 6 px out and 2.5 wide),
// or the name sits on the root box's border ("t.nex…" over the globals box's flash outline); as
// far from the next column's boxes.
float label_clearance(const Theme& theme) { return std::ceil(std::max(3.0f + theme.outline(), 6.0f + 1.25f) + 2.0f); }

// Of the ways to wrap the graph's tall hops into sub-columns, the one that fits the area at the
// largest scale (the panel's aspect ratio, not the number of boxes in a hop, sets the shape);
// among those that fit at the largest scale allowed (`headroom`: 1 at a desk; in presenter mode
// 1/fit, as the screen's fit can grow to 1), the one with the fewest columns. Tried: no
// wrapping, then columns at most 3/4, 3/5, … 1/4 of the tallest hop's height, and the area's.
GraphLayout fitted_layout(const std::vector<LayoutBox>& boxes, const std::vector<LayoutEdge>& edges, LayoutParams p, float avail_w, float avail_h,
                          float headroom) {
  auto score = [&](const GraphLayout& L) {
    return std::min({headroom, avail_w / std::max(1.0f, L.width), avail_h / std::max(1.0f, L.height)});
  };
  p.max_col_h = 0;
  GraphLayout best = layout_graph(boxes, edges, p);
  float best_score = score(best);
  if (best_score >= headroom || boxes.empty()) return best;
  float tallest = 0, biggest = 0;
  for (size_t b = 0; b < boxes.size(); ++b) {
    tallest = std::max(tallest, best.pos[b].y + boxes[b].h);
    biggest = std::max(biggest, boxes[b].h);
  }
  for (const float cap : {tallest * 0.75f, tallest * 0.6f, tallest * 0.5f, tallest * 0.4f, tallest * 0.33f, tallest * 0.25f, avail_h * 0.9f}) {
    p.max_col_h = std::max(biggest, cap);
    GraphLayout L = layout_graph(boxes, edges, p);
    const float sc = score(L);
    // A clear gain only (2%): fewer columns read more easily.
    if (sc > best_score * 1.02f || (sc >= best_score && L.layers < best.layers)) {
      best = std::move(L);
      best_score = sc;
    }
  }
  return best;
}

}  // namespace

// Which boxes to draw and where: rebuilt only when the key changes.
void HeapPanel::layout_graph_view(const PanelContext& ctx, float avail_w, float avail_h) {
  const ObjectGraph& g = graph_;
  const float base_fs = ImGui::GetFontSize();
  const Selection& sel = ctx.settings.selection;
  const bool presenter = ctx.settings.presenter;
  int32_t focus = -1;
  if (ctx.settings.graph_focus && sel.kind == Selection::Kind::kObject) focus = g.node_of(static_cast<uint64_t>(sel.id));
  GraphViewKey key{layout_hash(g), base_fs, focus, std::floor(avail_w / 32.0f), std::floor(avail_h / 32.0f), ui_lang(), presenter};
  if (key == view_key_) return;
  view_key_ = key;
  ++ctx.record.recomputed["graph_layout"];
  GraphView& v = gview_;
  v = GraphView{};
  v.label_clear = label_clearance(ctx.theme);
  std::vector<bool> show(g.nodes.size(), focus < 0);
  if (focus >= 0) {
    // The neighbourhood: what points to the object, and what it reaches in two hops.
    const auto f = static_cast<uint32_t>(focus);
    show[f] = true;
    std::vector<bool> hop1(g.nodes.size(), false);
    for (const GraphEdge& e : g.edges) {
      if (e.from_root) continue;
      if (e.from == f) show[e.to] = hop1[e.to] = true;
      if (e.to == f) show[e.from] = true;
    }
    for (const GraphEdge& e : g.edges) {
      if (!e.from_root && hop1[e.from]) show[e.to] = true;
    }
  }
  // The graph's own scale never takes its text below a readable size: in presenter mode it
  // stays 1 (the screen's fit scales everything, and its floor keeps the text at 14 px or
  // more; the graph reports the width and height it needs); at a desk, down to kMinScale but
  // not under 85% of the UI font (13 px). What still does not fit: the columns that do not fit
  // are left out (never the roots and the first), and a tall graph scrolls.
  constexpr float kMinScale = 0.7f, kMinUiShare = 0.85f;
  const float min_scale = presenter ? 1.0f : std::min(1.0f, std::max(kMinScale, kMinUiShare * ctx.theme.fonts().ui->FontSize / base_fs));
  // How much larger the graph could be drawn: presenter mode's fit (the big font's share) can
  // grow to 1 when the graph asks for less room.
  const float headroom = presenter ? std::max(1.0f, ctx.theme.fonts().big->FontSize / base_fs) : 1.0f;
  // Lays the shown boxes out at v.scale, `room_h` the height the wrapping aims for.
  auto lay_out = [&](float room_h) {
    const Metrics m(base_fs * v.scale, v.scale);
    v.root_box.assign(g.roots.size(), -1);
    v.node_box.assign(g.nodes.size(), -1);
    std::vector<LayoutBox> boxes;
    for (size_t r = 0; r < g.roots.size(); ++r) {
      const bool any = std::any_of(g.edges.begin(), g.edges.end(), [&](const GraphEdge& e) { return e.from_root && e.from == r && show[e.to]; });
      if (!any) continue;
      const GraphRoot& gr = g.roots[r];
      v.root_box[r] = static_cast<int32_t>(boxes.size());
      const std::string title = gr.kind == GraphRoot::Kind::kGlobals ? std::string(tr(Str::kGraphGlobals)) : gr.label;
      const float w = std::max(m.tw(title), lines_width(gr.vars, gr.more_vars, m)) + m.pad * 2;
      boxes.push_back(LayoutBox{std::ceil(w) + 2, box_height(gr.vars.size(), gr.more_vars, m), true});
    }
    for (size_t i = 0; i < g.nodes.size(); ++i) {
      if (!show[i]) continue;
      const GraphNode& n = g.nodes[i];
      v.node_box[i] = static_cast<int32_t>(boxes.size());
      if (n.chip >= 0) {
        // Sized for the colours present, each at the full count, so a count that changes never
        // moves the boxes (a colour that appears or goes changes the layout hash).
        const RuntimeChip& c = g.chips[static_cast<size_t>(n.chip)];
        float colours = 0;
        for (const ChipColour& k : chip_colours(c)) colours += m.glyph + m.fs * 1.2f + m.tw(trf(k.text, c.count));
        const float w = std::max({m.glyph + m.fs * 0.4f + m.tw(tr(Str::kGraphChipHead)), m.tw(chip_size(c)), colours}) + m.pad * 2;
        boxes.push_back(LayoutBox{std::ceil(w) + 2, box_height(2, 0, m), false});
        continue;
      }
      const float head = m.glyph + m.fs * 0.4f + m.tw(node_title(n)) + m.fs + m.tw(node_size(n));
      const float w = std::max(head, lines_width(n.fields, n.more_fields, m)) + m.pad * 2;
      boxes.push_back(LayoutBox{std::ceil(w) + 2, box_height(n.fields.size(), n.more_fields, m), false});
    }
    std::vector<LayoutEdge> edges;
    v.edge_of.clear();
    for (size_t ei = 0; ei < g.edges.size(); ++ei) {
      const GraphEdge& e = g.edges[ei];
      const int32_t from = e.from_root ? v.root_box[e.from] : v.node_box[e.from];
      const int32_t to = v.node_box[e.to];
      if (from < 0 || to < 0) continue;
      const float port = e.field < 0 ? m.head_h * 0.5f : m.head_h + (static_cast<float>(e.field) + 0.5f) * m.line_h;
      edges.push_back(LayoutEdge{static_cast<uint32_t>(from), static_cast<uint32_t>(to), port, e.label.empty() ? 0.0f : m.tw(e.label)});
      v.edge_of.push_back(static_cast<uint32_t>(ei));
    }
    LayoutParams p;
    p.col_gap = std::floor(m.fs * 3.6f);
    p.row_gap = std::floor(m.fs * 0.8f);
    p.lane_gap = std::floor(m.fs * 0.5f);
    p.dummy_h = std::floor(m.fs * 0.8f);
    // The arrows' names whole ("holder", "runtime.allgs"): a gap widens for them, up to 7.5 ems
    // of text (longer ones are elided, whole in a tooltip).
    p.label_pad = 2 * v.label_clear;
    p.max_gap = std::floor(m.fs * 7.5f) + p.label_pad;
    v.layout = fitted_layout(boxes, edges, p, avail_w, room_h, headroom);
    v.boxes = std::move(boxes);
    v.edges = std::move(edges);
  };
  v.scale = 1.0f;
  lay_out(avail_h);
  // Larger than the panel: a smaller font too (at a desk), so the key moment needs no scrolling.
  if (v.scale > min_scale && (v.layout.width > avail_w || v.layout.height > avail_h) && v.layout.width > 0) {
    const float fit = std::min(avail_w / v.layout.width, avail_h / std::max(1.0f, v.layout.height));
    v.scale = std::max(min_scale, std::floor(std::min(1.0f, fit) * 20.0f) / 20.0f);
    if (v.scale < 1.0f) lay_out(avail_h);
  }
  // Still too wide where nothing can shrink further (a desk, or presenter mode at its smallest
  // fit): the narrowest wrapping, which scrolls down, rather than columns left out.
  const bool at_floor = !presenter || headroom >= 1.0f / kPresenterMinFit - 0.01f;
  if (v.layout.width > avail_w && at_floor) {
    GraphView wide = v;
    lay_out(1e9f);
    if (v.layout.width > avail_w) v = std::move(wide);
  }
  // What presenter mode's fit aims to show: every column, but the columns of what nothing
  // reaches only as far as they widen the picture by 30% (the rest are left out and counted).
  {
    const GraphLayout& L = v.layout;
    int32_t reach = 0;
    for (size_t i = 0; i < g.nodes.size(); ++i) {
      if (v.node_box[i] >= 0 && g.nodes[i].reachable) reach = std::max(reach, L.layer[static_cast<size_t>(v.node_box[i])]);
    }
    reach = std::min(reach, L.layers - 1);
    v.full_w = L.layers > 0 ? L.col_right(reach) : 0.0f;
    for (int32_t l = reach + 1; l < L.layers && L.col_right(l) <= L.col_right(reach) * 1.3f; ++l) v.full_w = L.col_right(l);
  }
  // Then the columns that still do not fit are left out (never the roots and the first).
  for (int pass = 0; pass < 2 && v.layout.width > avail_w && v.layout.layers > 2; ++pass) {
    int32_t fit = 2;
    while (fit < v.layout.layers && v.layout.col_right(fit) <= avail_w) ++fit;
    for (size_t i = 0; i < g.nodes.size(); ++i) {
      if (v.node_box[i] >= 0 && v.layout.layer[static_cast<size_t>(v.node_box[i])] >= fit) show[i] = false;
    }
    lay_out(avail_h);
  }
  v.hidden = static_cast<size_t>(std::count(show.begin(), show.end(), false));
  // The hops after the last that roots reach hold only what no root reaches (a chain of such
  // objects makes several): one title over them all says so.
  v.unreached_hop.assign(static_cast<size_t>(v.layout.hops), true);
  if (!v.unreached_hop.empty()) v.unreached_hop[0] = false;
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    if (v.node_box[i] < 0 || !g.nodes[i].reachable) continue;
    v.unreached_hop[static_cast<size_t>(v.layout.hop[static_cast<size_t>(v.layout.layer[static_cast<size_t>(v.node_box[i])])])] = false;
  }
}

void HeapPanel::draw_graph(const PanelContext& ctx) {
  const Session& s = ctx.session;
  const bool fold = !ctx.settings.runtime_objects_expanded;
  if (graph_rev_ != s.revision() || graph_run_ != s.run_id() || graph_folded_ != fold) {
    if (graph_rev_ != s.revision() || graph_run_ != s.run_id()) graph_full_ = build_object_graph(s);
    graph_ = fold ? fold_runtime_objects(graph_full_) : graph_full_;
    graph_rev_ = s.revision();
    graph_run_ = s.run_id();
    graph_folded_ = fold;
  }
  const ObjectGraph& g = graph_;
  if (g.too_large) {
    ctx.record.graph_too_large = true;
    wrapped_text(trf(Str::kGraphTooLarge, g.objects, g.max_objects));
    draw_legend(ctx);
    draw_span_view(ctx);
    return;
  }
  // The summary counts every object and pointer, folded or not: the program's and the runtime's.
  wrapped_text(graph_summary(graph_full_));
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::kGraphRootsNote));
  draw_legend(ctx);
  ImGui::SameLine();
  ImGui::Checkbox(tr(Str::kGraphFocus), &ctx.settings.graph_focus);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::kGraphFocusTip));
  if (!fold && g.runtime_objects > 0) {
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(Str::kGraphChipFold))) ctx.settings.runtime_objects_expanded = false;
  }
  // The flash sentence: always a line, so the graph does not jump as the cursor moves.
  ImDrawList* wdl = ImGui::GetWindowDrawList();
  const float hfs = ImGui::GetFontSize();
  if (g.flash.kind != GraphFlash::Kind::kNone) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    wdl->AddRectFilled(ImVec2(p.x, p.y + hfs * 0.2f), ImVec2(p.x + hfs * 0.6f, p.y + hfs * 0.8f), Theme::u32(colors::kGraphFlash));
    ImGui::Dummy(ImVec2(hfs * 0.8f, hfs));
    ImGui::SameLine();
    wrapped_text(g.flash.text);  // long sentences wrap in a narrow panel
    ctx.record.graph_flash = g.flash.text;
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    elided_text(tr(Str::kNoGcEvent), 0);
    ImGui::PopStyleColor();
  }

  const float child_top = ImGui::GetCursorPosY();
  const float panel_w = ImGui::GetWindowWidth();
  ImGui::BeginChild("heap_graph", ImVec2(0, 0), true);
  ImGui::SetWindowFontScale(1.0f);  // measured at the panel's font; the layout picks the scale
  const float avail_w = ImGui::GetContentRegionAvail().x - std::floor(hfs * 0.8f);
  const float avail_h = ImGui::GetContentRegionAvail().y - hfs * 2.5f;  // the column titles and the "+N more" line
  layout_graph_view(ctx, avail_w, avail_h);
  const GraphView& v = gview_;
  ImGui::SetWindowFontScale(v.scale);
  const Metrics m(ImGui::GetFontSize());
  const float fs = m.fs;
  const ImVec2 wpos = ImGui::GetWindowPos(), wsize = ImGui::GetWindowSize();
  ctx.record.graph_area = Rect{wpos, ImVec2(wpos.x + wsize.x, wpos.y + wsize.y)};
  const Surface& sf = ctx.theme.surface();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (g.nodes.empty()) wrapped_text(tr(Str::kNoObjects));
  if (v.hidden > 0) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrapped_text(trn(Str::kGraphMore, v.hidden, v.hidden));
    ImGui::PopStyleColor();
  }
  const ImVec2 origin(ImGui::GetCursorScreenPos().x + m.pad, ImGui::GetCursorScreenPos().y + m.line_h);
  const GraphLayout& L = v.layout;
  // The whole graph, every box of every column: what presenter mode fits to the screen (a
  // learner follows an arrow to a box only when both ends are in view).
  ctx.record.want_h["heap"] = child_top + (origin.y - wpos.y) + L.height + m.pad * 2 + ImGui::GetStyle().WindowPadding.y * 4;
  // And as wide as every column (before any was left out), with the panel's margins.
  ctx.record.want_w["heap"] = panel_w - avail_w + v.full_w;
  ctx.record.graph_font = fs;
  ctx.record.graph_columns = L.layers;
  ctx.record.graph_hops = L.hops;
  auto at = [&](LPoint p) { return ImVec2(std::floor(origin.x + p.x), std::floor(origin.y + p.y)); };
  // A title per hop, over all its columns (a tall hop wraps into several); one over the hops of
  // what no root reaches.
  auto group = [&](int32_t c) {
    const int32_t h = L.hop[static_cast<size_t>(c)];
    return v.unreached_hop[static_cast<size_t>(h)] ? -1 : h;
  };
  for (int32_t c = 0; c < L.layers && !g.nodes.empty(); ++c) {
    const int32_t h = group(c);
    if (c > 0 && group(c - 1) == h) continue;
    int32_t end = c + 1;
    while (end < L.layers && group(end) == h) ++end;
    const std::string t = column_title(h);
    draw_elided(dl, ImVec2(origin.x + L.col_x[static_cast<size_t>(c)], origin.y - m.line_h), Theme::u32(sf.text_dim), t,
                L.col_x[static_cast<size_t>(end)] - L.col_x[static_cast<size_t>(c)] - m.fs * 0.5f);
  }
  // Which object the mouse or the stacks panel points at: its arrows stand out.
  const Selection& sel = ctx.settings.selection;
  const uint64_t hot = ctx.settings.hover_frame >= ImGui::GetFrameCount() - 1 ? ctx.settings.hover_object : 0;
  auto is_hot = [&](const GraphNode& n) {
    const auto a = hot ? hot : (sel.kind == Selection::Kind::kObject ? static_cast<uint64_t>(sel.id) : 0);
    return a >= n.addr && a < n.addr + n.size && a != 0;
  };
  const ImU32 hot_col = Theme::u32(colors::kSelected);
  // Edges first, then boxes over their ends; flashed and hot edges last.
  std::vector<Rect> labels;
  const float flash_w = ctx.theme.outline() * 2.0f;
  const float label_clear = v.label_clear;  // clear of the box outlines either side (label_clearance)
  auto draw_edge = [&](size_t li) {
    const GraphEdge& e = g.edges[v.edge_of[li]];
    const std::vector<LPoint>& r = L.routes[li];
    const bool hot_edge = is_hot(g.nodes[e.to]);
    const ImU32 col = e.flash ? Theme::u32(colors::kGraphFlash) : hot_edge ? hot_col : Theme::u32(sf.text_dim);
    const float thick = (e.flash || hot_edge) ? ctx.theme.outline() * 2.0f : ctx.theme.outline();
    const float head = std::floor(fs * 0.55f);
    // Straight pieces meet at rounded corners; a piece that is neither level nor upright is a
    // curve (an arrow that barely changes height between two columns).
    auto axis = [&](size_t k) { return r[k].x == r[k + 1].x || r[k].y == r[k + 1].y; };
    auto len = [&](size_t k) { return std::abs(r[k + 1].x - r[k].x) + std::abs(r[k + 1].y - r[k].y); };
    std::vector<float> corner(r.size(), 0.0f);  // the rounding at each point
    for (size_t k = 1; k + 1 < r.size(); ++k) {
      const bool turns = axis(k - 1) && axis(k) && (r[k - 1].x == r[k].x) != (r[k].x == r[k + 1].x);
      if (turns) corner[k] = std::floor(std::min({fs * 0.4f, len(k - 1) * 0.5f, len(k) * 0.5f}));
    }
    auto toward = [](ImVec2 from, ImVec2 to, float d) {
      const float l = std::abs(to.x - from.x) + std::abs(to.y - from.y);
      return l <= 0 ? from : ImVec2(from.x + (to.x - from.x) * d / l, from.y + (to.y - from.y) * d / l);
    };
    for (size_t k = 0; k + 1 < r.size(); ++k) {
      ImVec2 a = at(r[k]), b = at(r[k + 1]);
      if (k + 2 == r.size()) b.x -= head * 0.6f;
      if (axis(k)) {
        const ImVec2 a2 = toward(a, b, corner[k]), b2 = toward(b, a, corner[k + 1]);
        dl->AddLine(a2, b2, col, thick);
        if (corner[k + 1] > 0) dl->AddBezierQuadratic(b2, b, toward(b, at(r[k + 2]), corner[k + 1]), col, thick);
      } else {
        const float dx = (b.x - a.x) * 0.5f;
        dl->AddBezierCubic(a, ImVec2(a.x + dx, a.y), ImVec2(b.x - dx, b.y), b, col, thick);
      }
    }
    const ImVec2 tip = at(r.back());
    arrow_head(dl, ImVec2(tip.x - 1, tip.y), head, col);
    const ImVec2 s = at(r.front());
    dl->AddCircleFilled(s, m.port, col);
    // The name of what holds the pointer, in the gap just after the source's column (as wide
    // as the longest name there, up to a limit: longer ones are elided, whole in a tooltip).
    Rect label_box;
    bool elided = false;
    if (!e.label.empty() && r.size() > 1) {
      // Left out where it would overlap one already drawn (the line's name is in its box anyway).
      const ImVec2 g0 = at(r[1]);
      const float x0 = g0.x + label_clear;
      const auto lf = static_cast<size_t>(L.layer[v.edges[li].from]);
      const float room = (L.run[lf] > 0 ? L.run[lf] : L.gap[lf]) - 2 * label_clear;
      const Rect lr{ImVec2(x0, g0.y - fs - 1), ImVec2(x0 + std::min(text_width(e.label), room), g0.y - 1)};
      const bool clash = std::any_of(labels.begin(), labels.end(), [&](const Rect& o) {
        return lr.min.x < o.max.x && o.min.x < lr.max.x && lr.min.y < o.max.y && o.min.y < lr.max.y;
      });
      if (!clash) {
        labels.push_back(lr);
        elided = draw_elided(dl, lr.min, col, e.label, lr.max.x - lr.min.x);
        label_box = lr;
      }
    }
    GraphEdgeRecord rec;
    rec.label = e.label;
    rec.label_box = label_box;
    rec.label_elided = elided;
    rec.from_root = e.from_root;
    if (e.from_root) rec.from_func = g.roots[e.from].func;
    rec.to_addr = g.nodes[e.to].addr;
    rec.to_chip = g.nodes[e.to].chip >= 0;
    for (const LPoint& p : r) rec.points.push_back(at(p));
    rec.colour = col;
    ctx.record.graph_edges.push_back(std::move(rec));
  };
  for (int layer_pass = 0; layer_pass < 2; ++layer_pass) {
    for (size_t li = 0; li < v.edge_of.size(); ++li) {
      const GraphEdge& e = g.edges[v.edge_of[li]];
      const bool top = e.flash || is_hot(g.nodes[e.to]);
      if (top == (layer_pass == 1)) draw_edge(li);
    }
  }
  const Rgb card = ctx.theme.presenter() ? colors::kSlotCardLight : colors::kSlotCard;
  auto draw_lines = [&](ImVec2 a, float w, const std::vector<GraphField>& lines, size_t more, bool is_root, uint32_t owner) {
    float y = a.y + m.head_h;
    for (size_t k = 0; k < lines.size(); ++k, y += m.line_h) {
      const GraphField& f = lines[k];
      const float ty = y + (m.line_h - fs) * 0.5f;
      dl->AddText(ImVec2(a.x + m.pad, ty), Theme::u32(sf.text_dim), f.name.c_str());
      bool drawn = false;
      if (f.edge >= 0) {
        const GraphEdge& e = g.edges[static_cast<size_t>(f.edge)];
        drawn = e.from_root == is_root && e.from == owner && v.node_box[e.to] >= 0;
      }
      // An arrow to a box left out: "…" (the count is above the graph).
      const std::string val = f.edge >= 0 && !drawn && f.value.empty() ? std::string("…") : f.value;
      const float vw = std::min(m.value_max, text_width(val));
      const float right = a.x + w - m.pad - (f.edge >= 0 ? fs * 1.0f : 0);
      draw_elided(dl, ImVec2(right - vw, ty), Theme::u32(sf.text), val, m.value_max);
    }
    if (more > 0) dl->AddText(ImVec2(a.x + m.pad, y + (m.line_h - fs) * 0.5f), Theme::u32(sf.text_dim), trf(Str::kGraphMoreFields, more).c_str());
  };
  for (size_t r = 0; r < g.roots.size(); ++r) {
    if (v.root_box[r] < 0) continue;
    const GraphRoot& gr = g.roots[r];
    const auto bi = static_cast<size_t>(v.root_box[r]);
    const ImVec2 a = at(L.pos[bi]);
    const ImVec2 b(a.x + v.boxes[bi].w, a.y + v.boxes[bi].h);
    dl->AddRectFilled(a, b, Theme::u32(sf.window_bg));
    dl->AddRectFilled(a, ImVec2(b.x, a.y + m.head_h), Theme::u32(colors::kFrameFill));
    dl->AddRect(a, b, Theme::u32(colors::kFrameFill), 0, 0, ctx.theme.outline());
    if (gr.flash) dl->AddRect(ImVec2(a.x - 3, a.y - 3), ImVec2(b.x + 3, b.y + 3), Theme::u32(colors::kGraphFlash), 0, 0, flash_w);
    const std::string title = gr.kind == GraphRoot::Kind::kGlobals ? std::string(tr(Str::kGraphGlobals)) : gr.label;
    draw_elided(dl, ImVec2(a.x + m.pad, a.y + (m.head_h - fs) * 0.5f), Theme::u32(colors::kTokenText), title, b.x - a.x - m.pad * 2);
    draw_lines(a, v.boxes[bi].w, gr.vars, gr.more_vars, true, static_cast<uint32_t>(r));
    ctx.record.marks[fmt::format("graph_root:{}", r)] = Rect{a, b};
  }
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool hovered_window = ImGui::IsWindowHovered();
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    if (v.node_box[i] < 0) continue;
    const GraphNode& n = g.nodes[i];
    const auto bi = static_cast<size_t>(v.node_box[i]);
    const ImVec2 a = at(L.pos[bi]);
    const ImVec2 b(a.x + v.boxes[bi].w, a.y + v.boxes[bi].h);
    if (n.chip >= 0) {
      draw_chip(ctx, dl, g.chips[static_cast<size_t>(n.chip)], n.flash, Rect{a, b}, fs, hovered_window);
      continue;
    }
    const DrawShift node(dl);  // a new object fades in
    dl->AddRectFilled(a, b, Theme::u32(sf.window_bg));
    dl->AddRectFilled(a, ImVec2(b.x, a.y + m.head_h), Theme::u32(card));
    dl->AddRect(a, b, Theme::u32(n.reachable ? sf.text_dim : sf.slot_empty));
    const ImVec2 gl(std::floor(a.x + m.pad * 0.6f), std::floor(a.y + (m.head_h - m.glyph) * 0.5f));
    const Fade fade = faded_slot_glyph(ctx, dl, gl, m.glyph, n.colour, n.addr);
    const std::string title = node_title(n), size = node_size(n);
    const float tw = text_width(size);
    dl->AddText(ImVec2(gl.x + m.glyph + fs * 0.4f, a.y + (m.head_h - fs) * 0.5f), Theme::u32(sf.text), title.c_str());
    dl->AddText(ImVec2(b.x - m.pad - tw, a.y + (m.head_h - fs) * 0.5f), Theme::u32(sf.text_dim), size.c_str());
    draw_lines(a, v.boxes[bi].w, n.fields, n.more_fields, false, static_cast<uint32_t>(i));
    if (!fade.existed) node.apply(ImVec2(0, 0), static_cast<float>(fade.e));
    if (n.flash) dl->AddRect(ImVec2(a.x - 3, a.y - 3), ImVec2(b.x + 3, b.y + 3), Theme::u32(colors::kGraphFlash), 0, 0, flash_w);
    if (is_hot(n)) dl->AddRect(ImVec2(a.x - 6, a.y - 6), ImVec2(b.x + 6, b.y + 6), hot_col, 0, 0, 2.5f);
    ctx.record.graph_nodes.push_back(GraphNodeRecord{n.addr, Rect{a, b}, gl, m.glyph, n.flash, static_cast<int>(n.fields.size())});
    if (hovered_window && mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y && mouse.y < b.y) {
      size_t out = 0, in = 0;
      for (const GraphEdge& e : g.edges) {
        out += !e.from_root && e.from == i;
        in += e.to == i;
      }
      const std::string type = n.type.empty() ? std::string(tr(Str::kGraphUntyped)) : n.type;
      ImGui::SetTooltip("%s", trf(Str::kGraphNodeTip, type, fmt::format("{:#x}", n.addr), n.own_size ? n.own_size : n.size, n.size, n.sizeclass, n.span,
                                  heap::slot_colour_name(n.colour), out, in)
                                  .c_str());
      if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) ctx.settings.selection = Selection::object(n.addr);
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x - m.pad, origin.y));
  ImGui::Dummy(ImVec2(L.width + m.pad * 2, L.height + m.pad));
  ImGui::EndChild();
}

// A chip of folded runtime objects: a rounded box like the scheduler's "runtime (4)" button,
// its title (count, bytes) and its colour line; a click shows the objects one by one.
void HeapPanel::draw_chip(const PanelContext& ctx, ImDrawList* dl, const RuntimeChip& c, bool flash, Rect r, float fs, bool hovered_window) {
  const Metrics m(fs);
  const Surface& sf = ctx.theme.surface();
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool hover = hovered_window && mouse.x >= r.min.x && mouse.x < r.max.x && mouse.y >= r.min.y && mouse.y < r.max.y;
  const float round = std::floor(fs * 0.4f);
  dl->AddRectFilled(r.min, r.max, ImGui::GetColorU32(hover ? ImGuiCol_ButtonHovered : ImGuiCol_Button), round);
  dl->AddRect(r.min, r.max, Theme::u32(c.reachable ? sf.text_dim : sf.slot_empty), round, 0, ctx.theme.outline());
  if (flash) dl->AddRect(ImVec2(r.min.x - 3, r.min.y - 3), ImVec2(r.max.x + 3, r.max.y + 3), Theme::u32(colors::kGraphFlash), round, 0, ctx.theme.outline() * 2.0f);
  const std::string title = tr(Str::kGraphChipHead), size = chip_size(c);
  dl->AddText(ImVec2(r.min.x + m.pad, r.min.y + (m.head_h - fs) * 0.5f), Theme::u32(sf.text), title.c_str());
  dl->AddText(ImVec2(r.min.x + m.pad, r.min.y + m.head_h + (m.line_h - fs) * 0.5f), Theme::u32(sf.text), size.c_str());
  float x = r.min.x + m.pad;
  const float y = r.min.y + m.head_h + m.line_h;
  std::string colours;
  for (const ChipColour& k : chip_colours(c)) {
    draw_slot_glyph(dl, ImVec2(x, std::floor(y + (m.line_h - m.glyph) * 0.5f)), m.glyph, k.colour, ctx.theme);
    x += m.glyph + fs * 0.3f;
    const std::string t = trf(k.text, k.n);
    dl->AddText(ImVec2(x, y + (m.line_h - fs) * 0.5f), Theme::u32(sf.text_dim), t.c_str());
    x += text_width(t) + fs * 0.9f;
    colours += (colours.empty() ? "" : ", ") + t;
  }
  ctx.record.graph_chips.push_back(FrameRecord::GraphChipRecord{r, title, size, colours, c.count, c.reachable});
  if (!hover) return;
  ImGui::SetTooltip("%s", trf(c.reachable ? Str::kGraphChipReachedTip : Str::kGraphChipUnreachedTip, c.count).c_str());
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) ctx.settings.runtime_objects_expanded = true;
}

}  // namespace gosim::viz
