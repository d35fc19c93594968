// The animator (visualizer/anim) from a panel's side: ImGui coordinates in, where to draw out,
// and moving a block of draw commands that is already laid out.
#pragma once

#include <imgui.h>

#include "visualizer/anim/animator.h"
#include "visualizer/ui/panel.h"

namespace gosim::viz {

inline Box box_of(ImVec2 min, ImVec2 max) { return Box{min.x, min.y, max.x, max.y}; }

// A thing of size `size` laid out at `at`, under `key`: where to draw it this frame.
Drawn anim_place(const PanelContext& ctx, uint64_t key, ImVec2 at, ImVec2 size, Enter enter = Enter::kInPlace,
                 PlaceTag tag = {});
// A fill colour that fades from the one the thing had before the step.
ImU32 anim_color(const PanelContext& ctx, uint64_t key, ImU32 target);

// Moves (and fades) everything drawn into `dl` between construction and apply(): a stack
// frame is laid out as rows of text where it now is, then slid to where the tween has it.
class DrawShift {
 public:
  explicit DrawShift(ImDrawList* dl) : dl_(dl), start_(dl->VtxBuffer.Size) {}
  void apply(ImVec2 offset, float alpha) const;

 private:
  ImDrawList* dl_;
  int start_;
};

}  // namespace gosim::viz
