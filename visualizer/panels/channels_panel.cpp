#include "visualizer/panels/channels_panel.h"

#include <algorithm>

#include <fmt/format.h>

#include "visualizer/ui/g_token.h"
#include "visualizer/ui/text_fit.h"
#include "visualizer/ui/token_row.h"

namespace gosim::viz {

namespace {

std::string chan_title(const ChanRow& c) {
  std::string t = c.name.empty() ? trf(Str::kChanUnnamed, c.addr) : c.name;
  t += "  ";
  t += c.elem_type.empty() ? trf(Str::kChanElemSize, c.elemsize) : trf(Str::kChanElem, c.elem_type);
  return t;
}

std::string chan_tooltip(const ChanRow& c) {
  std::string t = trf(Str::kChanAddr, c.addr);
  if (!c.names.empty()) {
    std::string held;
    for (const std::string& n : c.names) held += (held.empty() ? "" : ", ") + n;
    t += "\n" + trf(Str::kChanHeldBy, held);
  } else if (!c.made_in.empty()) {
    t += "\n" + trf(Str::kChanMadeIn, c.made_in, c.name);
  } else {
    t += std::string("\n") + tr(Str::kChanTypeUnknown);
  }
  return t;
}

}  // namespace

void ChannelsPanel::draw(const PanelContext& ctx) {
  const Session& s = ctx.session;
  if (!s.loaded()) return;
  if (rev_ != s.revision()) {
    view_ = build_chan_view(s);
    rev_ = s.revision();
    scroll_to_current_ = view_.current != 0 ? 3 : 0;
  }
  const float help_w = text_width(" (?)");
  elided_text(view_.chans.empty() ? tr(Str::kChanNone) : trf(Str::kChanCount, view_.chans.size()),
              ImGui::GetContentRegionAvail().x - help_w);
  ImGui::SameLine();
  help_marker(tr(Str::kChanHelp));
  const float child_top = ImGui::GetCursorPosY();
  ImGui::BeginChild("chans", ImVec2(0, 0), false);
  for (const ChanRow& c : view_.chans) {
    ImGui::PushID(static_cast<int>(c.addr & 0x7fffffff));
    draw_chan(ctx, c);
    ImGui::PopID();
  }
  if (scroll_to_current_ > 0) --scroll_to_current_;
  // Every channel with its ring and queues: what presenter mode fits to the screen.
  const float content = ImGui::GetCursorPosY();
  ImGui::EndChild();
  ctx.record.want_h["channels"] = child_top + content + ImGui::GetStyle().WindowPadding.y * 2;
}

void ChannelsPanel::draw_chan(const PanelContext& ctx, const ChanRow& c) {
  const float fs = ImGui::GetFontSize();
  const float top = ImGui::GetCursorScreenPos().y;
  const std::string key = fmt::format("chan:{:#x}:", c.addr);
  ImGui::Dummy(ImVec2(1, fs * 0.15f));  // room for the current channel's outline
  // Every channel indented by the outline's width, so the current one's frame never covers text.
  const float inset = ctx.theme.outline() * 2.0f + 2.0f;
  ImGui::Indent(inset);
  // Title: the variable's name and element type, then the chips; the address in a tooltip.
  const float avail = ImGui::GetContentRegionAvail().x;
  ImGui::PushFont(ctx.theme.mono());
  elided_text(chan_title(c), avail * 0.55f);
  ImGui::PopFont();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", chan_tooltip(c).c_str());
  ImGui::SameLine();
  std::vector<Chip> chips;
  chips.push_back({c.cap == 0 ? tr(Str::kChanUnbuffered) : trf(Str::kChanBuffered, c.cap, c.count), colors::kCatChan, false});
  if (c.closed) chips.push_back({tr(Str::kChanClosed), colors::kError, true});
  chip_line(chips, ctx.theme);
  if (c.cap > 0) draw_slots(ctx, c);
  // The two queues side by side when there is room for a few tokens each, else one per line.
  // The gap after the label leaves room for a selected token's thicker outline.
  const float label_w = std::max(text_width(tr(Str::kSendq)), text_width(tr(Str::kRecvq))) + fs * 0.9f;
  const float min_half = label_w + token_size(TokenSize::kCompact).x * 3 + fs * 4;
  const float w = ImGui::GetContentRegionAvail().x;
  auto queue = [&](const std::vector<ChanWaiter>& q, Str label, const char* what, float width) {
    std::vector<GToken> gs;
    std::vector<std::string> notes;
    for (const ChanWaiter& wt : q) {
      gs.push_back(wt.g);
      if (wt.select) notes.push_back(fmt::format("select #{}", wt.case_index));
      else notes.push_back(wt.value);
    }
    return token_row(ctx, tr(label), label_w, gs, notes, key + what + ":", width);
  };
  if (w >= 2 * min_half) {
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const float h1 = queue(c.sendq, Str::kSendq, "sendq", w * 0.5f - fs * 0.5f);
    ImGui::SetCursorScreenPos(ImVec2(o.x + w * 0.5f, o.y));
    const float h2 = queue(c.recvq, Str::kRecvq, "recvq", w * 0.5f);
    ImGui::SetCursorScreenPos(o);
    ImGui::Dummy(ImVec2(w, std::max(h1, h2)));
  } else {
    queue(c.sendq, Str::kSendq, "sendq", 0);
    queue(c.recvq, Str::kRecvq, "recvq", 0);
  }
  ImGui::Dummy(ImVec2(1, fs * 0.2f));  // a selected token's outline stays inside the frame
  ImGui::Unindent(inset);
  ctx.record.marks[key + "block"] = Rect{ImVec2(ImGui::GetWindowPos().x, top), ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowWidth(), ImGui::GetCursorScreenPos().y)};
  if (c.current) {
    current_outline(top, ctx.theme);
    ctx.record.marks[key + "current"] = ctx.record.marks[key + "block"];
    if (scroll_to_current_ > 0) ImGui::SetScrollHereY(0.5f);
  }
  ImGui::Separator();
}

// The ring: cap cells (as many as fit; "+N" for the rest), the values in the full ones, and
// under the cells a triangle with "recvx" (the next to receive) and "sendx" (the next free).
void ChannelsPanel::draw_slots(const PanelContext& ctx, const ChanRow& c) {
  const float fs = ImGui::GetFontSize();
  const ImVec2 o = ImGui::GetCursorScreenPos();
  const float avail = ImGui::GetContentRegionAvail().x;
  const std::string both = std::string(tr(Str::kRecvx)) + " " + tr(Str::kSendx);
  float cw = std::max(text_width(tr(Str::kRecvx)), text_width(tr(Str::kSendx))) + fs * 1.1f;
  for (const ChanSlot& sl : c.slots) cw = std::max(cw, text_width(sl.value) + fs * 0.8f);
  cw = std::clamp(cw, fs * 2.5f, fs * 7.0f);
  const float more_w = text_width(trf(Str::kMoreTokens, c.cap)) + fs * 0.5f;
  auto shown = static_cast<uint32_t>(std::max(1.0f, avail / cw));
  if (shown < c.cap) shown = static_cast<uint32_t>(std::max(1.0f, (avail - more_w) / cw));
  shown = std::min(shown, c.cap);
  const float ch = fs * 1.5f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Surface& sf = ctx.theme.surface();
  const std::string key = fmt::format("chan:{:#x}:slot:", c.addr);
  for (uint32_t i = 0; i < shown; ++i) {
    const ChanSlot& sl = c.slots[i];
    const ImVec2 a(o.x + cw * static_cast<float>(i), o.y), b(a.x + cw - 2, a.y + ch);
    dl->AddRectFilled(a, b, Theme::u32(sl.full ? colors::kCatChan : sf.lane_bg), 2.0f);
    dl->AddRect(a, b, Theme::u32(sl.full ? colors::kTokenOutline : sf.slot_empty), 2.0f, 0, 1.0f);
    if (sl.full) {
      const float tw = std::min(text_width(sl.value), cw - fs * 0.5f);
      draw_elided(dl, ImVec2(a.x + (cw - 2 - tw) * 0.5f, a.y + (ch - fs) * 0.5f), Theme::u32(colors::kTokenText), sl.value,
                  cw - fs * 0.5f);
    }
    ctx.record.marks[key + std::to_string(i)] = Rect{a, b};
    if (ImGui::IsMouseHoveringRect(a, b) && ImGui::IsWindowHovered()) {
      ImGui::SetTooltip("%s", sl.full ? trf(Str::kSlotValue, i, sl.value).c_str() : trf(Str::kSlotEmpty, i).c_str());
    }
  }
  // The indices under their cells: a triangle under the cell, the name beside it. "recvx sendx"
  // under one cell when the ring is empty or full; when the two cells are too close for both
  // names on one line (a narrow ring, or Chinese-width labels), sendx takes a second line.
  const float tri_y = o.y + ch + fs * 0.15f;
  auto index_mark = [&](uint32_t i, const std::string& label, float line) {
    if (i >= shown) return;
    const float ax = o.x + cw * static_cast<float>(i);
    const float ty = tri_y + line * fs * 1.05f;
    dl->AddTriangleFilled(ImVec2(ax + fs * 0.5f, ty), ImVec2(ax + fs * 0.2f, ty + fs * 0.45f),
                          ImVec2(ax + fs * 0.8f, ty + fs * 0.45f), Theme::u32(sf.text));
    draw_elided(dl, ImVec2(ax + fs * 0.95f, ty - fs * 0.2f), Theme::u32(sf.text), label, avail - (ax - o.x) - fs * 0.95f);
  };
  float lines = 1;
  if (c.recvx == c.sendx) {
    index_mark(c.recvx, both, 0);
  } else {
    const uint32_t lo = std::min(c.recvx, c.sendx);
    const std::string& lo_label = lo == c.recvx ? std::string(tr(Str::kRecvx)) : std::string(tr(Str::kSendx));
    const float gap = cw * static_cast<float>(std::max(c.recvx, c.sendx) - lo);
    const bool one_line = text_width(lo_label) + fs * 1.4f <= gap;
    index_mark(c.recvx, tr(Str::kRecvx), 0);
    index_mark(c.sendx, tr(Str::kSendx), one_line ? 0 : 1);
    if (!one_line) lines = 2;
  }
  if (shown < c.cap) {
    dl->AddText(ImVec2(o.x + cw * static_cast<float>(shown) + fs * 0.3f, o.y + (ch - fs) * 0.5f), Theme::u32(sf.text_dim),
                trf(Str::kMoreTokens, c.cap - shown).c_str());
  }
  ImGui::Dummy(ImVec2(avail, ch + fs * (0.35f + 1.05f * lines)));
}

}  // namespace gosim::viz
