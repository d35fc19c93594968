// [SECTION] glyphs and the header
// [SECTION] span lines
// [SECTION] side column: mheap, mcaches, large objects
#include "visualizer/panels/heap_panel.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/anim_draw.h"
#include "visualizer/ui/text_fit.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "sim/heap/mgc.h"

namespace gosim::viz {

namespace {

std::string bytes_text(uint64_t b) {
  if (b >= (uint64_t{1} << 20)) return fmt::format("{:.1f} MiB", static_cast<double>(b) / (1 << 20));
  if (b >= 1024) return fmt::format("{:.1f} KiB", static_cast<double>(b) / 1024);
  return fmt::format("{} B", b);
}

std::string class_text(heap::SpanClass spc) {
  const int sc = heap::spanclass_sizeclass(spc);
  return trf(Str::kHeapClass, sc, heap::class_to_size(sc), heap::spanclass_noscan(spc) ? " noscan" : "");
}

const char* set_text(HeapSpanRow::Set s) {
  switch (s) {
    case HeapSpanRow::Set::kPartial: return "partial";
    case HeapSpanRow::Set::kFull: return "full";
    case HeapSpanRow::Set::kNone: return "";
  }
  return "";
}

// A span's label in the span list: address, slots in use of all, the P whose mcache holds it,
// the mcentral set it is on.
std::string span_label(const HeapSpanRow& r) {
  return fmt::format("{:#x} {}/{}{}{}", r.base, r.alloc, r.nelems,
                     r.cached_by >= 0 ? fmt::format(" P{}", r.cached_by) : std::string(),
                     r.set != HeapSpanRow::Set::kNone ? std::string(" ") + set_text(r.set) : std::string());
}

}  // namespace

// [SECTION] glyphs and the header
Fade faded_slot_glyph(const PanelContext& ctx, ImDrawList* dl, ImVec2 at, float cell, heap::SlotColour c, uint64_t addr) {
  const Fade f = ctx.anim != nullptr ? ctx.anim->fade(anim_key::object(addr), static_cast<uint32_t>(c)) : Fade{};
  if (f.e >= 1.0 || !f.existed || f.from == static_cast<uint32_t>(c)) {
    draw_slot_glyph(dl, at, cell, c, ctx.theme);
    return f;
  }
  // Shapes differ by colour (readable without colour vision), so a cross-fade, not a tint.
  const DrawShift before(dl);
  draw_slot_glyph(dl, at, cell, static_cast<heap::SlotColour>(f.from), ctx.theme);
  before.apply(ImVec2(0, 0), static_cast<float>(1.0 - f.e));
  const DrawShift after(dl);
  draw_slot_glyph(dl, at, cell, c, ctx.theme);
  after.apply(ImVec2(0, 0), static_cast<float>(f.e));
  return f;
}

float HeapPanel::cell_size() { return std::max(7.0f, std::floor(ImGui::GetFontSize() * 0.62f)); }

void draw_slot_glyph(ImDrawList* dl, ImVec2 at, float cell, heap::SlotColour c, const Theme& theme) {
  const Surface& sf = theme.surface();
  const ImVec2 a(at.x + 1, at.y + 1), b(at.x + cell - 1, at.y + cell - 1);
  const ImU32 outline = Theme::u32(sf.text);
  switch (c) {
    case heap::SlotColour::kFree: {
      const float m = std::floor(cell * 0.5f);
      dl->AddRectFilled(ImVec2(at.x + m - 1, at.y + m - 1), ImVec2(at.x + m + 1, at.y + m + 1), Theme::u32(sf.slot_empty));
      break;
    }
    case heap::SlotColour::kWhite: dl->AddRect(a, b, outline); break;
    case heap::SlotColour::kGrey:
      dl->AddRectFilled(a, ImVec2(std::floor(at.x + cell * 0.5f), b.y), Theme::u32(colors::kSlotGrey));
      dl->AddRect(a, b, outline);
      break;
    case heap::SlotColour::kBlack:
      dl->AddRectFilled(a, b, Theme::u32(colors::kSlotBlack));
      dl->AddRect(a, b, outline);
      break;
  }
}

void HeapPanel::draw(const PanelContext& ctx) {
  const Session& s = ctx.session;
  if (!s.loaded()) return;
  if (view_rev_ != s.revision() || view_run_ != s.run_id()) {
    view_ = build_heap_view(s);
    view_rev_ = s.revision();
    view_run_ = s.run_id();
    lines_rev_ = ~0ull;
  }
  // Spans or Graph: the same heap, as the allocator lays it out or as the collector walks it.
  for (const bool graph : {false, true}) {
    const bool on = ctx.settings.heap_graph == graph;
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::SmallButton(tr(graph ? Str::kGraph : Str::kSpans))) ctx.settings.heap_graph = graph;
    if (on) ImGui::PopStyleColor();
    ImGui::SameLine();
  }
  help_marker(tr(Str::kHeapViewsHelp));
  ImGui::SameLine(0, ImGui::GetFontSize());
  if (ctx.settings.heap_graph) {
    draw_graph(ctx);
    return;
  }
  const HeapView& v = view_;
  wrapped_text(trf(Str::kHeapSummary, count_of(Str::kNSpans, v.spans.size() + v.large.size()), count_of(Str::kNPages, v.heap_pages),
                   count_of(Str::kNClasses, v.classes.size()), count_of(Str::kNLargeObjects, v.large.size()),
                   count_of(Str::kNSpans, v.stack_spans), heap::gc_phase_name(v.phase)),
               ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(" (?)").x);
  ImGui::SameLine();
  help_marker(tr(Str::kHeapHelp));
  draw_legend(ctx);
  draw_span_view(ctx);
}

void HeapPanel::draw_legend(const PanelContext& ctx) {
  // The legend: glyphs, not just colours.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float cell = cell_size() + 3;
  const char* names[] = {tr(Str::kSlotFree), tr(Str::kSlotWhite), tr(Str::kSlotGrey), tr(Str::kSlotBlack)};
  for (int i = 0; i < 4; ++i) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const Rgb card = ctx.theme.presenter() ? colors::kSlotCardLight : colors::kSlotCard;
    dl->AddRectFilled(p, ImVec2(p.x + cell, p.y + cell), Theme::u32(card));
    draw_slot_glyph(dl, p, cell, static_cast<heap::SlotColour>(i), ctx.theme);
    ImGui::Dummy(ImVec2(cell, cell));
    ImGui::SameLine();
    ImGui::TextUnformatted(names[i]);
    ImGui::SameLine(0, ImGui::GetFontSize());
  }
  ImGui::NewLine();
}

void HeapPanel::draw_span_view(const PanelContext& ctx) {
  const float side_w = std::floor(ImGui::GetContentRegionAvail().x * 0.3f);
  const float child_top = ImGui::GetCursorPosY();
  ImGui::BeginChild("heap_spans", ImVec2(-side_w, 0), false);
  if (!ctx.settings.pinned_spans.empty()) {
    // The pinned spans side by side above the list: as tall as their slots need at 6 px
    // (plus the title and two lines of text), between 7 font sizes and 60% of the height.
    const float fs = ImGui::GetFontSize();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float col_w = avail.x / static_cast<float>(ctx.settings.pinned_spans.size()) - fs;
    float need = 0;
    for (const int32_t sp : ctx.settings.pinned_spans) {
      if (sp < 0 || static_cast<size_t>(sp) >= ctx.session.model().heap.spans.size()) continue;
      const heap::Span& span = ctx.session.model().heap.spans[static_cast<size_t>(sp)];
      const int sc = heap::spanclass_sizeclass(span.spanclass);
      const uint64_t n = sc == 0 ? 1 : span.npages * heap::kHeapPageSize / heap::class_to_size(sc);
      const float per = std::max(1.0f, std::floor(col_w / 6.0f));
      need = std::max(need, std::ceil(static_cast<float>(n) / per) * 6.0f);
    }
    need += ImGui::GetTextLineHeightWithSpacing() * 3 + fs + ImGui::GetStyle().WindowPadding.y * 2;
    const float h = std::floor(std::clamp(need, fs * 7.0f, std::max(fs * 7.0f, avail.y * 0.6f)));
    ImGui::BeginChild("heap_compare", ImVec2(0, h), true, ImGuiWindowFlags_NoScrollbar);
    draw_compare(ctx);
    ImGui::EndChild();
  }
  draw_spans(ctx);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("heap_side", ImVec2(0, 0), true);
  draw_side(ctx);
  const float side_h = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y;
  ImGui::EndChild();
  // Alone on a presenter slide the Heap view fits the mheap ledger whole (its last lines were cut
  // at the panel's bottom at 720p); the span list beside it scrolls as before. Beside the source
  // (escape_cases) it keeps its old share: the source line and its note matter more there.
  if (ctx.settings.presenter_panels.size() == 1) {
    ctx.record.want_h["heap"] = child_top + side_h + ImGui::GetStyle().WindowPadding.y * 2;
  }
}

// [SECTION] span lines
// A span selected from outside the list (a lesson step's "select": "span:0x…", the inspector)
// is scrolled into view, under its class's header line: with Go's start-up heap some 20 classes
// come before the one a lesson step talks about, and at 720p in presenter mode the list showed
// only the first one or two. Once per selection, and again when the lines are laid out anew (the
// font or the room changed); a span already on screen stays where it is, so a click on a label
// never moves the list; a span not in use at the cursor is looked for again each frame.
void HeapPanel::scroll_to_selected_span(const PanelContext& ctx, float row_h, float pitch) {
  const Selection& sel = ctx.settings.selection;
  const int64_t want = sel.kind == Selection::Kind::kSpan ? sel.id : -1;
  if (want < 0) {
    scrolled_span_ = -1;
    return;
  }
  const bool same = want == scrolled_span_ && view_run_ == scrolled_run_ && lines_per_ == scrolled_per_ && pitch == scrolled_pitch_;
  if (same && scroll_tries_ == 0) return;  // done: on screen, or given up
  if (!same) scroll_tries_ = 4;
  scrolled_span_ = want;
  scrolled_run_ = view_run_;
  scrolled_per_ = lines_per_;
  scrolled_pitch_ = pitch;
  size_t header = 0;
  for (size_t i = 0; i < lines_.size(); ++i) {
    const HeapLine& l = lines_[i];
    if (l.kind == HeapLine::Kind::kHeader) {
      header = i;
      continue;
    }
    if (l.first_slot != 0 || view_.spans[l.row].span != want) continue;
    const float top = ImGui::GetCursorPosY();  // the list's first line, in the child's content space
    const float y = top + static_cast<float>(i) * pitch;
    const float seen0 = ImGui::GetScrollY(), seen1 = seen0 + ImGui::GetWindowHeight();
    if (y >= seen0 && y + row_h <= seen1) {
      scroll_tries_ = 0;
      return;
    }
    // ImGui clamps the target by the last frame's content height, which a new layout may have
    // changed: the next frames look again, a few times at most.
    ImGui::SetScrollY(top + static_cast<float>(header) * pitch);
    --scroll_tries_;
    return;
  }
  scrolled_span_ = -1;  // not in use at the cursor: looked for again next frame
}

void HeapPanel::draw_spans(const PanelContext& ctx) {
  const Session& s = ctx.session;
  const heap::Heap& h = s.model().heap;
  const HeapView& v = view_;
  const float fs = ImGui::GetFontSize();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float avail = ImGui::GetContentRegionAvail().x;
  if (label_rev_ != view_rev_) {
    label_rev_ = view_rev_;
    widest_label_.clear();
    for (const HeapSpanRow& r : v.spans) {
      std::string t = span_label(r);
      if (t.size() > widest_label_.size()) widest_label_ = std::move(t);
    }
  }
  // As wide as the longest label (plus the clip margin), never under 11.5 font sizes nor over
  // half the row: the slots keep the rest. A label still too long ends in "…" (the tooltip
  // says it all).
  const float label_w = std::floor(std::clamp(text_width(widest_label_) + fs * 0.4f + 8.0f, fs * 11.5f, std::max(fs * 11.5f, avail * 0.5f)));
  ctx.record.texts.push_back({"heap_span_widest", widest_label_, text_width(widest_label_), label_w - 8, 1});
  const float avail_y = ImGui::GetContentRegionAvail().y;
  ctx.record.heap_list = Rect{origin, ImVec2(origin.x + avail, origin.y + avail_y)};
  if (v.classes.empty()) {
    wrapped_text(tr(Str::kNoSpans));
    return;
  }
  // The objects are drawn as large as the room allows (up to 2.2 font sizes, so a projector
  // shows a few spans' objects clearly), shrinking step by step until every line fits the
  // height; at the smallest size a large heap scrolls. Chosen again when the heap or the room
  // changes, not every frame.
  if (cell_rev_ != view_rev_ || cell_avail_.x != avail || cell_avail_.y != avail_y || cell_fs_ != fs) {
    cell_rev_ = view_rev_;
    cell_avail_ = ImVec2(avail, avail_y);
    cell_fs_ = fs;
    cell_ = cell_size();
    for (float c = std::floor(fs * 2.2f); c > cell_size(); c = std::floor(c * 0.85f)) {
      const auto per_c = static_cast<uint32_t>(std::max(8.0f, std::floor((avail - label_w - fs) / c)));
      size_t nlines = 0;
      for (const HeapClassGroup& g : v.classes) {
        nlines += 1;
        for (size_t ri : g.rows) nlines += (v.spans[ri].nelems + per_c - 1) / std::max<uint32_t>(per_c, 1);
      }
      if (static_cast<float>(nlines) * std::max(fs * 1.25f, c + 3) <= avail_y) {
        cell_ = c;
        break;
      }
    }
  }
  const float cell = cell_;
  const float row_h = std::max(fs * 1.25f, cell + 3);
  ctx.record.heap_cell = cell;
  const auto per = static_cast<uint32_t>(std::max(8.0f, std::floor((avail - label_w - fs) / cell)));
  if (per != lines_per_ || lines_rev_ != view_rev_) {
    lines_ = heap_lines(v, per);
    lines_per_ = per;
    lines_rev_ = view_rev_;
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Surface& sf = ctx.theme.surface();
  const Rgb card = ctx.theme.presenter() ? colors::kSlotCardLight : colors::kSlotCard;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool window_hovered = ImGui::IsWindowHovered();
  // A line's pitch: its row and the item spacing after it. The clipper must be given the pitch,
  // not the row: with the row alone it placed skipped lines too high and ended the list short,
  // so in a long list scrolled to its end the last lines lay below the panel, out of reach.
  const float pitch = row_h + ImGui::GetStyle().ItemSpacing.y;
  scroll_to_selected_span(ctx, row_h, pitch);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(lines_.size()), pitch);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const HeapLine& l = lines_[static_cast<size_t>(i)];
      const ImVec2 a = ImGui::GetCursorScreenPos();
      const HeapClassGroup& g = v.classes[l.group];
      if (l.kind == HeapLine::Kind::kHeader) {
        const std::string t = trf(Str::kHeapClassHeader, class_text(g.spanclass), count_of(Str::kNSpanS, g.rows.size()), count_of(Str::kNObjects, g.objects), g.partial, g.full);
        dl->AddLine(ImVec2(a.x, a.y + 1), ImVec2(a.x + avail, a.y + 1), Theme::u32(sf.slot_empty));
        draw_elided(dl, ImVec2(a.x, a.y + (row_h - fs) * 0.5f), Theme::u32(sf.text), t, avail);  // "…" and a tooltip, never cut
        ImGui::Dummy(ImVec2(avail, row_h));
        continue;
      }
      const HeapSpanRow& r = v.spans[l.row];
      ImGui::PushID(i);
      if (l.first_slot == 0) {
        // The span's label: address, use, who holds it. A click selects the span.
        std::string t = span_label(r);
        if (text_width(t) > label_w - 8) {
          while (!t.empty() && text_width(t + "…") > label_w - 8) t.pop_back();  // ASCII: a byte a glyph
          t += "…";
        }
        ctx.record.texts.push_back({"heap_span_label", t, text_width(t), label_w - 8, 1});
        const bool sel = ctx.settings.selection.kind == Selection::Kind::kSpan && ctx.settings.selection.id == r.span;
        if (sel) dl->AddRectFilled(a, ImVec2(a.x + label_w - 4, a.y + row_h), Theme::u32(colors::kSelected, 140));
        // A pinned span's label is tinted, with a bar at its left: it is in the strip above.
        const bool pinned = heap_span_pinned(ctx.settings, r.span);
        if (pinned) {
          dl->AddRectFilled(a, ImVec2(a.x + label_w - 4, a.y + row_h), Theme::u32(colors::kCursor, 50));
          dl->AddRectFilled(a, ImVec2(a.x + 3, a.y + row_h), Theme::u32(colors::kCursor));
        }
        dl->PushClipRect(a, ImVec2(a.x + label_w - 6, a.y + row_h), true);
        dl->AddText(ImVec2(a.x + 2, a.y + (row_h - fs) * 0.5f),
                    Theme::u32(r.cached_by >= 0 ? sf.text : sf.text_dim), t.c_str());
        dl->PopClipRect();
        ImGui::SetCursorScreenPos(a);
        if (ImGui::InvisibleButton("span", ImVec2(label_w - 4, row_h))) ctx.settings.selection = Selection::span(r.span);
        if (ImGui::IsItemClicked(ImGuiMouseButton_Right)) pin_heap_span(ctx.settings, r.span, !pinned);
        if (ImGui::IsItemHovered()) {
          const std::string tip =
              trn(Str::kHeapSpanTip, r.nelems, r.span, class_text(r.spanclass), r.nelems, r.elemsize, r.base, r.alloc,
                  r.cached_by >= 0 ? trf(Str::kHeapCachedBy, r.cached_by) : std::string(),
                  r.set != HeapSpanRow::Set::kNone ? trf(Str::kHeapOnList, set_text(r.set)) : std::string(),
                  tr(r.swept ? Str::kHeapSweptYes : Str::kHeapSweptNo)) +
              "\n" + tr(pinned ? Str::kHeapUnpinTip : Str::kHeapPinTip);
          ImGui::SetTooltip("%s", tip.c_str());
        }
      }
      // The cells, on a card so white (hollow) slots read against it.
      const ImVec2 c0(std::floor(a.x + label_w), std::floor(a.y + (row_h - cell) * 0.5f));
      dl->AddRectFilled(c0, ImVec2(c0.x + cell * static_cast<float>(l.nslots), c0.y + cell), Theme::u32(card));
      for (uint32_t k = 0; k < l.nslots; ++k) {
        const uint32_t slot = l.first_slot + k;
        faded_slot_glyph(ctx, dl, ImVec2(c0.x + cell * static_cast<float>(k), c0.y), cell, heap::slot_colour(h, r.span, slot),
                         r.base + static_cast<uint64_t>(slot) * r.elemsize);
      }
      ctx.record.heap_lines.push_back(HeapLineRecord{r.span, l.first_slot, l.nslots, c0, cell});
      // Hover and click by arithmetic: no ImGui item per slot (thousands per frame).
      ImGui::SetCursorScreenPos(a);
      ImGui::Dummy(ImVec2(avail, row_h));
      if (window_hovered && mouse.y >= c0.y && mouse.y < c0.y + cell && mouse.x >= c0.x &&
          mouse.x < c0.x + cell * static_cast<float>(l.nslots)) {
        const uint32_t slot = l.first_slot + static_cast<uint32_t>((mouse.x - c0.x) / cell);
        const uint64_t addr = r.base + static_cast<uint64_t>(slot) * r.elemsize;
        const heap::SlotColour col = heap::slot_colour(h, r.span, slot);
        const float sx = c0.x + cell * static_cast<float>(slot - l.first_slot);
        dl->AddRect(ImVec2(sx - 1, c0.y - 1), ImVec2(sx + cell + 1, c0.y + cell + 1), Theme::u32(colors::kSelected), 0, 0, 2.0f);
        ImGui::SetTooltip("%s", trf(Str::kHeapObjectTip, addr, slot, r.span, class_text(r.spanclass), r.elemsize,
                                    heap::slot_colour_name(col)).c_str());
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) ctx.settings.selection = Selection::object(addr);
      }
      if (ctx.settings.selection.kind == Selection::Kind::kObject) {
        const auto sel = static_cast<uint64_t>(ctx.settings.selection.id);
        if (sel >= r.base + l.first_slot * r.elemsize && sel < r.base + (l.first_slot + l.nslots) * r.elemsize) {
          const float sx = c0.x + cell * static_cast<float>((sel - r.base) / r.elemsize - l.first_slot);
          dl->AddRect(ImVec2(sx - 1, c0.y - 1), ImVec2(sx + cell + 1, c0.y + cell + 1), Theme::u32(colors::kSelected), 0, 0, 2.5f);
        }
      }
      ImGui::PopID();
    }
  }
  clipper.End();
}

// [SECTION] side column: mheap, mcaches, large objects
void HeapPanel::draw_side(const PanelContext& ctx) {
  const HeapView& v = view_;
  const heap::MemStats& ms = v.stats;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted("mheap");
  ImGui::SameLine();
  help_marker(tr(Str::kMheapHelp));
  ImGui::TextUnformatted(trf(Str::kHeapPages, v.pages_inuse, v.pages_idle, v.pages_mapped).c_str());
  ImGui::TextUnformatted(trf(Str::kHeapPagesSplit, count_of(Str::kNPages, v.heap_pages), count_of(Str::kNPages, v.stack_pages)).c_str());
  ImGui::TextUnformatted(trf(Str::kHeapAllocLine, bytes_text(ms.HeapAlloc), bytes_text(ms.HeapInuse)).c_str());
  ImGui::TextUnformatted(trf(Str::kHeapObjectsLine, ms.HeapObjects, ms.Mallocs, ms.Frees).c_str());
  ImGui::TextUnformatted(trf(Str::kHeapNextGcLine, bytes_text(ms.NextGC), ms.NumGC, v.sweepgen).c_str());
  ImGui::PopTextWrapPos();
  ImGui::Separator();
  if (ImGui::CollapsingHeader(fmt::format("{}###mcache", tr(Str::kMcachePerP)).c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
    const float fs = ImGui::GetFontSize();
    // A few Ps: each row wraps in the narrow column (it ran off the right edge); 64 Ps: one
    // clipped line each, the whole row in the tooltip.
    const bool wrap = v.mcaches.size() <= 16;
    auto row = [&](size_t i) {
      const HeapMcacheRow& m = v.mcaches[i];
      std::string t = fmt::format("P{}:", m.p);
      for (size_t k = 0; k < m.spans.size() && k < 6; ++k) {
        t += fmt::format(" {}B→#{}", heap::class_to_size(heap::spanclass_sizeclass(m.spans[k].first)), m.spans[k].second);
      }
      if (m.spans.size() > 6) t += fmt::format(" +{}", m.spans.size() - 6);
      if (m.spans.empty()) t += tr(Str::kNoSpansSuffix);
      if (wrap) {
        ImGui::TextWrapped("%s", t.c_str());
      } else {
        ImGui::TextUnformatted(t.c_str());
      }
      if (ImGui::IsItemHovered()) {
        std::string tip = trf(Str::kHeapMcacheTip, m.p);
        for (const auto& [spc, si] : m.spans) tip += fmt::format("  {} → span {}\n", class_text(spc), si);
        tip += trf(Str::kHeapTinyTip, m.tiny, m.tinyoffset, bytes_text(m.stack_cached));
        ImGui::SetTooltip("%s", tip.c_str());
      }
    };
    if (wrap) {
      for (size_t i = 0; i < v.mcaches.size(); ++i) row(i);
    } else {
      ImGuiListClipper clip;
      clip.Begin(static_cast<int>(v.mcaches.size()), fs * 1.35f);
      while (clip.Step()) {
        for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) row(static_cast<size_t>(i));
      }
      clip.End();
    }
  }
  if (ImGui::CollapsingHeader(fmt::format("{}###large", tr(Str::kLargeObjects)).c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
    if (v.large.empty()) ImGui::TextDisabled("%s", tr(Str::kNone));
    for (size_t i = 0; i < v.large.size() && i < 200; ++i) {
      const HeapSpanRow& r = v.large[i];
      // The span's number goes to the tooltip: at 720p the side column holds address and size only.
      const std::string t = fmt::format("{:#x}  {}", r.base, bytes_text(r.elemsize));
      ctx.record.texts.push_back({"heap_large", t, text_width(t), ImGui::GetContentRegionAvail().x, 1});
      const bool sel = ctx.settings.selection.kind == Selection::Kind::kObject &&
                       static_cast<uint64_t>(ctx.settings.selection.id) == r.base;
      if (ImGui::Selectable(t.c_str(), sel)) ctx.settings.selection = Selection::object(r.base);
      // A large object's span can be pinned beside small-object spans, as in the list.
      const bool pinned = heap_span_pinned(ctx.settings, r.span);
      if (ImGui::IsItemClicked(ImGuiMouseButton_Right)) pin_heap_span(ctx.settings, r.span, !pinned);
      if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s\n%s", trf(Str::kLargeObjectSpanTip, r.span).c_str(),
                          tr(pinned ? Str::kHeapUnpinTip : Str::kHeapPinTip));
      }
    }
  }
  if (ImGui::CollapsingHeader(fmt::format("{}###mcentral", tr(Str::kMcentralPerClass)).c_str())) {
    for (const HeapClassGroup& g : v.classes) {
      ImGui::TextUnformatted(trf(Str::kHeapMcentralLine, class_text(g.spanclass), g.partial, g.full).c_str());
    }
  }
}

}  // namespace gosim::viz
