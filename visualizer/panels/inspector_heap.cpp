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

std::string class_text(heap::SpanClass spc) {
  const int sc = heap::spanclass_sizeclass(spc);
  if (sc == 0) return fmt::format("spanclass {} (class 0: a large object){}", spc, heap::spanclass_noscan(spc) ? " noscan" : "");
  return fmt::format("spanclass {} (size class {}, {} B){}", spc, sc, heap::class_to_size(sc), heap::spanclass_noscan(spc) ? " noscan" : "");
}

}  // namespace

void InspectorPanel::draw_span(const PanelContext& ctx, int32_t si) {
  const heap::Heap& h = ctx.session.model().heap;
  if (si < 0 || static_cast<size_t>(si) >= h.spans.size() || h.spans[static_cast<size_t>(si)].state == heap::SpanState::kDead) {
    wrapped_text(trf(Str::kSpanNotInUse, si));
    return;
  }
  const heap::Span& s = h.spans[static_cast<size_t>(si)];
  ImGui::Text("span %d at %#llx", si, static_cast<unsigned long long>(s.base()));
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
  field("cached by", cached >= 0 ? trf(Str::kCachedBy, cached) : std::string(tr(Str::kNoMcache)));
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
  ImGui::Text("object %#llx", static_cast<unsigned long long>(obj.base));
  if (!begin_fields()) return;
  field("span / slot", fmt::format("span {} at {:#x}, slot {} of {}", obj.span, s.base(), obj.index, s.nelems));
  field("size", fmt::format("{} B ({})", s.elemsize, class_text(s.spanclass)));
  field("colour", heap::slot_colour_name(col),
        tr(Str::kTipColour));
  if (col != heap::SlotColour::kFree) {
    std::string hex;
    const uint64_t n = std::min<uint64_t>(s.elemsize, 64);
    for (uint64_t i = 0; i < n; i += 8) {
      hex += fmt::format("+{:<3} {:#018x}\n", i, md.mem.load(obj.base + i, static_cast<int>(std::min<uint64_t>(8, n - i))));
    }
    if (s.elemsize > 64) hex += trn(Str::kMoreBytes, s.elemsize - 64, s.elemsize - 64);
    field("words", hex, tr(Str::kTipWords));
  }
  ImGui::EndTable();
}

}  // namespace gosim::viz
