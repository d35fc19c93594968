// Source panel: the scenario's Go program with the goroutines on it.
//
//   - the selected G's current line (or, with no G selected, the line of the current event's
//     G) is highlighted and scrolled into view;
//   - every G's current line carries its token (same shapes and colours as the scheduler), up
//     to three per line and "+N";
//   - the gutter left of the line numbers toggles line breakpoints (Run to breakpoint / B
//     stops at the first event whose G is on that line);
//   - the scenario's line notes, and the annotations given to VizApp::set_source_annotations
//     (the compiler's escape decisions: "moved to heap: u"), are written after the line;
//   - hovering a func line shows its frame layout (frame size, parameter and result blocks,
//     each variable's offset, type and size) from the IR.
#pragma once

#include <map>
#include <vector>

#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

class SourcePanel final : public Panel {
 public:
  const char* id() const override { return "source"; }
  const char* title() const override { return tr(Str::kPanelSource); }
  void draw(const PanelContext& ctx) override;

  // How many tokens a line shows before "+N".
  static constexpr int kTokensPerLine = 3;

 private:
  int32_t scrolled_line_ = -1;  // the focus line last scrolled to
  uint64_t scrolled_run_ = 0;
  float scrolled_h_ = 0, scrolled_row_h_ = 0;  // the view's height and row height at that scroll
  // The scroll asked for and not yet reached: ImGui clamps a scroll target to the scroll range
  // of the frame before, which is too short the frame a view appears or grows (a seek to
  // deadlock's event 57 at 1920x1080 stayed at lines 12-21 with line 22 highlighted below).
  float pending_scroll_ = -1;
  int pending_frames_ = 0;
  uint64_t layout_run_ = ~0ull;
  std::map<int32_t, std::vector<int32_t>> funcs_at_;  // func line -> function indices
};

// The G whose line the panel highlights: the selected G, else the current event's G, else main.
int64_t source_focus_goid(const Session& s, const UiSettings& settings);

}  // namespace gosim::viz
