// [SECTION] header and layout
// [SECTION] the stack as a ledger, high to low
// [SECTION] growth: old and new ranges side by side
// [SECTION] small multiples
#include "visualizer/panels/stacks_panel.h"

#include "sim/interp/lib_frames.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/anim_draw.h"
#include "visualizer/ui/text_fit.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "visualizer/panels/source_panel.h"
#include "sim/heap/heap.h"
#include "visualizer/session/session.h"
#include "visualizer/session/stacks_view.h"

namespace gosim::viz {

namespace {

// The heap object a pointer-typed slot (or a moved-to-heap variable's slot) points to, or 0.
uint64_t heap_object_at(const Model& md, uint64_t slot_addr, const StackSlot& sl) {
  const bool ptr = sl.on_heap || (!sl.type.empty() && (sl.type[0] == '*' || sl.type.rfind("[]", 0) == 0 ||
                                                         sl.type.rfind("map[", 0) == 0 || sl.type.rfind("chan ", 0) == 0));
  if (!ptr) return 0;
  uint64_t w = 0;
  md.mem.read(slot_addr, &w, 8);
  const heap::ObjectRef o = heap::findObject(md.heap, w);
  if (o.span == heap::kNoSpan || heap::isFree(md.heap.spans[static_cast<size_t>(o.span)], o.index)) return 0;
  return o.base;
}

std::string kib(uint64_t b) { return b % 1024 == 0 ? fmt::format("{} KiB", b / 1024) : fmt::format("{} B", b); }

const char* slot_kind(StackSlot::Kind k) {
  switch (k) {
    case StackSlot::Kind::kParam: return "arg";
    case StackSlot::Kind::kResult: return "result";
    case StackSlot::Kind::kLocal: return "local";
  }
  return "";
}

void hatch(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col) {
  dl->PushClipRect(a, b, true);
  for (float x = a.x - (b.y - a.y); x < b.x; x += 7) dl->AddLine(ImVec2(x, b.y), ImVec2(x + (b.y - a.y), a.y), col, 1.0f);
  dl->PopClipRect();
}

}  // namespace

// [SECTION] header and layout
void StacksPanel::draw(const PanelContext& ctx) {
  const Session& s = ctx.session;
  if (!s.loaded()) return;
  const std::optional<StackGrowth> growth = stack_growth_at_cursor(s);
  int64_t focus = source_focus_goid(s, ctx.settings);
  if (growth && ctx.settings.selection.kind != Selection::Kind::kG) focus = growth->goid;
  const StackView v = build_stack_view(s, focus);
  ctx.record.stack_goid = focus;

  if (!v.exists) {
    wrapped_text(trf(Str::kStackGNotExist, focus));
  } else if (!v.has_stack) {
    wrapped_text(trf(Str::kStackNone, focus, v.entry));
  } else {
    const uint64_t size = v.hi - v.lo;
    wrapped_text(trn(Str::kStackHeader, v.frames.size(), focus, v.entry, gstate_text(v.status, s.model().allg[static_cast<size_t>(v.gi)].waitreason),
                     v.lo, v.hi, kib(size), kib(v.used), size ? 100.0 * static_cast<double>(v.used) / static_cast<double>(size) : 0.0,
                     v.frames.size()),
                 ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(" (?)").x);
    ImGui::SameLine();
    help_marker(tr(Str::kStackHelp));
  }
  const float avail_h = ImGui::GetContentRegionAvail().y;
  const bool presenter = ctx.settings.presenter;
  // On a projector the small multiples (every goroutine's stack) give their room to the frames
  // and the copy: the title and one row of bars on one line.
  const float bars_h = presenter ? std::floor(ImGui::GetFontSize() * 2.7f)
                                 : std::floor(std::max(ImGui::GetFontSize() * 5.5f, avail_h * 0.2f));
  float main_h = avail_h - bars_h - ImGui::GetStyle().ItemSpacing.y;
  // What presenter mode fits to: the copy picture (its sentence, two lines at 720p, the titles
  // and the two boxes: 8.5 lines), the innermost frame with its slots (a frame is its return
  // row, a header row, its slots and its temporaries, then the free, guard, reserve and lo
  // rows: 10 rows on a projector, the outer frames scroll above) and the bars. It asked for 8 lines of picture and 16 rows
  // and fitted stack_growth's copystack at 0.51 of the full size.
  size_t rows = 4;  // free, the guard, the reserve and stack.lo
  for (const StackFrameView& f : v.frames) rows += 2 + f.slots.size() + 1;
  const float fs0 = ImGui::GetFontSize();
  const float mono_row = std::floor(fs0 * (presenter ? 0.93f * 1.18f : 1.3f));  // ledger rows, in the mono font
  const float growth_h = std::floor(fs0 * (presenter ? 8.5f : 8.0f));
  ctx.record.want_h["stacks"] = ImGui::GetCursorPosY() + (growth ? growth_h + ImGui::GetStyle().ItemSpacing.y : 0.0f) +
                                mono_row * static_cast<float>(std::min<size_t>(rows, presenter ? 10 : 16)) + fs0 * 0.5f +
                                bars_h + ImGui::GetStyle().ItemSpacing.y * 2 + ImGui::GetStyle().WindowPadding.y * 4;
  if (growth) {
    // The picture keeps its own height (what the boxes need); the ledger gets the rest.
    const float gh = presenter ? std::min(growth_h, std::floor(main_h * 0.6f)) : std::floor(main_h * 0.45f);
    ImGui::BeginChild("stack_growth", ImVec2(0, gh), true);
    {
      const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
      ctx.record.marks["stack_growth"] = Rect{wp, ImVec2(wp.x + ws.x, wp.y + ws.y)};
    }
    draw_growth(ctx, *growth, v, gh);
    ImGui::EndChild();
    main_h -= gh + ImGui::GetStyle().ItemSpacing.y;
  }
  ImGui::BeginChild("stack_ledger", ImVec2(0, std::max(40.0f, main_h)), true);
  if (v.has_stack) draw_ledger(ctx, v, main_h);
  ImGui::EndChild();
  ImGui::BeginChild("stack_bars", ImVec2(0, 0), true);
  draw_bars(ctx, focus);
  ImGui::EndChild();
}

// [SECTION] the stack as a ledger, high to low
void StacksPanel::draw_ledger(const PanelContext& ctx, const StackView& v, float height) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Surface& sf = ctx.theme.surface();
  ImGui::PushFont(ctx.theme.mono());
  const float fs = ImGui::GetFontSize();
  // Rows as tall as the text needs on a projector (the ledger is most of the slide).
  const float row_h = std::floor(fs * (ctx.settings.presenter ? 1.18f : 1.3f));
  const float addr_w = ImGui::CalcTextSize("0xc000000000 ").x;
  // The range to scale: a thin ruler at the right edge.
  const float scale_w = std::floor(fs * (ctx.settings.presenter ? 0.9f : 1.6f));
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x - scale_w - fs;
  {
    const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
    ctx.record.stack_ledger = Rect{wp, ImVec2(wp.x + ws.x, wp.y + ws.y)};
  }
  // Bring the running (innermost) frame into view when the goroutine or its depth changes;
  // the learner may scroll up to the outer frames meanwhile.
  const uint64_t key = static_cast<uint64_t>(v.goid) * 1000003u + v.frames.size() + (v.lo << 8);
  // The list's size counts too: presenter mode and a lesson's layout settle over a few frames,
  // and a scroll made at the first size leaves the frame off screen at the last.
  const ImVec2 list_size = ImGui::GetWindowSize();
  const bool scroll_now = key != scrolled_key_ || list_size.x != scrolled_size_.x || list_size.y != scrolled_size_.y;
  scrolled_key_ = key;
  scrolled_size_ = list_size;
  // The range to scale, on the right: [lo, hi) over the visible height.
  {
    const float h = std::max(60.0f, height - fs * 1.5f);
    const float x0 = top.x + width + fs * 0.5f, y0 = ImGui::GetWindowPos().y + fs * 0.5f;
    const auto y_of = [&](uint64_t a) {
      return y0 + h * static_cast<float>(static_cast<double>(v.hi - a) / static_cast<double>(v.hi - v.lo));
    };
    dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x0 + scale_w, y0 + h), Theme::u32(sf.lane_bg));
    hatch(dl, ImVec2(x0, y_of(v.guard)), ImVec2(x0 + scale_w, y0 + h), Theme::u32(colors::kGuard));
    for (const StackFrameView& f : v.frames) {
      dl->AddRectFilled(ImVec2(x0, y_of(f.top())), ImVec2(x0 + scale_w, std::max(y_of(f.fp), y_of(f.top()) + 1)),
                        Theme::u32(f.innermost ? colors::kFrameInner : colors::kFrameFill));
      dl->AddLine(ImVec2(x0, y_of(f.top())), ImVec2(x0 + scale_w, y_of(f.top())), Theme::u32(sf.window_bg));
    }
    dl->AddRect(ImVec2(x0, y0), ImVec2(x0 + scale_w, y0 + h), Theme::u32(sf.slot_empty));
  }
  auto row = [&](uint64_t addr, const std::string& text, Rgb col, const Rgb* fill) {
    const ImVec2 a = ImGui::GetCursorScreenPos();
    if (fill) dl->AddRectFilled(ImVec2(a.x + addr_w, a.y), ImVec2(a.x + width, a.y + row_h - 1), Theme::u32(*fill));
    if (addr) {
      const std::string at = fmt::format("{:#x}", addr);
      dl->AddText(ImVec2(a.x, a.y + (row_h - fs) * 0.5f), Theme::u32(sf.text_dim), at.c_str());
    }
    dl->AddText(ImVec2(a.x + addr_w + 4, a.y + (row_h - fs) * 0.5f), Theme::u32(col), text.c_str());
    ImGui::Dummy(ImVec2(width, row_h));
    return a;
  };
  row(v.hi, tr(Str::kStackHi), sf.text, nullptr);
  // Library frames (issue 19): folded into one row per run of them unless the learner opened it
  // (a click on the row) or library calls are unfolded (View menu, L); when shown, dimmed and
  // tagged with their package.
  const std::vector<StackRow> rows = stack_rows(v, ctx.settings.lib_collapsed && !lib_open_);
  for (const StackRow& r : rows) {
    if (r.folded) {
      const Rgb band = sf.lane_bg;
      row(0, trn(Str::kLibFramesFolded, r.count, r.count, r.packages), sf.text_dim, &band);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::kLibFramesTip));
      if (ImGui::IsItemClicked()) lib_open_ = true;
      if (v.frames[r.first + r.count - 1].innermost && scroll_now) ImGui::SetScrollHereY(0.25f);
      continue;
    }
    const size_t k = r.first;
    const StackFrameView& f = v.frames[k];
    const ImVec2 box0 = ImGui::GetCursorScreenPos();
    const DrawShift shift(dl);  // a frame pushed by the step slides in (ui/anim_draw.h)
    const std::string ret = k == 0 ? std::string(tr(Str::kRetGoexit)) : trf(Str::kRetTo, v.frames[k - 1].func, v.frames[k - 1].line);
    row(f.top(), ret, sf.text_dim, nullptr);
    const Rgb band = f.library ? sf.lane_bg : f.innermost ? colors::kFrameInner : colors::kFrameFill;
    std::string head = trf(Str::kFrameHead, f.func, f.line, f.size, f.fp) + (f.innermost ? tr(Str::kRunningHere) : "");
    if (f.library) head += "  " + trf(Str::kLibFrameTag, interp::symbol_package(f.func));
    row(0, head, f.library ? sf.text_dim : okabe_ito::kBlack, &band);
    if (f.library && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::kLibFramesTip));
    if (f.library && ImGui::IsItemClicked() && ctx.settings.lib_collapsed) lib_open_ = false;
    if (f.innermost && scroll_now) ImGui::SetScrollHereY(0.25f);
    int32_t named = 0;
    for (const StackSlot& sl : f.slots) {
      const std::string t = fmt::format("+{:<4} {:<6} {} {} = {}", sl.offset, slot_kind(sl.kind), sl.name, sl.type, sl.value);
      const ImVec2 a = row(f.fp + static_cast<uint64_t>(sl.offset), t, sl.on_heap ? okabe_ito::kYellow : sf.text, nullptr);
      named += sl.size;
      // A pointer into the heap: hovering rings its object in the Heap graph, a click selects it.
      const uint64_t obj = heap_object_at(ctx.session.model(), f.fp + static_cast<uint64_t>(sl.offset), sl);
      if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s%s%s", trn(Str::kSlotTip, static_cast<uint64_t>(sl.size), slot_kind(sl.kind), sl.name, sl.offset, sl.size).c_str(),
                          sl.on_heap ? tr(Str::kSlotMovedTip) : "",
                          obj ? trf(Str::kSlotPointsTo, fmt::format("{:#x}", obj)).c_str() : "");
        if (obj) {
          ctx.settings.hover_object = obj;
          ctx.settings.hover_frame = ImGui::GetFrameCount();
          if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) ctx.settings.selection = Selection::object(obj);
        }
      }
      if (obj) {
        // A dot at the row's end, in the selection colour when it is the selected object: the
        // row is a link to the object's box in the graph.
        const bool sel = ctx.settings.selection.kind == Selection::Kind::kObject && static_cast<uint64_t>(ctx.settings.selection.id) == obj;
        dl->AddCircleFilled(ImVec2(a.x + width - fs * 0.6f, a.y + row_h * 0.5f), fs * 0.25f,
                            Theme::u32(sel ? colors::kSelected : sf.text_dim));
      }
      (void)a;
    }
    const int64_t temps = static_cast<int64_t>(f.size) - named;
    if (temps > 0) row(0, trf(Str::kTemporaries, temps), sf.text_dim, nullptr);
    const ImVec2 box1(box0.x + width, ImGui::GetCursorScreenPos().y - 1);
    dl->AddRect(ImVec2(box0.x + addr_w, box0.y), box1, Theme::u32(band), 0, 0, ctx.theme.outline());
    // Keyed by depth, not fp: after a copystack the same frames sit at new addresses.
    const Drawn d = anim_place(ctx, anim_key::frame(v.goid, static_cast<uint32_t>(k)), box0,
                               ImVec2(box1.x - box0.x, box1.y - box0.y), Enter::kSlideUp);
    shift.apply(ImVec2(d.box.x0 - box0.x, d.box.y0 - box0.y), d.alpha);
    ctx.record.stack_frames.push_back(StackFrameRecord{f.func, f.fp, Rect{ImVec2(box0.x + addr_w, box0.y), box1},
                                                       static_cast<int>(f.slots.size())});
  }
  const uint64_t sp = v.frames.empty() ? v.hi : v.frames.back().fp;
  row(sp, trf(Str::kStackFree, sp > v.guard ? sp - v.guard : 0), sf.text_dim, nullptr);
  {
    const ImVec2 a = ImGui::GetCursorScreenPos();
    hatch(dl, ImVec2(a.x + addr_w, a.y), ImVec2(a.x + width, a.y + row_h * 2 - 1), Theme::u32(colors::kGuard, 150));
    row(v.guard, tr(Str::kStackGuard), sf.text, nullptr);
    row(0, tr(Str::kStackReserve), sf.text_dim, nullptr);
  }
  row(v.lo, tr(Str::kStackLo), sf.text, nullptr);
  ImGui::PopFont();
}

// [SECTION] growth: old and new ranges side by side
void StacksPanel::draw_growth(const PanelContext& ctx, const StackGrowth& gr, const StackView& v, float height) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Surface& sf = ctx.theme.surface();
  const float fs = ImGui::GetFontSize();
  const std::string adj = gr.adjusted_count >= 0 ? trn(Str::kAdjustedCount, static_cast<uint64_t>(gr.adjusted_count), gr.adjusted_count)
                                                 : trn(Str::kAdjustedNow, gr.adjusted.size(), gr.adjusted.size());
  // At morestack or the new stack's stackalloc the copy has not happened: the two ranges are
  // drawn, the copy and its sentence only from the copystack event on (the picture never runs
  // ahead of the event).
  const bool ahead = ctx.session.cursor() <= static_cast<uint64_t>(gr.copy_event);
  if (ahead) {
    wrapped_text(trf(Str::kGrowthAhead, gr.copy_event + 1, gr.goid, kib(gr.old_hi - gr.old_lo), gr.old_lo, kib(gr.new_hi - gr.new_lo),
                     gr.new_lo));
  } else {
    wrapped_text(trf(gr.grows() ? Str::kGrowthLine : Str::kShrinkLine, gr.goid, kib(gr.old_hi - gr.old_lo), gr.old_lo,
                     kib(gr.new_hi - gr.new_lo), gr.new_lo, gr.copied ? std::to_string(gr.copied) : std::string("?"), adj));
  }
  const ImVec2 o = ImGui::GetCursorScreenPos();
  // The boxes take what the sentence above (one line or several, as it wrapped) leaves, less
  // their titles and the line under them, so the picture ends inside the child.
  (void)height;
  const float h = std::max(40.0f, ImGui::GetContentRegionAvail().y - fs * 1.6f);
  const float col_w = std::floor(fs * 7);
  const double new_size = static_cast<double>(std::max(gr.new_hi - gr.new_lo, gr.old_hi - gr.old_lo));
  const float old_h = h * static_cast<float>(static_cast<double>(gr.old_hi - gr.old_lo) / new_size);
  const float new_h = h * static_cast<float>(static_cast<double>(gr.new_hi - gr.new_lo) / new_size);
  // The old stack's top address goes left of its box, so no label sits inside a box or on
  // the arrow between them.
  const std::string ol = fmt::format("{:#x}", gr.old_hi), nl = fmt::format("{:#x}", gr.new_hi);
  const ImVec2 oa(o.x + std::max(fs * 6, text_width(ol) + fs * 0.6f), o.y + fs * 1.2f), ob(oa.x + col_w, oa.y + old_h);
  const ImVec2 na(ob.x + fs * 8, o.y + fs * 1.2f), nb(na.x + col_w, na.y + new_h);
  dl->AddText(ImVec2(oa.x, o.y), Theme::u32(sf.text), tr(Str::kOld));
  dl->AddText(ImVec2(na.x, o.y), Theme::u32(sf.text), tr(gr.grows() ? Str::kNewTwice : Str::kNewHalf));
  auto y_old = [&](uint64_t a) { return oa.y + h * static_cast<float>(static_cast<double>(gr.old_hi - a) / new_size); };
  auto y_new = [&](uint64_t a) { return na.y + h * static_cast<float>(static_cast<double>(gr.new_hi - a) / new_size); };
  dl->AddRectFilled(na, nb, Theme::u32(sf.lane_bg));
  dl->AddRectFilled(oa, ob, Theme::u32(sf.lane_bg));
  const int64_t delta = static_cast<int64_t>(gr.new_hi) - static_cast<int64_t>(gr.old_hi);
  // Stepping onto the copystack itself animates the copy: what the new stack holds travels
  // there from the old one (elsewhere, and settled, it is drawn in place).
  const bool copying = ctx.anim != nullptr && ctx.session.cursor() == static_cast<uint64_t>(gr.copy_event) + 1;
  auto copied_to = [&](ImVec2 old_min, ImVec2 old_max, ImVec2 new_min, ImVec2 new_max) {
    const Box b = copying ? ctx.anim->between(box_of(old_min, old_max), box_of(new_min, new_max)) : box_of(new_min, new_max);
    return std::pair{ImVec2(b.x0, b.y0), ImVec2(b.x1, b.y1)};
  };
  // The copied part, in both: [old.hi - copied, old.hi) moved to [new.hi - copied, new.hi).
  if (gr.copied > 0 && !ahead) {
    const ImVec2 old_end(ob.x, std::max(y_old(gr.old_hi - gr.copied), oa.y + 2));
    dl->AddRectFilled(oa, old_end, Theme::u32(colors::kFrameFill));
    const auto [c0, c1] = copied_to(oa, old_end, na, ImVec2(nb.x, std::max(y_new(gr.new_hi - gr.copied), na.y + 2)));
    dl->AddRectFilled(c0, c1, Theme::u32(colors::kFrameFill));
    const float ym_o = (y_old(gr.old_hi - gr.copied) + oa.y) * 0.5f, ym_n = (y_new(gr.new_hi - gr.copied) + na.y) * 0.5f;
    dl->AddLine(ImVec2(ob.x, ym_o), ImVec2(na.x, ym_n), Theme::u32(sf.text), 1.5f);
    dl->AddTriangleFilled(ImVec2(na.x, ym_n), ImVec2(na.x - 7, ym_n - 4), ImVec2(na.x - 7, ym_n + 4), Theme::u32(sf.text));
    // Under the arrow, inside the gap between the boxes (elided if the gap is narrower).
    // Below the copied part, where no line joins an old frame to its copy (on the arrow it
    // was crossed by those lines).
    const std::string t = trf(Str::kBytesCopied, gr.copied);
    const float below = std::max(y_old(gr.old_hi - gr.copied), y_new(gr.new_hi - gr.copied));
    draw_elided(dl, ImVec2(ob.x + fs * 0.5f, std::max(below, std::max(ym_o, ym_n) + fs * 0.3f) + 2), Theme::u32(sf.text_dim), t, na.x - ob.x - fs);
  }
  // The frames as the model has them now, if it still holds this stack.
  const bool frames_here = v.goid == gr.goid && v.lo == gr.new_lo && v.hi == gr.new_hi;
  if (frames_here) {
    for (const StackFrameView& f : v.frames) {
      const Rgb c = f.innermost ? colors::kFrameInner : colors::kFrameFill;
      const uint64_t ofp = static_cast<uint64_t>(static_cast<int64_t>(f.fp) - delta);
      const uint64_t otop = static_cast<uint64_t>(static_cast<int64_t>(f.top()) - delta);
      if (ofp >= gr.old_lo) {  // the innermost frame may be the one that did not fit
        dl->AddRectFilled(ImVec2(oa.x, y_old(otop)), ImVec2(ob.x, std::max(y_old(ofp), y_old(otop) + 1)), Theme::u32(c));
        dl->AddLine(ImVec2(ob.x, (y_old(otop) + y_old(ofp)) * 0.5f), ImVec2(na.x, (y_new(f.top()) + y_new(f.fp)) * 0.5f),
                    Theme::u32(sf.text_dim), 1.0f);
      }
      const auto [f0, f1] = copied_to(ImVec2(oa.x, y_old(otop)), ImVec2(ob.x, std::max(y_old(ofp), y_old(otop) + 1)),
                                      ImVec2(na.x, y_new(f.top())), ImVec2(nb.x, std::max(y_new(f.fp), y_new(f.top()) + 1)));
      dl->AddRectFilled(f0, f1, Theme::u32(c));
    }
  }
  // Adjusted pointers: a tick where the word is, a line to where it points.
  for (uint64_t a : gr.adjusted) {
    const float y = y_new(a);
    dl->AddRectFilled(ImVec2(nb.x, y - 1.5f), ImVec2(nb.x + fs * 0.8f, y + 1.5f), Theme::u32(colors::kAdjusted));
  }
  ctx.record.growth_adjusted = static_cast<int>(gr.adjusted_count >= 0 ? gr.adjusted_count : static_cast<int64_t>(gr.adjusted.size()));
  ctx.record.growth_ticks = static_cast<int>(gr.adjusted.size());
  dl->AddRect(oa, ob, Theme::u32(sf.slot_empty), 0, 0, 1.5f);
  dl->AddRect(na, nb, Theme::u32(sf.slot_empty), 0, 0, 1.5f);
  dl->AddText(ImVec2(nb.x + fs * 1.2f, na.y), Theme::u32(sf.text_dim), nl.c_str());
  dl->AddText(ImVec2(oa.x - text_width(ol) - fs * 0.3f, oa.y), Theme::u32(sf.text_dim), ol.c_str());
  if (!gr.adjusted.empty()) {
    dl->AddText(ImVec2(nb.x + fs * 1.2f, na.y + fs * 1.3f), Theme::u32(colors::kAdjusted), tr(Str::kAdjustedPointer));
  }
  ctx.record.growth_old = Rect{oa, ob};
  ctx.record.growth_new = Rect{na, nb};
  ImGui::Dummy(ImVec2(nb.x - o.x + fs * 12, std::max(old_h, new_h) + fs * 1.4f));
}

// [SECTION] small multiples
void StacksPanel::draw_bars(const PanelContext& ctx, int64_t focus) {
  const Session& s = ctx.session;
  if (bars_rev_ != s.revision()) {
    bars_ = stack_bars(s);
    bars_rev_ = s.revision();
  }
  const Surface& sf = ctx.theme.surface();
  const float fs = ImGui::GetFontSize();
  // On a projector the bars follow the title on its line, a line high.
  const bool one_line = ctx.settings.presenter;
  if (one_line) {
    ImGui::TextUnformatted(trf(Str::kStackBars, bars_.size()).c_str());
    if (!bars_.empty()) ImGui::SameLine(0, fs);
  } else {
    wrapped_text(trf(Str::kStackBars, bars_.size()));
  }
  if (bars_.empty()) return;
  uint64_t max_size = 1;
  for (const StackBar& b : bars_) max_size = std::max(max_size, b.size);
  const float bw = std::max(8.0f, std::floor(fs * 0.7f)), gap = 3, bh = std::floor(fs * (one_line ? 1.3f : 2.6f));
  const float avail = ImGui::GetContentRegionAvail().x;
  const int per_row = std::max(1, static_cast<int>(avail / (bw + gap)));
  const int rows = (static_cast<int>(bars_.size()) + per_row - 1) / per_row;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 area0 = ImGui::GetCursorScreenPos();
  ctx.record.stack_bars_area = Rect{area0, ImVec2(area0.x + avail, area0.y + ImGui::GetContentRegionAvail().y)};
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  ImGuiListClipper clip;
  clip.Begin(rows, bh + gap);
  while (clip.Step()) {
    for (int r = clip.DisplayStart; r < clip.DisplayEnd; ++r) {
      const ImVec2 a = ImGui::GetCursorScreenPos();
      for (int k = 0; k < per_row; ++k) {
        const size_t i = static_cast<size_t>(r) * static_cast<size_t>(per_row) + static_cast<size_t>(k);
        if (i >= bars_.size()) break;
        const StackBar& b = bars_[i];
        const float x = a.x + static_cast<float>(k) * (bw + gap);
        // Height by size on a log scale (2 KiB to the largest), fill by the used share.
        const float hs = bh * std::clamp(0.5f + 0.5f * static_cast<float>(std::log2(static_cast<double>(b.size) / 2048.0) /
                                                                           std::max(1.0, std::log2(static_cast<double>(max_size) / 2048.0))),
                                         0.5f, 1.0f);
        const float y1 = a.y + bh, y0 = y1 - hs;
        const float inner = hs - 4;
        const float fill = b.used == 0 ? 0.0f : std::max(2.0f, std::floor(inner * static_cast<float>(static_cast<double>(b.used) / static_cast<double>(b.size))));
        dl->AddRectFilled(ImVec2(x, y0), ImVec2(x + bw, y1), Theme::u32(sf.lane_bg));
        dl->AddRect(ImVec2(x, y0), ImVec2(x + bw, y1), Theme::u32(b.goid == focus ? colors::kSelected : sf.slot_empty), 0, 0,
                    b.goid == focus ? 2.0f : 1.0f);
        if (fill > 0) dl->AddRectFilled(ImVec2(x + 2, y1 - 2 - fill), ImVec2(x + bw - 2, y1 - 2), Theme::u32(colors::kStackUsed));
        ++ctx.record.stack_bars;
        if (ImGui::IsWindowHovered() && mouse.x >= x && mouse.x < x + bw + gap && mouse.y >= a.y && mouse.y < y1) {
          ImGui::SetTooltip("%s", trf(Str::kStackBarTip, b.goid, kib(b.used), kib(b.size), gstatus_name(b.status)).c_str());
          if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) ctx.settings.selection = Selection::g(b.goid);
        }
      }
      ImGui::Dummy(ImVec2(avail, bh + gap - ImGui::GetStyle().ItemSpacing.y));
    }
  }
  clip.End();
}

}  // namespace gosim::viz
