// The Heap panel's Graph view: the heap as the collector walks it (session/object_graph.h).
//
//   roots          1 hop           2 hops          no root reaches
//   [G1 stack] --> [#  0xc000..] --> [#  0xc000..]   [.  0xc000..]
//   [globals ] ->
//
// Each object is a box holding its slot glyph (the span view's: hollow = white, half = grey,
// filled = black), its address and its size (and type when a stack variable names it).
// Pointers are arrows from the word that holds them (higher on the box = lower offset) to the
// object's left side; arrows to an earlier column curve back. What the last GC event touched
// gets a thick outline in the flash colour, and the sentence above the graph names it. The
// flash is not animated: a picture must depend only on the cursor (scripts, screenshots).
#include <algorithm>
#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "sim/heap/mgc.h"
#include "visualizer/panels/heap_panel.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/anim_draw.h"
#include "visualizer/ui/text_fit.h"

namespace gosim::viz {

namespace {

// Where columns and rows go. A column with more objects than fit in the view's height wraps
// into sub-columns (a few dozen garbage buffers must not push the graph off the screen).
struct Geometry {
  float fs = 13;
  float box_w = 0, box_h = 0, root_w = 0;
  float col_gap = 0, sub_gap = 0, row_gap = 0, header = 0, pad = 0;
  float glyph = 0;
  int32_t rows_fit = 1;
  std::vector<float> col_x;  // offset of each column (0 = roots) from the origin, plus the end
  ImVec2 origin{0, 0};

  void place_columns(const ObjectGraph& g) {
    std::vector<int32_t> rows(static_cast<size_t>(g.columns) + 1, 0);
    for (const GraphNode& n : g.nodes) rows[static_cast<size_t>(n.column)] = std::max(rows[static_cast<size_t>(n.column)], n.row + 1);
    col_x.assign(1, pad);
    float x = pad + root_w + col_gap;
    for (int32_t c = 1; c <= g.columns; ++c) {
      col_x.push_back(x);
      const int32_t subs = std::max(1, (rows[static_cast<size_t>(c)] + rows_fit - 1) / rows_fit);
      x += static_cast<float>(subs) * box_w + static_cast<float>(subs - 1) * sub_gap + col_gap;
    }
    col_x.push_back(x);
  }
  float column_x(int32_t c) const { return origin.x + col_x[static_cast<size_t>(c)]; }
  float row_y(int32_t r) const { return origin.y + header + static_cast<float>(r % rows_fit) * (box_h + row_gap); }
  float node_x(const GraphNode& n) const { return column_x(n.column) + static_cast<float>(n.row / rows_fit) * (box_w + sub_gap); }
  float width() const { return col_x.back() + pad; }
};

std::string size_line(const GraphNode& n) {
  std::string s = n.type.empty() ? std::string() : n.type + "  ";
  s += fmt::format("{} B", n.size);
  if (n.noscan) s += " noscan";
  return s;
}

std::string column_title(int32_t c, const ObjectGraph& g) {
  if (c == 0) return "roots";
  if (g.has_unreachable && c == g.columns) return tr(Str::kNoRootReaches);
  return c == 1 ? std::string("1 hop") : fmt::format("{} hops", c);
}

void arrow_head(ImDrawList* dl, ImVec2 tip, float dir_x, float size, ImU32 col) {
  dl->AddTriangleFilled(tip, ImVec2(tip.x - dir_x * size, tip.y - size * 0.55f), ImVec2(tip.x - dir_x * size, tip.y + size * 0.55f), col);
}

Rect node_box(const Geometry& geo, const GraphNode& n) {
  const ImVec2 a(geo.node_x(n), geo.row_y(n.row));
  return Rect{a, ImVec2(a.x + geo.box_w, a.y + geo.box_h)};
}

Rect root_box(const Geometry& geo, const GraphRoot& r) {
  const ImVec2 a(geo.column_x(0), geo.row_y(r.row));
  return Rect{a, ImVec2(a.x + geo.root_w, a.y + geo.box_h)};
}

void draw_edge(ImDrawList* dl, const Geometry& geo, const ObjectGraph& g, const GraphEdge& e, const Theme& theme) {
  const Surface& sf = theme.surface();
  const Rect to = node_box(geo, g.nodes[e.to]);
  Rect from;
  float sy = 0;
  if (e.from_root) {
    from = root_box(geo, g.roots[e.from]);
    sy = (from.min.y + from.max.y) * 0.5f;
  } else {
    const GraphNode& n = g.nodes[e.from];
    from = node_box(geo, n);
    // The word's place in the object: the first word near the top, the last near the bottom.
    const float f = e.offset < 0 ? 1.0f : static_cast<float>(e.offset) / static_cast<float>(std::max<uint64_t>(n.size, 8));
    sy = from.min.y + geo.box_h * (0.25f + 0.5f * std::min(f, 1.0f));
  }
  const ImU32 col = e.flash ? Theme::u32(colors::kGraphFlash) : Theme::u32(sf.text_dim);
  const float thick = e.flash ? theme.outline() * 2.0f : theme.outline();
  const float head = std::floor(geo.fs * 0.55f);
  const ImVec2 s(from.max.x, sy);
  const bool back = !e.from_root && to.min.x <= from.min.x;  // same column (or an earlier one)
  ImVec2 t;
  if (!back) {
    // Forward: into the target's left side.
    t = ImVec2(to.min.x - 1, (to.min.y + to.max.y) * 0.5f);
    const float reach = std::max(geo.col_gap * 0.6f, std::fabs(t.x - s.x) * 0.45f);
    dl->AddBezierCubic(s, ImVec2(s.x + reach, s.y), ImVec2(t.x - reach, t.y), ImVec2(t.x - head * 0.6f, t.y), col, thick);
    arrow_head(dl, t, 1, head, col);
  } else {
    // Same column, an earlier one, or itself: a loop out to the right and into the target's
    // right side, so the arrow never crosses the boxes between them.
    t = ImVec2(to.max.x + 1, to.min.y + geo.box_h * (e.from == e.to ? 0.85f : 0.5f));
    const float reach = geo.fs * 1.6f + std::fabs(t.y - s.y) * 0.25f + std::max(0.0f, s.x - t.x);
    dl->AddBezierCubic(s, ImVec2(s.x + reach, s.y), ImVec2(t.x + reach, t.y), ImVec2(t.x + head * 0.6f, t.y), col, thick);
    arrow_head(dl, t, -1, head, col);
  }
  // Where the arrow leaves: the word's offset in the source object. A root edge's variable
  // name goes where it arrives (a root's arrows all leave from one point).
  const std::string label = e.from_root ? e.label : (e.offset >= 0 ? fmt::format("+{}", e.offset) : std::string("buf"));
  if (!label.empty()) {
    const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
    // Offsets alternate above and below their arrow so neighbouring words' labels do not collide.
    const bool below = !e.from_root && e.offset >= 0 && (e.offset / 8) % 2 == 1;
    const ImVec2 at = e.from_root ? ImVec2(t.x - head - ts.x - 2, t.y - ts.y - 1)
                                  : ImVec2(s.x + 3, below ? s.y + 1 : s.y - ts.y - 1);
    dl->AddText(at, e.flash ? col : Theme::u32(sf.text_dim), label.c_str());
  }
}

}  // namespace

void HeapPanel::draw_graph(const PanelContext& ctx) {
  const Session& s = ctx.session;
  if (graph_rev_ != s.revision() || graph_run_ != s.run_id()) {
    graph_ = build_object_graph(s);
    graph_rev_ = s.revision();
    graph_run_ = s.run_id();
  }
  const ObjectGraph& g = graph_;
  if (g.too_large) {
    ctx.record.graph_too_large = true;
    wrapped_text(trf(Str::kGraphTooLarge, g.objects, g.max_objects));
    draw_legend(ctx);
    draw_span_view(ctx);
    return;
  }
  size_t from_roots = 0;
  for (const GraphEdge& e : g.edges) from_roots += e.from_root;
  wrapped_text(trf(Str::kGraphSummary, g.nodes.size(), g.edges.size(), from_roots, heap::gc_phase_name(g.phase)));
  draw_legend(ctx);
  // The flash sentence: always a line, so the graph does not jump as the cursor moves.
  ImDrawList* wdl = ImGui::GetWindowDrawList();
  const float fs = ImGui::GetFontSize();
  if (g.flash.kind != GraphFlash::Kind::kNone) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    wdl->AddRectFilled(ImVec2(p.x, p.y + fs * 0.2f), ImVec2(p.x + fs * 0.6f, p.y + fs * 0.8f), Theme::u32(colors::kGraphFlash));
    ImGui::Dummy(ImVec2(fs * 0.8f, fs));
    ImGui::SameLine();
    wrapped_text(g.flash.text);  // long sentences wrap in a narrow panel
    ctx.record.graph_flash = g.flash.text;
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    elided_text(tr(Str::kNoGcEvent), 0);
    ImGui::PopStyleColor();
  }

  Geometry geo;
  geo.fs = fs;
  geo.pad = std::floor(fs * 0.5f);
  geo.box_h = std::floor(fs * 2.8f);
  geo.glyph = std::floor(geo.box_h - fs * 0.8f);
  const float text_w = std::max(ImGui::CalcTextSize("0xc000000000").x, [&] {
    float w = 0;
    for (const GraphNode& n : g.nodes) w = std::max(w, ImGui::CalcTextSize(size_line(n).c_str()).x);
    return w;
  }());
  geo.box_w = std::floor(geo.glyph + text_w + fs * 1.3f);
  geo.root_w = std::floor(ImGui::CalcTextSize("G0000 stack").x + fs * 1.2f);
  geo.col_gap = std::floor(fs * 3.6f);
  geo.sub_gap = std::floor(fs * 1.2f);
  geo.row_gap = std::floor(fs * 0.9f);
  geo.header = std::floor(fs * 1.6f);
  const float avail_h = ImGui::GetContentRegionAvail().y - ImGui::GetStyle().WindowPadding.y * 2 - fs;
  geo.rows_fit = std::max(3, static_cast<int32_t>((avail_h - geo.header - geo.pad) / (geo.box_h + geo.row_gap)));
  geo.rows_fit = std::max(geo.rows_fit, static_cast<int32_t>(g.roots.size()));
  geo.place_columns(g);
  int32_t rows = static_cast<int32_t>(g.roots.size());
  for (const GraphNode& n : g.nodes) rows = std::max(rows, std::min(n.row + 1, geo.rows_fit));
  const ImVec2 canvas(geo.width(), geo.header + static_cast<float>(rows) * (geo.box_h + geo.row_gap) + geo.pad);

  ImGui::BeginChild("heap_graph", ImVec2(0, 0), true, ImGuiWindowFlags_HorizontalScrollbar);
  const ImVec2 wpos = ImGui::GetWindowPos(), wsize = ImGui::GetWindowSize();
  ctx.record.graph_area = Rect{wpos, ImVec2(wpos.x + wsize.x, wpos.y + wsize.y)};
  geo.origin = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Surface& sf = ctx.theme.surface();
  const Rgb card = ctx.theme.presenter() ? colors::kSlotCardLight : colors::kSlotCard;
  if (g.nodes.empty()) wrapped_text(tr(Str::kNoObjects));
  for (int32_t c = 0; c <= g.columns && !g.nodes.empty(); ++c) {
    const std::string t = column_title(c, g);
    dl->AddText(ImVec2(geo.column_x(c), geo.origin.y), Theme::u32(sf.text_dim), t.c_str());
  }
  for (const GraphEdge& e : g.edges) {
    if (!e.flash) draw_edge(dl, geo, g, e, ctx.theme);
  }
  for (const GraphEdge& e : g.edges) {
    if (e.flash) draw_edge(dl, geo, g, e, ctx.theme);  // on top of the others
  }
  const float flash_w = ctx.theme.outline() * 2.0f;
  for (const GraphRoot& r : g.roots) {
    const Rect b = root_box(geo, r);
    dl->AddRectFilled(b.min, b.max, Theme::u32(colors::kFrameFill), fs * 0.25f);
    if (r.flash) dl->AddRect(ImVec2(b.min.x - 3, b.min.y - 3), ImVec2(b.max.x + 3, b.max.y + 3), Theme::u32(colors::kGraphFlash), fs * 0.25f, 0, flash_w);
    const ImVec2 ts = ImGui::CalcTextSize(r.label.c_str());
    dl->AddText(ImVec2(b.min.x + (geo.root_w - ts.x) * 0.5f, b.min.y + (geo.box_h - ts.y) * 0.5f), Theme::u32(colors::kTokenText), r.label.c_str());
  }
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool hovered_window = ImGui::IsWindowHovered();
  const Selection& sel = ctx.settings.selection;
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    const GraphNode& n = g.nodes[i];
    const Rect b = node_box(geo, n);
    const DrawShift node(dl);  // a new object fades in
    dl->AddRectFilled(b.min, b.max, Theme::u32(card));
    dl->AddRect(b.min, b.max, Theme::u32(n.reachable ? sf.text_dim : sf.slot_empty));
    const ImVec2 gl(std::floor(b.min.x + fs * 0.4f), std::floor(b.min.y + (geo.box_h - geo.glyph) * 0.5f));
    const Fade fade = faded_slot_glyph(ctx, dl, gl, geo.glyph, n.colour, n.addr);
    const float tx = gl.x + geo.glyph + fs * 0.5f;
    const std::string addr = fmt::format("{:#x}", n.addr), size = size_line(n);
    dl->AddText(ImVec2(tx, b.min.y + fs * 0.25f), Theme::u32(sf.text), addr.c_str());
    dl->AddText(ImVec2(tx, b.min.y + fs * 1.45f), Theme::u32(sf.text_dim), size.c_str());
    if (!fade.existed) node.apply(ImVec2(0, 0), static_cast<float>(fade.e));
    if (n.flash) {
      dl->AddRect(ImVec2(b.min.x - 3, b.min.y - 3), ImVec2(b.max.x + 3, b.max.y + 3), Theme::u32(colors::kGraphFlash), 0, 0, flash_w);
    }
    if (sel.kind == Selection::Kind::kObject && static_cast<uint64_t>(sel.id) >= n.addr && static_cast<uint64_t>(sel.id) < n.addr + n.size) {
      dl->AddRect(ImVec2(b.min.x - 6, b.min.y - 6), ImVec2(b.max.x + 6, b.max.y + 6), Theme::u32(colors::kSelected), 0, 0, 2.5f);
    }
    ctx.record.graph_nodes.push_back(GraphNodeRecord{n.addr, b, gl, geo.glyph, n.flash});
    if (hovered_window && mouse.x >= b.min.x && mouse.x < b.max.x && mouse.y >= b.min.y && mouse.y < b.max.y) {
      size_t out = 0, in = 0;
      for (const GraphEdge& e : g.edges) {
        out += !e.from_root && e.from == i;
        in += e.to == i;
      }
      ImGui::SetTooltip("object %s\nslot %u of span %d, size class %d (%llu B)%s\ncolour: %s%s\n%zu pointer(s) out, %zu in\n"
                        "%s\nclick to inspect",
                        addr.c_str(), n.slot, n.span, n.sizeclass, static_cast<unsigned long long>(n.size),
                        n.noscan ? ", noscan" : "", heap::slot_colour_name(n.colour),
                        n.type.empty() ? "" : fmt::format("\ntype {} (from a stack variable)", n.type).c_str(), out, in,
                        n.reachable ? fmt::format("{} pointer(s) from a root", n.column).c_str()
                                    : "no root reaches it: garbage, freed by the next sweep unless marked");
      if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) ctx.settings.selection = Selection::object(n.addr);
    }
  }
  ImGui::SetCursorScreenPos(geo.origin);
  ImGui::Dummy(canvas);
  ImGui::EndChild();
}

}  // namespace gosim::viz
