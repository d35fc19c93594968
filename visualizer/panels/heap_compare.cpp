// The span view's side-by-side strip (issue 17 item 9): pinned spans in columns, so spans of
// different size classes can be compared at a glance. In the list below, a span of 8-byte
// objects and one 8 KiB object are both "a line of squares"; side by side, each column says
// what Go's size-class table (runtime/sizeclasses.go) says about its class: objects per span,
// bytes per object, pages per span and the bytes left over at the span's end (tail waste),
// and draws every slot of the span as large as its column allows.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/panels/heap_panel.h"
#include "visualizer/ui/text_fit.h"

namespace gosim::viz {

namespace {

// The in-use span row of `span` at the cursor (a small-object span or a large object's), or null.
const HeapSpanRow* find_row(const HeapView& v, int32_t span) {
  for (const HeapSpanRow& r : v.spans) {
    if (r.span == span) return &r;
  }
  for (const HeapSpanRow& r : v.large) {
    if (r.span == span) return &r;
  }
  return nullptr;
}

// The largest cell (at most 2.2 font sizes, as in the list) at which `n` squares fit a w × h area.
float fit_cell(uint32_t n, float w, float h, float fs) {
  float c = std::floor(fs * 2.2f);
  while (c > 3) {
    const float per = std::max(1.0f, std::floor(w / c));
    if (std::ceil(static_cast<float>(n) / per) * c <= h) break;
    c = std::floor(c * 0.9f);
  }
  return std::max(c, 3.0f);
}

}  // namespace

void HeapPanel::draw_compare(const PanelContext& ctx) {
  const Session& s = ctx.session;
  const heap::Heap& h = s.model().heap;
  const float fs = ImGui::GetFontSize();
  ImGui::TextUnformatted(tr(Str::kHeapCompareTitle));
  ImGui::SameLine();
  help_marker(tr(Str::kHeapCompareHelp));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Surface& sf = ctx.theme.surface();
  const Rgb card = ctx.theme.presenter() ? colors::kSlotCardLight : colors::kSlotCard;
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const ImVec2 room = ImGui::GetContentRegionAvail();
  const auto pinned = ctx.settings.pinned_spans;  // a copy: Unpin edits the settings
  const float gap = fs;
  const float col_w = std::floor((room.x - gap * static_cast<float>(pinned.size() - 1)) / static_cast<float>(pinned.size()));
  const float line_h = ImGui::GetTextLineHeightWithSpacing();
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool hovered = ImGui::IsWindowHovered();
  for (size_t k = 0; k < pinned.size(); ++k) {
    const int32_t span = pinned[k];
    const float x = top.x + static_cast<float>(k) * (col_w + gap);
    FrameRecord::HeapCompareRecord rec;
    rec.span = span;
    rec.column = Rect{ImVec2(x, top.y), ImVec2(x + col_w, top.y + room.y)};
    if (k > 0) dl->AddLine(ImVec2(x - gap * 0.5f, top.y), ImVec2(x - gap * 0.5f, top.y + room.y), Theme::u32(sf.slot_empty));
    ImGui::PushID(span);
    // Unpin, at the column's top right.
    const std::string unpin = tr(Str::kHeapUnpin);
    const float unpin_w = text_width(unpin) + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetCursorScreenPos(ImVec2(x + col_w - unpin_w, top.y));
    if (ImGui::SmallButton(unpin.c_str())) pin_heap_span(ctx.settings, span, false);
    const HeapSpanRow* r = find_row(view_, span);
    const float text_w = col_w - unpin_w - fs * 0.5f;
    draw_elided(dl, ImVec2(x, top.y), Theme::u32(sf.text), trf(Str::kHeapCompareSpan, span), text_w);
    if (r == nullptr) {
      ImGui::SetCursorScreenPos(ImVec2(x, top.y + line_h));
      ImGui::BeginGroup();
      ImGui::PushStyleColor(ImGuiCol_Text, Theme::vec4(sf.text_dim));
      wrapped_text(trf(Str::kHeapCompareGone, span), col_w);
      ImGui::PopStyleColor();
      ImGui::EndGroup();
      ctx.record.heap_compare.push_back(rec);
      ImGui::PopID();
      continue;
    }
    const int sc = heap::spanclass_sizeclass(r->spanclass);
    const std::string cls = sc == 0 ? fmt::format("{} B", r->elemsize)
                                    : trf(Str::kHeapClass, sc, heap::class_to_size(sc), heap::spanclass_noscan(r->spanclass) ? " noscan" : "");
    const uint64_t npages = h.spans[static_cast<size_t>(span)].npages;
    const uint64_t bytes = npages * heap::kHeapPageSize;
    const uint64_t used = static_cast<uint64_t>(r->nelems) * r->elemsize;
    // The class and what Go's size-class table says about it, wrapped in the column (never cut).
    // (A group, so every wrapped line starts at the column's left edge.)
    ImGui::SetCursorScreenPos(ImVec2(x, top.y + line_h));
    ImGui::BeginGroup();
    wrapped_text(cls, col_w);
    ImGui::PushStyleColor(ImGuiCol_Text, Theme::vec4(sf.text_dim));
    wrapped_text(trf(Str::kHeapCompareLine, r->nelems, r->elemsize, npages, r->alloc, bytes > used ? bytes - used : 0), col_w);
    ImGui::PopStyleColor();
    ImGui::EndGroup();
    // Every slot of the span, as large as the column lets them all show.
    const float gy = ImGui::GetCursorScreenPos().y + fs * 0.25f;
    const float gh = std::max(fs, top.y + room.y - gy);
    const float cell = fit_cell(r->nelems, col_w, gh, fs);
    const auto per = static_cast<uint32_t>(std::max(1.0f, std::floor(col_w / cell)));
    rec.cell = cell;
    dl->PushClipRect(ImVec2(x, gy), ImVec2(x + col_w, gy + gh), true);
    for (uint32_t i = 0; i < r->nelems; ++i) {
      const ImVec2 at(x + cell * static_cast<float>(i % per), gy + cell * static_cast<float>(i / per));
      if (at.y >= gy + gh) break;
      dl->AddRectFilled(at, ImVec2(at.x + cell, at.y + cell), Theme::u32(card));
      const uint64_t addr = r->base + static_cast<uint64_t>(i) * r->elemsize;
      faded_slot_glyph(ctx, dl, at, cell, heap::slot_colour(h, r->span, i), addr);
      ++rec.nslots;
      if (hovered && mouse.x >= at.x && mouse.x < at.x + cell && mouse.y >= at.y && mouse.y < at.y + cell) {
        dl->AddRect(ImVec2(at.x - 1, at.y - 1), ImVec2(at.x + cell + 1, at.y + cell + 1), Theme::u32(colors::kSelected), 0, 0, 2.0f);
        ImGui::SetTooltip("%s", trf(Str::kHeapObjectTip, addr, i, r->span, cls, r->elemsize,
                                    heap::slot_colour_name(heap::slot_colour(h, r->span, i))).c_str());
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) ctx.settings.selection = Selection::object(addr);
      }
    }
    dl->PopClipRect();
    ctx.record.heap_compare.push_back(rec);
    ImGui::PopID();
  }
  ImGui::SetCursorScreenPos(top);
  ImGui::Dummy(room);
}

}  // namespace gosim::viz
