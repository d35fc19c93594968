// Small drawing pieces the Channels, Sync, Timers and Netpoll panels share: a labelled row of
// goroutine tokens that wraps instead of running off the edge, and a line of status chips.
// Both lay out from the window's cursor and leave it below what they drew, so panels stay
// plain top-to-bottom ImGui code.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "visualizer/ui/panel.h"

namespace gosim::viz {

// `label` in a column `label_w` wide, then compact tokens for `gs` (with `notes[i]`, when
// given and not empty, in small text after token i), wrapping within `width` (<= 0: to the
// content edge) on at most kTokenRowLines lines; the tokens that do not fit are counted ("+2460",
// the whole count in a tooltip): a queue of thousands stays a few lines high, so presenter mode
// keeps its scale and a frame draws a few dozen tokens, not thousands. An empty list shows a dash. Each token's box goes to
// ctx.record.marks[mark_prefix + goid]; a click selects the G. Returns the height used.
constexpr int kTokenRowLines = 3;
float token_row(const PanelContext& ctx, std::string_view label, float label_w, const std::vector<GToken>& gs,
                const std::vector<std::string>& notes, const std::string& mark_prefix, float width = 0);

struct Chip {
  std::string text;
  Rgb fill;
  bool strong = false;  // outlined thick (a state that matters: closed, locked, starving)
};
// The chips on one line, wrapping when the line is full; returns the height used.
float chip_line(const std::vector<Chip>& chips, const Theme& theme);

// An outline around the block drawn between `top` (screen y) and the cursor: the object the
// current event concerns. Colour is not the only cue: the outline is thick.
void current_outline(float top, const Theme& theme);

}  // namespace gosim::viz
