// The Inspector's heap half: a span (Go: mspan) or an object (its slot, class, colour and bytes).
#include <fmt/format.h>

#include "sim/heap/heap.h"
#include "visualizer/panels/inspector_panel.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/text_fit.h"

namespace gosim::viz {

namespace {

const char* state_name(heap::SpanState s) {
  switch (s) {
    case heap::SpanState::kDead: return "mSpanDead";
    case heap::SpanState::kInUse: return "mSpanInUse";
    case heap::SpanState::kManual: return "mSpanManual (stack)";
  }
  return "?";
}

// "4 (size class 2)": the span class, and the size class it holds; the slot size has its own row.
std::string class_text(heap::SpanClass spc) {
  const int sc = heap::spanclass_sizeclass(spc);
  const char* noscan = heap::spanclass_noscan(spc) ? tr(Str::kInspNoscan) : "";
  if (sc == 0) return trf(Str::kInspClassLarge, spc, noscan);
  return trf(Str::kInspClassSmall, spc, sc, noscan);
}

const char* colour_name(heap::SlotColour c) {
  switch (c) {
    case heap::SlotColour::kFree: return tr(Str::kSlotFree);
    case heap::SlotColour::kWhite: return tr(Str::kSlotWhite);
    case heap::SlotColour::kGrey: return tr(Str::kSlotGrey);
    case heap::SlotColour::kBlack: return tr(Str::kSlotBlack);
  }
  return "?";
}

}  // namespace

void InspectorPanel::draw_span(const PanelContext& ctx, int32_t si) {
  const heap::Heap& h = ctx.session.model().heap;
  if (si < 0 || static_cast<size_t>(si) >= h.spans.size() || h.spans[static_cast<size_t>(si)].state == heap::SpanState::kDead) {
    wrapped_text(trf(Str::kSpanNotInUse, si));
    return;
  }
  const heap::Span& s = h.spans[static_cast<size_t>(si)];
  wrapped_text(trf(Str::kInspSpanTitle, si, fmt::format("{:#x}", s.base())));
  if (!begin_fields()) return;
  field("state", state_name(s.state));
  field("startAddr / npages", fmt::format("{:#x} / {} ({} KiB)", s.startAddr, s.npages, s.npages * 8));
  field("spanclass", class_text(s.spanclass), tr(Str::kTipSpanclass));
  field("elemsize / nelems", fmt::format("{} B / {}", s.elemsize, s.nelems));
  field("allocCount", std::to_string(s.allocCount));
  field("freeindex", std::to_string(s.freeindex), tr(Str::kTipFreeindex));
  field("sweepgen", fmt::format("{} (mheap.sweepgen {})", s.sweepgen, h.sweepgen),
        tr(Str::kTipSweepgen));
  int32_t cached = -1;
  for (size_t p = 0; p < h.mcaches.size(); ++p) {
    for (heap::SpanIdx x : h.mcaches[p].alloc) cached = x == si ? static_cast<int32_t>(p) : cached;
  }
  field(tr(Str::kInspRowCachedBy), cached >= 0 ? trf(Str::kCachedBy, cached) : std::string(tr(Str::kNoMcache)));
  ImGui::EndTable();
}

void InspectorPanel::draw_object(const PanelContext& ctx, uint64_t addr) {
  const Model& md = ctx.session.model();
  const heap::Heap& h = md.heap;
  const heap::ObjectRef obj = heap::findObject(h, addr);
  if (obj.span == heap::kNoSpan) {
    wrapped_text(trf(Str::kObjNotInHeap, fmt::format("{:#x}", addr)));
    return;
  }
  const heap::Span& s = h.spans[static_cast<size_t>(obj.span)];
  const heap::SlotColour col = heap::slot_colour(h, obj.span, obj.index);
  wrapped_text(trf(Str::kInspObject, fmt::format("{:#x}", obj.base)));
  if (!begin_fields()) return;
  // One short value a row: at 1280x720 the value column holds about 25 characters.
  field(tr(Str::kInspRowSpan), trf(Str::kInspSpanValue, obj.span, fmt::format("{:#x}", s.base())));
  field(tr(Str::kInspRowSlot), trf(Str::kInspSlotValue, obj.index, s.nelems));
  field(tr(Str::kInspRowSize), fmt::format("{} B", s.elemsize));
  field("spanclass", class_text(s.spanclass), tr(Str::kTipSpanclass));
  field(tr(Str::kInspRowColour), colour_name(col), tr(Str::kTipColour));
  ImGui::EndTable();
  if (col == heap::SlotColour::kFree) return;
  // The words under the table, across the pane's whole width: "+16  0x000000c000012030" is
  // wider than the value column at 1280x720, where each word took two lines.
  std::string hex;
  const uint64_t n = std::min<uint64_t>(s.elemsize, 64);
  for (uint64_t i = 0; i < n; i += 8) {
    hex += fmt::format("+{:<3} {:#018x}\n", i, md.mem.load(obj.base + i, static_cast<int>(std::min<uint64_t>(8, n - i))));
  }
  if (s.elemsize > 64) hex += trn(Str::kMoreBytes, s.elemsize - 64, s.elemsize - 64);
  ImGui::TextUnformatted(tr(Str::kInspRowWords));
  help_marker(tr(Str::kTipWords));
  field_block(tr(Str::kInspRowWords), hex);
}

}  // namespace gosim::viz
