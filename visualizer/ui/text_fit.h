// Text that fits: wrapped at characters for Chinese and at blanks for English (line_break.h),
// or elided with "…" and the whole text in a tooltip. Never cut silently at a window edge.
#pragma once

#include <string_view>

#include <imgui.h>

namespace gosim::viz {

// Width of `text` in the current font (UTF-8, no "##" handling).
float text_width(std::string_view text);

// Like ImGui::TextWrapped, but Chinese breaks between characters. `width` <= 0: up to the
// right edge of the content region. Returns the height used.
float wrapped_text(std::string_view text, float width = 0.0f);
// The height wrapped_text would use, without drawing.
float wrapped_height(std::string_view text, float width);

// wrapped_text in at most `max_lines` lines: the last one elided with "…" when the text needs
// more, the whole text in a tooltip on hover. Returns true when it was elided.
bool wrapped_text_lines(std::string_view text, float width, int max_lines);

// One line of text as an item, at most `width` wide: elided with "…" when longer, the whole
// text in a tooltip on hover. Returns true when it was elided.
bool elided_text(std::string_view text, float width);

// The same on a draw list at `pos` (font: the current one). Hovering the drawn text shows the
// whole of it when it was elided. Returns true when it was elided.
bool draw_elided(ImDrawList* dl, ImVec2 pos, ImU32 col, std::string_view text, float width);

}  // namespace gosim::viz
