#include "visualizer/ui/text_fit.h"

#include <algorithm>
#include <string>
#include <vector>

#include "visualizer/i18n/line_break.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/cjk_font.h"

namespace gosim::viz {

namespace {

// The advance of one code point at the current font size (ImGui's own metric, so our breaks
// agree with what ImGui draws).
float advance(uint32_t c) {
  ImFont* f = ImGui::GetFont();
  const float scale = ImGui::GetFontSize() / f->FontSize;
  return f->GetCharAdvance(static_cast<ImWchar>(c <= IM_UNICODE_CODEPOINT_MAX ? c : 0xFFFD)) * scale;
}

float resolve_width(float width) { return width > 0 ? width : std::max(1.0f, ImGui::GetContentRegionAvail().x); }

void whole_text_tooltip(std::string_view text) {
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
  wrapped_text(text, ImGui::GetFontSize() * 32.0f);
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

}  // namespace

float text_width(std::string_view text) {
  need_glyphs(text);
  return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
}

float wrapped_text(std::string_view text, float width) {
  need_glyphs(text);
  width = resolve_width(width);
  const float y0 = ImGui::GetCursorPosY();
  for (const LineSpan& l : break_lines(text, width, advance)) {
    ImGui::TextUnformatted(text.data() + l.begin, text.data() + l.end);
  }
  return ImGui::GetCursorPosY() - y0;
}

float wrapped_height(std::string_view text, float width) {
  need_glyphs(text);
  const auto n = static_cast<float>(break_lines(text, resolve_width(width), advance).size());
  return n * ImGui::GetTextLineHeightWithSpacing();
}

bool wrapped_text_lines(std::string_view text, float width, int max_lines) {
  need_glyphs(text);
  width = resolve_width(width);
  const std::vector<LineSpan> lines = break_lines(text, width, advance);
  const size_t n = std::min(lines.size(), static_cast<size_t>(std::max(1, max_lines)));
  for (size_t i = 0; i + 1 < n; ++i) ImGui::TextUnformatted(text.data() + lines[i].begin, text.data() + lines[i].end);
  if (n == 0) return false;
  if (n == lines.size()) {
    ImGui::TextUnformatted(text.data() + lines[n - 1].begin, text.data() + lines[n - 1].end);
    return false;
  }
  // The last line shown carries the rest, elided; the whole text is one hover away.
  const std::string_view rest = text.substr(lines[n - 1].begin);
  const std::string shown = std::string(rest.substr(0, elide_end(rest, width, advance))) + "…";
  ImGui::TextUnformatted(shown.c_str());
  if (ImGui::IsItemHovered()) whole_text_tooltip(text);
  return true;
}

bool elided_text(std::string_view text, float width) {
  need_glyphs(text);
  const size_t end = elide_end(text, resolve_width(width), advance);
  if (end == text.size()) {
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    return false;
  }
  const std::string shown = std::string(text.substr(0, end)) + "…";
  ImGui::TextUnformatted(shown.c_str());
  if (ImGui::IsItemHovered()) whole_text_tooltip(text);
  return true;
}

bool draw_elided(ImDrawList* dl, ImVec2 pos, ImU32 col, std::string_view text, float width) {
  need_glyphs(text);
  const size_t end = elide_end(text, std::max(1.0f, width), advance);
  if (end == text.size()) {
    dl->AddText(pos, col, text.data(), text.data() + text.size());
    return false;
  }
  const std::string shown = std::string(text.substr(0, end)) + "…";
  dl->AddText(pos, col, shown.c_str());
  const ImVec2 b(pos.x + width, pos.y + ImGui::GetFontSize());
  if (ImGui::IsMouseHoveringRect(pos, b) && ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) {
    whole_text_tooltip(text);
  }
  return true;
}

}  // namespace gosim::viz
