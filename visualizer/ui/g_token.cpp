#include "visualizer/ui/g_token.h"

#include <algorithm>

#include <fmt/format.h>

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/text_fit.h"

namespace gosim::viz {

ImVec2 token_size(TokenSize size) {
  const float fs = ImGui::GetFontSize();
  return size == TokenSize::kFull ? ImVec2(fs * 4.2f, fs * 2.5f) : ImVec2(fs * 3.6f, fs * 1.45f);
}

namespace {

// The bar on top of a token in a system call, and how far its G label moves down to clear it
// (at 16% of the height it used to cover the top of "G7").
float syscall_bar_h(float token_h) { return token_h * 0.11f; }

void notched(ImDrawList* dl, ImVec2 a, ImVec2 b, float cut, ImU32 fill, ImU32 line, float thick) {
  const ImVec2 pts[8] = {{a.x + cut, a.y}, {b.x - cut, a.y}, {b.x, a.y + cut}, {b.x, b.y - cut},
                         {b.x - cut, b.y}, {a.x + cut, b.y}, {a.x, b.y - cut}, {a.x, a.y + cut}};
  dl->AddConvexPolyFilled(pts, 8, fill);
  dl->AddPolyline(pts, 8, line, ImDrawFlags_Closed, thick);
}

void shape(ImDrawList* dl, GStatus s, ImVec2 a, ImVec2 b, const Theme& theme) {
  const float h = b.y - a.y;
  const ImU32 fill = Theme::u32(Theme::state_color(s));
  const ImU32 line = Theme::u32(colors::kTokenOutline);
  const float t = theme.outline();
  switch (s) {
    case GStatus::kRunning:
      dl->AddRectFilled(a, b, fill);
      dl->AddRect(a, b, line, 0.0f, 0, t * 2.2f);
      break;
    case GStatus::kRunnable:
      dl->AddRectFilled(a, b, fill, h * 0.5f);
      dl->AddRect(a, b, line, h * 0.5f, 0, t);
      break;
    case GStatus::kWaiting:
      notched(dl, a, b, h * 0.28f, fill, line, t);
      break;
    case GStatus::kSyscall:
      dl->AddRectFilled(a, b, fill);
      dl->AddRectFilled(a, ImVec2(b.x, a.y + syscall_bar_h(h)), line);
      dl->AddRect(a, b, line, 0.0f, 0, t);
      break;
    case GStatus::kDead:
    case GStatus::kIdle:
      dl->AddRect(a, b, fill, 4.0f, 0, t * 1.5f);
      break;
    default:
      dl->AddRectFilled(a, b, fill, 2.0f);
      dl->AddLine(a, b, line, t);
      dl->AddRect(a, b, line, 2.0f, 0, t);
      break;
  }
}

float selected_ring_radius(const Theme& theme) { return theme.outline() * 2.0f + 2.0f; }

}  // namespace

float selected_ring_reach(const Theme& theme) { return selected_ring_radius(theme) * 1.5f; }

bool g_token(const GToken& t, const SchedView& v, ImVec2 pos, bool selected, const Theme& theme, TokenSize look,
             float width) {
  ImVec2 size = token_size(look);
  if (width > 0) size.x = width;
  ImGui::SetCursorScreenPos(pos);
  ImGui::PushID(static_cast<int>(t.gi));
  const bool clicked = ImGui::InvisibleButton("g", size);
  ImGui::PopID();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 b(pos.x + size.x, pos.y + size.y);
  if (selected) {
    const float r = selected_ring_radius(theme);
    dl->AddRect(ImVec2(pos.x - r, pos.y - r), ImVec2(b.x + r, b.y + r), Theme::u32(colors::kSelected), 4.0f, 0, r);
  }
  shape(dl, t.status, pos, b, theme);

  const ImU32 text = Theme::u32(t.status == GStatus::kDead ? theme.surface().text : colors::kTokenText);
  const std::string id = fmt::format("G{}", t.goid);
  const std::string& fn = v.short_name(t.entry);
  const float fs = ImGui::GetFontSize();
  const ImVec4 clip(pos.x + 2, pos.y, b.x - 2, b.y);
  const float idw = ImGui::CalcTextSize(id.c_str()).x;
  float idy = look == TokenSize::kFull ? pos.y + fs * 0.2f : pos.y + (size.y - fs) * 0.5f;
  if (t.status == GStatus::kSyscall) idy = std::max(idy, pos.y + syscall_bar_h(size.y) + fs * 0.06f);
  dl->AddText(nullptr, 0.0f, ImVec2(pos.x + (size.x - idw) * 0.5f, idy), text, id.c_str(), nullptr, 0.0f, &clip);
  if (look == TokenSize::kFull) {
    // A name wider than the token ends in "…" ("bgscaven…"), never a silent cut; the
    // tooltip has all of it.
    // A name a little wider than the token ("bgscavenge", "forcegchelper"'s short form) is
    // drawn a size smaller, down to 72%, so it reads whole; only longer ones elide.
    const float fnw = ImGui::CalcTextSize(fn.c_str()).x;
    const float room = size.x - 4;
    const float shrink = fnw < room ? 1.0f : room / fnw;
    if (shrink >= 0.72f) {
      const float sz = fs * shrink;
      dl->AddText(ImGui::GetFont(), sz, ImVec2(pos.x + (size.x - fnw * shrink) * 0.5f, pos.y + fs * 1.22f + (fs - sz) * 0.5f), text,
                  fn.c_str());
    } else {
      draw_elided(dl, ImVec2(pos.x + 3, pos.y + fs * 1.22f), text, fn, size.x - 6);
    }
  }

  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::Text("G%lld  %s", static_cast<long long>(t.goid), fn.c_str());
    ImGui::TextUnformatted(gstate_text(t.status, t.reason).c_str());
    if (t.gi >= 0 && static_cast<size_t>(t.gi) < v.places.size()) {
      ImGui::TextUnformatted(place_text(v.places[static_cast<size_t>(t.gi)]).c_str());
    }
    if (t.system) ImGui::TextDisabled("%s", tr(Str::kRuntimeGoroutine));
    ImGui::TextDisabled("%s", tr(Str::kClickToInspect));
    ImGui::EndTooltip();
  }
  return clicked;
}

void empty_slot(ImVec2 pos, const char* label, const Theme& theme, TokenSize look) {
  const ImVec2 size = token_size(look);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 b(pos.x + size.x, pos.y + size.y);
  dl->AddRect(pos, b, Theme::u32(theme.surface().slot_empty), 4.0f, 0, 1.0f);
  const float w = ImGui::CalcTextSize(label).x;
  dl->AddText(ImVec2(pos.x + (size.x - w) * 0.5f, pos.y + (size.y - ImGui::GetFontSize()) * 0.5f),
              Theme::u32(theme.surface().text_dim), label);
}

}  // namespace gosim::viz
