// Goroutine stacks panel: a goroutine's stack as a range of memory, high addresses on top.
//
//   - the focus G (the selected one, else the current event's, else main): g.stack.hi at the
//     top, each frame from the outermost down with its function and line, the slot where Go
//     keeps the return address, its parameters, results and locals with their values read from
//     simulated memory; the free part, the guard (stackguard0 = lo + 928) and lo at the bottom;
//     beside it the same range to scale;
//   - when the event at the cursor is a stack growth (stack_alloc of the new stack and
//     stack_free of the old one, or morestack/copystack), the old and the new range side by
//     side, the frames copied across and the pointers copystack adjusted marked;
//   - small multiples: a bar per goroutine with a stack, used vs size; click one to focus it.
#pragma once

#include "visualizer/session/stacks_view.h"
#include "visualizer/i18n/ui_strings.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

class StacksPanel final : public Panel {
 public:
  const char* id() const override { return "stacks"; }
  const char* title() const override { return tr(Str::kPanelStacks); }
  void draw(const PanelContext& ctx) override;

 private:
  void draw_ledger(const PanelContext& ctx, const StackView& v, float height);
  void draw_growth(const PanelContext& ctx, const StackGrowth& gr, const StackView& v, float height);
  void draw_bars(const PanelContext& ctx, int64_t focus);
  uint64_t bars_rev_ = ~0ull;
  bool lib_open_ = false;  // the learner opened the folded library frames (a click on their row)
  uint64_t scrolled_key_ = 0;  // the goroutine, depth and stack last scrolled to
  ImVec2 scrolled_size_{0, 0};  // the list's size when it last scrolled
  std::vector<StackBar> bars_;
};

}  // namespace gosim::viz
