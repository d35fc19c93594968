// A goroutine drawn as a token: its id, its function, and its state twice over — by colour
// and by shape, so the state reads without colour vision:
//
//   running   square box, thick outline        runnable  pill (round ends)
//   waiting   box with cut corners             syscall   box with a dark bar on top
//   other     box with a diagonal stroke       dead      outline only
//
// A selected token gets a blue ring outside its outline.
#pragma once

#include <string>

#include <imgui.h>

#include "visualizer/session/scheduler_view.h"
#include "visualizer/ui/theme.h"

namespace gosim::viz {

// Full tokens show the id and the function; compact ones (many Ps on screen) only the id,
// with the function in the tooltip.
enum class TokenSize : uint8_t { kFull, kCompact };

// Token size for the current font.
ImVec2 token_size(TokenSize size = TokenSize::kFull);

// Draws the token at `pos` (screen coordinates) as an ImGui item; returns true when clicked.
// Hovering shows a tooltip with the G's state and place.
// `width` > 0 narrows a compact token to fit its label (the source panel's tokens).
bool g_token(const GToken& t, const SchedView& v, ImVec2 pos, bool selected, const Theme& theme,
             TokenSize size = TokenSize::kFull, float width = 0);

// How far the selected token's ring reaches outside the token (its offset plus half its width),
// so a label above a row can keep clear of it.
float selected_ring_reach(const Theme& theme);
// A lesson step's highlight ring (viz_lesson.cpp draw_highlights): its width at the frame's font
// size, and how far it reaches outside what it rings (drawn its own width outside, so 1.5 widths).
inline float highlight_ring_width(float frame_font_size) { return frame_font_size * 0.22f > 3.0f ? frame_font_size * 0.22f : 3.0f; }
inline float highlight_ring_reach(float frame_font_size) { return 1.5f * highlight_ring_width(frame_font_size); }

// An empty slot (runnext or running with nothing in it): a thin outline and a dim label.
void empty_slot(ImVec2 pos, const char* label, const Theme& theme, TokenSize size = TokenSize::kFull);

}  // namespace gosim::viz
