#include "visualizer/ui/token_row.h"

#include <algorithm>
#include <cmath>

#include "visualizer/ui/g_token.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/text_fit.h"

namespace gosim::viz {

float token_row(const PanelContext& ctx, std::string_view label, float label_w, const std::vector<GToken>& gs,
                const std::vector<std::string>& notes, const std::string& mark_prefix, float width) {
  const float fs = ImGui::GetFontSize();
  const ImVec2 ts = token_size(TokenSize::kCompact);
  // The selected goroutine's ring (g_token.cpp) is drawn a few pixels outside its token: a row
  // holding it keeps that much room beside its label, before its notes and above and below its
  // tokens, so the ring covers no text (lesson 08: G6's ring over "listening on :8080", its
  // "IO wait" note and the next fd's row). Other rows keep their height; every row keeps the
  // room beside its label and notes, so tokens stay in one column whichever is selected.
  const float side = std::ceil(selected_ring_reach(ctx.theme) + 1.0f);
  float reach = 0;
  for (const GToken& g : gs) {
    if (ctx.settings.selection.is_g(g.goid)) reach = std::ceil(selected_ring_reach(ctx.theme) + 1.0f);
  }
  ImVec2 o = ImGui::GetCursorScreenPos();
  const float top = o.y;
  o.y += reach;
  if (width <= 0) width = ImGui::GetContentRegionAvail().x;
  const float right = o.x + width;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 dim = Theme::u32(ctx.theme.surface().text_dim);
  const float text_dy = (ts.y - fs) * 0.5f;
  const float label_room = label_w - fs * 0.3f;
  draw_elided(dl, ImVec2(o.x, o.y + text_dy), dim, label, label_room);
  if (!label.empty()) {
    const float lw = std::min(text_width(label), label_room);
    ctx.record.texts.push_back({"token_row:" + mark_prefix, std::string(label), text_width(label), label_room, 1});
    ctx.record.marks["label:" + mark_prefix + "row"] = Rect{ImVec2(o.x, o.y + text_dy), ImVec2(o.x + lw, o.y + text_dy + fs)};
  }
  const float gap = fs * 0.3f;
  const float x0 = o.x + label_w + side;
  float x = x0, y = o.y;
  if (gs.empty()) dl->AddText(ImVec2(x, y + text_dy), dim, "—");
  // Room kept on the last line for the count of the tokens not drawn ("+2460").
  const float more_w = text_width(trf(Str::kMoreTokens, gs.size())) + gap;
  int line = 0;
  size_t drawn = 0;
  ImGui::PushID(mark_prefix.c_str());
  for (size_t i = 0; i < gs.size(); ++i) {
    const std::string& note = i < notes.size() ? notes[i] : std::string();
    // A note keeps clear of its token's outline, which grows when the token is selected.
    const float note_gap = std::max(gap * 2.0f, side + gap);
    const float note_w = note.empty() ? 0 : std::min(text_width(note) + note_gap, fs * 6.0f);
    const float w = ts.x + note_w;
    if (x + w > right && x > x0) {  // wrap: the next line of this row
      if (line + 1 >= kTokenRowLines) break;
      x = x0;
      y += ts.y + gap + 2 * reach;
      ++line;
    }
    if (line + 1 >= kTokenRowLines && i + 1 < gs.size() && x + w + more_w > right && x > x0) break;
    const ImVec2 at(x, y);
    if (g_token(gs[i], ctx.sched, at, ctx.settings.selection.is_g(gs[i].goid), ctx.theme, TokenSize::kCompact)) {
      ctx.settings.selection = Selection::g(gs[i].goid);
    }
    ctx.record.marks[mark_prefix + std::to_string(gs[i].goid)] = Rect{at, ImVec2(at.x + ts.x, at.y + ts.y)};
    if (ctx.settings.selection.is_g(gs[i].goid)) {
      // The ring as g_token draws it (tests check no label lies under it).
      const float r = selected_ring_reach(ctx.theme);
      ctx.record.marks["outline:g:" + std::to_string(gs[i].goid) + ":" + mark_prefix] =
          Rect{ImVec2(at.x - r, at.y - r), ImVec2(at.x + ts.x + r, at.y + ts.y + r)};
    }
    if (!note.empty()) {
      const ImVec2 np(x + ts.x + note_gap, y + text_dy);
      draw_elided(dl, np, dim, note, note_w - note_gap);
      ctx.record.marks["label:" + mark_prefix + std::to_string(gs[i].goid) + ":note"] =
          Rect{np, ImVec2(np.x + std::min(text_width(note), note_w - note_gap), np.y + fs)};
    }
    x += w + gap;
    ++drawn;
  }
  if (drawn < gs.size()) {
    const std::string more = trf(Str::kMoreTokens, gs.size() - drawn);
    dl->AddText(ImVec2(x, y + text_dy), dim, more.c_str());
    if (ImGui::IsMouseHoveringRect(ImVec2(x, y), ImVec2(x + text_width(more), y + ts.y)) && ImGui::IsWindowHovered()) {
      ImGui::SetTooltip("%s", trf(Str::kTokensNotShown, gs.size() - drawn, gs.size()).c_str());
    }
  }
  ImGui::PopID();
  const float h = y + ts.y + reach - top;
  ImGui::SetCursorScreenPos(ImVec2(o.x, top));
  ImGui::Dummy(ImVec2(width, h));
  return h;
}

float chip_line(const std::vector<Chip>& chips, const Theme& theme) {
  const float fs = ImGui::GetFontSize(), pad = fs * 0.3f, gap = fs * 0.35f;
  const ImVec2 o = ImGui::GetCursorScreenPos();
  const float right = o.x + ImGui::GetContentRegionAvail().x;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float x = o.x, y = o.y;
  const float h = fs + pad;
  for (const Chip& c : chips) {
    const float w = std::min(text_width(c.text) + 2 * pad, right - o.x);
    if (x + w > right && x > o.x) {
      x = o.x;
      y += h + gap * 0.5f;
    }
    const ImVec2 a(x, y), b(x + w, y + h);
    dl->AddRectFilled(a, b, Theme::u32(c.fill), h * 0.3f);
    dl->AddRect(a, b, Theme::u32(colors::kTokenOutline), h * 0.3f, 0, c.strong ? theme.outline() * 1.6f : 1.0f);
    draw_elided(dl, ImVec2(x + pad, y + pad * 0.5f), Theme::u32(colors::kTokenText), c.text, w - 2 * pad);
    x += w + gap;
  }
  const float used = chips.empty() ? 0 : y + h - o.y;
  ImGui::SetCursorScreenPos(o);
  ImGui::Dummy(ImVec2(1, used));
  return used;
}

void current_outline(float top, const Theme& theme) {
  // Inside the (child) window's visible area, so no side of the frame is clipped away.
  const ImVec2 wpos = ImGui::GetWindowPos();
  const float t = theme.outline() * 1.6f;
  const float x0 = wpos.x + t * 0.5f;
  const float x1 = wpos.x + ImGui::GetWindowContentRegionMax().x - t * 0.5f;
  const float bottom = ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y * 0.5f;
  ImGui::GetWindowDrawList()->AddRect(ImVec2(x0, std::max(top - 2, wpos.y + t * 0.5f)), ImVec2(x1, bottom),
                                      Theme::u32(colors::kCursor), 3.0f, 0, t);
}

}  // namespace gosim::viz
